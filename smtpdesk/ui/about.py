"""The About dialog and the crash report: what a helper needs, and never a secret.

An unhandled exception in the window (a slot, or an asyncio task on the shared loop) writes
`crash-<time>.txt` to the data directory — traceback, versions, the profile's settings without
secrets — and shows a short explanation with the path and "Copy to clipboard".
"""

from __future__ import annotations

import asyncio
import html
import logging
import platform
import sys
import time
import traceback
from pathlib import Path

import PySide6
from PySide6.QtCore import QLibraryInfo, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smtpdesk import __version__
from smtpdesk.core import paths

log = logging.getLogger(__name__)

LICENCES = (
    ("smtpdesk", "GPL-3.0-or-later"),
    ("Qt / PySide6", "LGPL-3.0"),
    ("qasync", "BSD-2-Clause"),
    ("aiosmtplib", "MIT"),
    ("aiosmtpd", "Apache-2.0"),
    ("keyring", "MIT"),
    ("platformdirs", "MIT"),
    ("openpyxl", "MIT"),
    ("dnspython", "ISC"),
    ("cryptography", "Apache-2.0 / BSD-3-Clause"),
    ("tomli-w", "MIT"),
    ("truststore", "MIT"),
)


def licences() -> list[tuple[str, str]]:
    """(name, licence) of everything smtpdesk ships, the data included: the provider
    settings from Thunderbird's ISPDB (MPL-2.0) with the repository and commit they come
    from and where the licence can be read."""
    from smtpdesk.core.providers import ispdb_source

    found = list(LICENCES)
    source = ispdb_source()
    if source:
        found.append(
            (
                f"Thunderbird ISPDB ({source['repository']}, {source['path']} at "
                f"{source['commit'][:12]})",
                f"{source['licence']}, {source['licence_url']}",
            )
        )
    return found


def versions() -> str:
    return (
        f"smtpdesk {__version__}\nPython {platform.python_version()} "
        f"({platform.system()} {platform.release()}, {platform.machine()})\n"
        f"Qt {qVersion()} (built {QLibraryInfo.version().toString()}), "
        f"PySide6 {PySide6.__version__}"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About smtpdesk"))
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>smtpdesk {__version__}</h2>")
        text = QLabel(
            self.tr("Set up outgoing mail, verify it with one button, and send personal batches.")
        )
        text.setWordWrap(True)
        details = QLabel(
            versions().replace("\n", "<br>")
            + "<br><br>"
            + "<br>".join(html.escape(f"{name}: {licence}") for name, licence in licences())
        )
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for widget in (title, text, details, buttons):
            layout.addWidget(widget)


class CrashDialog(QDialog):
    def __init__(self, report: str, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("smtpdesk ran into a problem"))
        self.report = report
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "Something went wrong inside smtpdesk. Your batches are safe in the queue and can "
                "be resumed. Please send the report below to whoever helps you with smtpdesk; it "
                "contains no password."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        if path is not None:
            where = QLabel(self.tr("Report saved as: {path}").format(path=path))
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        text = QPlainTextEdit(report, readOnly=True, objectName="crashReport")
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy to clipboard"), objectName="copyCrashReport")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.report))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)


def crash_report(exc: BaseException, settings_text: str = "") -> str:
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return (
        f"{versions()}\n{time.strftime('%Y-%m-%d %H:%M:%S %z')}\n\n{trace}\n"
        f"Settings (no secrets):\n{settings_text or '-'}\n"
    )


def write_report(report: str) -> Path | None:
    path = paths.data_dir() / f"crash-{time.strftime('%Y%m%d-%H%M%S')}.txt"
    try:
        paths.write_private(path, report)
    except OSError:
        return None
    return path


class CrashHandler:
    """Catches what nothing else caught, in slots and in asyncio tasks, and reports it."""

    def __init__(self, window: QWidget | None, settings_text=lambda: "") -> None:
        self.window = window
        self.settings_text = settings_text
        self.dialog: CrashDialog | None = None
        self._previous = sys.excepthook

    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        sys.excepthook = self._excepthook
        if loop is not None:
            loop.set_exception_handler(self._loop_exception)

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def _loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict) -> None:
        exc = context.get("exception")
        if exc is None or isinstance(exc, (ConnectionError, asyncio.CancelledError)):
            loop.default_exception_handler(context)  # noise such as a peer's reset
            return
        self.report(exc)

    def _excepthook(self, kind, exc, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, exc, trace)
            return
        self.report(exc)

    def report(self, exc: BaseException) -> Path | None:
        try:
            settings_text = self.settings_text()
        except Exception:  # the report must not fail on a half-broken window
            settings_text = "(unavailable)"
        report = crash_report(exc, settings_text)
        log.error("unhandled exception\n%s", report)
        path = write_report(report)
        if self.dialog is None or not self.dialog.isVisible():
            self.dialog = CrashDialog(report, path, self.window)
            self.dialog.open()
        return path
