"""The Batch and Queue pages on the real window, sending to real SMTP servers."""

from __future__ import annotations

import codecs
import threading
import time

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTextBrowser,
)
from servers import PASSWORD, USERNAME

from smtpdesk.core.queue import BatchSpec, Queue
from smtpdesk.core.recipients import Recipient

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

SEND_TIMEOUT = 20000


def pages_of(window):
    return window.batch_pages


def widget(window, cls, name):
    found = window.findChild(cls, name)
    assert found is not None, name
    return found


def write_people(path, n, *, bad_rows=(), encoding="cp1250"):
    lines = ["Ime;Priimek;E-pošta;Povezava"]
    for i in range(1, n + 1):
        address = "ni-naslov" if i in bad_rows else f"oseba{i}@example.si"
        lines.append(f"Žiga {i};Čuk;{address};https://anketa.si/a/{i}x")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def set_profile(window, port, *, encryption="starttls"):
    widget(window, QLineEdit, "senderEdit").setText("Jan Novák <info@novak.cz>")
    widget(window, QLineEdit, "hostEdit").setText("127.0.0.1")
    combo = widget(window, QComboBox, "encryptionCombo")
    combo.setCurrentIndex(combo.findData(encryption))
    widget(window, QSpinBox, "portSpin").setValue(port)
    widget(window, QCheckBox, "authCheck").setChecked(True)
    widget(window, QLineEdit, "usernameEdit").setText(USERNAME)
    widget(window, QLineEdit, "passwordEdit").setText(PASSWORD)


def compose(window):
    widget(window, QLineEdit, "subjectEdit").setText("Vabilo za {{ Ime }}")
    widget(window, QPlainTextEdit, "bodyEdit").setPlainText(
        "Pozdravljeni, {{ Ime }} {{Priimek}}!\n\nVaša povezava: {{ Povezava }}\n"
    )


def questions(window) -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox)
        and w.isVisible()
        and w.parentWidget() is not None
        and w.parentWidget().window() is window
    ]


def answer(qtbot, window, button_text_or_role):
    """Click a button of the window's open question box."""
    box = {}

    def open_box():
        found = questions(window)
        box["it"] = found[-1] if found else None
        return box["it"] is not None

    qtbot.waitUntil(open_box, timeout=5000)
    button = box["it"].button(button_text_or_role)
    assert button is not None, (box["it"].text(), box["it"].parent())
    button.click()
    return box["it"]


def states(window) -> list[str]:
    view = widget(window, QAbstractItemView, "queueView")
    model = view.model()
    return [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]


def start_sending(qtbot, window):
    send = widget(window, QPushButton, "sendButton")
    qtbot.waitUntil(send.isEnabled, timeout=3000)
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    answer(qtbot, window, QMessageBox.StandardButton.Yes)


def loaded_window(qtbot, open_window, tmp_path, server, n, **kwargs):
    window = open_window()
    pages = pages_of(window)
    set_profile(window, server.port)
    pages.batch_page.load_recipients(write_people(tmp_path / "ljudje.csv", n, **kwargs))
    compose(window)
    window.tabs.setCurrentWidget(pages.batch_page)
    return window, pages


def test_load_compose_preview_send_fifty(qtbot, open_window, tmp_path, servers):
    server = servers()
    window, pages = loaded_window(qtbot, open_window, tmp_path, server, 50)
    assert pages.batch_page.listing.encoding == "cp1250"
    table = widget(window, QAbstractItemView, "recipientsTable")
    assert table.model().rowCount() == 50

    spin = widget(window, QSpinBox, "previewRowSpin")
    spin.setValue(4)  # spreadsheet row 4: the third recipient, under the header
    pages.batch_page.refresh_preview()
    preview = widget(window, QTextBrowser, "previewView").toPlainText()
    assert "Žiga 3 Čuk" in preview and "https://anketa.si/a/3x" in preview
    assert "Vabilo za Žiga 3" in preview and "oseba3@example.si" in preview

    start_sending(qtbot, window)
    qtbot.waitUntil(lambda: states(window).count("sent") == 50, timeout=SEND_TIMEOUT)
    progress = widget(window, QProgressBar, "batchProgress")
    qtbot.waitUntil(
        lambda: progress.value() == progress.maximum() and "100 %" in progress.text(), timeout=5000
    )
    assert len(server.received) == 50
    assert sorted(r.rcpt_tos[0] for r in server.received) == sorted(
        f"oseba{i}@example.si" for i in range(1, 51)
    )
    message = server.received[0].message
    assert message["Subject"].startswith("Vabilo za Žiga")
    qtbot.waitUntil(lambda: not pages.run.running, timeout=5000)
    assert not widget(window, QPushButton, "pauseButton").isEnabled()


