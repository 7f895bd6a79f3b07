"""The Queue page's table model alone (as vorta tests its table models): Qt's model checks
hold while rows load, change and filter; live events reach the views coalesced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from smtpdesk.core.queue import BatchSpec, Queue
from smtpdesk.core.recipients import Recipient
from smtpdesk.core.sender import RowEvent
from smtpdesk.ui.batch.queue_model import QueueFilter, QueueModel

pytestmark = pytest.mark.gui

SPEC = BatchSpec(subject="Račun", text_body="Pozdravljeni!\n", columns=("email",))


@pytest.fixture
def batch(tmp_path):
    queue = Queue(tmp_path / "queue.sqlite3")
    people = [
        Recipient(i + 2, f"oseba{i}@example.si", {"email": f"oseba{i}@example.si"})
        for i in range(5)
    ]
    return queue, queue.create_batch("Pisarna", SPEC, people)


def test_the_model_passes_qts_checks_while_loading_changing_and_emptying(
    qtbot, qtmodeltester, batch
):
    queue, batch_id = batch
    model = QueueModel()
    qtmodeltester.check(model)
    model.load(queue, batch_id)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (5, 5)
    assert model.counts()["pending"] == 5
    assert model.data(model.index(0, 0)) == "oseba0@example.si"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == "pending"
    model.load(None, None)
    assert model.rowCount() == 0
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(QModelIndex()) == 5


def test_row_events_reach_the_views_once_per_flush_with_the_newest_state(qtbot, batch):
    queue, batch_id = batch
    model = QueueModel()
    model.load(queue, batch_id)
    first = model.row_id(0)
    for state in ("sending", "sent"):
        model.apply(RowEvent(first, 0, "oseba0@example.si", state, smtp_code=250, smtp_reply="OK"))
    model.apply(
        RowEvent(
            model.row_id(3),
            3,
            "oseba3@example.si",
            "failed",
            code="rejected",
            smtp_code=550,
            smtp_reply="no such user",
        )
    )
    assert model.state(0) == "pending"  # nothing before the flush
    with qtbot.waitSignal(model.flushed, timeout=2000):
        pass
    assert (model.state(0), model.state(3)) == ("sent", "failed")
    assert model.data(model.index(3, 3)) == "550 no such user"
    assert model.counts() == {**model.counts(), "sent": 1, "failed": 1, "pending": 3}


def test_the_filter_shows_only_the_chosen_states(qtbot, qtmodeltester, batch):
    queue, batch_id = batch
    model = QueueModel()
    model.load(queue, batch_id)
    model.apply(RowEvent(model.row_id(1), 1, "oseba1@example.si", "failed", code="rejected"))
    model.flush()
    proxy = QueueFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_states(["failed"])
    assert proxy.rowCount() == 1
    assert proxy.data(proxy.index(0, 0)) == "oseba1@example.si"
    proxy.set_states([])
    assert proxy.rowCount() == 5
