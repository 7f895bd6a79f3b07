"""The S/MIME row of the Settings page: choosing a .p12 shows whom it names and warns."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from smtpdesk.core import secrets
from smtpdesk.core.profile import ProfileStore

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

P12_PASSWORD = "Heslo-k-certifikátu-7Q"


def make_p12(path, *, email: str = "info@novak.cz", days: int = 365) -> None:
    now = datetime.now(UTC)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Jan Novák"),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, email),
        ]
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=days, hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"jan",
            key,
            certificate,
            None,
            serialization.BestAvailableEncryption(P12_PASSWORD.encode()),
        )
    )


def widget(window, cls, name):
    found = window.findChild(cls, name)
    assert found is not None, name
    return found


def choose_file(qtbot, window, path) -> None:
    qtbot.mouseClick(widget(window, QToolButton, "advancedButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget(window, QPushButton, "smimeChooseButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QFileDialog, "smimeFileDialog") is not None)
    dialog = window.findChild(QFileDialog, "smimeFileDialog")
    dialog.selectFile(str(path))
    dialog.accept()


def give_password(qtbot, window, password: str) -> None:
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(QInputDialog, "smimePasswordDialog"))
    )
    dialog = next(
        d for d in window.findChildren(QInputDialog, "smimePasswordDialog") if d.isVisible()
    )
    assert dialog.textEchoMode() == QLineEdit.EchoMode.Password
    dialog.setTextValue(password)
    dialog.accept()


def test_choosing_a_p12_shows_its_subject_and_warns_about_another_sender(
    qtbot, window, tmp_path, home
):
    path = tmp_path / "jan.p12"
    make_p12(path)
    widget(window, QLineEdit, "senderEdit").setText("Jan Novák <jan@novak.cz>")
    choose_file(qtbot, window, path)
    give_password(qtbot, window, "wrong")  # asked again, saying so
    give_password(qtbot, window, P12_PASSWORD)

    summary = widget(window, QLabel, "smimeSummary")
    warning = widget(window, QLabel, "smimeWarning")
    qtbot.waitUntil(summary.isVisible)
    assert "Jan Novák <info@novak.cz>" in summary.text()
    assert "day(s) left" in summary.text() or "days left" in summary.text()
    assert warning.isVisible() and warning.property("tone") == "warning"
    assert "info@novak.cz" in warning.text() and "jan@novak.cz" in warning.text()
    assert "#e65100" in warning.styleSheet()
    assert widget(window, QLineEdit, "smimeFileEdit").text() == str(path)
    assert (
        secrets.get_secret(secrets.SMIME_SERVICE, window.settings_page.profile_name) == P12_PASSWORD
    )

    # the matching sender takes the warning away; the profile saves the file, not the password
    widget(window, QLineEdit, "senderEdit").setText("Jan Novák <info@novak.cz>")
    assert not warning.isVisible()
    for name, value in (("hostEdit", "smtp.novak.cz"), ("passwordEdit", "x")):
        widget(window, QLineEdit, name).setText(value)
    qtbot.mouseClick(widget(window, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    saved = ProfileStore().load(window.settings_page.profile_name)
    assert saved.smime_pkcs12 == str(path)
    for file in home.rglob("*"):
        if file.is_file():
            assert P12_PASSWORD.encode() not in file.read_bytes()


def test_a_certificate_expiring_soon_is_flagged(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setenv("SMTPDESK_SMIME_PASSWORD", P12_PASSWORD)  # no question asked
    path = tmp_path / "soon.p12"
    make_p12(path, days=12)
    widget(window, QLineEdit, "senderEdit").setText("Jan Novák <info@novak.cz>")
    choose_file(qtbot, window, path)
    warning = widget(window, QLabel, "smimeWarning")
    qtbot.waitUntil(warning.isVisible)
    assert "12 day" in warning.text()
    assert not any(d.isVisible() for d in window.findChildren(QInputDialog))
    # removing it stops signing
    qtbot.mouseClick(widget(window, QPushButton, "smimeRemoveButton"), Qt.MouseButton.LeftButton)
    assert widget(window, QLineEdit, "smimeFileEdit").text() == ""
    assert not warning.isVisible()
    assert window.findChild(QWidget, "smimeRow").isVisible()


def test_without_a_keyring_the_password_is_kept_until_the_app_closes(
    qtbot, no_keyring, window, tmp_path
):
    path = tmp_path / "jan.p12"
    make_p12(path)
    widget(window, QLineEdit, "senderEdit").setText("Jan Novák <info@novak.cz>")
    choose_file(qtbot, window, path)
    dialog = next(
        d for d in window.findChildren(QInputDialog, "smimePasswordDialog") if d.isVisible()
    )
    assert "only until it closes" in dialog.labelText()
    give_password(qtbot, window, P12_PASSWORD)

    summary = widget(window, QLabel, "smimeSummary")
    warning = widget(window, QLabel, "smimeWarning")
    qtbot.waitUntil(summary.isVisible)
    assert "Jan Novák <info@novak.cz>" in summary.text()
    assert "kept only until smtpdesk closes" in warning.text()
    name = window.settings_page.profile_name
    assert secrets.kept_for_session(secrets.SMIME_SERVICE, name)
    from smtpdesk.core import smime

    assert smime.password_for(name) == P12_PASSWORD  # what signing will use