def test_pause_stops_within_one_message_per_connection_and_resume_continues(
    qtbot, open_window, tmp_path, servers
):
    server = servers()
    window, pages = loaded_window(qtbot, open_window, tmp_path, server, 150)
    start_sending(qtbot, window)
    qtbot.waitUntil(lambda: len(server.received) >= 5, timeout=SEND_TIMEOUT)
    pause = widget(window, QPushButton, "pauseButton")
    qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
    at_pause = len(server.received)
    qtbot.wait(400)
    paused = len(server.received)
    concurrency = pages.run.batch_sender.options.concurrency
    assert paused <= at_pause + concurrency  # one message per connection at most
    qtbot.wait(300)
    assert len(server.received) == paused
    resume = widget(window, QPushButton, "resumeButton")
    assert resume.isEnabled() and not pause.isEnabled()
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: states(window).count("sent") == 150, timeout=SEND_TIMEOUT)
    assert len(server.received) == 150


def test_refusals_show_as_failed_rows_and_retry_sends_them(qtbot, open_window, tmp_path, servers):
    refusing = {"on": True}
    server = servers(
        replies={
            "RCPT": lambda address: (
                "550 5.1.1 No such user here"
                if refusing["on"] and address.startswith(("oseba2@", "oseba7@"))
                else None
            )
        }
    )
    window, pages = loaded_window(qtbot, open_window, tmp_path, server, 10)
    start_sending(qtbot, window)
    qtbot.waitUntil(
        lambda: not pages.run.running and states(window).count("failed") == 2, timeout=SEND_TIMEOUT
    )
    view = widget(window, QAbstractItemView, "queueView")
    model = view.model()
    failed = [
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(Qt.ItemDataRole.UserRole) == "failed"
    ]
    assert {model.index(r, 0).data() for r in failed} == {"oseba2@example.si", "oseba7@example.si"}
    assert "550" in model.index(failed[0], 3).data()
    assert model.index(failed[0], 2).data() == "The server refused this address"

    refusing["on"] = False
    retry = widget(window, QPushButton, "retryButton")
    assert retry.isEnabled()
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: states(window).count("sent") == 10, timeout=SEND_TIMEOUT)
    assert len(server.received) == 10


def test_a_dropped_connection_is_uncertain_and_its_dialog_offers_a_choice(
    qtbot, open_window, tmp_path, servers
):
    drop = {"on": True}
    server = servers(
        replies={"DATA_DROP": lambda address: drop["on"] and address.startswith("oseba4@")}
    )
    window, pages = loaded_window(qtbot, open_window, tmp_path, server, 8)
    start_sending(qtbot, window)
    qtbot.waitUntil(
        lambda: not pages.run.running and "uncertain" in states(window), timeout=SEND_TIMEOUT
    )
    assert states(window).count("sent") == 7
    banner_button = widget(window, QPushButton, "uncertainButton")
    assert banner_button.isVisible()

    qtbot.mouseClick(banner_button, Qt.MouseButton.LeftButton)
    dialog = widget(window, QDialog, "uncertainDialog")
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert widget(dialog, QAbstractButton, "resendButton").isVisible()
    mark = widget(dialog, QAbstractButton, "markSentButton")
    assert "oseba4@example.si" in widget(dialog, QPlainTextEdit, "uncertainAddresses").toPlainText()
    qtbot.mouseClick(mark, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: states(window).count("sent") == 8, timeout=3000)
    assert not banner_button.isVisible()


