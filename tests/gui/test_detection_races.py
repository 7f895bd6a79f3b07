"""Late answers never undo what the user did meanwhile: a port check that ends after another
provider was chosen or the port was typed, a recipients file that finishes reading after a
reminder was loaded."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox

from smtpdesk.core.recipients import Recipient
from smtpdesk.ui.bridge import DetectionRun
from tests.gui.test_batch import pages_of, write_xlsx
from tests.gui.test_window import _probe_with, widget

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def choose_provider(window, provider_id):
    combo = widget(window, QComboBox, "providerCombo")
    index = combo.findData(provider_id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_choosing_siol_for_a_gmail_sender_checks_siol_not_gmail(qtbot, window, servers):
    server = servers(mode="starttls")
    _probe_with(window, {("mail.siol.net", 587): server})
    sender = widget(window, QLineEdit, "senderEdit")
    host = widget(window, QLineEdit, "hostEdit")
    sender.setText("jan@gmail.com")
    qtbot.waitUntil(lambda: host.text() == "smtp.gmail.com", timeout=3000)
    choose_provider(window, "siol")  # the user says: my account is at Siol
    assert host.text() == "mail.siol.net"
    run = window.settings_page.findChild(DetectionRun)
    qtbot.waitUntil(lambda: not run.running, timeout=5000)
    qtbot.wait(100)
    assert host.text() == "mail.siol.net", "the port check put Gmail back"


def test_a_provider_chosen_during_the_port_check_stays(qtbot, window, servers):
    server = servers(mode="starttls")
    _probe_with(window, {("mail.siol.net", 587): server}, delay=1.0)
    host = widget(window, QLineEdit, "hostEdit")
    widget(window, QLineEdit, "senderEdit").setText("janez@siol.net")
    qtbot.waitUntil(lambda: host.text() == "mail.siol.net", timeout=3000)
    run = window.settings_page.findChild(DetectionRun)
    assert run.running
    choose_provider(window, "gmail")
    assert host.text() == "smtp.gmail.com"
    qtbot.waitUntil(lambda: not run.running, timeout=5000)
    qtbot.wait(100)
    assert host.text() == "smtp.gmail.com", "the late port check replaced the chosen provider"


def test_a_port_typed_during_the_port_check_stays(qtbot, window, servers):
    server = servers(mode="starttls")
    _probe_with(window, {("mail.siol.net", 587): server}, delay=1.0)
    host = widget(window, QLineEdit, "hostEdit")
    port = widget(window, QSpinBox, "portSpin")
    widget(window, QLineEdit, "senderEdit").setText("janez@siol.net")
    qtbot.waitUntil(lambda: host.text() == "mail.siol.net", timeout=3000)
    run = window.settings_page.findChild(DetectionRun)
    assert run.running
    port.setValue(2525)  # the user knows better
    qtbot.waitUntil(lambda: not run.running, timeout=5000)
    qtbot.wait(100)
    assert port.value() == 2525, "the port the user typed was replaced"


def test_a_reminder_loaded_during_a_read_stays(qtbot, open_window, tmp_path):
    path = write_xlsx(tmp_path / "velika.xlsx", 5000)
    window = open_window()
    page = pages_of(window).batch_page
    page.open_recipients(path)
    assert page.is_reading()
    spec = SimpleNamespace(
        columns=("email", "Ime"), recipients_file=str(path), html_body=None, attachments=()
    )
    parent = SimpleNamespace(id=7, spec=spec)
    reminder = [Recipient(2, "a@example.si", {"email": "a@example.si", "Ime": "A"})]
    page.load_reminder(parent, reminder, "Opomnik", "Pozdravljeni")
    assert len(page.recipients) == 1 and page.parent_batch is parent
    qtbot.waitUntil(lambda: not page.is_reading(), timeout=30000)
    qtbot.wait(100)
    assert len(page.recipients) == 1, "the late read replaced the reminder's recipients"


def test_siol_chosen_for_an_own_domain_gets_its_port_checked(qtbot, window, servers):
    server = servers(mode="starttls")
    calls = _probe_with(window, {("mail.siol.net", 587): server})
    host = widget(window, QLineEdit, "hostEdit")
    port = widget(window, QSpinBox, "portSpin")
    status = widget(window, QLabel, "detectionStatus")
    widget(window, QLineEdit, "senderEdit").setText("jan@podjetje-review.invalid")
    qtbot.wait(600)
    choose_provider(window, "siol")
    run = window.settings_page.findChild(DetectionRun)
    qtbot.waitUntil(lambda: not run.running, timeout=15000)
    qtbot.wait(100)
    assert ("mail.siol.net", 465) in calls  # Siol's own candidates, not the sender's domain
    assert (host.text(), port.value()) == ("mail.siol.net", 587)  # the one that answered
    assert "No settings found" not in status.text()
