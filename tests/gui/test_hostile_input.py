"""A stranger's template and damaged files on disk: the window loads nothing and opens anyway."""

from __future__ import annotations

import os
import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QPushButton, QTextBrowser

from tests.gui.test_batch import compose, pages_of, set_profile, widget, write_people

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


class PipeWatch:
    """A FIFO that notices a reader: a preview that opened it would block the app, so after a
    few seconds it is fed and closed (the test then fails instead of hanging)."""

    def __init__(self, path):
        self.path = path
        os.mkfifo(path)
        self.reader_seen = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self):
        deadline = time.monotonic() + 5
        while not self._stop.is_set() and time.monotonic() < deadline:
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # ENXIO: nobody has it open for reading
                time.sleep(0.02)
                continue
            self.reader_seen = True
            os.write(fd, b"x" * 16)
            os.close(fd)
            return

    def stop(self):
        self._stop.set()
        self._thread.join()


def test_the_html_preview_loads_no_local_file_device_or_pipe(qtbot, open_window, tmp_path, servers):
    picture = tmp_path / "private.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    pipe = PipeWatch(tmp_path / "cev.css")
    window = open_window()
    pages = pages_of(window)
    set_profile(window, servers().port)
    pages.batch_page.load_recipients(write_people(tmp_path / "ljudje.csv", 3))
    compose(window)
    widget(window, QCheckBox, "htmlCheck").setChecked(True)
    template = (
        f'<html><head><link rel="stylesheet" href="{pipe.path}"></head><body>'
        f'<p>Pozdravljeni, {{{{ Ime }}}}</p><img src="/dev/zero">'
        f'<img src="{QUrl.fromLocalFile(str(picture)).toString()}">'
        f'<img src="{picture}"><a href="file:///etc/passwd">povezava</a>'
        "</body></html>"
    )
    widget(window, QPlainTextEdit, "htmlEdit").setPlainText(template)
    pages.batch_page.refresh_preview()
    QCoreApplication.processEvents()
    preview = widget(window, QTextBrowser, "previewView")
    pipe.stop()
    assert "Pozdravljeni, Žiga 1" in preview.toPlainText()
    assert not pipe.reader_seen
    document = preview.document()
    for url in (QUrl.fromLocalFile(str(picture)), QUrl(str(picture)), QUrl("/dev/zero")):
        loaded = document.resource(QTextDocument.ResourceType.ImageResource, url)
        assert loaded is None or loaded.isEmpty(), url
    # a click on a link inside the preview must not open the file in it either
    assert not preview.openLinks()


def test_the_window_opens_over_a_damaged_queue_and_moves_it_aside(qtbot, home, open_window):
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.test_batch import answer

    (home / "queue.sqlite3").write_bytes(b"no database here " * 50)
    window = open_window()
    assert window.isVisible()
    box = answer(qtbot, window, QMessageBox.StandardButton.Yes)
    assert "queue.sqlite3" in box.text()
    moved = [p for p in home.iterdir() if p.name.startswith("queue.sqlite3.damaged-")]
    assert len(moved) == 1 and moved[0].read_bytes() == b"no database here " * 50
    answer(qtbot, window, QMessageBox.StandardButton.Ok)  # "a new history has started"
    assert pages_of(window).queue.batch_ids() == []
    assert (home / "queue.sqlite3").exists()


def invoices_list(folder):
    """Three clients, each with an invoice file in racuni/ below the list."""
    (folder / "racuni").mkdir(parents=True)
    lines = ["Ime;Priimek;E-pošta;Povezava;Priloga"]
    for i in (1, 2, 3):
        (folder / "racuni" / f"r{i}.pdf").write_bytes(b"%PDF-1.4 " + b"x" * (1000 * i))
        lines.append(f"Žiga {i};Čuk;oseba{i}@example.si;https://a.si/{i};racuni/r{i}.pdf")
    (folder / "pogoji.pdf").write_bytes(b"%PDF-1.4 terms")
    path = folder / "ljudje.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_send_confirmation_lists_every_file_that_leaves(qtbot, open_window, tmp_path, servers):
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.test_batch import answer

    window = open_window()
    pages = pages_of(window)
    set_profile(window, servers().port)
    pages.batch_page.load_recipients(invoices_list(tmp_path))
    compose(window)
    pages.batch_page.add_attachment(tmp_path / "pogoji.pdf")
    send = widget(window, QPushButton, "sendButton")
    qtbot.waitUntil(send.isEnabled, timeout=3000)
    send.click()
    box = answer(qtbot, window, QMessageBox.StandardButton.Cancel)
    listed = box.informativeText()
    assert "pogoji.pdf" in listed and "to 3 recipients" in listed
    for i in (1, 2, 3):
        assert f"r{i}.pdf" in listed
    assert listed.count("to 1 recipient") == 3


def test_a_reminder_from_the_queue_checks_its_files_again(
    qtbot, open_window, tmp_path, tmp_path_factory, servers
):
    from tests.gui.test_batch import start_sending, states

    server = servers()
    window = open_window()
    pages = pages_of(window)
    set_profile(window, server.port)
    pages.batch_page.load_recipients(invoices_list(tmp_path))
    compose(window)
    start_sending(qtbot, window)
    qtbot.waitUntil(
        lambda: not pages.run.running and states(window).count("sent") == 3, timeout=20000
    )
    secret = tmp_path_factory.mktemp("elsewhere") / "secret.txt"
    secret.write_text("private", encoding="utf-8")
    (tmp_path / "racuni" / "r2.pdf").unlink()
    (tmp_path / "racuni" / "r2.pdf").symlink_to(secret)  # swapped since the first send
    dialog = pages.queue_page.open_reminder()
    dialog.subject_edit.setText("Opomnik: {{ Ime }}")
    dialog.findChild(QPushButton, "prepareReminderButton").click()
    page = pages.batch_page
    assert len(page.recipients) == 3
    assert [(p.row, p.code) for p in page.blocking_errors()] == [(3, "attachment_outside_folder")]
    assert not widget(window, QPushButton, "sendButton").isEnabled()
    assert len(server.received) == 3
