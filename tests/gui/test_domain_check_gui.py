"""Will it arrive? The Settings page checks the sender's domain after a good Verify and on
*Check domain*; `domainCheckResult` carries the verdict, the words are in the window's
language, and *Copy DNS record* copies the record that would fix the problem."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from gui.test_window import verify, widget

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

KEY = "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC1TaNgLlSyQMNWVLNLvyY"
ZONES = {
    # the demo inbox listens on 127.0.0.1: that is the server's address here
    "good.test": {"TXT": "v=spf1 ip4:127.0.0.1 -all", "MX": "10 mx.good.test."},
    "mx.good.test": "192.0.2.25",
    "default._domainkey.good.test": {"TXT": KEY},
    "_dmarc.good.test": {"TXT": "v=DMARC1; p=reject"},
    "hard.test": {"TXT": "v=spf1 ip4:198.51.100.1 -all", "MX": "10 mx.good.test."},
    "_dmarc.hard.test": {"TXT": "v=DMARC1; p=none"},
}


def panel(window) -> QWidget:
    return widget(window, QWidget, "domainCheckResult")


def wait_for_verdict(qtbot, window) -> str:
    qtbot.waitUntil(lambda: panel(window).property("verdict") != "", timeout=10000)
    return panel(window).property("verdict")


def findings(window) -> dict[str, str]:
    return {
        label.property("code"): label.text()
        for label in panel(window).findChildren(QLabel, "domainFinding")
        if label.isVisibleTo(window)
    }


def test_a_good_verify_checks_the_domain_and_says_ok(qtbot, open_window, dns_server):
    dns_server(ZONES)
    window = open_window(demo=True, lang="sl")
    assert panel(window).property("verdict") == ""
    widget(window, QLineEdit, "senderEdit").setText("Jan Novak <info@good.test>")
    assert verify(qtbot, window) == "ok"
    assert wait_for_verdict(qtbot, window) == "ok"
    assert set(findings(window)) == {"spf_ok", "dkim_ok", "dmarc_ok"}
    assert "SPF" in findings(window)["spf_ok"]
    summary = widget(window, QLabel, "domainCheckSummary").text()
    assert summary and "Will it arrive" not in summary  # Slovenian, not English


@pytest.mark.parametrize("lang", ["sl", "cs", "pl"])
def test_a_problem_is_shown_in_the_window_language_with_a_record_to_copy(
    qtbot, open_window, dns_server, lang
):
    dns_server(ZONES)
    window = open_window(demo=True, lang=lang)
    widget(window, QLineEdit, "senderEdit").setText("Jan Novak <info@hard.test>")
    qtbot.mouseClick(widget(window, QPushButton, "domainCheckButton"), Qt.MouseButton.LeftButton)
    assert wait_for_verdict(qtbot, window) == "problem"
    found = findings(window)
    assert {"spf_not_authorizing", "dkim_not_found", "dmarc_policy_none"} <= set(found)
    text = found["spf_not_authorizing"]
    assert "ip4:127.0.0.1" in text and "Ask whoever" not in text
    copy = next(
        b
        for b in panel(window).findChildren(QPushButton, "copyDnsRecordButton")
        if b.property("code") == "spf_not_authorizing"
    )
    assert "Copy DNS record" not in copy.text()
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "v=spf1 ip4:198.51.100.1 ip4:127.0.0.1 -all"


def test_the_words_follow_a_language_change(qtbot, open_window, dns_server):
    dns_server(ZONES)
    window = open_window(demo=True, lang="en")
    widget(window, QLineEdit, "senderEdit").setText("Jan Novak <info@hard.test>")
    widget(window, QPushButton, "domainCheckButton").click()
    assert wait_for_verdict(qtbot, window) == "problem"
    assert "Ask whoever" in findings(window)["spf_not_authorizing"]
    from PySide6.QtWidgets import QComboBox

    combo = widget(window, QComboBox, "languageCombo")
    combo.setCurrentIndex(combo.findData("cs"))
    qtbot.waitUntil(
        lambda: "Ask whoever" not in findings(window).get("spf_not_authorizing", "Ask whoever")
    )
    assert panel(window).property("verdict") == "problem"


def test_the_batch_confirmation_shows_a_problem_and_sending_still_works(
    qtbot, open_window, dns_server, tmp_path
):
    from PySide6.QtWidgets import QMessageBox

    from gui.test_batch import answer, compose, pages_of, states, write_people

    dns_server(ZONES)
    window = open_window(demo=True)
    widget(window, QLineEdit, "senderEdit").setText("Jan Novak <info@hard.test>")
    assert verify(qtbot, window) == "ok"
    assert wait_for_verdict(qtbot, window) == "problem"
    pages = pages_of(window)
    pages.batch_page.load_recipients(write_people(tmp_path / "ljudje.csv", 2))
    compose(window)
    window.tabs.setCurrentWidget(pages.batch_page)
    send = widget(window, QPushButton, "sendButton")
    qtbot.waitUntil(send.isEnabled, timeout=3000)
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    box = answer(qtbot, window, QMessageBox.StandardButton.Yes)  # the user can still send
    assert "Maybe not" in box.informativeText()
    assert "ip4:127.0.0.1" in box.informativeText()
    qtbot.waitUntil(lambda: states(window).count("sent") == 2, timeout=10000)