def test_resend_of_an_uncertain_row_sends_it_again(qtbot, open_window, tmp_path, servers):
    drop = {"on": True}
    server = servers(
        replies={"DATA_DROP": lambda address: drop["on"] and address.startswith("oseba2@")}
    )
    window, pages = loaded_window(qtbot, open_window, tmp_path, server, 3)
    start_sending(qtbot, window)
    qtbot.waitUntil(
        lambda: not pages.run.running and "uncertain" in states(window), timeout=SEND_TIMEOUT
    )
    drop["on"] = False
    dialog = pages.queue_page.show_uncertain()
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    qtbot.mouseClick(widget(dialog, QAbstractButton, "resendButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: states(window).count("sent") == 3, timeout=SEND_TIMEOUT)
    assert [r.rcpt_tos[0] for r in server.received].count("oseba2@example.si") == 2


def test_bad_address_rows_are_marked_and_send_stays_disabled(qtbot, open_window, tmp_path, servers):
    server = servers()
    window, pages = loaded_window(
        qtbot, open_window, tmp_path, server, 6, bad_rows=(3, 5), encoding="utf-8-sig"
    )
    table = widget(window, QAbstractItemView, "recipientsTable")
    model = table.model()
    marks = {
        model.index(r, 0).data(): model.index(r, 0).data(Qt.ItemDataRole.UserRole)
        for r in range(model.rowCount())
    }
    assert marks == {"2": "ok", "3": "ok", "4": "error", "5": "ok", "6": "error", "7": "ok"}
    problem = model.index(2, model.columnCount() - 1).data()
    assert "ni-naslov" in problem and "not a valid" in problem
    send = widget(window, QPushButton, "sendButton")
    assert not send.isEnabled()
    exclude = widget(window, QCheckBox, "excludeProblemsCheck")
    assert exclude.isVisible()
    exclude.setChecked(True)
    assert send.isEnabled()


def test_unknown_placeholders_are_flagged_while_typing(qtbot, open_window, tmp_path, servers):
    server = servers()
    window, pages = loaded_window(qtbot, open_window, tmp_path, server, 3)
    send = widget(window, QPushButton, "sendButton")
    assert send.isEnabled()
    widget(window, QPlainTextEdit, "bodyEdit").setPlainText("Pozdravljeni, {{ Ime }} {{ Naslov }}")
    warning = window.findChild(object, "placeholderWarning")
    assert warning.isVisible() and "Naslov" in warning.text()
    assert not send.isEnabled()


@pytest.mark.parametrize("kind", ["csv", "ods"])
def test_dropping_a_list_on_the_window_loads_it(qtbot, open_window, tmp_path, kind):
    from pathlib import Path

    window = open_window()
    pages = pages_of(window)
    if kind == "csv":
        path, count = write_people(tmp_path / "spusti.csv", 4), 4
    else:  # a LibreOffice Calc file (tests/data/calc-en.ods, three recipients)
        path, count = Path(__file__).parents[1] / "data" / "calc-en.ods", 3
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers a Drop only during a real drag, which offscreen cannot start: hand the
    # event to the window's filter the way QApplication would
    assert pages.eventFilter(window, drop)
    assert window.tabs.currentWidget() is pages.batch_page
    qtbot.waitUntil(lambda: len(pages.batch_page.recipients) == count, timeout=5000)


def write_xlsx(path, count: int):
    """An Excel file of `count` recipients (columns email, Ime)."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["email", "Ime"])
    for number in range(count):
        sheet.append([f"oseba{number}@example.si", f"Oseba {number}"])
    book.save(path)
    return path


def test_a_chosen_file_is_read_off_the_ui_thread_and_send_waits_for_it(
    qtbot, open_window, tmp_path
):
    # how long the window freezes meanwhile is measured by benchmarks/bench_load_stall.py
    path = write_xlsx(tmp_path / "stranke.xlsx", 5000)
    window = open_window()
    page = pages_of(window).batch_page
    page.subject_edit.setText("Račun")
    page.body_edit.setPlainText("Pozdravljeni, {{ Ime }}")

    page.open_recipients(path)  # returns before the file is read
    assert page.is_reading() and page.recipients == []
    assert "Reading stranke.xlsx" in page.summary_label.text()
    assert not page.send_button.isEnabled()
    assert page.send_hint.text() == "Reading the recipients…"
    qtbot.waitUntil(lambda: len(page.recipients) == 5000, timeout=30000)

    assert not page.is_reading() and "5000 recipient" in page.summary_label.text()
    assert page.send_hint.text() != "Reading the recipients…"
    assert page.model.rowCount() == 5000


def test_a_file_chosen_while_another_is_read_wins(qtbot, open_window, tmp_path):
    slow = write_xlsx(tmp_path / "velika.xlsx", 5000)
    quick = write_people(tmp_path / "ljudje.csv", 3)
    window = open_window()
    page = pages_of(window).batch_page
    page.open_recipients(slow)
    page.open_recipients(quick)
    qtbot.waitUntil(lambda: not page.is_reading(), timeout=30000)
    qtbot.wait(300)  # a late answer from the first read would land now
    assert len(page.recipients) == 3 and page.file_label.text() == str(quick)


def test_a_reminder_goes_to_the_sent_minus_the_excluded(qtbot, open_window, tmp_path, servers):
    server = servers()
    window, pages = loaded_window(qtbot, open_window, tmp_path, server, 6)
    start_sending(qtbot, window)
    qtbot.waitUntil(
        lambda: not pages.run.running and states(window).count("sent") == 6, timeout=SEND_TIMEOUT
    )
    answered = tmp_path / "odgovorili.txt"
    answered.write_text("oseba1@example.si\nOSEBA4@example.si\n", encoding="utf-8")
    dialog = pages.queue_page.open_reminder()
    assert dialog.set_exclude_file(answered)
    assert "4" in dialog.count_label.text()
    dialog.subject_edit.setText("Opomnik: {{ Ime }}")
    qtbot.mouseClick(
        widget(dialog, QPushButton, "prepareReminderButton"), Qt.MouseButton.LeftButton
    )
    batch_page = pages.batch_page
    assert sorted(r.email for r in batch_page.recipients) == [
        "oseba2@example.si",
        "oseba3@example.si",
        "oseba5@example.si",
        "oseba6@example.si",
    ]
    assert widget(window, QLineEdit, "subjectEdit").text() == "Opomnik: {{ Ime }}"
    start_sending(qtbot, window)
    qtbot.waitUntil(
        lambda: not pages.run.running and states(window).count("sent") == 4, timeout=SEND_TIMEOUT
    )
    queue = Queue()
    newest = queue.batch(queue.batch_ids()[0])
    assert newest.parent == queue.batch_ids()[1]


def test_export_failed_rows(qtbot, open_window, tmp_path, servers):
    server = servers(
        replies={"RCPT": lambda a: "550 5.1.1 Unknown" if a.startswith("oseba1@") else None}
    )
    window, pages = loaded_window(qtbot, open_window, tmp_path, server, 3)
    start_sending(qtbot, window)
    qtbot.waitUntil(
        lambda: not pages.run.running and "failed" in states(window), timeout=SEND_TIMEOUT
    )
    out = tmp_path / "napake.csv"
    assert pages.queue_page.export(out, ("failed",)) == 1
    text = out.read_text(encoding="utf-8-sig")
    # the window's export is for Excel in the UI language (`status --export` keeps the
    # contract's format; tests/gui/test_queue_pace_export.py checks the Excel one)
    assert text.splitlines()[0].startswith("Row,Recipient,State,Result,Server reply,Time,")
    assert "2,oseba1@example.si,Failed,The server refused this address,550 " in text


def test_an_unfinished_batch_is_offered_unless_another_process_holds_it(qtbot, open_window, home):
    queue = Queue()
    spec = BatchSpec(subject="Račun", text_body="Pozdravljeni", columns=("email",))
    people = [Recipient(2, "a@example.si", {"email": "a@example.si"})]
    held = queue.create_batch("Pisarna", spec, people)
    lock = queue.lock(held)
    holder = threading.Thread(target=lock.acquire)  # stands in for another process
    holder.start()
    holder.join()
    try:
        window = open_window()
        pages_of(window)
        qtbot.wait(100)
        assert not questions(window)
    finally:
        lock.release()
    free = queue.create_batch("Pisarna", spec, people)
    window = open_window()
    pages = pages_of(window)
    qtbot.waitUntil(lambda: bool(questions(window)), timeout=3000)
    box = questions(window)[-1]
    assert f"Batch {free}" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert pages.queue_page.shown_batch == free


def test_a_day_limit_says_when_it_continues(qtbot, open_window, tmp_path, servers):
    server = servers()
    window = open_window()
    pages = pages_of(window)
    set_profile(window, server.port)
    limits = window.settings_page.limit_spins
    limits["max_per_day"].setValue(3)
    pages.batch_page.load_recipients(write_people(tmp_path / "ljudje.csv", 5))
    compose(window)
    start_sending(qtbot, window)
    qtbot.waitUntil(
        lambda: not pages.run.running and states(window).count("sent") == 3, timeout=SEND_TIMEOUT
    )
    status = window.findChild(object, "batchStatus").text()
    assert "continues tomorrow at" in status or "continues today at" in status
    assert widget(window, QPushButton, "resumeButton").isEnabled()
    time.sleep(0)


@pytest.mark.parametrize("lang", ["en", "sl", "cs", "pl"])
def test_nothing_is_clipped_with_40_percent_longer_texts(
    qtbot, open_window, monkeypatch, tmp_path, servers, lang
):
    from gui.test_layout import clipped_texts

    monkeypatch.setenv("SMTPDESK_TRANS_SCALE", "1.4")
    server = servers()
    window = open_window(lang=lang)
    pages = pages_of(window)
    set_profile(window, server.port)
    pages.batch_page.load_recipients(write_people(tmp_path / "ljudje.csv", 30, bad_rows=(4,)))
    compose(window)
    widget(window, QCheckBox, "htmlCheck").setChecked(True)
    window.tabs.setCurrentWidget(pages.batch_page)
    qtbot.wait(50)
    clipped = clipped_texts(pages.batch_page)
    assert clipped == [], "\n".join(clipped)
    widget(window, QCheckBox, "excludeProblemsCheck").setChecked(True)
    start_sending(qtbot, window)
    qtbot.waitUntil(
        lambda: not pages.run.running and states(window).count("sent") == 29, timeout=SEND_TIMEOUT
    )
    window.tabs.setCurrentWidget(pages.queue_page)
    qtbot.wait(50)
    clipped = clipped_texts(pages.queue_page)
    assert clipped == [], "\n".join(clipped)


def test_the_language_switch_updates_the_pages_live(qtbot, open_window, monkeypatch):
    window = open_window(lang="en")
    pages = pages_of(window)
    send = widget(window, QPushButton, "sendButton")
    assert send.text() == "&Send…"
    monkeypatch.setenv("SMTPDESK_TRANS_SCALE", "1.4")  # padded: visible even if untranslated
    window.set_language("sl")
    assert send.text() != "&Send…"
    assert widget(window, QPushButton, "retryButton").text().endswith("~")
    tabs = window.tabs
    assert tabs.tabText(tabs.indexOf(pages.queue_page)) != "Queue"


def test_closing_mid_batch_asks_and_the_batch_stays_resumable(
    qtbot, open_window, tmp_path, servers
):
    server = servers()
    window, pages = loaded_window(qtbot, open_window, tmp_path, server, 400)
    start_sending(qtbot, window)
    qtbot.waitUntil(lambda: len(server.received) >= 3, timeout=SEND_TIMEOUT)
    window.close()
    assert window.isVisible()
    box = answer(qtbot, window, QMessageBox.StandardButton.Yes)
    assert "not sent yet" in box.text()
    # then the Settings page's own question: the test profile was never saved
    qtbot.waitUntil(lambda: any("not saved" in q.text() for q in questions(window)), timeout=10000)
    answer(qtbot, window, QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    queue = Queue()
    summary = queue.summary(queue.batch_ids()[0])
    assert summary.status == "open" and summary.sending == 0
    assert summary.sent == len(server.received) and summary.pending > 0
    assert not queue.is_locked(summary.batch)


def test_an_html_body_in_utf16_loads_and_an_unreadable_one_is_said_not_crashed(
    qtbot, window, tmp_path
):
    page = pages_of(window).batch_page
    good = tmp_path / "pismo.html"
    good.write_bytes(codecs.BOM_UTF16_LE + "<p>Spoštovani {{ Ime }}</p>".encode("utf-16-le"))
    assert page.load_html(good)
    assert page.html_edit.toPlainText() == "<p>Spoštovani {{ Ime }}</p>"
    bad = tmp_path / "okvara.html"
    bad.write_bytes(b"<p>\x81\x83\x88\x90\x98</p>")  # neither UTF-8 nor cp1250 nor cp1252
    assert not page.load_html(bad)
    assert "okvara.html" in page.test_label.text()
    assert page.html_edit.toPlainText() == "<p>Spoštovani {{ Ime }}</p>"  # kept as it was
