"""The batch sender on the shared loop, seen from Qt: one run at a time, events as signals.

`BatchRun` holds the batch's OS lock for as long as its sender task lives (so the CLI or a
second window cannot work the same batch), passes pause/resume/cancel through, and reports
exactly one of `finished(Outcome)` / `crashed(str)` per run. Row events are forwarded one by
one (cheap: the queue model coalesces them); progress events only as the latest one per
tick, because the progress bar does not need 300 updates a second.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from smtpdesk.core import batches
from smtpdesk.core.compose import MessageTemplate
from smtpdesk.core.profile import Profile
from smtpdesk.core.queue import (
    BatchBusy,
    BatchLock,
    BatchSpec,
    Queue,
    QueueDamaged,
    QueueWriteFailed,
    StoredBatch,
)
from smtpdesk.core.recipients import (
    AttachmentRule,
    Recipient,
    RecipientsFileError,
    read_recipients,
)
from smtpdesk.core.sender import ProgressEvent, RowEvent, Sender
from smtpdesk.core.transport import Credentials
from smtpdesk.i18n import number_style
from smtpdesk.ui.bridge import TaskRunner

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_MS = 100


class BatchRun(TaskRunner):
    """Runs one batch's Sender as an asyncio task; starting needs the batch lock."""

    started = Signal(int)  # batch id
    row_changed = Signal(object)  # RowEvent
    progress = Signal(object)  # ProgressEvent (the latest, at most every 100 ms)
    paused_changed = Signal(bool)
    finished = Signal(object)  # Outcome
    crashed = Signal(str)  # a bug, not a server problem

    def __init__(self, queue: Queue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.queue = queue
        self.batch_id: int | None = None
        self.batch_sender: Sender | None = None
        self.started_at = 0.0
        self._lock: BatchLock | None = None
        self._latest: ProgressEvent | None = None
        self._tick = QTimer(self, interval=PROGRESS_INTERVAL_MS, singleShot=True)
        self._tick.timeout.connect(self._flush_progress)

    @property
    def paused(self) -> bool:
        return self.running and self.batch_sender is not None and self.batch_sender.paused

    @property
    def sending_now(self) -> int:
        """Messages being worked right now (a pause lets them finish)."""
        if self.batch_sender is None or not self.running:
            return 0
        return self.batch_sender.busy

    def start(self, prepared: batches.PreparedRun, credentials: Credentials | None) -> None:
        """Lock the batch and start sending; raises BatchBusy if another process has it."""
        if self.running:
            raise RuntimeError("a batch is already running")
        batch_id = prepared.batch.id
        lock = self.queue.lock(batch_id)
        lock.acquire()  # BatchBusy goes to the caller, who says so
        self._lock = lock  # Sender.run() recovers rows a crash left mid-send, under it
        # a full garbage collection over everything the window holds takes ~80 ms: freeze
        # it all now (no collection, which would hold up the window as long), so the
        # collections during the batch stay short; garbage frozen with it goes at the end
        gc.freeze()
        self.batch_id = batch_id
        self.started_at = time.monotonic()
        self.batch_sender = prepared.sender(self.queue, credentials, self._on_event)
        self._start(self._run(self.batch_sender))
        self.started.emit(batch_id)

    async def _run(self, sender: Sender) -> None:
        try:
            outcome = await sender.run()
        except asyncio.CancelledError:
            self._release()
            raise
        except Exception as exc:  # shown to the user instead of a silent stop
            log.exception("the batch sender failed")
            self._release()
            self.crashed.emit(f"{type(exc).__name__}: {exc}")
            return
        self._release()
        self._flush_progress()
        self.finished.emit(outcome)

    def _release(self) -> None:
        gc.unfreeze()  # frozen at the start to spare the loop full collections mid-batch
        self._tick.stop()
        super()._release()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _on_event(self, event: RowEvent | ProgressEvent) -> None:
        if isinstance(event, RowEvent):
            self.row_changed.emit(event)
            return
        self._latest = event
        if not self._tick.isActive():
            self._tick.start()

    def _flush_progress(self) -> None:
        event, self._latest = self._latest, None
        if event is not None:
            self.progress.emit(event)

    # -- control ------------------------------------------------------------------------

    def pause(self) -> None:
        if self.running and self.batch_sender is not None and not self.batch_sender.paused:
            self.batch_sender.pause()
            self.paused_changed.emit(True)

    def resume(self) -> None:
        if self.running and self.batch_sender is not None and self.batch_sender.paused:
            self.batch_sender.resume()
            self.paused_changed.emit(False)

    def cancel(self) -> None:
        """Cancel the batch: the rows not sent yet become `cancelled` (not the task)."""
        if self.running and self.batch_sender is not None:
            self.batch_sender.cancel()

    def stop_now(self) -> None:
        """The app is closing: end the task (the rows stay resumable) and drop the lock."""
        super().cancel()  # the task only; the batch itself stays as it is
        self._task = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    async def settle(self, timeout: float = 5.0) -> None:
        """Pause and wait until no message is on the wire (closing the app mid-batch)."""
        self.pause()
        deadline = time.monotonic() + timeout
        while self.sending_now and time.monotonic() < deadline:
            await asyncio.sleep(0.02)


class SendTestRun(TaskRunner):
    """Sends one rendered preview to the sender's own address ("Send test to me")."""

    finished = Signal(bool, object)  # (ok, Diagnosis | None)

    def start(
        self,
        profile: Profile,
        credentials: Credentials | None,
        template: MessageTemplate,
        recipient: Recipient,
    ) -> None:
        if not self.running:
            self._start(self._run(profile, credentials, template, recipient))

    async def _run(
        self,
        profile: Profile,
        credentials: Credentials | None,
        template: MessageTemplate,
        recipient: Recipient,
    ) -> None:
        diagnosis = await batches.send_test(profile, credentials, template, recipient)
        self._release()
        self.finished.emit(diagnosis is None, diagnosis)


class StoreRun(TaskRunner):
    """Stores a composed batch without holding up the window (`Queue.store_batch`: a worker
    thread, one transaction); reports exactly one of `stored(StoredBatch)` /
    `failed(QueueWriteFailed | QueueDamaged | another exception)`. Cancelling stops the
    wait, not a write already begun: that batch is then stored and open, offered at the next
    start."""

    stored = Signal(object)
    failed = Signal(object)

    def start(
        self,
        queue: Queue,
        profile: str,
        spec: BatchSpec,
        recipients: list[Recipient],
        parent: int | None,
    ) -> None:
        if self.running:
            raise RuntimeError("a batch is already being stored")
        self._start(self._run(queue, profile, spec, recipients, parent))

    async def _run(
        self,
        queue: Queue,
        profile: str,
        spec: BatchSpec,
        recipients: list[Recipient],
        parent: int | None,
    ) -> None:
        try:
            result: object = await queue.store_batch(profile, spec, recipients, parent=parent)
        except (QueueWriteFailed, QueueDamaged) as exc:
            result = exc
        except Exception as exc:  # a bug, not the disk: said all the same, nothing sent
            log.exception("storing a batch failed")
            result = exc
        self._release()
        with contextlib.suppress(RuntimeError):  # the window went meanwhile: the batch waits
            (self.stored if isinstance(result, StoredBatch) else self.failed).emit(result)


__all__ = ["BatchBusy", "BatchRun", "SendTestRun", "StoreRun"]


class RecipientsRun(TaskRunner):
    """Reads a recipients file in a worker thread (a 10,000-row XLSX takes about a second),
    so the window keeps answering; reports `read(path, RecipientList | RecipientsFileError)`.
    Starting another read drops the result of the one before."""

    read = Signal(object, object)

    def start(self, path: Path, attachments: AttachmentRule | None = None) -> None:
        self._start(self._run(path, attachments))

    async def _run(self, path: Path, attachments: AttachmentRule | None) -> None:
        try:
            # amounts in the UI language's separators (read here, on the UI thread)
            result: object = await asyncio.to_thread(
                read_recipients, path, number_style(), attachments
            )
        except RecipientsFileError as exc:
            result = exc
        except Exception as exc:  # a bug, not a bad file: say so instead of reading forever
            log.exception("reading %s failed", path)
            result = RecipientsFileError("unreadable", f"{type(exc).__name__}: {exc}")
        self._release()
        self.read.emit(path, result)
