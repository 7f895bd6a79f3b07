"""The window's verify result gives the provider's own next step: smtp.gmail.com is this
machine (SMTPDESK_DNS) with a certificate for that name, and refuses the password."""

from __future__ import annotations

import pytest
from conftest import server_context
from PySide6.QtWidgets import QLineEdit

from tests.gui.test_window import fill_form, result_text, verify, widget

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def test_a_refused_password_at_googles_server_says_what_google_wants(
    qtbot, window, servers, ca, dns_server
):
    dns_server({"smtp.gmail.com": "127.0.0.1"})
    server = servers(server_context=server_context(ca.issue_cert("smtp.gmail.com")))
    fill_form(window, port=server.port, password="wrong password", sender="Ana Kos <ana@novak.cz>")
    widget(window, QLineEdit, "hostEdit").setText("smtp.gmail.com")
    assert verify(qtbot, window) == "auth_failed"
    text = result_text(window)
    assert "Sign in with Google instead of a password" in text
    assert "app password" in text
