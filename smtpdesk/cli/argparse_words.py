"""argparse's own words (usage, its errors, its help headings) in the --lang language.

argparse words its messages through `gettext`; `install()` routes those calls to Qt's
translator instead (context "Argparse"), so `smtpdesk --lang sl send` says "uporaba:" and
"manjkajo argumenti" like everything else. The strings below are argparse's own (Python
3.11–3.13), listed so lupdate puts them in the catalogues; one argparse does not use is
harmless, and one a newer argparse adds stays English until it is listed here. (Its
`ngettext` sentences come only from `nargs=N` and conflicting option names: none here.)
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication

from smtpdesk.i18n import QT_TRANSLATE_NOOP

WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),  # --version
)


def translate(text: str) -> str:
    """One of WORDS in the installed language."""
    return QCoreApplication.translate("Argparse", text) if text else text


def install() -> None:
    """Route argparse's words through the installed Qt translators."""
    argparse._ = translate  # type: ignore[attr-defined]
