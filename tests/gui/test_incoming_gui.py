"""The incoming server (IMAP) in the Settings form's Advanced part: filled from the provider
database, saved to and loaded from the profile, checked, worded in every language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
)

from smtpdesk.core.profile import ProfileStore

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def widget(window, cls, name):
    found = window.findChild(cls, name)
    assert found is not None, name
    return found


def type_sender(qtbot, window, sender: str) -> None:
    widget(window, QLineEdit, "senderEdit").setText(sender)
    qtbot.waitUntil(lambda: widget(window, QLineEdit, "hostEdit").text() != "")


def test_a_proposal_fills_the_incoming_server_and_save_keeps_it(qtbot, window):
    type_sender(qtbot, window, "Jana Horák <jana.horak@seznam.cz>")
    assert widget(window, QLineEdit, "hostEdit").text() == "smtp.seznam.cz"
    host = widget(window, QLineEdit, "imapHostEdit")
    combo = widget(window, QComboBox, "imapEncryptionCombo")
    port = widget(window, QSpinBox, "imapPortSpin")
    assert (host.text(), combo.currentData(), port.value()) == ("imap.seznam.cz", "ssl", 993)
    # never without encryption: the combo offers SSL/TLS and STARTTLS only
    assert [combo.itemData(i) for i in range(combo.count())] == ["ssl", "starttls"]
    combo.setCurrentIndex(combo.findData("starttls"))
    assert port.value() == 143  # a standard port follows the encryption
    combo.setCurrentIndex(combo.findData("ssl"))
    widget(window, QCheckBox, "saveSentCopyCheck").setChecked(True)
    widget(window, QLineEdit, "passwordEdit").setText("x")
    qtbot.mouseClick(widget(window, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)

    saved = ProfileStore().load(window.settings_page.profile_name)
    assert (
        saved.imap_host,
        saved.imap_encryption,
        saved.imap_port_or_default,
        saved.save_sent_copy,
    ) == ("imap.seznam.cz", "ssl", 993, True)
    assert not window.settings_page.is_dirty()  # what was saved is what the form shows

    # a server the user typed is theirs: another proposal does not replace it
    host.setText("posta.novak.cz")
    type_sender(qtbot, window, "Jana Horák <jana.horak@email.cz>")
    qtbot.wait(700)  # the proposal's pause after typing
    assert host.text() == "posta.novak.cz"

    window.settings_page.load_profile(saved)
    assert (host.text(), combo.currentData(), port.value()) == ("imap.seznam.cz", "ssl", 993)
    assert widget(window, QCheckBox, "saveSentCopyCheck").isChecked()


def test_a_copy_in_sent_without_an_incoming_server_cannot_be_saved(qtbot, window):
    widget(window, QLineEdit, "hostEdit").setText("smtp.novak.cz")  # typed: nothing looked up
    widget(window, QLineEdit, "senderEdit").setText("Jan Novák <info@novak.cz>")
    widget(window, QLineEdit, "imapHostEdit").setText("")
    widget(window, QCheckBox, "saveSentCopyCheck").setChecked(True)
    error = widget(window, QLabel, "saveSentCopyError")
    assert error.isVisible()  # the Advanced part opened to show it
    assert "incoming server" in error.text()
    assert not widget(window, QPushButton, "saveButton").isEnabled()
    widget(window, QLineEdit, "imapHostEdit").setText("imap.novak.cz")
    assert not error.isVisible()


def test_gmail_says_it_keeps_the_copy_itself(qtbot, window):
    note = widget(window, QLabel, "sentCopyNote")
    qtbot.mouseClick(widget(window, QToolButton, "advancedButton"), Qt.MouseButton.LeftButton)
    assert widget(window, QLineEdit, "imapHostEdit").isVisible() and not note.isVisible()
    type_sender(qtbot, window, "Ana Kos <ana.kos@gmail.com>")
    widget(window, QCheckBox, "saveSentCopyCheck").setChecked(True)
    assert widget(window, QLineEdit, "imapHostEdit").text() == "imap.gmail.com"
    assert note.isVisible() and "Google Mail" in note.text()
    widget(window, QLineEdit, "hostEdit").setText("smtp.novak.cz")
    assert not note.isVisible()


@pytest.mark.parametrize(
    ("lang", "label", "check"),
    [
        ("sl", "Strežnik za dohodno pošto (IMAP)", "Shrani kopijo vsakega sporočila v Poslano"),
        ("cs", "Server příchozí pošty (IMAP)", "Uložit kopii každé zprávy do Odeslaných"),
        ("pl", "Serwer poczty przychodzącej (IMAP)", "Zapisuj kopię każdej wiadomości w Wysłanych"),
    ],
)
def test_the_incoming_rows_speak_the_language(qtbot, open_window, lang, label, check):
    window = open_window(lang=lang)
    host = widget(window, QLineEdit, "imapHostEdit")
    assert host.accessibleName() == label
    assert widget(window, QCheckBox, "saveSentCopyCheck").text().replace("&", "") == check
