"""Pressing Send on a large list: the rows are stored while the window keeps answering, and
only then does anything go out (issue 18 item 3). No times asserted: the benchmark
(benchmarks/bench_send_freeze.py) measures how long the window is held."""

from __future__ import annotations

import resource
import signal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from gui.test_batch import (
    answer,
    loaded_window,
    questions,
    start_sending,
    states,
)
from smtpdesk.core.queue import Queue

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

ROWS = 10_000


def slow_pace(window):
    """Two messages a minute: the test looks at the start of the batch, not its end."""
    window.settings_page.limit_spins["max_per_minute"].setValue(2)


def test_the_window_keeps_ticking_while_the_rows_are_stored_and_none_goes_out_before(
    qtbot, open_window, tmp_path, servers
):
    server = servers()
    window, pages = loaded_window(qtbot, open_window, tmp_path, server, ROWS)
    slow_pace(window)
    page = pages.batch_page
    seen = {"storing": 0, "sent_while_storing": 0}

    def tick():
        if page.is_storing:
            seen["storing"] += 1
            seen["sent_while_storing"] += len(server.received)

    timer = QTimer(interval=1)
    timer.timeout.connect(tick)
    timer.start()
    try:
        start_sending(qtbot, window)
        assert page.is_storing and not page.send_button.isEnabled()
        assert "Storing the batch of 10000 messages" in page.send_hint.text()
        qtbot.waitUntil(lambda: pages.run.running and len(states(window)) == ROWS, timeout=60000)
    finally:
        timer.stop()
    assert seen["storing"] > 0  # the window's timer ran while the rows were being stored
    assert seen["sent_while_storing"] == 0
    queue = Queue()
    summary = queue.summary(pages.run.batch_id)
    assert summary.total == ROWS
    assert [r.email for r in queue.rows(pages.run.batch_id, limit=3)] == [
        "oseba1@example.si",
        "oseba2@example.si",
        "oseba3@example.si",
    ]
    assert window.tabs.currentWidget() is pages.queue_page
    qtbot.waitUntil(lambda: len(server.received) >= 1, timeout=20000)


def test_closing_while_the_rows_are_stored_keeps_the_whole_batch_for_the_next_start(
    qtbot, open_window, tmp_path, servers
):
    server = servers()
    window, pages = loaded_window(qtbot, open_window, tmp_path, server, ROWS)
    start_sending(qtbot, window)
    assert pages.batch_page.is_storing
    window.close()
    assert window.isVisible()  # it waits for the rows, then closes
    # then the Settings page's own question: the test profile was never saved
    qtbot.waitUntil(lambda: any("not saved" in q.text() for q in questions(window)), timeout=60000)
    assert not pages.run.running
    answer(qtbot, window, QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    queue = Queue()
    (batch_id,) = queue.batch_ids()
    summary = queue.summary(batch_id)
    assert (summary.total, summary.pending, summary.status) == (ROWS, ROWS, "open")
    assert server.received == []
    # the next window offers to send it; the composition was not kept as unsent
    again = open_window()
    qtbot.waitUntil(lambda: bool(questions(again)), timeout=5000)
    assert f"Batch {batch_id}" in questions(again)[-1].text()
    assert not again.batch_pages.batch_page.has_unsent()


@pytest.fixture
def full_disk():
    """Files may grow to 1 MB, then writes fail as on a full disk (this process only)."""
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    def fill() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024 * 1024, limits[1]))

    yield fill
    resource.setrlimit(resource.RLIMIT_FSIZE, limits)
    signal.signal(signal.SIGXFSZ, previous)


def test_a_full_disk_while_storing_is_said_and_nothing_is_sent_or_half_stored(
    qtbot, open_window, tmp_path, servers, home, full_disk
):
    server = servers()
    window, pages = loaded_window(qtbot, open_window, tmp_path, server, ROWS)
    page = pages.batch_page
    full_disk()
    start_sending(qtbot, window)
    qtbot.waitUntil(lambda: not page.is_storing, timeout=60000)
    text = page.send_hint.text()
    assert "Nothing was sent" in text and str(home / "queue.sqlite3") in text, text
    assert page.send_button.isEnabled() and page.has_unsent()
    assert not pages.run.running and server.received == []
    assert Queue().batch_ids() == []
    assert window.tabs.currentWidget() is page
