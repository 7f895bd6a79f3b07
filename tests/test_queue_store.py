"""Storing a batch without holding up the event loop (`Queue.store_batch`, issue 18 item 3):
the same rows as `create_batch`, whole or not at all, errors named."""

from __future__ import annotations

import asyncio
import contextlib
import resource
import signal
from pathlib import Path

import pytest

from smtpdesk.core.queue import BatchSpec, Queue, QueueDamaged, QueueWriteFailed
from smtpdesk.core.recipients import Recipient

SPEC = BatchSpec(
    subject="Račun {{ Številka }}",
    text_body="Pozdravljeni, {{ Ime }}",
    columns=("Ime", "E-pošta", "Številka"),
)


def people(count: int, folder: Path | None = None) -> list[Recipient]:
    files = (folder / "racun.pdf",) if folder else ()
    return [
        Recipient(
            row,
            f"oseba{row}@example.si",
            {
                "Ime": f"Žiga {row}",
                "E-pošta": f"oseba{row}@example.si",
                "Številka": f"2027-{row:05d}",
            },
            files,
        )
        for row in range(2, count + 2)
    ]


def stored_rows(queue: Queue, batch_id: int) -> list[tuple]:
    return [
        (r.position, r.row, r.email, r.fields, r.attachments, r.state)
        for r in queue.iter_rows(batch_id)
    ]


async def store_while_counting(queue: Queue, recipients: list[Recipient], **kwargs):
    """Store, while this task counts the loop's turns after the store began until the batch
    is there (a store that held the loop would be done before the first of them)."""
    turns = 0
    store = asyncio.ensure_future(queue.store_batch("Pisarna", SPEC, recipients, **kwargs))
    await asyncio.sleep(0)  # the store's first step runs
    while not store.done():
        turns += 1
        await asyncio.sleep(0)
    return store.result(), turns


@pytest.mark.parametrize("memory", [False, True], ids=["file", "memory"])
async def test_a_stored_batch_is_the_batch_create_batch_stores(home, tmp_path, memory):
    queue = Queue(tmp_path / "queue.sqlite3", memory=memory)
    recipients = people(3000, tmp_path)
    stored, turns = await store_while_counting(queue, recipients, parent=None)
    created = queue.create_batch("Pisarna", SPEC, recipients)
    # the loop went on turning while the rows were prepared (and, in a file, written)
    assert turns > 0
    assert stored_rows(queue, stored.id) == stored_rows(queue, created)
    assert len(stored_rows(queue, stored.id)) == 3000
    assert stored.row_states == queue.row_states(stored.id)
    batch = queue.batch(stored.id)
    assert (batch.profile, batch.spec, batch.status) == ("Pisarna", SPEC, "open")
    # the same batch again is recognised, as for one stored by create_batch
    assert queue.same_batch((r.email for r in recipients), SPEC.subject).id == created
    queue.delete_batch(created)
    assert queue.same_batch((r.email for r in recipients), SPEC.subject).id == stored.id


async def test_a_follow_up_keeps_its_parent(home, tmp_path):
    queue = Queue(tmp_path / "queue.sqlite3")
    first = queue.create_batch("Pisarna", SPEC, people(5))
    stored = await queue.store_batch("Pisarna", SPEC, people(5)[:2], parent=first)
    assert queue.batch(stored.id).parent == first


async def test_a_store_cancelled_midway_leaves_the_whole_batch_or_none(home, tmp_path):
    queue = Queue(tmp_path / "queue.sqlite3")
    outcomes = set()
    for delay in (0, 0.005, 0.02, 0.05, 0.1):
        task = asyncio.ensure_future(queue.store_batch("Pisarna", SPEC, people(4000)))
        await asyncio.sleep(delay)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        outcomes.add(task.cancelled())
    await asyncio.get_running_loop().shutdown_default_executor()  # every write ended
    for batch_id in queue.batch_ids():
        assert queue.summary(batch_id).total == 4000
    assert True in outcomes  # at least one of them was cut off while storing


async def test_a_full_disk_stores_nothing_and_says_which_file(home, tmp_path):
    queue = Queue(tmp_path / "queue.sqlite3")
    kept = queue.create_batch("Pisarna", SPEC, people(10))
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    # files may grow to 256 KB, then writes fail as on a full disk: the rows need ~2 MB
    resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, limits[1]))
    try:
        with pytest.raises(QueueWriteFailed) as raised:
            await queue.store_batch("Pisarna", SPEC, people(10_000, tmp_path))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, previous)
    assert raised.value.path == tmp_path / "queue.sqlite3"
    assert queue.batch_ids() == [kept]
    assert queue.summary(kept).total == 10


async def test_a_damaged_queue_file_is_named(home, tmp_path):
    path = tmp_path / "queue.sqlite3"
    queue = Queue(path)
    queue.close()
    path.write_bytes(b"this is no database, " * 400)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    with pytest.raises(QueueDamaged) as raised:
        await queue.store_batch("Pisarna", SPEC, people(10))
    assert raised.value.path == path
    assert path.read_bytes() == b"this is no database, " * 400
