"""The S/MIME row of the settings form: choose a PKCS#12 signing certificate, give its password
once (kept in the keyring, service `smtpdesk-smime`), see whom it names, until when it is
valid, and what a recipient's mail program would object to.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smtpdesk.core import secrets, smime
from smtpdesk.core.address import address_in
from smtpdesk.smime_words import problem_text
from smtpdesk.ui.retranslate import Retranslating
from smtpdesk.ui.wrap_label import WrapLabel

_WARNING_STYLE = "color: #e65100;"  # orange: works, but a recipient may be warned
_ERROR_STYLE = "color: #c62828;"  # red: cannot sign


class SmimeRow(Retranslating, QWidget):
    """File chooser, certificate details and warnings; emits `changed` when the file does."""

    changed = Signal()

    def __init__(self, profile_name: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="smimeRow")
        self._profile_name = profile_name
        self._path = ""
        self._sender = ""
        self._summary: smime.CertificateSummary | None = None
        self._error = ""  # an smime_* code when the file cannot be used
        self._wrong_attempt = False
        self._no_keyring = False
        self._session_only = False  # the password is kept in memory: no keyring
        self._file_dialog: QFileDialog | None = None
        self._password_dialog: QInputDialog | None = None

        self.label = QLabel()
        self.path_edit = QLineEdit(objectName="smimeFileEdit", readOnly=True)
        self.path_edit.setMinimumWidth(260)
        self.label.setBuddy(self.path_edit)
        self.choose_button = QPushButton(objectName="smimeChooseButton")
        self.password_button = QPushButton(objectName="smimePasswordButton")
        self.remove_button = QPushButton(objectName="smimeRemoveButton")
        self.summary_label = WrapLabel(objectName="smimeSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning_label = WrapLabel(objectName="smimeWarning")
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.path_edit, 1)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.password_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.warning_label)

        self.choose_button.clicked.connect(self.choose_file)
        self.password_button.clicked.connect(self.ask_password)
        self.remove_button.clicked.connect(self.remove)
        self.retranslate_ui()

    # -- what the form reads -------------------------------------------------------------

    @property
    def path(self) -> str:
        return self._path

    @property
    def summary(self) -> smime.CertificateSummary | None:
        return self._summary

    def problem(self) -> str:
        """Why messages cannot be signed now (translated), or "" when they can."""
        if not self._path:
            return ""
        if self._error:
            return problem_text(self._error)
        if self._summary is not None and self._summary.is_expired():
            return problem_text("smime_expired")
        if self._summary is not None and self._summary.is_not_yet_valid():
            return problem_text("smime_not_yet_valid")
        return ""

    # -- what the form tells it ----------------------------------------------------------

    def load(self, path: str, sender: str) -> None:
        """Show a profile's certificate (password from the environment or the keyring)."""
        self._close_dialogs()
        self._path = path
        self._sender = address_in(sender)
        self._wrong_attempt = False
        self._inspect(None)

    def set_sender(self, sender: str) -> None:
        self._sender = address_in(sender)
        self._show()

    def set_file(self, path: str) -> None:
        """A file was chosen: open it, asking for its password if it needs one."""
        self._path = path
        self._wrong_attempt = False
        self._inspect(None)
        self.changed.emit()
        if self._error in ("smime_password_missing", "smime_wrong_password"):
            self.ask_password()

    def remove(self) -> None:
        self._close_dialogs()
        self._path, self._summary, self._error = "", None, ""
        self._show()
        self.changed.emit()

    # -- the dialogs (opened with open(), answered by signal) -----------------------------

    def choose_file(self) -> None:
        dialog = QFileDialog(
            self.window(),
            self.tr("Choose the signing certificate"),
            self._path or "",
            self.tr("Certificates with private key (*.p12 *.pfx);;All files (*)"),
        )
        dialog.setObjectName("smimeFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(path: str) -> None:
            if path:
                self.set_file(path)

        dialog.fileSelected.connect(chosen)
        self._file_dialog = dialog
        dialog.open()

    def ask_password(self) -> None:
        if not self._path:
            return
        dialog = QInputDialog(self.window())
        dialog.setObjectName("smimePasswordDialog")
        dialog.setWindowTitle(self.tr("Password of the signing certificate"))
        if secrets.keyring_available():
            text = self.tr(
                "Enter the password of the certificate file {name}. smtpdesk keeps "
                "it in the system keyring."
            ).format(name=_file_name(self._path))
        else:
            text = self.tr(
                "Enter the password of the certificate file {name}. This computer "
                "has no keyring, so smtpdesk keeps it only until it closes."
            ).format(name=_file_name(self._path))
        if self._wrong_attempt:
            text = problem_text("smime_wrong_password") + "\n" + text
        dialog.setLabelText(text)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self._password_given)
        self._password_dialog = dialog
        dialog.open()

    def _password_given(self, password: str) -> None:
        self._password_dialog = None
        self._inspect(password)
        if self._error == "smime_wrong_password":
            self._wrong_attempt = True
            self.ask_password()
            return
        self._wrong_attempt = False
        if self._error or not password:
            return
        if not secrets.set_secret(
            secrets.SMIME_SERVICE, self._profile_name(), password, session_fallback=True
        ):
            self._session_only = True
            self._show()

    def _close_dialogs(self) -> None:
        for dialog in (self._file_dialog, self._password_dialog):
            try:
                if dialog is not None and dialog.isVisible():
                    dialog.reject()
            except RuntimeError:  # already deleted on close
                pass
        self._file_dialog = self._password_dialog = None

    # -- reading the certificate ---------------------------------------------------------

    def _inspect(self, password: str | None) -> None:
        self._summary, self._error, self._no_keyring = None, "", False
        self._session_only = secrets.kept_for_session(secrets.SMIME_SERVICE, self._profile_name())
        if self._path:
            if password is None:
                password = smime.password_for(self._profile_name())
            try:
                self._summary = smime.load_pkcs12(self._path, password).summary
            except smime.SmimeError as exc:
                self._error = exc.code
                if exc.code == "smime_password_missing" and not secrets.keyring_available():
                    self._no_keyring = True
        self._show()

    # -- showing -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Signing certificate (S/MIME)"))
        self.path_edit.setPlaceholderText(self.tr("None: messages are not signed"))
        self.path_edit.setAccessibleName(self.label.text())
        self.path_edit.setToolTip(
            self.tr(
                "A personal certificate with its private key (.p12 or .pfx file). Every message "
                "is signed with it, so recipients can see it really comes from you."
            )
        )
        self.choose_button.setText(self.tr("Choose…"))
        self.password_button.setText(self.tr("Password…"))
        self.password_button.setToolTip(self.tr("Enter the password of the certificate"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Stop signing messages"))
        self._show()

    def _show(self) -> None:
        self.path_edit.setText(self._path)
        self.path_edit.setToolTip(self._path or self.path_edit.toolTip())
        self.remove_button.setVisible(bool(self._path))
        self.password_button.setVisible(
            bool(self._path) and self._error in ("smime_password_missing", "smime_wrong_password")
        )
        summary = self._summary
        self.summary_label.setText(self._describe(summary) if summary else "")
        self.summary_label.setVisible(summary is not None)
        if self._error:
            text = (
                problem_text("smime_keyring_unavailable")
                if self._no_keyring
                else problem_text(self._error)
            )
            self._set_warning(text, _ERROR_STYLE, "error")
            return
        lines = self._warnings(summary) if summary else []
        if self._no_keyring:
            lines.append(problem_text("smime_keyring_unavailable"))
        elif self._session_only:
            lines.append(problem_text("smime_session_only"))
        tone = (
            "error"
            if summary and (summary.is_expired() or summary.is_not_yet_valid())
            else "warning"
        )
        self._set_warning(
            "\n".join(lines),
            _ERROR_STYLE if tone == "error" else _WARNING_STYLE,
            tone if lines else "",
        )

    def _set_warning(self, text: str, style: str, tone: str) -> None:
        self.warning_label.setText(text)
        self.warning_label.setStyleSheet(style)
        self.warning_label.setProperty("tone", tone)
        self.warning_label.setVisible(bool(text))

    def _describe(self, summary: smime.CertificateSummary) -> str:
        who = summary.common_name or summary.subject
        if summary.emails:
            who += " <" + ", ".join(summary.emails) + ">"
        days = summary.days_left()
        validity = self.tr("Valid {start} to {end}").format(
            start=_date(summary.not_before), end=_date(summary.not_after)
        )
        if days >= 0 and not summary.is_not_yet_valid():
            validity += " " + self.tr("(%n day(s) left)", "", days)
        issuer = self.tr("Issued by {issuer}").format(
            issuer=summary.issuer_common_name or summary.issuer
        )
        return "\n".join((who, issuer, validity))

    def _warnings(self, summary: smime.CertificateSummary) -> list[str]:
        texts = []
        for code in summary.warnings(self._sender):
            if code == "expired":
                texts.append(
                    self.tr(
                        "This certificate expired on {date}; messages cannot be signed with it."
                    ).format(date=_date(summary.not_after))
                )
            elif code == "not_yet_valid":
                texts.append(
                    self.tr("This certificate is valid only from {date}.").format(
                        date=_date(summary.not_before)
                    )
                )
            elif code == "expires_soon":
                texts.append(
                    self.tr(
                        "This certificate expires in %n day(s), on {date}. Ask "
                        "for a new one in time.",
                        "",
                        summary.days_left(),
                    ).format(date=_date(summary.not_after))
                )
            elif code == "no_email":
                texts.append(
                    self.tr(
                        "The certificate names no e-mail address; recipients' "
                        "mail programs will warn about the signature."
                    )
                )
            elif code == "email_mismatch":
                texts.append(
                    self.tr(
                        "The certificate is for {emails}, not for the sender "
                        "{sender}; recipients' mail programs will warn about the "
                        "signature."
                    ).format(emails=", ".join(summary.emails), sender=self._sender)
                )
            elif code == "not_for_email_signing":
                texts.append(
                    self.tr(
                        "This certificate is not meant for signing e-mail; "
                        "recipients' mail programs may reject the signature."
                    )
                )
        return texts


def _date(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d")


def _file_name(path: str) -> str:
    return Path(path).name
