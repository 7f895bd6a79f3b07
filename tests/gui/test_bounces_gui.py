"""The Queue page's Check for bounces button (`bouncesButton`) against a real Dovecot: the
rows a delivery report came back for turn `bounced` in the table."""

from __future__ import annotations

import pytest
from imap_server import dovecot_available, start_dovecot
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from servers import PASSWORD
from test_mailbox import SPEC, make_profile, people, report

from gui.test_batch import pages_of, states, widget
from smtpdesk.core import secrets
from smtpdesk.core.profile import ProfileStore
from smtpdesk.core.queue import Queue

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not dovecot_available(), reason="Dovecot is not installed"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def dovecot(ca, tmp_path):
    server = start_dovecot(ca, tmp_path / "dovecot")
    yield server
    server.stop()


def test_check_for_bounces_marks_the_rows_in_the_table(qtbot, open_window, home, servers, dovecot):
    queue, batch = sent_batch(qtbot, servers(), dovecot)
    dovecot.put("INBOX", report("gmail.eml", queue.rows(batch)[1]))

    window = open_window(lang="sl")
    page = pages_of(window).queue_page
    page.refresh_history(select=batch)
    window.tabs.setCurrentWidget(page)
    button = widget(window, QPushButton, "bouncesButton")
    assert button.isEnabled() and button.text().replace("&", "") == "Preveri vrnjena sporočila"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: states(window) == ["sent", "bounced", "sent"], timeout=20000)
    result = widget(window, QLabel, "bouncesResult")
    assert result.isVisible() and "1" in result.text()
    qtbot.waitUntil(button.isEnabled, timeout=5000)


def sent_batch(qtbot, smtp, dovecot):
    """A stored profile with its IMAP server and a batch of three sent through `smtp`."""
    from smtpdesk.ui.bridge import start_task

    profile = make_profile(smtp.port, dovecot)
    ProfileStore().save(profile)
    secrets.set_password(profile.name, PASSWORD)
    queue = Queue()
    sending = start_task(send_batch_in(queue, smtp, profile))
    qtbot.waitUntil(sending.done, timeout=20000)
    return queue, sending.result()


async def send_batch_in(queue, smtp, profile):
    from smtpdesk.core.sender import Sender, SendOptions, template_for
    from smtpdesk.core.transport import Credentials

    batch = queue.create_batch(profile.name, SPEC, people(3))
    credentials = Credentials(profile.username, PASSWORD)
    outcome = await Sender(
        queue,
        batch,
        profile,
        credentials,
        template_for(profile, SPEC),
        options=SendOptions.for_profile(profile),
    ).run()
    assert outcome.summary.sent == 3
    return batch


def test_the_check_runs_by_itself_after_a_batch_ends(qtbot, open_window, home, servers, dovecot):
    queue, batch = sent_batch(qtbot, servers(), dovecot)
    dovecot.put("INBOX", report("qmail.eml", queue.rows(batch)[2]))

    window = open_window()
    page = pages_of(window).queue_page
    page.refresh_history(select=batch)
    page.bounces.auto_timer.setInterval(10)  # five minutes in the app
    page.batch_ended.emit(None)
    qtbot.waitUntil(lambda: states(window) == ["sent", "sent", "bounced"], timeout=20000)


@pytest.mark.expected_log  # the first run logs that it could not make the copies
def test_continue_makes_the_copies_in_sent_a_run_could_not_make(
    qtbot, open_window, home, servers, dovecot
):
    """The batch went while the incoming server was unreachable; with the profile right,
    Continue on the Queue page appends each copy once, the rows read as accepted again, and
    no message is sent twice."""
    from servers import free_port

    from smtpdesk.ui.bridge import start_task

    smtp = servers()
    dovecot.create("Sent")
    profile = make_profile(smtp.port, dovecot, save_sent_copy=True, imap_port=free_port())
    ProfileStore().save(profile)
    secrets.set_password(profile.name, PASSWORD)
    queue = Queue()
    sending = start_task(send_batch_in(queue, smtp, profile))
    qtbot.waitUntil(sending.done, timeout=20000)
    batch = sending.result()
    assert [r.code for r in queue.rows(batch)] == ["no_sent_copy"] * 3
    ProfileStore().save(profile.replace(imap_port=dovecot.ssl_port))

    window = open_window()
    page = pages_of(window).queue_page
    page.refresh_history(select=batch)
    window.tabs.setCurrentWidget(page)
    model = page.model

    def row_texts() -> list[str]:
        return [
            " ".join(str(model.index(r, c).data()) for c in range(model.columnCount()))
            for r in range(model.rowCount())
        ]

    assert len(row_texts()) == 3 and all("no copy in Sent" in text for text in row_texts())
    button = widget(window, QPushButton, "resumeButton")
    assert button.isEnabled()  # nothing left to send, but copies to make
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dovecot.messages("Sent")) == 3, timeout=20000)
    qtbot.waitUntil(lambda: not any("no copy" in text for text in row_texts()), timeout=10000)
    assert [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(3)] == ["sent"] * 3
    qtbot.waitUntil(lambda: not page.run.running, timeout=10000)
    assert not button.isEnabled()  # nothing left to do
    assert len(smtp.received) == 3 and len(dovecot.messages("Sent")) == 3
    assert [r.code for r in Queue().rows(batch)] == ["ok"] * 3
