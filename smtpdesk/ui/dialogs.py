"""Questions that never block: message boxes opened with `open()` and answered by signal.

A coroutine must not run a nested event loop (`exec()`, qasync issues #59/#82), and a plain
slot gains nothing from one either; so every question here calls back or resolves a future.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from smtpdesk.core.transport import CertificateInfo
from smtpdesk.ui.bridge import event_loop

Button = QMessageBox.StandardButton


def ask(
    parent: QWidget,
    title: str,
    text: str,
    buttons: Button,
    default: Button,
    on_answer: Callable[[Button], None],
    *,
    informative: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> QMessageBox:
    """A window-modal question; `on_answer(button)` runs when it is answered."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setObjectName("question")
    box.setInformativeText(informative)
    box.setDefaultButton(default)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        on_answer(box.standardButton(clicked) if clicked else Button.Cancel)

    box.finished.connect(answered)
    box.open()
    return box


async def ask_async(
    parent: QWidget,
    title: str,
    text: str,
    buttons: Button,
    default: Button,
    *,
    informative: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> Button:
    future: asyncio.Future[Button] = event_loop().create_future()

    def resolve(button: Button) -> None:
        if not future.done():
            future.set_result(button)

    box = ask(parent, title, text, buttons, default, resolve, informative=informative, icon=icon)
    try:
        return await future
    finally:
        if shiboken6.isValid(box) and box.isVisible():  # cancelled while the box was open
            box.finished.disconnect()
            box.close()


class CertificateDialog(QDialog):
    """Shows a self-signed certificate before it is pinned: fingerprint, subject, expiry."""

    def __init__(self, info: CertificateInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificateDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Trust this server's certificate?"))
        intro = QLabel(
            self.tr(
                "The server {host}:{port} presents a certificate no authority vouches for. "
                "Accept it only if this is your own server and the fingerprint below is the one "
                "your IT support gave you. smtpdesk will remember it and warn you if it ever "
                "changes."
            ).format(host=info.host, port=info.port)
        )
        intro.setWordWrap(True)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fingerprint = QLabel(_split_fingerprint(info.sha256))
        fingerprint.setObjectName("certificateFingerprint")
        fingerprint.setFont(fixed)
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = QFormLayout()
        details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        details.addRow(self.tr("SHA-256 fingerprint"), fingerprint)
        for label, value in (
            (self.tr("Issued to"), info.subject),
            (self.tr("Issued by"), info.issuer),
            (self.tr("Valid until"), info.not_after),
        ):
            field = QLabel(value or "—")
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.addRow(label, field)
        buttons = QDialogButtonBox()
        trust = buttons.addButton(
            self.tr("Trust and remember"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        trust.setObjectName("trustButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(details)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)


def _split_fingerprint(sha256: str) -> str:
    """32 byte pairs on two lines, easier to compare by eye than one long line."""
    pairs = sha256.split(":")
    return ":".join(pairs[:16]) + "\n" + ":".join(pairs[16:])


async def confirm_certificate(parent: QWidget, info: CertificateInfo) -> bool:
    """The `confirm_certificate` callback of verify: True when the user trusts it."""
    future: asyncio.Future[bool] = event_loop().create_future()
    dialog = CertificateDialog(info, parent)

    def answered(result: int) -> None:
        if not future.done():
            future.set_result(result == QDialog.DialogCode.Accepted)

    dialog.finished.connect(answered)
    dialog.open()
    try:
        return await future
    finally:
        if dialog.isVisible():  # the verify was cancelled while the dialog was open
            dialog.reject()
        dialog.deleteLater()
