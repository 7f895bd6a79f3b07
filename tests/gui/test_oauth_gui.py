"""OAuth2 in the window: the sign-in button replaces the password, signs in through the
(simulated) browser against a real authorization server, and Verify then uses the token."""

from __future__ import annotations

import pytest
from oauth_server import ACCOUNT, AuthServer, XOAuth2Handler, fetch_in_browser
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton
from servers import USERNAME, start_server

from smtpdesk.core import secrets
from smtpdesk.core.profile import Profile, ProfileStore
from smtpdesk.ui.mnemonics import plain

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def widget(window, cls, name):
    found = window.findChild(cls, name)
    assert found is not None, name
    return found


def save_oauth_profile(issuer, smtp) -> None:
    """The stored profile "Pisarna": sign-in at `issuer`, sending through `smtp`."""
    ProfileStore().save(
        Profile(
            name="Pisarna",
            host="127.0.0.1",
            port=smtp.port,
            sender="Jan Novák <info@novak.cz>",
            username=USERNAME,
            timeout=5,
            **issuer.profile_values(),
        )
    )


@pytest.fixture
def oauth_servers(good_context):
    issuer = AuthServer().start()
    smtp = start_server(
        mode="starttls", server_context=good_context, handler=XOAuth2Handler(issuer=issuer)
    )
    yield issuer, smtp
    smtp.stop()
    issuer.stop()


def test_sign_in_in_the_browser_then_verify_with_the_token(qtbot, home, open_window, oauth_servers):
    issuer, smtp = oauth_servers
    save_oauth_profile(issuer, smtp)
    window = open_window()
    page = window.settings_page
    assert widget(window, QComboBox, "authMethodCombo").currentData() == "custom"
    button = widget(window, QPushButton, "oauthSignInButton")
    assert button.isVisible() and not widget(window, QLineEdit, "passwordEdit").isVisible()
    status = widget(window, QLabel, "oauthStatus")
    assert status.text() == "Not signed in yet."

    page.open_browser = fetch_in_browser  # the browser: follows the redirect back to us
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Signed in as" in status.text(), timeout=10000)
    assert ACCOUNT in status.text()
    assert secrets.get_secret(secrets.OAUTH_SERVICE, "Pisarna") == issuer.issued_refresh_tokens[0]

    result = window.findChild(QLabel, "verifyResult") or window.findChild(object, "verifyResult")
    qtbot.mouseClick(widget(window, QPushButton, "verifyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: result.property("code") != "", timeout=10000)
    assert result.property("code") == "ok"
    assert len(smtp.handler.accepted) == 1 and len(smtp.received) == 1


def test_without_a_keyring_the_sign_in_lasts_until_the_app_closes(
    qtbot, no_keyring, open_window, oauth_servers
):
    issuer, smtp = oauth_servers
    save_oauth_profile(issuer, smtp)
    window = open_window()
    page = window.settings_page
    status = widget(window, QLabel, "oauthStatus")
    page.open_browser = fetch_in_browser
    qtbot.mouseClick(widget(window, QPushButton, "oauthSignInButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Signed in as" in status.text(), timeout=10000)
    assert "until smtpdesk closes" in status.text()

    result = window.findChild(object, "verifyResult")
    qtbot.mouseClick(widget(window, QPushButton, "verifyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: result.property("code") != "", timeout=10000)
    assert result.property("code") == "ok"
    assert len(smtp.received) == 1


def test_revoked_sign_in_shows_the_sign_in_again_hint(qtbot, home, open_window, oauth_servers):
    issuer, smtp = oauth_servers
    save_oauth_profile(issuer, smtp)
    secrets.set_secret(secrets.OAUTH_SERVICE, "Pisarna", "rt-revoked-long-ago")
    window = open_window()
    result = window.findChild(QLabel, "verifyResult") or window.findChild(object, "verifyResult")
    qtbot.mouseClick(widget(window, QPushButton, "verifyButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: result.property("code") != "", timeout=10000)
    assert result.property("code") == "auth_failed"
    texts = " ".join(label.text() for label in window.findChildren(QLabel))
    assert "Sign in again" in texts


def test_gmail_proposes_sign_in_with_google(qtbot, home, window, monkeypatch):
    monkeypatch.delenv("SMTPDESK_GOOGLE_CLIENT_ID", raising=False)
    widget(window, QLineEdit, "senderEdit").setText("Jan Novák <jan.novak@gmail.com>")
    combo = widget(window, QComboBox, "providerCombo")
    combo.setCurrentIndex(combo.findData("gmail"))
    assert combo.currentIndex() > 0
    combo.activated.emit(combo.currentIndex())
    detection = widget(window, QLabel, "detectionStatus")
    assert 'href="oauth:google"' in detection.text()
    detection.linkActivated.emit("oauth:google")

    methods = widget(window, QComboBox, "authMethodCombo")
    assert methods.currentData() == "google"
    button = widget(window, QPushButton, "oauthSignInButton")
    assert button.isVisible() and plain(button.text()) == "Sign in with Google"
    assert not widget(window, QLineEdit, "passwordEdit").isVisible()
    assert widget(window, QLineEdit, "oauthClientSecretEdit").isVisible()
    assert not widget(window, QLineEdit, "oauthTenantEdit").isVisible()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # no client id: said, not started
    error = widget(window, QLabel, "oauthClientIdError")
    assert error.isVisible() and error.text().startswith("Client ID:")

    monkeypatch.setenv("SMTPDESK_GOOGLE_CLIENT_ID", "built-in.apps.googleusercontent.com")
    methods.setCurrentIndex(methods.findData("microsoft"))
    methods.setCurrentIndex(methods.findData("google"))
    assert (
        widget(window, QLineEdit, "oauthClientIdEdit").placeholderText() == "Provided by this build"
    )
    assert window.settings_page.is_valid()
    assert window.settings_page.current_profile().auth_method == "oauth2"


def test_a_batch_without_sign_in_says_to_sign_in_not_to_type_a_password(
    qtbot, home, open_window, oauth_servers, tmp_path
):
    from gui.test_batch import compose, pages_of, write_people

    issuer, smtp = oauth_servers
    save_oauth_profile(issuer, smtp)
    window = open_window()
    pages = pages_of(window)
    pages.batch_page.load_recipients(write_people(tmp_path / "ljudje.csv", 3))
    compose(window)
    window.tabs.setCurrentWidget(pages.batch_page)
    send = widget(window, QPushButton, "sendButton")
    qtbot.waitUntil(send.isEnabled, timeout=3000)
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    hint = pages.batch_page.send_hint
    qtbot.waitUntil(lambda: "not signed in" in hint.text(), timeout=3000)
    assert "Sign in" in hint.text() and "password" not in hint.text()
    assert smtp.received == []
