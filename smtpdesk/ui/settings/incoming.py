"""The incoming-server rows of the Settings form's Advanced part (IMAP: a copy in Sent, bounces).

`IncomingRows` owns the server, encryption (SSL/TLS or STARTTLS, never none), port and the
*keep a copy in Sent* check box, and the line that says when the provider files sent mail in
Sent itself. The page places them in its Advanced form and asks for the profile's IMAP keys;
a provider proposal fills them from the provider database's incoming servers unless the user
typed a server of their own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSpinBox

from smtpdesk.core.profile import DEFAULT_IMAP_PORTS, IMAP_ENCRYPTIONS, Profile
from smtpdesk.core.providers import Candidate, keeping_sent_copy
from smtpdesk.ui.mnemonics import plain
from smtpdesk.ui.settings.fields import line_edit
from smtpdesk.ui.wrap_label import WrapLabel

INCOMING_KEYS = ("imap_host", "imap_encryption", "imap_port", "save_sent_copy")


class IncomingRows(QObject):
    """The incoming server of one Settings page (a child of the page)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.heading = QLabel(objectName="incomingHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.host_edit = line_edit("imapHostEdit")
        self.host_edit.setPlaceholderText("imap.example.com")
        self.encryption_combo = QComboBox(objectName="imapEncryptionCombo")
        for value in IMAP_ENCRYPTIONS:
            self.encryption_combo.addItem("", value)
        self.port_spin = QSpinBox(objectName="imapPortSpin", minimum=1, maximum=65535)
        self.port_spin.setMinimumWidth(90)
        self.port_label = QLabel(buddy=self.port_spin)
        self.encryption_row = QHBoxLayout()
        self.encryption_row.addWidget(self.encryption_combo, 1)
        self.encryption_row.addSpacing(12)
        self.encryption_row.addWidget(self.port_label)
        self.encryption_row.addWidget(self.port_spin)
        self.copy_check = QCheckBox(objectName="saveSentCopyCheck")
        self.provider_note = WrapLabel(objectName="sentCopyNote")
        self.labels = {
            "imap_host": QLabel(buddy=self.host_edit),
            "imap_encryption": QLabel(buddy=self.encryption_combo),
        }
        self._loaded_port: int | None = None
        self._proposed_host = ""  # the last server a proposal put here (not the user's)

    def connect_form(self, refresh: Callable[[], None], touch: Callable[[str], None]) -> None:
        self.host_edit.textChanged.connect(refresh)
        self.host_edit.textEdited.connect(lambda _text: touch("imap_host"))
        self.encryption_combo.currentIndexChanged.connect(self._encryption_chosen)
        self.port_spin.valueChanged.connect(refresh)
        self.copy_check.toggled.connect(lambda _on: touch("save_sent_copy"))

    # -- the profile's keys ----------------------------------------------------------------

    def load(self, profile: Profile) -> None:
        """Show the profile's incoming server (the page holds its fill guard around this)."""
        self._loaded_port = profile.imap_port
        self._proposed_host = ""
        self.host_edit.setText(profile.imap_host)
        self._select(profile.imap_encryption)
        self.port_spin.setValue(profile.imap_port_or_default)
        self.copy_check.setChecked(profile.save_sent_copy)

    def fields(self) -> dict[str, object]:
        encryption = self.encryption()
        port: int | None = self.port_spin.value()
        if port == DEFAULT_IMAP_PORTS[encryption] and self._loaded_port is None:
            port = None  # the file said nothing: the default stays implied
        return {
            "imap_host": self.host_edit.text().strip(),
            "imap_encryption": encryption,
            "imap_port": port,
            "save_sent_copy": self.copy_check.isChecked(),
        }

    def encryption(self) -> str:
        return self.encryption_combo.currentData() or "ssl"

    def propose(self, incoming: Candidate | None) -> None:
        """A provider proposal's incoming server, unless the user typed one of their own."""
        typed = self.host_edit.text().strip()
        if incoming is None or (typed and typed != self._proposed_host):
            return
        self._proposed_host = incoming.host
        self.host_edit.setText(incoming.host)
        self._select(incoming.encryption)
        self.port_spin.setValue(incoming.port)

    def show_provider(self, host: str, sender: str) -> None:
        """Say when the provider files what its server sends in Sent itself."""
        keeper = keeping_sent_copy(host, sender) if host.strip() else None
        self.provider_note.setVisible(keeper is not None)
        if keeper is not None:
            self.provider_note.setText(
                self.tr(
                    "{provider} keeps a copy of every message it sends in Sent itself; smtpdesk "
                    "adds no second one."
                ).format(provider=keeper.display_name)
            )

    def _select(self, value: str) -> None:
        self.encryption_combo.setCurrentIndex(max(self.encryption_combo.findData(value), 0))

    def _encryption_chosen(self, _index: int) -> None:
        # a standard port follows the encryption; a port of the user's own stays
        if self.port_spin.value() in DEFAULT_IMAP_PORTS.values():
            self.port_spin.setValue(DEFAULT_IMAP_PORTS[self.encryption()])

    # -- words --------------------------------------------------------------------------------

    def field_labels(self) -> dict[str, str]:
        return {
            "imap_host": self.tr("Incoming server (IMAP)"),
            "imap_encryption": self.tr("Encryption"),
            "imap_port": self.tr("Port"),
            "save_sent_copy": self.tr("Keep a copy of every message in Sent"),
        }

    def retranslate_ui(self) -> None:
        labels = self.field_labels()
        for key, label in self.labels.items():
            label.setText(labels[key])
        self.port_label.setText(labels["imap_port"])
        self.heading.setText(self.tr("Incoming mail (IMAP): a copy in Sent, bounces"))
        for index, text in enumerate((self.tr("SSL/TLS (993)"), self.tr("STARTTLS (143)"))):
            self.encryption_combo.setItemText(index, text)
        self.copy_check.setText(self.tr("&Keep a copy of every message in Sent"))
        for widget, key in (
            (self.host_edit, "imap_host"),
            (self.encryption_combo, "imap_encryption"),
            (self.port_spin, "imap_port"),
        ):
            widget.setAccessibleName(labels[key])
        self.copy_check.setAccessibleName(plain(self.copy_check.text()))
        self.host_edit.setToolTip(
            self.tr(
                "The server you read this mailbox from, as your provider's help page names it. "
                "smtpdesk signs in with the same user name and password."
            )
        )
        self.copy_check.setToolTip(
            self.tr(
                "Every message of a batch and Verify's test message go into the mailbox's Sent "
                "folder too, exactly as sent: proof for you and your colleagues."
            )
        )


__all__ = ["INCOMING_KEYS", "IncomingRows"]
