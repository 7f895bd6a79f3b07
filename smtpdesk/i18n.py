"""Languages: choosing one (CONTRACT §1 "Language") and installing its Qt translators.

Our catalogues are `translations/smtpdesk_<lang>.qm` (English's holds only plural forms);
Qt's own come from the PySide6 wheel (`qtbase_cs`, `qtbase_pl`, `qt_sl`).
`SMTPDESK_TRANS_SCALE=1.4` pads every translated string (long-text stress mode) to find
clipped labels.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from smtpdesk.core import settings
from smtpdesk.core.excel_display import NumberStyle
from smtpdesk.core.resources import bundled_path

if TYPE_CHECKING:
    from collections.abc import Callable

    # Qt's own, typed as it is: PySide6's stub says it returns `object`, yet it returns its
    # message unchanged. Import it from here so the word tables are `str`; call sites keep
    # the name QT_TRANSLATE_NOOP literally, which is what lupdate looks for.
    QT_TRANSLATE_NOOP: Callable[[str, str], str]
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP

LANGUAGES = {"en": "English", "sl": "Slovenščina", "cs": "Čeština", "pl": "Polski"}
_installed: list[QTranslator] = []
_current = {"language": "en"}


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def choose_language(requested: str | None = None) -> str:
    """--lang, else the language last chosen in the window, else the system locale."""
    if requested in LANGUAGES:
        return requested  # type: ignore[return-value]
    saved = settings.load().get("language")
    return saved if saved in LANGUAGES else system_language()


class _StretchTranslator(QTranslator):
    """Pads every string by a factor, to stress layouts with long translations."""

    def __init__(self, inner: list[QTranslator], scale: float) -> None:
        super().__init__()
        self._inner, self._scale = inner, scale

    def translate(self, context, source, disambiguation=None, n=-1):
        text = None
        for translator in self._inner:
            text = translator.translate(context, source, disambiguation, n) or None
            if text:
                break
        text = text or source
        extra = int(len(text) * (self._scale - 1))
        return text + " " + "~" * max(extra - 1, 0) if extra > 0 else text

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def install(lang: str) -> str:
    """Replace the installed translators with those for `lang`; returns the language."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("a QCoreApplication is needed before translations")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[QTranslator] = []
    ours = QTranslator()  # English has one too, for its plurals: "1 message", "2 messages"
    if ours.load(str(bundled_path("translations", f"smtpdesk_{lang}.qm"))):
        loaded.append(ours)
    if lang != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in (f"qtbase_{lang}", f"qt_{lang}"):
            qt = QTranslator()
            if qt.load(name, qt_dir):
                loaded.append(qt)
                break
    scale = float(os.environ.get("SMTPDESK_TRANS_SCALE", "1") or 1)
    if scale > 1:
        loaded = [_StretchTranslator(loaded, scale)]
    for translator in loaded:
        app.installTranslator(translator)
        _installed.append(translator)
    _current["language"] = lang
    return lang


def current_language() -> str:
    """The language last installed (the window's, or the CLI's --lang)."""
    return _current["language"]


def number_style(lang: str | None = None) -> NumberStyle:
    """The separators XLSX amounts are shown with: those of the UI language.

    Why the UI language and not the system locale: it is what the user chose to read, the
    messages we send are written in it (a Slovenian letter wants `1.250,00 €` even on an
    English Windows), the CLI's --lang decides it too, and it is the same on every machine of
    an office. The system locale is where the UI language comes from when none was chosen.
    """
    locale = QLocale(lang or current_language())
    long, short = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    return NumberStyle(
        decimal=locale.decimalPoint(),
        group=locale.groupSeparator(),
        months=tuple(locale.monthName(m, long) for m in range(1, 13)),
        months_alone=tuple(locale.standaloneMonthName(m, long) for m in range(1, 13)),
        months_short=tuple(locale.standaloneMonthName(m, short) for m in range(1, 13)),
        days=tuple(locale.dayName(d, long) for d in range(1, 8)),
        days_short=tuple(locale.dayName(d, short) for d in range(1, 8)),
    )
