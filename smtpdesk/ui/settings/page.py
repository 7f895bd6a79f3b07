"""The outgoing-mail form of one profile: fields, proposals from the address, Verify, Save.

The form edits a copy; `current_profile()` is what the fields say now, the loaded profile is
what is on disk. Fields keep what the core does not show here (OAuth, S/MIME) by building on
the loaded profile. Passwords go only to the keyring on Save (or, without a keyring, stay in
the session); they never touch the profile file.

The page lays out the form and owns validation, Save and Verify; the sign-in rows
(`sign_in.SignInRows`) and the provider proposals (`detection.Proposals`) are parts of it.
"""

from __future__ import annotations

import contextlib
import webbrowser
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
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
from smtpdesk.core.profile import DEFAULT_PORTS, LIMIT_KEYS, Profile, ProfileError, ProfileStore
from smtpdesk.core.providers import Detection, load_database
from smtpdesk.core.transport import Credentials
from smtpdesk.ui import dialogs, fit
from smtpdesk.ui.bridge import VerifyRun
from smtpdesk.ui.domain_check import DomainCheckPanel
from smtpdesk.ui.mnemonics import plain
from smtpdesk.ui.retranslate import Retranslating
from smtpdesk.ui.settings.detection import Proposals
from smtpdesk.ui.settings.fields import (
    ENCRYPTION_VALUES,
    ERROR_STYLE,
    STANDARD_PORTS,
    blank_profile,
    camel,
    line_edit,
    section_line,
)
from smtpdesk.ui.settings.incoming import INCOMING_KEYS, IncomingRows
from smtpdesk.ui.settings.sign_in import SignInRows
from smtpdesk.ui.smime_row import SmimeRow
from smtpdesk.ui.verify_panel import VerifyContext, VerifyPanel
from smtpdesk.ui.wrap_label import WrapLabel


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
        self.username_edited = False  # the user typed a user name: proposals keep it
        self._touched: set[str] = set()
        self._notice_text: Callable[[], str] = lambda: ""
        self._was_dirty = False

        self._verifying: Profile | None = None  # the profile the running verify tries
        self._verify = VerifyRun(
            lambda info: dialogs.confirm_certificate(self.window(), info), self
        )
        # what opens the sign-in page: the system browser (tests put their own here)
        self.open_browser: oauth.Opener = webbrowser.open
        self.sign_in = SignInRows(self)
        self.proposals = Proposals(self)
        self.incoming = IncomingRows(self)

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
        self._build_sender_rows()
        self.form.addRow(section_line())
        self._build_sign_in_rows()
        self.form.addRow(section_line())
        self._build_server_rows()
        self._build_advanced()
        self._build_buttons()
        self._lay_out()

    def _build_sender_rows(self) -> None:
        self.sender_edit = line_edit("senderEdit")
        self.reply_to_edit = line_edit("replyToEdit")
        self._add_row("sender", self.sender_edit)
        provider_row = QHBoxLayout()
        provider_row.addWidget(self.proposals.combo)
        provider_row.addStretch(1)
        self._add_row("provider", provider_row)
        self.form.addRow("", self.proposals.label)
        self._add_row("reply_to", self.reply_to_edit)

    def _build_sign_in_rows(self) -> None:
        self.auth_check = QCheckBox(objectName="authCheck")
        self.username_edit = line_edit("usernameEdit")
        self.password_edit = line_edit("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_toggle = QToolButton(objectName="passwordToggle", checkable=True)
        self.form.addRow("", self.auth_check)
        self._add_row("auth_method", self.sign_in.method_combo)
        self._add_row("username", self.username_edit)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_edit, 1)
        password_row.addWidget(self.password_toggle)
        self._add_row("password", password_row)
        sign_in_row = QHBoxLayout()
        sign_in_row.addWidget(self.sign_in.button)
        sign_in_row.addWidget(self.sign_in.status, 1)
        self._add_row("oauth", sign_in_row)
        self._add_row("oauth_client_id", self.sign_in.client_id_edit)
        self._add_row("oauth_client_secret", self.sign_in.client_secret_edit)
        self._add_row("oauth_tenant", self.sign_in.tenant_edit)

    def _build_server_rows(self) -> None:
        self.host_edit = line_edit("hostEdit")
        self.host_edit.setPlaceholderText("smtp.example.com")
        self.encryption_combo = QComboBox(objectName="encryptionCombo")
        for value in ENCRYPTION_VALUES:
            self.encryption_combo.addItem("", value)
        self.port_spin = QSpinBox(objectName="portSpin", minimum=1, maximum=65535)
        self.port_spin.setMinimumWidth(90)
        self.self_signed_check = QCheckBox(objectName="selfSignedCheck")
        self.self_signed_warning = QLabel("⚠", objectName="selfSignedWarning")
        self.bcc_archive_edit = line_edit("bccArchiveEdit")
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

    def _build_advanced(self) -> None:
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
            spin = QSpinBox(objectName=camel(key) + "Spin", minimum=0, maximum=1_000_000)
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
        incoming = self.incoming
        advanced_form.addRow(section_line())
        advanced_form.addRow(incoming.heading)
        advanced_form.addRow(incoming.labels["imap_host"], incoming.host_edit)
        self._add_error(advanced_form, "imap_host")
        advanced_form.addRow(incoming.labels["imap_encryption"], incoming.encryption_row)
        self._add_error(advanced_form, "imap_port")
        advanced_form.addRow("", incoming.copy_check)
        self._add_error(advanced_form, "save_sent_copy")
        advanced_form.addRow("", incoming.provider_note)
        self.advanced_form = advanced_form
        self.advanced.setVisible(False)

    def _build_buttons(self) -> None:
        self.verify_button = QPushButton(objectName="verifyButton")
        self.verify_button.setDefault(True)
        self.verify_button.setProperty("running", False)
        self.save_button = QPushButton(objectName="saveButton")
        self.save_hint = WrapLabel(objectName="saveHint")
        self.save_hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.notice = WrapLabel(objectName="settingsNotice")
        self.notice.setStyleSheet(
            "background: #fff8e1; border: 1px solid #ffcc80; border-radius: 4px; padding: 6px;"
        )
        self.verify_panel = VerifyPanel()
        self.domain_check = DomainCheckPanel(self.current_profile)
        self.heading = WrapLabel(objectName="settingsHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.save_button)
        buttons.addSpacing(8)
        buttons.addWidget(self.save_hint, 1)
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
        sign_in = self.sign_in
        chain = [
            self.sender_edit,
            self.proposals.combo,
            self.reply_to_edit,
            self.auth_check,
            sign_in.method_combo,
            self.username_edit,
            self.password_edit,
            self.password_toggle,
            sign_in.button,
            sign_in.client_id_edit,
            sign_in.client_secret_edit,
            sign_in.tenant_edit,
            self.host_edit,
            self.encryption_combo,
            self.port_spin,
            self.self_signed_check,
            self.bcc_archive_edit,
            self.advanced_button,
            *self.limit_spins.values(),
            self.timeout_spin,
            self.incoming.host_edit,
            self.incoming.encryption_combo,
            self.incoming.port_spin,
            self.incoming.copy_check,
            self.verify_button,
            self.save_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def _add_row(self, key: str, field, errors_for: tuple[str, ...] | None = None) -> None:
        label = QLabel()
        self.labels[key] = label
        if isinstance(field, QWidget):
            label.setBuddy(field)
        else:
            label.setBuddy(field.itemAt(0).widget())
        self.form.addRow(label, field)
        for error_key in errors_for or (key,):
            self._add_error(self.form, error_key)

    def _add_error(self, form: QFormLayout, key: str) -> None:
        error = WrapLabel(objectName=camel(key) + "Error")
        error.setStyleSheet(ERROR_STYLE)
        self.errors[key] = error
        form.addRow("", error)
        form.setRowVisible(error, False)

    def _connect(self) -> None:
        for edit in (
            self.sender_edit,
            self.reply_to_edit,
            self.username_edit,
            self.password_edit,
            self.host_edit,
            self.bcc_archive_edit,
        ):
            edit.textChanged.connect(self.refresh)
        self.sender_edit.textChanged.connect(self._sender_changed)
        self.username_edit.textEdited.connect(self._username_typed)
        for edit, key in (
            (self.host_edit, "host"),
            (self.sender_edit, "sender"),
            (self.reply_to_edit, "reply_to"),
            (self.bcc_archive_edit, "bcc_archive"),
            (self.password_edit, "password"),
        ):
            edit.textEdited.connect(lambda _text, key=key: self.touch(key))
        self.auth_check.toggled.connect(self._auth_toggled)
        self.sign_in.wire(self.refresh, self.touch)
        self.password_toggle.toggled.connect(self._password_shown)
        self.encryption_combo.currentIndexChanged.connect(self._encryption_chosen)
        self.port_spin.valueChanged.connect(self.refresh)
        self.self_signed_check.toggled.connect(self.refresh)
        for spin in (*self.limit_spins.values(), self.timeout_spin):
            spin.valueChanged.connect(self.refresh)
        self.advanced_button.toggled.connect(self._advanced_toggled)
        self.smime_row.changed.connect(self.refresh)
        self.incoming.connect_form(self.refresh, self.touch)
        for edit in (self.host_edit, self.sender_edit):
            edit.textChanged.connect(self._show_sent_copy_keeper)
        self.sender_edit.textChanged.connect(self.smime_row.set_sender)
        self.verify_button.clicked.connect(self.verify_or_cancel)
        self.save_button.clicked.connect(self.save)
        self._verify.stage_changed.connect(self.verify_panel.stage_changed)
        self._verify.finished.connect(self._verify_finished)
        self._verify.cancelled.connect(self._verify_cancelled)
        self._verify.crashed.connect(self._verify_crashed)
        self._verify.pins_damaged.connect(self._pins_damaged)
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
            "sender": self.tr("Se&nder"),
            "provider": self.tr("Prov&ider"),
            "reply_to": self.tr("Repl&y-to"),
            "username": self.tr("Us&er name"),
            "password": self.tr("&Password"),
            "encryption": self.tr("En&cryption"),
            "port": self.tr("Por&t"),
            "host": self.tr("Se&rver"),
            "bcc_archive": self.tr("&BCC archive"),
            "max_per_minute": self.tr("Messages per minute"),
            "max_per_hour": self.tr("Messages per hour"),
            "max_per_day": self.tr("Messages per day"),
            "max_per_connection": self.tr("Messages per connection"),
            "timeout": self.tr("Timeout"),
            "auth_method": self.tr("Sign-in met&hod"),
            "oauth": self.tr("Sign-in"),
            "oauth_client_id": self.tr("Client ID"),
            "oauth_client_secret": self.tr("Client secret"),
            "oauth_tenant": self.tr("Tenant"),
            **self.incoming.field_labels(),
        }

    def _field_widgets(self) -> dict[str, QWidget]:
        sign_in = self.sign_in
        return {
            "sender": self.sender_edit,
            "provider": self.proposals.combo,
            "reply_to": self.reply_to_edit,
            "username": self.username_edit,
            "password": self.password_edit,
            "encryption": self.encryption_combo,
            "port": self.port_spin,
            "host": self.host_edit,
            "bcc_archive": self.bcc_archive_edit,
            "timeout": self.timeout_spin,
            "auth_method": sign_in.method_combo,
            "oauth": sign_in.button,
            "oauth_client_id": sign_in.client_id_edit,
            "oauth_client_secret": sign_in.client_secret_edit,
            "oauth_tenant": sign_in.tenant_edit,
            "imap_host": self.incoming.host_edit,
            "imap_encryption": self.incoming.encryption_combo,
            "imap_port": self.incoming.port_spin,
            "save_sent_copy": self.incoming.copy_check,
            **self.limit_spins,
        }

    def retranslate_ui(self) -> None:
        names = self.field_names()
        for key, text in self.field_labels().items():
            if key in self.labels:
                self.labels[key].setText(text)
        self.heading.setText(self.tr("Outgoing mail settings (SMTP)"))
        for key, widget in self._field_widgets().items():
            widget.setAccessibleName(names[key])
        self.sender_edit.setPlaceholderText(self._sample_sender())
        self.sender_edit.setToolTip(
            self.tr("The name and address your recipients see, for example {example}").format(
                example=self._sample_sender()
            )
        )
        self.reply_to_edit.setToolTip(self.tr("Optional: where replies go, if not to the sender"))
        self.bcc_archive_edit.setToolTip(
            self.tr("Optional: a copy of every message sent goes to this address (your archive)")
        )
        self.auth_check.setText(self.tr("Server re&quires sign-in"))
        self.auth_check.setAccessibleName(plain(self.auth_check.text()))
        self._password_shown(self.password_toggle.isChecked())
        self.sign_in.retranslate_ui()
        for index, text in enumerate(
            (self.tr("None"), self.tr("SSL/TLS (465)"), self.tr("STARTTLS (587)"))
        ):
            self.encryption_combo.setItemText(index, text)
        self.self_signed_check.setText(self.tr("Allo&w self-signed certificate (own server only)"))
        self.self_signed_check.setAccessibleName(plain(self.self_signed_check.text()))
        warning = self.tr(
            "Only for your own or your company's server. smtpdesk accepts the "
            "server's certificate the first time after showing you its "
            "fingerprint, remembers it, and warns you if it ever changes. Never "
            "turn this on for a public provider such as Gmail or Seznam."
        )
        self.self_signed_check.setToolTip(warning)
        self.self_signed_warning.setToolTip(warning)
        self.self_signed_warning.setAccessibleName(self.tr("Warning"))
        for spin in self.limit_spins.values():
            spin.setSpecialValueText(self.tr("No limit"))
        self.timeout_spin.setSuffix(self.tr(" s"))
        self.advanced_button.setText(
            self.tr("Advanced: sending &limits, timeouts, incoming server")
        )
        self.incoming.retranslate_ui()
        self._show_sent_copy_keeper()
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save this profile (Ctrl+S)"))
        self._show_verify_state()
        self.proposals.retranslate_ui()
        self._show_notice()
        self._refresh_password_placeholder()
        self.refresh()

    # -- loading and reading the form ----------------------------------------------------

    @property
    def profile_name(self) -> str:
        return self._loaded.name

    @property
    def is_new(self) -> bool:
        return self._is_new

    @property
    def filling(self) -> bool:
        """True while code (a load or a proposal), not the user, changes the fields."""
        return self._filling > 0

    def load_profile(self, profile: Profile, *, is_new: bool = False) -> None:
        self._verify.cancel()
        self.domain_check.clear()
        self.sign_in.cancel()
        self.proposals.stop()
        self._loaded, self._is_new = profile, is_new
        self._touched.clear()
        self._notice_text = lambda: ""
        self.fill(lambda: self._show_profile(profile))
        address = address_in(profile.sender)
        self.username_edit.setPlaceholderText(address)
        self.username_edited = bool(profile.username) and profile.username != address
        self.proposals.load(profile)
        self.sign_in.loaded()
        self._auth_toggled(profile.auth)
        self.verify_panel.begin(VerifyContext(profile.host, profile.port, "", profile.sender))
        self.retranslate_ui()
        self._was_dirty = self.is_dirty()
        self.dirty_changed.emit(self._was_dirty)

    def _show_profile(self, profile: Profile) -> None:
        self.sender_edit.setText(profile.sender)
        self.reply_to_edit.setText(profile.reply_to)
        self.auth_check.setChecked(profile.auth)
        self.sign_in.load(profile)
        self.username_edit.setText(profile.username)
        self.password_edit.clear()
        self.password_toggle.setChecked(False)
        self.select_encryption(profile.encryption)
        self.port_spin.setValue(profile.port)
        self.host_edit.setText(profile.host)
        self.self_signed_check.setChecked(profile.allow_self_signed)
        self.bcc_archive_edit.setText(profile.bcc_archive)
        for key, spin in self.limit_spins.items():
            spin.setValue(getattr(profile, key) or 0)
        self.timeout_spin.setValue(round(profile.timeout))
        self.smime_row.load(profile.smime_pkcs12, profile.sender)
        self.incoming.load(profile)

    def rename(self, name: str) -> None:
        """The profile was renamed in the list; keep the form's edits."""
        self._loaded = self._loaded.replace(name=name)
        self.refresh()

    def current_profile(self) -> Profile:
        limits = {key: spin.value() or None for key, spin in self.limit_spins.items()}
        return self._loaded.replace(
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            sender=self.sender_edit.text().strip(),
            encryption=self.encryption(),
            auth=self.auth_check.isChecked(),
            username=self.username_edit.text(),
            reply_to=self.reply_to_edit.text().strip(),
            bcc_archive=self.bcc_archive_edit.text().strip(),
            allow_self_signed=self.self_signed_check.isChecked(),
            timeout=float(self.timeout_spin.value()),
            smime_pkcs12=self.smime_row.path,
            **limits,
            **self.sign_in.fields(),
            **self.incoming.fields(),
        )

    def fill_from(self, detection: Detection) -> None:
        """Server, port, encryption, user name and limits from a proposal."""

        def fill() -> None:
            self.host_edit.setText(detection.host)
            self.select_encryption(detection.encryption)
            self.port_spin.setValue(detection.port)
            if detection.username and not self.username_edited:
                self.username_edit.setText(detection.username)
            if detection.limits:
                for key, spin in self.limit_spins.items():
                    if detection.limits.get(key):
                        spin.setValue(detection.limits[key])
            provider = load_database().named(detection.provider) if detection.provider else None
            if provider is not None:  # its incoming server (IMAP) from the same database
                self.incoming.propose(provider.incoming_for(detection.address))

        self.fill(fill)

    def is_dirty(self) -> bool:
        return (
            self._is_new
            or self.current_profile() != self._loaded
            or bool(self.password_edit.text())
        )

    def is_valid(self) -> bool:
        return not self.field_errors(self.current_profile())

    def is_verifying(self) -> bool:
        return self._verify.running

    def encryption(self) -> str:
        return self.encryption_combo.currentData() or "starttls"

    def select_encryption(self, value: str) -> None:
        index = self.encryption_combo.findData(value)
        self.encryption_combo.setCurrentIndex(max(index, 0))

    # -- validation ----------------------------------------------------------------------

    def field_errors(self, profile: Profile) -> dict[str, str]:
        """field → code, for the fields this form shows (the name is the list's business)."""
        found: dict[str, str] = {}
        for error in profile.validate():
            if error.field in self.errors or error.field in LIMIT_KEYS or error.field == "timeout":
                found.setdefault(error.field, error.code)
        return found

    def _sample_sender(self) -> str:
        """An example sender as people write it in the language's country."""
        # lupdate reads a trailing comma as a third, plural argument: no formatter here
        # fmt: off
        return self.tr("Jan Novák <info@novak.cz>",
                       "a sample sender: a name and an address as written in your country")
        # fmt: on

    def _problem(self, code: str) -> str:
        example = self._sample_sender()
        address = example[example.find("<") + 1 : example.rfind(">")] if "<" in example else example
        return {
            "required": self.tr("please fill this in."),
            "bad_address": self.tr(
                "this is not an e-mail address. Write it like {address} or {example}."
            ).format(address=address, example=example),
            "bad_host": self.tr(
                "this is not a server name. Write it like smtp.example.com, "
                "without http:// or a port."
            ),
            "bad_port": self.tr("the port must be a number from 1 to 65535."),
            "bad_username": self.tr("remove the spaces at the start or the end."),
            "bad_limit": self.tr("must be a whole number above 0."),
            "bad_timeout": self.tr("must be between 1 and 600 seconds."),
            "bad_tenant": self.tr("write the tenant's domain or ID, or leave it empty."),
            "imap_required": self.tr("a copy in Sent needs the incoming server above."),
        }.get(code, self.tr("this value cannot be used."))

    def refresh(self) -> None:
        """Validation messages, Save's state and the dirty flag after any change."""
        profile = self.current_profile()
        problems = self.field_errors(profile)
        names = self.field_names()
        for key, label in self.errors.items():
            code = problems.get(key)
            shown = code is not None and (code != "required" or key in self._touched)
            label.setText(f"{names[key]}: {self._problem(code)}" if code and shown else "")
            form = self.advanced_form if key in INCOMING_KEYS else self.form
            form.setRowVisible(label, shown)
            if shown and key in INCOMING_KEYS:  # never a problem out of sight
                self.advanced_button.setChecked(True)
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

    def touch(self, *keys: str) -> None:
        """The user has been at these fields: their problems show, "required" too."""
        self._touched.update(keys)
        self.refresh()

    def show_error(self, key: str, problem: str) -> None:
        self._touched.add(key)
        label = self.errors[key]
        label.setText(f"{self.field_names()[key]}: {problem}")
        (self.advanced_form if key in INCOMING_KEYS else self.form).setRowVisible(label, True)

    # -- reacting to the user ------------------------------------------------------------

    def _auth_toggled(self, on: bool) -> None:
        for widget in (
            self.username_edit,
            self.password_edit,
            self.password_toggle,
            self.labels["username"],
            self.labels["password"],
            self.sign_in.method_combo,
            self.labels["auth_method"],
            self.sign_in.button,
            self.labels["oauth"],
        ):
            widget.setEnabled(on)
        self.sign_in.show_rows()
        self.refresh()

    def _password_shown(self, shown: bool) -> None:
        self.password_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.password_toggle.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.password_toggle.setToolTip(self.tr("Show or hide the password"))
        self.password_toggle.setAccessibleName(self.password_toggle.toolTip())

    def _refresh_password_placeholder(self) -> None:
        name = self._loaded.name
        stored = not self._is_new and (
            name in self._session_passwords or secrets.has_password(name)
        )
        self.password_edit.setPlaceholderText(
            self.tr("Saved — type a new one to replace it") if stored else ""
        )

    def _username_typed(self, text: str) -> None:
        self.username_edited = bool(text)  # emptying the field brings the default back
        self.touch("username")

    def _sender_changed(self, text: str) -> None:
        if self._filling:
            return
        address = address_in(text)
        self.username_edit.setPlaceholderText(address)  # what sign-in uses when left empty
        if address and not self.username_edited:
            self.fill(lambda: self.username_edit.setText(address))
        self.proposals.sender_typed()

    def _encryption_chosen(self, _index: int) -> None:
        # propose the usual port unless the user typed an unusual one on purpose
        if not self._filling and self.port_spin.value() in STANDARD_PORTS:
            self.fill(lambda: self.port_spin.setValue(DEFAULT_PORTS[self.encryption()]))
        self.refresh()

    def _show_sent_copy_keeper(self) -> None:
        self.incoming.show_provider(self.host_edit.text(), self.sender_edit.text())

    def _advanced_toggled(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def fill(self, change: Callable[[], None]) -> None:
        """Run `change` as the program's, not the user's, edit of the fields."""
        self._filling += 1
        try:
            change()
        finally:
            self._filling -= 1

    # -- save ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Write the profile and put a typed password in the keyring; False if not saved."""
        profile = self.current_profile()
        if self.field_errors(profile):
            self.touch(*self.errors)
            return False
        store = ProfileStore()
        try:
            if self._is_new and store.exists(profile.name):
                self._set_notice(
                    lambda: self.tr(
                        "A profile named {name} exists already. Rename this one in the list."
                    ).format(name=profile.name)
                )
                return False
            store.save(profile)
        except (ProfileError, OSError) as exc:
            reason = str(exc)
            self._set_notice(
                lambda: self.tr("The profile could not be saved: {error}").format(error=reason)
            )
            return False
        self._store_password(profile.name, self.password_edit.text())
        self._loaded, self._is_new = profile, False
        self.fill(self.password_edit.clear)
        self._refresh_password_placeholder()
        self.refresh()
        self.saved.emit(profile)
        return True

    def _store_password(self, name: str, password: str) -> None:
        if not password:
            return
        try:
            secrets.set_password(name, password)
        except secrets.KeyringUnavailable:
            self._session_passwords[name] = password
            self._set_notice(
                lambda: self.tr(
                    "This computer has no keyring (password store), so the password was not "
                    "saved. smtpdesk keeps it until you close the program."
                )
            )
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
        if self.field_errors(profile):
            self.touch(*self.errors)
            return
        if smime_problem := self.smime_row.problem():
            self._set_notice(lambda: smime_problem)
            return
        credentials = None
        if profile.auth and profile.auth_method == "oauth2":
            credentials = self.sign_in.credentials(profile)
            if credentials is None:
                return
        elif profile.auth:
            typed = self.password_edit.text() or self._session_passwords.get(profile.name)
            try:  # typed, this session's, the environment's or the keyring's
                credentials = batches.credentials_for(
                    profile, given=typed or None, given_source="session"
                )
            except batches.NoCredentials:
                self.show_error("password", self.tr("enter the password to verify."))
                return
        if credentials is not None and profile.encryption == "none":
            dialogs.ask(
                self.window(),
                self.tr("Sign in without encryption?"),
                self.tr(
                    "Your user name and password would cross the network readable by "
                    "anyone on the way."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
                lambda answer: (
                    self._start_verify(profile, credentials)
                    if answer == QMessageBox.StandardButton.Yes
                    else None
                ),
                informative=self.tr(
                    "Choose STARTTLS or SSL/TLS unless this is a test server "
                    "on your own network. Send the password anyway?"
                ),
                icon=QMessageBox.Icon.Warning,
            )
            return
        self._start_verify(profile, credentials)

    def _start_verify(self, profile: Profile, credentials: Credentials | None) -> None:
        help_url, app_passwords = None, False
        provider = self.proposals.current()
        if provider is not None:
            help_url = provider.app_password_url or provider.help_url
            app_passwords = bool(provider.app_password_url)
        self.verify_panel.begin(
            VerifyContext(
                profile.host,
                profile.port,
                credentials.username if credentials else "",
                profile.sender,
                help_url,
                oauth=profile.auth_method == "oauth2",
                help_is_app_passwords=app_passwords,
            )
        )
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
            if (layout := self.layout()) is not None:
                layout.activate()
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
            self.tr("Stop the verify (Ctrl+Enter)")
            if running
            else self.tr("Connect, sign in and send a test message to the sender (Ctrl+Enter)")
        )
        self.verify_button.setEnabled(running or not self.field_errors(self.current_profile()))

    def shutdown(self) -> None:
        self.sign_in.cancel()
        self._verify.cancel()
        self.domain_check.cancel()
        self.proposals.stop()  # a closed window must not start a lookup later


__all__ = ["SettingsPage", "blank_profile"]
