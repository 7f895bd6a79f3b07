"""The outgoing-mail form of one profile: fields, proposals from the address, Verify, Save.

The form edits a copy; `current_profile()` is what the fields say now, the loaded profile is
what is on disk. Fields keep what the core does not show here (OAuth, S/MIME) by building on
the loaded profile. Passwords go only to the keyring on Save (or, without a keyring, stay in
the session); they never touch the profile file.
"""

from __future__ import annotations

import contextlib
import html
import webbrowser
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smtpdesk import texts
from smtpdesk.core import batches, oauth, secrets, verified
from smtpdesk.core.address import address_in
from smtpdesk.core.profile import DEFAULT_PORTS, LIMIT_KEYS, Profile
from smtpdesk.core.providers import Detection, Provider, detect_offline, load_database
from smtpdesk.core.transport import Credentials
from smtpdesk.ui import dialogs, fit
from smtpdesk.ui.bridge import DetectionRun, SignInRun, VerifyRun
from smtpdesk.ui.domain_check import DomainCheckPanel
from smtpdesk.ui.mnemonics import plain
from smtpdesk.ui.retranslate import Retranslating
from smtpdesk.ui.smime_row import SmimeRow
from smtpdesk.ui.verify_panel import VerifyContext, VerifyPanel
from smtpdesk.ui.wrap_label import WrapLabel

ENCRYPTION_VALUES = ("none", "ssl", "starttls")
# the sign-in method combo: a password, or OAuth2 with one provider ("custom" only appears
# for a profile file that names its own authorization server)
SIGN_IN_CHOICES = ("password", "google", "microsoft")
_OAUTH_ROWS = ("oauth", "oauth_client_id", "oauth_client_secret", "oauth_tenant")
_STANDARD_PORTS = set(DEFAULT_PORTS.values())
_ERROR_STYLE = "color: #c62828;"


def blank_profile(name: str) -> Profile:
    return Profile(name=name, host="", port=DEFAULT_PORTS["starttls"], sender="")


