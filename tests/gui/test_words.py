"""The words a user reads: offline told from a misspelt server, messages with their
parameters, and no English left in a Slovenian, Czech or Polish window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QTreeView,
)

from gui.test_batch import compose, pages_of, set_profile, start_sending, write_people
from gui.test_window import fill_form, result_text, verify, widget

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def set_host(window, host: str) -> None:
    widget(window, QLineEdit, "hostEdit").setText(host)


# -- offline or misspelt ------------------------------------------------------------------


def test_offline_verify_of_a_providers_own_server_says_check_the_connection(
    qtbot, open_window, dns_server
):
    dns_server(internet=False)  # nothing resolves: this computer is offline
    window = open_window(lang="sl")
    fill_form(window, port=465, encryption="ssl")
    set_host(window, "smtp.gmail.com")

    assert verify(qtbot, window) == "dns_failed"

    text = result_text(window)
    assert "smtp.gmail.com" in text and "internetne povezave" in text
    assert "pravilno zapisano" not in text  # not "check the spelling"


def test_a_misspelt_server_name_says_check_the_spelling(qtbot, open_window, dns_server):
    dns_server({"smtp.seznam.cz": "127.0.0.1"})  # online: other names resolve
    window = open_window(lang="cs")
    fill_form(window, port=465, encryption="ssl")
    set_host(window, "smtp.seznamm.cz")

    assert verify(qtbot, window) == "dns_failed"

    text = result_text(window)
    assert "smtp.seznamm.cz" in text and "správně napsaný" in text
    assert "internet" not in text


def test_the_queues_stop_message_names_the_server(qtbot, open_window, tmp_path, dns_server):
    dns_server(internet=False)
    window = open_window(lang="sl")
    pages = pages_of(window)
    set_profile(window, 587)
    set_host(window, "smtp.novak.si")
    pages.batch_page.load_recipients(write_people(tmp_path / "ljudje.csv", 3))
    compose(window)
    window.tabs.setCurrentWidget(pages.batch_page)

    start_sending(qtbot, window)
    status = widget(window, QLabel, "batchStatus")
    qtbot.waitUntil(
        lambda: not pages.run.running and "smtp.novak.si" in status.text(), timeout=10000
    )
    assert "internetne povezave" in status.text()  # "… nima internetne povezave."
    assert "  " not in status.text()  # no gap where a parameter is missing


# -- the test message and the preview ----------------------------------------------------


def test_the_verify_test_message_is_in_the_windows_language(qtbot, open_window):
    window = open_window(demo=True, lang="sl")
    assert verify(qtbot, window) == "ok"
    inbox = window.findChild(QAbstractItemView, "inboxView")
    qtbot.waitUntil(lambda: inbox.model().rowCount() == 1, timeout=5000)
    assert inbox.model().index(0, 2).data() == "smtpdesk – testno sporočilo"
    body = window.findChild(object, "messageView").toPlainText()
    assert "To je testno sporočilo programa smtpdesk" in body
    assert "brez šifriranja" in body and "This is" not in body


def preview_with_attachment(window, tmp_path):
    pages = pages_of(window)
    set_profile(window, 587)
    pages.batch_page.load_recipients(write_people(tmp_path / "ljudje.csv", 3))
    compose(window)
    attachment = tmp_path / "navodila.txt"
    attachment.write_bytes(b"x" * 26)
    pages.batch_page.add_attachment(attachment)
    window.tabs.setCurrentWidget(pages.batch_page)
    pages.batch_page.refresh_preview()
    return widget(window, QTextBrowser, "previewView")


def test_the_preview_labels_and_sizes_are_translated(qtbot, open_window, tmp_path):
    window = open_window(lang="sl")
    preview = preview_with_attachment(window, tmp_path)
    text = preview.toPlainText()
    assert "Priponke:" in text and "navodila.txt (26 bajtov)" in text
    assert "Attachments" not in text
    listed = (
        widget(window, QAbstractItemView, "attachmentsList")
        if window.findChild(QAbstractItemView, "attachmentsList")
        else None
    )
    if listed is not None:
        assert "26 bajtov" in listed.model().index(0, 0).data()


def test_the_preview_follows_a_language_switch_at_once(qtbot, open_window, tmp_path):
    window = open_window(lang="en")
    preview = preview_with_attachment(window, tmp_path)
    assert "Attachments:" in preview.toPlainText() and "26 bytes" in preview.toPlainText()

    window.set_language("cs")  # no move to another recipient, no typing

    text = preview.toPlainText()
    assert "Přílohy:" in text and "26 bajtů" in text and "Předmět:" in text
    assert "Attachments" not in text and "Subject:" not in text


# -- examples and Qt's own dialogs ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "country"), [("sl", "novak.si"), ("cs", "novak.cz"), ("pl", ".pl")]
)
def test_the_sample_sender_is_from_the_languages_country(open_window, lang, country):
    window = open_window(lang=lang)
    sender = widget(window, QLineEdit, "senderEdit")
    assert country in sender.placeholderText() and country in sender.toolTip()
    if lang == "sl":
        assert sender.placeholderText() == "Računovodstvo Novak <info@novak.si>"


ENGLISH = {
    "&Look in:",
    "Look in:",
    "Files of &type:",
    "Files of type:",
    "File &name:",
    "&Open",
    "Open",
    "Cancel",
    "Back",
    "Forward",
    "Parent Directory",
    "Create New Folder",
    "List View",
    "Detail View",
    "Name",
    "Size",
    "Type",
    "Date Modified",
}


@pytest.mark.parametrize("lang", ["sl", "cs", "pl"])
def test_the_recipients_file_dialog_has_no_english_words(qtbot, open_window, lang):
    window = open_window(lang=lang)
    pages = pages_of(window)
    window.tabs.setCurrentWidget(pages.batch_page)
    qtbot.mouseClick(widget(window, QPushButton, "recipientsButton"), Qt.MouseButton.LeftButton)
    dialogs = []
    qtbot.waitUntil(
        lambda: bool(
            dialogs.extend(
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QFileDialog) and w.isVisible()
            )
            or dialogs
        ),
        timeout=5000,
    )
    dialog = dialogs[0]
    try:
        words = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
        words += [
            w.text() or w.toolTip() for w in dialog.findChildren(QAbstractButton) if w.isVisible()
        ]
        tree = dialog.findChild(QTreeView)
        if tree is not None:
            words += [
                tree.model().headerData(column, Qt.Orientation.Horizontal)
                for column in range(tree.model().columnCount())
            ]
        assert dialog.findChild(QLabel, "lookInLabel").text() not in ENGLISH
        assert dialog.findChild(QLabel, "fileTypeLabel").text() not in ENGLISH
        english = sorted({word for word in words if word in ENGLISH})
        assert not english, english
    finally:
        dialog.reject()


@pytest.mark.parametrize(
    ("app_passwords", "words"), [(True, "page on app passwords"), (False, "help page")]
)
def test_the_help_link_is_worded_by_what_it_opens(qtbot, app_passwords, words):
    from smtpdesk.core.diagnose import Diagnosis
    from smtpdesk.core.verify import VerifyResult
    from smtpdesk.ui.verify_panel import VerifyContext, VerifyPanel

    panel = VerifyPanel()
    qtbot.addWidget(panel)
    panel.begin(
        VerifyContext(
            "smtp.seznam.cz",
            465,
            "jan@seznam.cz",
            "jan@seznam.cz",
            "https://napoveda.seznam.cz/",
            help_is_app_passwords=app_passwords,
        )
    )
    panel.finish(
        VerifyResult(Diagnosis("auth", "auth_failed", 535, "5.7.8 rejected"), (), "jan@seznam.cz")
    )
    link = panel.findChild(QLabel, "verifyExtra").text()
    assert words in link and "napoveda.seznam.cz" in link
    assert ("app passwords" in link) == app_passwords