class SettingsPage(Retranslating, QWidget):
    """The Settings tab. Emits `saved(profile)` after a successful Save."""

    saved = Signal(object)
    dirty_changed = Signal(bool)

    def __init__(self, session_passwords: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session_passwords = session_passwords  # shared with the window; never on disk
        self._loaded = blank_profile("")
        self._is_new = True
        self._filling = 0  # > 0 while code (not the user) changes fields
        self._username_edited = False
        self._host_proposed = ""  # the host a proposal filled in, so a later one may replace it
        self._touched: set[str] = set()
        self._detection_text: Callable[[], str] = lambda: ""
        self._notice_text: Callable[[], str] = lambda: ""
        self._offer: Detection | None = None  # known settings the user may apply with a click
        self._port_check: Detection | None = None  # a guessed port being checked
        self._was_dirty = False
        self._providers = {p.id: p for p in load_database().providers()}

        self._verifying: Profile | None = None  # the profile the running verify tries
        self._verify = VerifyRun(lambda info: dialogs.confirm_certificate(self.window(), info),
                                 self)
        self._detection = DetectionRun(self)
        self._sign_in = SignInRun(self)
        self._sign_in_text: Callable[[], str] = lambda: ""
        # what opens the sign-in page: the system browser (tests put their own here)
        self.open_browser: oauth.Opener = webbrowser.open
        self._detect_timer = QTimer(self, singleShot=True, interval=400)
        self._detect_timer.timeout.connect(self._propose_from_sender)

        self._build()
        self._connect()
        self.retranslate_ui()
        self.load_profile(self._loaded, is_new=True)

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}

        self.sender_edit = self._line_edit("senderEdit")
        self.provider_combo = QComboBox(objectName="providerCombo")
        self.provider_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.provider_combo.addItem("", "")
        for provider in self._providers.values():
            self.provider_combo.addItem(provider.display_name, provider.id)
        self.detection_label = WrapLabel(objectName="detectionStatus")
        self.detection_label.setTextFormat(Qt.TextFormat.RichText)
        self.detection_label.setOpenExternalLinks(False)
        self.reply_to_edit = self._line_edit("replyToEdit")
        self.auth_check = QCheckBox(objectName="authCheck")
        self.username_edit = self._line_edit("usernameEdit")
        self.password_edit = self._line_edit("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_toggle = QToolButton(objectName="passwordToggle", checkable=True)
        self.auth_method_combo = QComboBox(objectName="authMethodCombo")
        for value in SIGN_IN_CHOICES:
            self.auth_method_combo.addItem("", value)
        self.sign_in_button = QPushButton(objectName="oauthSignInButton")
        self.sign_in_status = WrapLabel(objectName="oauthStatus")
        self.sign_in_status.setTextFormat(Qt.TextFormat.RichText)
        self.sign_in_status.setOpenExternalLinks(True)
        self.client_id_edit = self._line_edit("oauthClientIdEdit")
        self.client_secret_edit = self._line_edit("oauthClientSecretEdit")
        self.client_secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.tenant_edit = self._line_edit("oauthTenantEdit")
        self.tenant_edit.setPlaceholderText(oauth.MICROSOFT_DEFAULT_TENANT)
        self.encryption_combo = QComboBox(objectName="encryptionCombo")
        for value in ENCRYPTION_VALUES:
            self.encryption_combo.addItem("", value)
        self.port_spin = QSpinBox(objectName="portSpin", minimum=1, maximum=65535)
        self.port_spin.setMinimumWidth(90)
        self.host_edit = self._line_edit("hostEdit")
        self.host_edit.setPlaceholderText("smtp.example.com")
        self.self_signed_check = QCheckBox(objectName="selfSignedCheck")
        self.self_signed_warning = QLabel("⚠", objectName="selfSignedWarning")
        self.bcc_archive_edit = self._line_edit("bccArchiveEdit")

        self._add_row("sender", self.sender_edit)
        provider_row = QHBoxLayout()
        provider_row.addWidget(self.provider_combo)
        provider_row.addStretch(1)
        self._add_row("provider", provider_row)
        self.form.addRow("", self.detection_label)
        self._add_row("reply_to", self.reply_to_edit)
        self.form.addRow(self._section_line())
        self.form.addRow("", self.auth_check)
        self._add_row("auth_method", self.auth_method_combo)
        self._add_row("username", self.username_edit)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_edit, 1)
        password_row.addWidget(self.password_toggle)
        self._add_row("password", password_row)
        sign_in_row = QHBoxLayout()
        sign_in_row.addWidget(self.sign_in_button)
        sign_in_row.addWidget(self.sign_in_status, 1)
        self._add_row("oauth", sign_in_row)
        self._add_row("oauth_client_id", self.client_id_edit)
        self._add_row("oauth_client_secret", self.client_secret_edit)
        self._add_row("oauth_tenant", self.tenant_edit)
        self.form.addRow(self._section_line())
        self._add_row("host", self.host_edit)
        encryption_row = QHBoxLayout()
        encryption_row.addWidget(self.encryption_combo, 1)
        self.labels["port"] = QLabel()
        self.labels["port"].setBuddy(self.port_spin)
        encryption_row.addSpacing(12)
        encryption_row.addWidget(self.labels["port"])
        encryption_row.addWidget(self.port_spin)
        self._add_row("encryption", encryption_row, errors_for=("encryption", "port"))
        self_signed_row = QHBoxLayout()
        self_signed_row.addWidget(self.self_signed_check)
        self_signed_row.addWidget(self.self_signed_warning)
        self_signed_row.addStretch(1)
        self.form.addRow("", self_signed_row)
        self._add_row("bcc_archive", self.bcc_archive_edit)

        self.advanced_button = QToolButton(objectName="advancedButton", checkable=True)
        self.advanced_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_button.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_button.setAutoRaise(True)
        self.advanced = QWidget(objectName="advancedSection")
        advanced_form = QFormLayout(self.advanced)
        advanced_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        advanced_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        advanced_form.setContentsMargins(24, 0, 0, 0)
        self.limit_spins: dict[str, QSpinBox] = {}
        for key in LIMIT_KEYS:
            spin = QSpinBox(objectName=_camel(key) + "Spin", minimum=0, maximum=1_000_000)
            spin.setMinimumWidth(120)
            self.limit_spins[key] = spin
            self.labels[key] = QLabel(buddy=spin)
            advanced_form.addRow(self.labels[key], spin)
        self.timeout_spin = QSpinBox(objectName="timeoutSpin", minimum=1, maximum=600)
        self.timeout_spin.setMinimumWidth(120)
        self.labels["timeout"] = QLabel(buddy=self.timeout_spin)
        advanced_form.addRow(self.labels["timeout"], self.timeout_spin)
        self.smime_row = SmimeRow(lambda: self._loaded.name)
        advanced_form.addRow(self.smime_row.label, self.smime_row)
        self.advanced.setVisible(False)

        self.verify_button = QPushButton(objectName="verifyButton")
        self.verify_button.setDefault(True)
        self.verify_button.setProperty("running", False)
        self.save_button = QPushButton(objectName="saveButton")
        self.save_hint = WrapLabel(objectName="saveHint")
        self.save_hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.save_button)
        buttons.addSpacing(8)
        buttons.addWidget(self.save_hint, 1)
        self.notice = WrapLabel(objectName="settingsNotice")
        self.notice.setStyleSheet("background: #fff8e1; border: 1px solid #ffcc80; "
                                  "border-radius: 4px; padding: 6px;")
        self.verify_panel = VerifyPanel()
        self.domain_check = DomainCheckPanel(self.current_profile)

        self.heading = WrapLabel(objectName="settingsHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        # a form stretched over a wide screen is hard to read: keep it to a column
        self.setMaximumWidth(820)
        layout.addWidget(self.heading)
        layout.addSpacing(4)
        layout.addLayout(self.form)
        layout.addWidget(self.advanced_button)
        layout.addWidget(self.advanced)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.verify_panel)
        layout.addWidget(self.domain_check)
        layout.addStretch(1)

        self.setTabOrder(self.sender_edit, self.provider_combo)
        chain = [self.provider_combo, self.reply_to_edit, self.auth_check,
                 self.auth_method_combo, self.username_edit, self.password_edit,
                 self.password_toggle, self.sign_in_button, self.client_id_edit,
                 self.client_secret_edit, self.tenant_edit, self.host_edit,
                 self.encryption_combo, self.port_spin, self.self_signed_check,
                 self.bcc_archive_edit, self.advanced_button, *self.limit_spins.values(),
                 self.timeout_spin, self.verify_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def _line_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.setMinimumWidth(260)
        edit.setClearButtonEnabled(name != "passwordEdit")
        return edit

    def _add_row(self, key: str, field, errors_for: tuple[str, ...] | None = None) -> None:
        label = QLabel()
        self.labels[key] = label
        if isinstance(field, QWidget):
            label.setBuddy(field)
        else:
            label.setBuddy(field.itemAt(0).widget())
        self.form.addRow(label, field)
        for error_key in errors_for or (key,):
            error = WrapLabel(objectName=_camel(error_key) + "Error")
            error.setStyleSheet(_ERROR_STYLE)
            self.errors[error_key] = error
            self.form.addRow("", error)
            self.form.setRowVisible(error, False)

    @staticmethod
    def _section_line() -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    def _connect(self) -> None:
        for edit in (self.sender_edit, self.reply_to_edit, self.username_edit,
                     self.password_edit, self.host_edit, self.bcc_archive_edit):
            edit.textChanged.connect(self._refresh)
        self.sender_edit.textChanged.connect(self._sender_changed)
        self.username_edit.textEdited.connect(self._username_typed)
        self.host_edit.textEdited.connect(lambda: self._touch("host"))
        self.sender_edit.textEdited.connect(lambda: self._touch("sender"))
        self.reply_to_edit.textEdited.connect(lambda: self._touch("reply_to"))
        self.bcc_archive_edit.textEdited.connect(lambda: self._touch("bcc_archive"))
        self.password_edit.textEdited.connect(lambda: self._touch("password"))
        self.auth_check.toggled.connect(self._auth_toggled)
        self.auth_method_combo.currentIndexChanged.connect(self._sign_in_method_chosen)
        for edit in (self.client_id_edit, self.client_secret_edit, self.tenant_edit):
            edit.textChanged.connect(self._refresh)
        self.client_id_edit.textEdited.connect(lambda: self._touch("oauth_client_id"))
        self.sign_in_button.clicked.connect(self.sign_in_or_cancel)
        self._sign_in.url_ready.connect(self._sign_in_url)
        self._sign_in.finished.connect(self._signed_in)
        self._sign_in.failed.connect(self._sign_in_failed)
        self._sign_in.cancelled.connect(self._sign_in_cancelled)
        self.password_toggle.toggled.connect(self._password_shown)
        self.encryption_combo.currentIndexChanged.connect(self._encryption_chosen)
        self.port_spin.valueChanged.connect(self._refresh)
        self.self_signed_check.toggled.connect(self._refresh)
        for spin in (*self.limit_spins.values(), self.timeout_spin):
            spin.valueChanged.connect(self._refresh)
        self.provider_combo.activated.connect(self._provider_chosen)
        self.detection_label.linkActivated.connect(self._detection_link)
        self.advanced_button.toggled.connect(self._advanced_toggled)
        self.smime_row.changed.connect(self._refresh)
        self.sender_edit.textChanged.connect(self.smime_row.set_sender)
        self.verify_button.clicked.connect(self.verify_or_cancel)
        self.save_button.clicked.connect(self.save)
        self._verify.stage_changed.connect(self.verify_panel.stage_changed)
        self._verify.finished.connect(self._verify_finished)
        self._verify.cancelled.connect(self._verify_cancelled)
        self._verify.crashed.connect(self._verify_crashed)
        self._verify.pins_damaged.connect(self._pins_damaged)
        self._detection.found.connect(self._probe_finished)
        self._detection.port_checked.connect(self._port_checked)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.verify_or_cancel)
        QShortcut(QKeySequence.StandardKey.Save, self, self._save_shortcut)

    # -- translation ---------------------------------------------------------------------

    def field_names(self) -> dict[str, str]:
        """The translated name of every field, as its label reads."""
        return {key: plain(text) for key, text in self.field_labels().items()}

    def field_labels(self) -> dict[str, str]:
        """Every field's label, with its Alt-key mark."""
        return {
            "sender": self.tr("Se&nder"), "provider": self.tr("Prov&ider"),
            "reply_to": self.tr("Repl&y-to"), "username": self.tr("Us&er name"),
            "password": self.tr("&Password"), "encryption": self.tr("En&cryption"),
            "port": self.tr("Por&t"), "host": self.tr("Se&rver"),
            "bcc_archive": self.tr("&BCC archive"),
            "max_per_minute": self.tr("Messages per minute"),
            "max_per_hour": self.tr("Messages per hour"),
            "max_per_day": self.tr("Messages per day"),
            "max_per_connection": self.tr("Messages per connection"),
            "timeout": self.tr("Timeout"),
            "auth_method": self.tr("Sign-in met&hod"), "oauth": self.tr("Sign-in"),
            "oauth_client_id": self.tr("Client ID"),
            "oauth_client_secret": self.tr("Client secret"),
            "oauth_tenant": self.tr("Tenant"),
        }

    def retranslate_ui(self) -> None:
        names = self.field_names()
        for key, text in self.field_labels().items():
            if key in self.labels:
                self.labels[key].setText(text)
        self.heading.setText(self.tr("Outgoing mail settings (SMTP)"))
        widgets = {"sender": self.sender_edit, "provider": self.provider_combo,
                   "reply_to": self.reply_to_edit, "username": self.username_edit,
                   "password": self.password_edit, "encryption": self.encryption_combo,
                   "port": self.port_spin, "host": self.host_edit,
                   "bcc_archive": self.bcc_archive_edit, "timeout": self.timeout_spin,
                   "auth_method": self.auth_method_combo, "oauth": self.sign_in_button,
                   "oauth_client_id": self.client_id_edit,
                   "oauth_client_secret": self.client_secret_edit,
                   "oauth_tenant": self.tenant_edit,
                   **self.limit_spins}
        for key, widget in widgets.items():
            widget.setAccessibleName(names[key])
        self.sender_edit.setPlaceholderText(self._sample_sender())
        self.sender_edit.setToolTip(self.tr("The name and address your recipients see, "
                                            "for example {example}").format(
            example=self._sample_sender()))
        self.reply_to_edit.setToolTip(self.tr("Optional: where replies go, if not to the "
                                              "sender"))
        self.bcc_archive_edit.setToolTip(self.tr("Optional: a copy of every message sent "
                                                 "goes to this address (your archive)"))
        self.provider_combo.setItemText(0, self.tr("Other / own server"))
        self.provider_combo.setToolTip(self.tr("Choose your provider to fill in its server "
                                               "settings"))
        self.auth_check.setText(self.tr("Server re&quires sign-in"))
        self.auth_check.setAccessibleName(plain(self.auth_check.text()))
        self._password_shown(self.password_toggle.isChecked())
        self._retranslate_sign_in()
        for index, text in enumerate((self.tr("None"), self.tr("SSL/TLS (465)"),
                                      self.tr("STARTTLS (587)"))):
            self.encryption_combo.setItemText(index, text)
        self.self_signed_check.setText(self.tr("Allo&w self-signed certificate (own server only)"))
        self.self_signed_check.setAccessibleName(plain(self.self_signed_check.text()))
        warning = self.tr("Only for your own or your company's server. smtpdesk accepts the "
                          "server's certificate the first time after showing you its "
                          "fingerprint, remembers it, and warns you if it ever changes. Never "
                          "turn this on for a public provider such as Gmail or Seznam.")
        self.self_signed_check.setToolTip(warning)
        self.self_signed_warning.setToolTip(warning)
        self.self_signed_warning.setAccessibleName(self.tr("Warning"))
        for spin in self.limit_spins.values():
            spin.setSpecialValueText(self.tr("No limit"))
        self.timeout_spin.setSuffix(self.tr(" s"))
        self.advanced_button.setText(self.tr("Advanced: sending &limits, timeouts"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save this profile (Ctrl+S)"))
        self._show_verify_state()
        self.detection_label.setText(self._detection_text())
        self.detection_label.setVisible(bool(self.detection_label.text()))
        self._show_notice()
        self._refresh_password_placeholder()
        self._refresh()

    # -- loading and reading the form ----------------------------------------------------

    @property
    def profile_name(self) -> str:
        return self._loaded.name

    @property
    def is_new(self) -> bool:
        return self._is_new

    def load_profile(self, profile: Profile, *, is_new: bool = False) -> None:
        self._verify.cancel()
        self.domain_check.clear()
        self._sign_in.cancel()
        self._stop_detection()
        self._detect_timer.stop()
        self._loaded, self._is_new = profile, is_new
        self._touched.clear()
        self._offer = None
        self._detection_text = lambda: ""
        self._notice_text = lambda: ""
        self._filling += 1
        try:
            self.sender_edit.setText(profile.sender)
            self.reply_to_edit.setText(profile.reply_to)
            self.auth_check.setChecked(profile.auth)
            self._offer_custom_sign_in(profile.oauth_provider == "custom")
            self._select_sign_in_method(profile.oauth_provider
                                        if profile.auth_method == "oauth2" else "password")
            self.client_id_edit.setText(profile.oauth_client_id)
            self.client_secret_edit.setText(profile.oauth_client_secret)
            self.tenant_edit.setText(profile.oauth_tenant)
            self.username_edit.setText(profile.username)
            self.password_edit.clear()
            self.password_toggle.setChecked(False)
            self._select_encryption(profile.encryption)
            self.port_spin.setValue(profile.port)
            self.host_edit.setText(profile.host)
            self.self_signed_check.setChecked(profile.allow_self_signed)
            self.bcc_archive_edit.setText(profile.bcc_archive)
            for key, spin in self.limit_spins.items():
                spin.setValue(getattr(profile, key) or 0)
            self.timeout_spin.setValue(round(profile.timeout))
            self.smime_row.load(profile.smime_pkcs12, profile.sender)
            self.provider_combo.setCurrentIndex(0)
        finally:
            self._filling -= 1
        address = address_in(profile.sender)
        self.username_edit.setPlaceholderText(address)
        self._username_edited = bool(profile.username) and profile.username != address
        self._host_proposed = ""
        if address:
            provider = load_database().lookup(address.rpartition("@")[2])
            if provider and any(c.host == profile.host for c in provider.candidates):
                self._select_provider(provider)
        self._sign_in_text = self._stored_sign_in_text
        self._auth_toggled(profile.auth)
        self.verify_panel.begin(VerifyContext(profile.host, profile.port, "", profile.sender))
        self.retranslate_ui()
        self._was_dirty = self.is_dirty()
        self.dirty_changed.emit(self._was_dirty)

    def rename(self, name: str) -> None:
        """The profile was renamed in the list; keep the form's edits."""
        self._loaded = self._loaded.replace(name=name)
        self._refresh()

    def current_profile(self) -> Profile:
        limits = {key: spin.value() or None for key, spin in self.limit_spins.items()}
        return self._loaded.replace(
            host=self.host_edit.text().strip(), port=self.port_spin.value(),
            sender=self.sender_edit.text().strip(), encryption=self._encryption(),
            auth=self.auth_check.isChecked(), username=self.username_edit.text(),
            reply_to=self.reply_to_edit.text().strip(),
            bcc_archive=self.bcc_archive_edit.text().strip(),
            allow_self_signed=self.self_signed_check.isChecked(),
            timeout=float(self.timeout_spin.value()), smime_pkcs12=self.smime_row.path, **limits,
            **self._sign_in_fields())

    def _sign_in_fields(self) -> dict:
        choice = self._sign_in_method()
        fields = {"oauth_client_id": self.client_id_edit.text().strip(),
                  "oauth_client_secret": self.client_secret_edit.text().strip(),
                  "oauth_tenant": self.tenant_edit.text().strip()}
        if choice == "password":
            return {"auth_method": "password", **fields}
        return {"auth_method": "oauth2", "oauth_provider": choice, **fields}

    def _sign_in_method(self) -> str:
        return self.auth_method_combo.currentData() or "password"

    def _select_sign_in_method(self, value: str) -> None:
        self.auth_method_combo.setCurrentIndex(max(self.auth_method_combo.findData(value), 0))

    def _offer_custom_sign_in(self, offered: bool) -> None:
        index = self.auth_method_combo.findData("custom")
        if offered and index < 0:
            self.auth_method_combo.addItem("", "custom")
            self._retranslate_sign_in()
        elif not offered and index >= 0:
            self.auth_method_combo.removeItem(index)

    def is_dirty(self) -> bool:
        return self._is_new or self.current_profile() != self._loaded or \
            bool(self.password_edit.text())

    def is_valid(self) -> bool:
        return not self._field_errors(self.current_profile())

    def is_verifying(self) -> bool:
        return self._verify.running

    def _encryption(self) -> str:
        return self.encryption_combo.currentData() or "starttls"

    def _select_encryption(self, value: str) -> None:
        index = self.encryption_combo.findData(value)
        self.encryption_combo.setCurrentIndex(max(index, 0))

    # -- validation ----------------------------------------------------------------------

    def _field_errors(self, profile: Profile) -> dict[str, str]:
        """field → code, for the fields this form shows (the name is the list's business)."""
        found: dict[str, str] = {}
        for error in profile.validate():
            if error.field in self.errors or error.field in LIMIT_KEYS or \
                    error.field == "timeout":
                found.setdefault(error.field, error.code)
        return found

    def _sample_sender(self) -> str:
        """An example sender as people write it in the language's country."""
        return self.tr("Jan Novák <info@novak.cz>",
                       "a sample sender: a name and an address as written in your country")

    def _problem(self, code: str) -> str:
        example = self._sample_sender()
        address = example[example.find("<") + 1:example.rfind(">")] if "<" in example \
            else example
        return {
            "required": self.tr("please fill this in."),
            "bad_address": self.tr("this is not an e-mail address. Write it like "
                                   "{address} or {example}.").format(address=address,
                                                                      example=example),
            "bad_host": self.tr("this is not a server name. Write it like smtp.example.com, "
                                "without http:// or a port."),
            "bad_port": self.tr("the port must be a number from 1 to 65535."),
            "bad_username": self.tr("remove the spaces at the start or the end."),
            "bad_limit": self.tr("must be a whole number above 0."),
            "bad_timeout": self.tr("must be between 1 and 600 seconds."),
            "bad_tenant": self.tr("write the tenant's domain or ID, or leave it empty."),
        }.get(code, self.tr("this value cannot be used."))

    def _refresh(self) -> None:
        """Validation messages, Save's state and the dirty flag after any change."""
        profile = self.current_profile()
        problems = self._field_errors(profile)
        names = self.field_names()
        for key, label in self.errors.items():
            code = problems.get(key)
            shown = code is not None and (code != "required" or key in self._touched)
            label.setText(f"{names[key]}: {self._problem(code)}" if shown else "")
            self.form.setRowVisible(label, shown)
        missing = [names[k] for k in self.errors if problems.get(k) == "required"]
        if missing:
            hint = self.tr("To save, fill in: {fields}.").format(fields=", ".join(missing))
        elif problems:
            hint = self.tr("Correct the fields marked in red to save.")
        else:
            hint = ""
        self.save_hint.setText(hint)
        self.save_button.setEnabled(not problems and self.is_dirty())
        self.verify_button.setEnabled(self.is_verifying() or not problems)
        dirty = self.is_dirty()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    def _touch(self, key: str) -> None:
        self._touched.add(key)
        self._refresh()

    # -- reacting to the user ------------------------------------------------------------

    def _auth_toggled(self, on: bool) -> None:
        for widget in (self.username_edit, self.password_edit, self.password_toggle,
                       self.labels["username"], self.labels["password"],
                       self.auth_method_combo, self.labels["auth_method"],
                       self.sign_in_button, self.labels["oauth"]):
            widget.setEnabled(on)
        self._show_sign_in_rows()
        self._refresh()

    def _password_shown(self, shown: bool) -> None:
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown
                                       else QLineEdit.EchoMode.Password)
        self.password_toggle.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.password_toggle.setToolTip(self.tr("Show or hide the password"))
        self.password_toggle.setAccessibleName(self.password_toggle.toolTip())

    def _refresh_password_placeholder(self) -> None:
        name = self._loaded.name
        stored = not self._is_new and (name in self._session_passwords or
                                       secrets.has_password(name))
        self.password_edit.setPlaceholderText(
            self.tr("Saved — type a new one to replace it") if stored else "")

    def _username_typed(self, text: str) -> None:
        self._username_edited = bool(text)  # emptying the field brings the default back
        self._touch("username")

    def _sender_changed(self, text: str) -> None:
        if self._filling:
            return
        address = address_in(text)
        self.username_edit.setPlaceholderText(address)  # what sign-in uses when left empty
        if address and not self._username_edited:
            self._fill(lambda: self.username_edit.setText(address))
        self._stop_detection()
        self._detect_timer.start()

    def _encryption_chosen(self, _index: int) -> None:
        # propose the usual port unless the user typed an unusual one on purpose
        if not self._filling and self.port_spin.value() in _STANDARD_PORTS:
            self._fill(lambda: self.port_spin.setValue(DEFAULT_PORTS[self._encryption()]))
        self._refresh()

    def _advanced_toggled(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                          else Qt.ArrowType.RightArrow)

    def _fill(self, change: Callable[[], None]) -> None:
        self._filling += 1
        try:
            change()
        finally:
            self._filling -= 1

    # -- proposals: provider combo and the sender's address ------------------------------

    def _provider_chosen(self, index: int) -> None:
        self._stop_detection()  # a lookup or port check for what was there before
        provider = self._providers.get(self.provider_combo.itemData(index))
        if provider is None:
            self._detection_text = lambda: ""
            self.retranslate_ui()
            return
        detection = provider.proposal(address_in(self.sender_edit.text()))
        self.apply_detection(detection)
        if not detection.confirmed:
            self._confirm_port(detection)

    def _propose_from_sender(self) -> None:
        address = address_in(self.sender_edit.text())
        if not address:
            return
        domain = address.rpartition("@")[2]
        try:
            detection = detect_offline(address)
        except ValueError:
            return
        may_fill = self._may_fill()
        if detection is not None:
            if may_fill:
                self.apply_detection(detection)
                if not detection.confirmed:
                    self._confirm_port(detection)
            elif detection.host != self.host_edit.text().strip():
                self._offer = detection
                self._set_detection_text(lambda: self.tr(
                    "{provider} uses the server {host}. <a href=\"apply\">Use its "
                    "settings</a>").format(provider=html.escape(detection.provider or ""),
                                           host=html.escape(detection.host)))
            return
        if not may_fill:
            return
        self._set_detection_text(lambda: self.tr(
            "Looking for the settings of {domain}… <a href=\"cancel\">Stop</a>").format(
            domain=html.escape(domain)))
        self._detection.start(address)

    def _stop_detection(self) -> None:
        self._detection.cancel()
        self._port_check = None

    def _may_fill(self) -> bool:
        """True unless the server field holds something the user typed."""
        host = self.host_edit.text().strip()
        return not host or host == self._host_proposed

    def _confirm_port(self, detection: Detection) -> None:
        """The provider names its server but not the port: ask the server which one answers."""
        self._set_detection_text(lambda: self._describe(detection, checking=True))
        self._port_check = detection
        self._detection.confirm(detection)

    def _port_checked(self, asked: Detection, answer: Detection) -> None:
        if asked is not self._port_check:
            return  # an answer to a question nobody asks any more
        self._port_check = None
        shown = (self.host_edit.text().strip(), self.port_spin.value(), self._encryption())
        if shown != (asked.host, asked.port, asked.encryption):
            self._set_detection_text(lambda: "")  # the user has changed them meanwhile
        elif answer.confirmed:
            self.apply_detection(answer)
        else:  # nobody answered: the guess stays, and says so
            self._set_detection_text(lambda: self._describe(answer))

    def _probe_finished(self, address: str, detection: Detection | None) -> None:
        if address != address_in(self.sender_edit.text()):
            return  # the sender changed meanwhile
        if detection is not None:
            if self._may_fill():
                self.apply_detection(detection)
            else:  # the user has typed another server meanwhile
                self._set_detection_text(lambda: "")
            return
        domain = address.rpartition("@")[2]
        self._set_detection_text(lambda: self.tr(
            "No settings found for {domain}. Your provider's help page lists the outgoing "
            "mail (SMTP) server; enter it below.").format(domain=html.escape(domain)))

    def _detection_link(self, link: str) -> None:
        if link == "cancel":
            checked = self._port_check
            self._stop_detection()
            self._set_detection_text(lambda: self._describe(checked) if checked else "")
        elif link == "apply" and self._offer is not None:
            offer = self._offer
            self.apply_detection(offer)
            if not offer.confirmed:
                self._confirm_port(offer)
        elif link.startswith("oauth:"):
            self._select_sign_in_method(link.partition(":")[2])
            self.detection_label.setText(self._detection_text())
        else:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(link))

    def apply_detection(self, detection: Detection) -> None:
        """Fill server, port, encryption, user name and limits from a proposal."""
        self._offer = None

        def fill() -> None:
            self.host_edit.setText(detection.host)
            self._select_encryption(detection.encryption)
            self.port_spin.setValue(detection.port)
            if detection.username and not self._username_edited:
                self.username_edit.setText(detection.username)
            if detection.limits:
                for key, spin in self.limit_spins.items():
                    if detection.limits.get(key):
                        spin.setValue(detection.limits[key])
        self._fill(fill)
        self._host_proposed = detection.host
        provider = next((p for p in self._providers.values()
                         if p.display_name == detection.provider), None)
        if provider is not None:
            self._select_provider(provider)
        self._set_detection_text(lambda: self._describe(detection))
        self._refresh()

    def _select_provider(self, provider: Provider) -> None:
        self._fill(lambda: self.provider_combo.setCurrentIndex(
            max(self.provider_combo.findData(provider.id), 0)))

    def _describe(self, detection: Detection, *, checking: bool = False) -> str:
        if detection.provider:
            text = self.tr("Settings for {provider} filled in.").format(
                provider=html.escape(detection.provider))
        else:
            text = self.tr("Found a mail server at {host}, port {port}.").format(
                host=html.escape(detection.host), port=detection.port)
        if checking:
            text += " " + self.tr("Checking which port {host} answers on… "
                                  "<a href=\"cancel\">Stop</a>").format(
                host=html.escape(detection.host))
        elif not detection.confirmed:
            text += " " + self.tr("{provider} does not publish the port: {port} is a guess. "
                                  "Verify tells whether it is right.").format(
                provider=html.escape(detection.provider or detection.host),
                port=detection.port)
        per_day = (detection.limits or {}).get("max_per_day")
        if per_day:
            text += " " + self.tr("Limit: %n message(s) a day.", "", per_day)
        provider = next((p for p in self._providers.values()
                         if p.display_name == detection.provider), None)
        if provider is not None and provider.oauth in SIGN_IN_CHOICES and \
                self._sign_in_method() == "password":
            label = (self.tr("Sign in with Google instead of a password")
                     if provider.oauth == "google" else
                     self.tr("Sign in with Microsoft instead of a password"))
            text += f' <a href="oauth:{provider.oauth}">{html.escape(label)}</a>'
        if detection.help_url:
            text += ' <a href="{url}">{label}</a>'.format(
                url=html.escape(detection.help_url, quote=True),
                label=html.escape(self.tr("Provider's help page")))
        return text

    def _set_detection_text(self, text: Callable[[], str]) -> None:
        self._detection_text = text
        self.detection_label.setText(text())
        self.detection_label.setVisible(bool(self.detection_label.text()))

    # -- save ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Write the profile and put a typed password in the keyring; False if not saved."""
        from smtpdesk.core.profile import ProfileError, ProfileStore

        profile = self.current_profile()
        if self._field_errors(profile):
            self._touched.update(self.errors)
            self._refresh()
            return False
        store = ProfileStore()
        try:
            if self._is_new and store.exists(profile.name):
                self._set_notice(lambda: self.tr("A profile named {name} exists already. "
                                                 "Rename this one in the list.").format(
                    name=profile.name))
                return False
            store.save(profile)
        except (ProfileError, OSError) as exc:
            reason = str(exc)
            self._set_notice(lambda: self.tr("The profile could not be saved: {error}").format(
                error=reason))
            return False
        self._store_password(profile.name, self.password_edit.text())
        self._loaded, self._is_new = profile, False
        self._fill(self.password_edit.clear)
        self._refresh_password_placeholder()
        self._refresh()
        self.saved.emit(profile)
        return True

    def _store_password(self, name: str, password: str) -> None:
        if not password:
            return
        try:
            secrets.set_password(name, password)
        except secrets.KeyringUnavailable:
            self._session_passwords[name] = password
            self._set_notice(lambda: self.tr(
                "This computer has no keyring (password store), so the password was not "
                "saved. smtpdesk keeps it until you close the program."))
            return
        self._session_passwords.pop(name, None)
        self._set_notice(lambda: "")

    def _set_notice(self, text: Callable[[], str]) -> None:
        self._notice_text = text
        self._show_notice()

    def _show_notice(self) -> None:
        self.notice.setText(self._notice_text())
        self.notice.setVisible(bool(self.notice.text()))

    def _save_shortcut(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    # -- verify --------------------------------------------------------------------------

    def verify_or_cancel(self) -> None:
        if self._verify.running:
            self._verify.cancel()
            return
        profile = self.current_profile()
        if self._field_errors(profile):
            self._touched.update(self.errors)
            self._refresh()
            return
        if smime_problem := self.smime_row.problem():
            self._set_notice(lambda: smime_problem)
            return
        credentials = None
        if profile.auth and profile.auth_method == "oauth2":
            credentials = self._oauth_credentials(profile)
            if credentials is None:
                return
        elif profile.auth:
            typed = self.password_edit.text() or self._session_passwords.get(profile.name)
            try:  # typed, this session's, the environment's or the keyring's
                credentials = batches.credentials_for(profile, given=typed or None,
                                                      given_source="session")
            except batches.NoCredentials:
                self._touched.add("password")
                self._show_error("password", self.tr("enter the password to verify."))
                return
        if credentials is not None and profile.encryption == "none":
            dialogs.ask(
                self.window(), self.tr("Sign in without encryption?"),
                self.tr("Your user name and password would cross the network readable by "
                        "anyone on the way."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
                lambda answer: answer == QMessageBox.StandardButton.Yes and
                self._start_verify(profile, credentials),
                informative=self.tr("Choose STARTTLS or SSL/TLS unless this is a test server "
                                    "on your own network. Send the password anyway?"),
                icon=QMessageBox.Icon.Warning)
            return
        self._start_verify(profile, credentials)

    def _show_error(self, key: str, problem: str) -> None:
        label = self.errors[key]
        label.setText(f"{self.field_names()[key]}: {problem}")
        self.form.setRowVisible(label, True)

    def _start_verify(self, profile: Profile, credentials: Credentials | None) -> None:
        help_url, app_passwords = None, False
        provider = self._providers.get(self.provider_combo.currentData())
        if provider is not None:
            help_url = provider.app_password_url or provider.help_url
            app_passwords = bool(provider.app_password_url)
        self.verify_panel.begin(VerifyContext(profile.host, profile.port,
                                              credentials.username if credentials else "",
                                              profile.sender, help_url,
                                              oauth=profile.auth_method == "oauth2",
                                              help_is_app_passwords=app_passwords))
        subject, body = texts.test_message_texts(profile)
        self._verify.start(profile, credentials, subject=subject, body=body)
        self._verifying = profile
        self._show_verify_state()
        self._scroll_to_verify(self.verify_panel.stages)

    def _verify_finished(self, result) -> None:
        if self._verifying is not None:  # the Batch page's confirmation shows the last one
            with contextlib.suppress(OSError):
                verified.record(self._verifying, result.diagnosis)
        self.verify_panel.finish(result)
        self.domain_check.verified(self._verifying, result)
        self._show_verify_state()
        self._scroll_to_verify(self.verify_panel.result)

    def _verify_cancelled(self) -> None:
        self.verify_panel.cancelled()
        self._show_verify_state()
        self._scroll_to_verify(self.verify_panel.result)

    def _verify_crashed(self, text: str) -> None:
        self.verify_panel.crashed(text)
        self._show_verify_state()
        self._scroll_to_verify(self.verify_panel.result)

    def _scroll_to_verify(self, part: QWidget) -> None:
        """On a low screen the answer is below the edge: scroll to it once it is laid out."""
        def scroll() -> None:
            self.layout().activate()
            fit.scroll_into_view(part)
        QTimer.singleShot(0, scroll)

    def _pins_damaged(self, path: str, reason: str) -> None:
        self.verify_panel.pins_damaged(path, reason)
        self._show_verify_state()

    def _show_verify_state(self) -> None:
        running = self._verify.running
        self.verify_button.setProperty("running", running)
        self.verify_button.setText(self.tr("Cancel") if running else self.tr("&Verify"))
        self.verify_button.setToolTip(
            self.tr("Stop the verify (Ctrl+Enter)") if running else
            self.tr("Connect, sign in and send a test message to the sender (Ctrl+Enter)"))
        self.verify_button.setEnabled(running or not self._field_errors(self.current_profile()))

    # -- OAuth2 sign-in ------------------------------------------------------------------

    def _sign_in_method_chosen(self, _index: int) -> None:
        if not self._filling:
            self._sign_in_text = self._stored_sign_in_text
        self._show_sign_in_rows()
        self._retranslate_sign_in()
        self._refresh()

    def _show_sign_in_rows(self) -> None:
        """The sign-in button replaces the password field when OAuth2 is chosen."""
        choice = self._sign_in_method()
        with_oauth = choice != "password" and self.auth_check.isChecked()
        self.form.setRowVisible(self.labels["password"], not with_oauth)
        self.form.setRowVisible(self.labels["oauth"], with_oauth)
        self.form.setRowVisible(self.labels["oauth_client_id"], with_oauth)
        self.form.setRowVisible(self.labels["oauth_client_secret"],
                                with_oauth and choice in ("google", "custom"))
        self.form.setRowVisible(self.labels["oauth_tenant"],
                                with_oauth and choice == "microsoft")
        if not with_oauth:
            for key in _OAUTH_ROWS:
                self.form.setRowVisible(self.errors[key], False)

    def _retranslate_sign_in(self) -> None:
        labels = {"password": self.tr("Password"),
                  "google": self.tr("OAuth2: sign in with Google"),
                  "microsoft": self.tr("OAuth2: sign in with Microsoft 365"),
                  "custom": self.tr("OAuth2: the profile's own sign-in server")}
        for index in range(self.auth_method_combo.count()):
            self.auth_method_combo.setItemText(
                index, labels[self.auth_method_combo.itemData(index)])
        self.auth_method_combo.setToolTip(self.tr(
            "Google and Microsoft 365 accounts sign in through your browser (OAuth2) "
            "instead of with a password"))
        choice = self._sign_in_method()
        if self._sign_in.running:
            button = self.tr("Cancel sign-in")
        elif choice == "google":
            button = self.tr("Si&gn in with Google")
        elif choice == "microsoft":
            button = self.tr("Si&gn in with Microsoft")
        else:
            button = self.tr("Si&gn in")
        self.sign_in_button.setText(button)
        self.sign_in_button.setToolTip(self.tr("Opens your browser; after you allow access, "
                                               "smtpdesk keeps the sign-in in the system "
                                               "keyring"))
        self.sign_in_status.setText(self._sign_in_text())
        self.client_id_edit.setToolTip(self.tr(
            "The application's client ID, registered by whoever set up smtpdesk for your "
            "organisation (README: Setting up OAuth2)"))
        provider = choice if choice in ("google", "microsoft") else ""
        self.client_id_edit.setPlaceholderText(
            self.tr("Provided by this build") if oauth.default_client_id(provider) else "")
        self.client_secret_edit.setPlaceholderText(
            self.tr("Provided by this build") if oauth.default_client_secret(provider) else "")

    def _stored_sign_in_text(self) -> str:
        profile = self.current_profile()
        if profile.auth_method != "oauth2":
            return ""
        if secrets.kept_for_session(secrets.OAUTH_SERVICE, profile.name):
            return self._session_only_text()
        if oauth.is_signed_in(profile):
            return self.tr("Signed in. The sign-in is kept in the system keyring.")
        return self.tr("Not signed in yet.")

    def _set_sign_in_text(self, text: Callable[[], str]) -> None:
        self._sign_in_text = text
        self.sign_in_status.setText(text())

    def _oauth_problems(self, profile: Profile) -> bool:
        problems = {k: v for k, v in self._field_errors(profile).items() if k in _OAUTH_ROWS}
        if problems:
            self._touched.update(problems)
            self._refresh()
        return bool(problems)

    def sign_in_or_cancel(self) -> None:
        if self._sign_in.running:
            self._sign_in.cancel()
            return
        profile = self.current_profile()
        if self._oauth_problems(profile):
            return
        pages = {"done": (self.tr("Signed in"),
                          self.tr("smtpdesk is signed in. You can close this tab.")),
                 "error": (self.tr("Sign-in not completed"),
                           self.tr("smtpdesk was not signed in. You can close this tab and "
                                   "try again."))}
        self._sign_in.start(profile, open_browser=self.open_browser, pages=pages)
        self._set_sign_in_text(lambda: self.tr("Waiting for you to sign in in the browser…"))
        self._retranslate_sign_in()

    def _sign_in_url(self, url: str) -> None:
        link = html.escape(url, quote=True)
        self._set_sign_in_text(lambda: self.tr(
            "Waiting for you to sign in in the browser… If no browser opened, "
            "<a href=\"{url}\">open the sign-in page</a>.").format(url=link))

    def _session_only_text(self) -> str:
        return self.tr("Signed in until smtpdesk closes: this computer has no keyring "
                       "(password store) to keep the sign-in, so you will sign in again "
                       "next time.")

    def _signed_in(self, result: oauth.SignIn) -> None:
        account = html.escape(result.account or "")

        def text() -> str:
            signed = self.tr("✓ Signed in as {account}.").format(account=account) if account \
                else self.tr("✓ Signed in.")
            return signed + (" " + self._session_only_text() if result.session_only else "")
        self._set_sign_in_text(text)
        self.form.setRowVisible(self.errors["oauth"], False)
        self._retranslate_sign_in()

    def _sign_in_failed(self, code: str, reason: str, message: str) -> None:
        detail = html.escape(message)
        words = {
            "cancelled": lambda: self.tr("✗ Access was not allowed in the browser."),
            "timeout": lambda: self.tr("✗ The sign-in was not finished in time. Try again."),
            "auth_failed": lambda: self.tr("✗ The provider refused the sign-in ({detail}). "
                                           "Check the client ID.").format(detail=detail),
            "config": lambda: self.tr("✗ This profile cannot sign in yet: {detail}").format(
                detail=detail),
        }
        self._set_sign_in_text(words.get(code, lambda: self.tr(
            "✗ The sign-in server could not be reached ({detail}).").format(detail=detail)))
        self._retranslate_sign_in()

    def _sign_in_cancelled(self) -> None:
        self._set_sign_in_text(self._stored_sign_in_text)
        self._retranslate_sign_in()

    def _oauth_credentials(self, profile: Profile) -> Credentials | None:
        """XOAUTH2 credentials, or None after saying that a sign-in is needed first."""
        if self._oauth_problems(profile):
            return None
        try:
            return oauth.credentials(profile)
        except oauth.OAuthError:
            self._touched.add("oauth")
            self._show_error("oauth", self.tr("sign in first (the button above)."))
            return None

    def shutdown(self) -> None:
        self._sign_in.cancel()
        self._verify.cancel()
        self.domain_check.cancel()
        self._stop_detection()
        self._detect_timer.stop()  # a closed window must not start a lookup later


def _camel(key: str) -> str:
    first, *rest = key.split("_")
    return first + "".join(part.capitalize() for part in rest)
