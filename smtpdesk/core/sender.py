"""The batch worker: reused connections, rate limits, retries with back-off, events.

A row is marked `sending` (committed) just before DATA and `sent` (committed) when the 250
arrives; a connection lost in between makes it `uncertain`, never resent on its own.
Temporary refusals defer the row; only those that speak for the account or the connection
(421, "too much mail", 4.3.2 limits, a daily quota) slow everybody down — to the server's
pace, learned from the messages it let through before refusing (core.pace) — while a recipient
held back on its own (greylisting, "try again in 300 seconds") waits alone, for as long as
the server says. Permanent refusals fail the row and the batch goes on. Sending limits are
sliding windows over the queue's record of sends, so a resumed batch still respects today's
limit.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import logging
import random
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smtpdesk.core import mailbox, pace, smime
from smtpdesk.core.compose import ComposeError, MessageTemplate, prepare
from smtpdesk.core.diagnose import Diagnosis, is_greylisting, retry_after, speaks_for_account
from smtpdesk.core.pace import DAY, HOUR, MINUTE, LearnedPace
from smtpdesk.core.profile import Profile
from smtpdesk.core.queue import STATES, BatchSpec, BatchSummary, Queue, QueueWriteFailed, Row
from smtpdesk.core.transport import (
    Connection,
    Credentials,
    DeliveryUncertain,
    PinFileError,
    TransportError,
)

log = logging.getLogger(__name__)
# the connection cannot work for any message: stop and tell, leave the rows pending
_FATAL_CONNECT = {
    "dns_failed",
    "connection_refused",
    "tls_mode_mismatch",
    "starttls_unavailable",
    "certificate_untrusted",
    "certificate_changed",
    "hostname_mismatch",
    "encryption_required",
    "auth_required",
    "auth_unavailable",
    "auth_failed",
}
_TEMPORARY_CODES = {"rate_limited", "timeout"}
# temporary refusals of single recipients in a row, none sent between, that do not say they
# are greylisting: past this many the server is holding everybody back, not one recipient
_RECIPIENT_HOLDS_BEFORE_SLOWING = 5


@dataclass(frozen=True)
class SendOptions:
    concurrency: int = 2
    max_per_minute: int | None = None
    max_per_hour: int | None = None
    max_per_day: int | None = None
    max_per_connection: int | None = None
    max_attempts: int = 10
    max_age: float = DAY  # a temporary failure older than this becomes `failed`
    max_wait: float = 600.0  # stop (CLI exit 3) rather than wait longer than this
    retry_base: float = 30.0  # first back-off; doubles per attempt, with jitter
    retry_cap: float = 3600.0
    connect_attempts: int = 3
    # the window a throttle counts over when the server's reply names none
    learn_window: float = MINUTE

    @classmethod
    def for_batch(cls, profile: Profile, settings: dict[str, Any], **overrides: Any) -> SendOptions:
        """The options a batch was started with (stored in its spec), then `overrides`."""
        stored = dict(settings.get("options") or {})
        if "concurrency" not in stored and settings.get("concurrency"):
            stored["concurrency"] = settings["concurrency"]  # batches stored before options
        return cls.for_profile(
            profile, **{**stored, **{k: v for k, v in overrides.items() if v is not None}}
        )

    @classmethod
    def for_profile(cls, profile: Profile, **overrides: Any) -> SendOptions:
        values = {
            k: getattr(profile, k)
            for k in ("max_per_minute", "max_per_hour", "max_per_day", "max_per_connection")
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


@dataclass(frozen=True)
class RowEvent:
    """One recipient changed state."""

    row_id: int
    position: int
    email: str
    state: str
    code: str | None = None
    smtp_code: int | None = None
    smtp_reply: str | None = None
    time: float = 0.0
    message_id: str | None = None


@dataclass(frozen=True)
class ProgressEvent:
    summary: BatchSummary
    rate_per_minute: float
    eta_seconds: float | None
    waiting_until: float | None = None  # a sending limit holds the batch until then
    # "minute" | "hour" | "day" | "server" | "backoff" | "deferred"
    waiting_reason: str | None = None
    pace: LearnedPace | None = None  # the server's pace learned for the profile, if any


@dataclass(frozen=True)
class Outcome:
    """How a run ended. `status`: finished | cancelled | later | stopped."""

    status: str
    summary: BatchSummary
    resume_at: float | None = None
    reason: str | None = None
    diagnosis: Diagnosis | None = None
    pace: LearnedPace | None = None  # the server's pace the batch kept to, if one is known
    learned: bool = False  # `pace` was learned by this run


def account_key(profile: Profile) -> str:
    """The account a profile sends through: its sends count against the same limits."""
    return f"{profile.host.lower()}:{profile.port}:{profile.login_name}"


def template_for(profile: Profile, spec: BatchSpec) -> MessageTemplate:
    """The batch's message, prepared once (signed when the profile names a PKCS#12 file,
    which is loaded here, once); raises ComposeError (`smime_*` codes for the certificate)."""
    try:
        signer = smime.signer_for(profile)
    except smime.SmimeError as exc:
        raise ComposeError(exc.code, message=exc.message) from exc
    return prepare(
        sender=profile.sender,
        subject=spec.subject,
        text_body=spec.text_body,
        html_body=spec.html_body,
        reply_to=profile.reply_to or None,
        attachments=[Path(p) for p in spec.attachments],
        list_unsubscribe=spec.list_unsubscribe,
        columns=spec.columns,
        bcc_archive=profile.bcc_archive or None,
        signer=signer,
    )


class _Stop(Exception):
    def __init__(
        self,
        status: str,
        reason: str | None = None,
        resume_at: float | None = None,
        diagnosis: Diagnosis | None = None,
    ) -> None:
        super().__init__(status)
        self.status, self.reason, self.resume_at, self.diagnosis = (
            status,
            reason,
            resume_at,
            diagnosis,
        )


class RateLimiter:
    """Sliding windows per minute, hour and day over the account's sends, and an even pace.

    The windows guarantee no limit is ever exceeded. The pace spreads the messages across
    the limit's window instead of letting them leave in a burst and then wait: 10 a minute
    is one every 6 s. The pace is the interval of the slowest limit over a minute (30 a
    minute and 1000 an hour: every 2 s; the hour window still stops the 1001st), else of the
    quickest longer one; a day limit
    is a quota, not a pace (500 a day spread over the day would make any batch take hours),
    so it only stops the batch when it is used up. The server's own limits, once learned
    from its refusals (core.pace), are windows like the user's (named "server").
    """

    def __init__(
        self, options: SendOptions, history: list[float], learned: dict[float, int] | None = None
    ) -> None:
        self._limits = [
            (span, limit, name)
            for span, limit, name in (
                (MINUTE, options.max_per_minute, "minute"),
                (HOUR, options.max_per_hour, "hour"),
                (DAY, options.max_per_day, "day"),
            )
            if limit
        ]
        self.learned: dict[float, int] = {}  # the server's own limits: span -> messages
        self.windows: list[tuple[float, int, str]] = []
        self.interval = 0.0
        self.pace_window: str | None = None
        self._set_windows(learned or {})
        self.sent: list[float] = sorted(history)
        self._own: set[float] = set()  # our sends not yet seen again in the database
        self.seen_id = 0  # the last database send counted (catch_up)
        self.reserved = 0
        self.penalty_until = 0.0
        # the last slot given: a resumed batch keeps the pace of the sends before it
        self.last_slot = self.sent[-1] if self.sent else float("-inf")

    def adopt(self, span: float, limit: int) -> None:
        """The server allows `limit` messages every `span` seconds (learned from a refusal):
        keep to it as to the user's limits; a lower limit of the user's still wins."""
        self._set_windows({**self.learned, span: limit})

    def _set_windows(self, learned: dict[float, int]) -> None:
        self.learned = dict(learned)
        self.windows = self._limits + [
            (pace.kept_window(span), limit, "server")
            for span, limit in sorted(self.learned.items())
        ]
        # the even pace: the slowest of the limits over a minute or less (the user's 30 a
        # minute holds even when the server allows 100), else the quickest longer one
        minute = pace.kept_window(MINUTE)  # the server's minute, kept a little longer
        short = [(span / limit, name) for span, limit, name in self.windows if span <= minute]
        longer = [(span / limit, name) for span, limit, name in self.windows if minute < span < DAY]
        even = max(short) if short else min(longer, default=(0.0, None))
        self.interval, self.pace_window = even

    @property
    def max_rate_per_minute(self) -> float | None:
        """The fastest any window allows, per minute (None: no limit)."""
        return min((limit * MINUTE / span for span, limit, _ in self.windows), default=None)

    def next_slot(self, now: float) -> tuple[float, str | None]:
        """When the next message may go, and what holds it (None: now; "pace": the even
        spacing; else the window "minute" | "hour" | "day", or "backoff")."""
        expired = bisect.bisect_right(self.sent, now - DAY)
        if expired > len(self.sent) // 2:  # trim now and then, not on every message
            del self.sent[:expired]
        at, reason = now, None
        if self.last_slot + self.interval > now:
            at, reason = self.last_slot + self.interval, "pace"
        if self.penalty_until > at:
            at, reason = self.penalty_until, "backoff"
        for span, limit, name in self.windows:
            first = bisect.bisect_right(self.sent, now - span)
            in_window = len(self.sent) - first
            if in_window + self.reserved >= limit:
                index = in_window + self.reserved - limit
                free_at = (self.sent[first + index] if index < in_window else now) + span
                if free_at > at:
                    at, reason = free_at, name
        return at, reason

    def take(self, now: float) -> None:
        """The slot at `now` is used: one more message is on its way."""
        self.reserved += 1
        self.last_slot = max(self.last_slot, now)

    def record(self, at: float) -> None:
        bisect.insort(self.sent, at)
        self._own.add(at)

    def catch_up(self, recorded: list[tuple[int, float]]) -> None:
        """Sends recorded in the database since the last look: another process's (or
        window's) through the same account count for the limits too; our own are known."""
        for row_id, at in recorded:
            self.seen_id = max(self.seen_id, row_id)
            if at in self._own:
                self._own.discard(at)
            else:
                bisect.insort(self.sent, at)


@dataclass
class _Counters:
    states: dict[str, int]
    started: float = field(default_factory=time.monotonic)
    recent: deque[float] = field(default_factory=deque)

    def move(self, old: str, new: str) -> None:
        self.states[old] -= 1
        self.states[new] += 1


class Sender:
    """Works one batch through the queue. Call `run()` once; pause/resume/cancel any time."""

    def __init__(
        self,
        queue: Queue,
        batch_id: int,
        profile: Profile,
        credentials: Credentials | None,
        template: MessageTemplate,
        *,
        options: SendOptions | None = None,
        on_event: Callable[[RowEvent | ProgressEvent], None] | None = None,
        account: str | None = None,
    ) -> None:
        self.queue = queue
        self.batch_id = batch_id
        self.profile = profile
        self.credentials = credentials
        self.template = template
        self.options = options or SendOptions.for_profile(profile)
        self.on_event = on_event
        self.account = account or account_key(profile)
        self._running = asyncio.Event()
        self._running.set()
        self._cancelled = False
        self._stop: _Stop | None = None
        self._claimed: set[int] = set()
        self._busy = 0
        self._interrupted = False
        self._rate_limited = 0  # rate-limit refusals in a row: the back-off grows with them
        self._recipient_holds = 0  # recipients held back in a row, nothing sent between
        self._cursor = -1
        self._wake = asyncio.Event()
        self._slot_lock = asyncio.Lock()
        self._counters = _Counters(dict.fromkeys(STATES, 0))
        self._total = 0
        self.sent_copy = mailbox.SentCopier.for_sender(profile, credentials, queue)  # or None
        if self.sent_copy is not None:
            self.sent_copy.on_rows = self._copy_marks_changed
        # a provider that files what its SMTP server takes in Sent itself: the rows say so
        self._sent_code = (
            "sent_copy_by_provider"
            if profile.save_sent_copy and mailbox.copy_kept_by(profile)
            else "ok"
        )
        queue.prune_sends(time.time() - DAY)  # older sends no longer count for any limit
        recorded = queue.sends_after(self.account, 0)
        # the pace the server allowed the profile's last batch: start at it
        self.pace = pace.last(profile.name, self.account)
        self.pace_learned = False
        self._learned_at: float | None = None
        self.limiter = RateLimiter(
            self.options,
            [at for _id, at in recorded if at >= time.time() - DAY],
            {self.pace.span: self.pace.limit} if self.pace else None,
        )
        self.limiter.seen_id = max((row_id for row_id, _at in recorded), default=0)

    # -- control ------------------------------------------------------------------------

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def cancel(self) -> None:
        self._cancelled = True
        self._running.set()
        self._wake.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def busy(self) -> int:
        """Messages being worked right now (from taking the row to its outcome). After
        `pause()`, closing is safe once this is 0: nothing is left half-sent."""
        return self._busy

    # -- events -------------------------------------------------------------------------

    def _emit(self, event: RowEvent | ProgressEvent) -> None:
        if self.on_event is not None:
            self.on_event(event)

    def _row_event(
        self,
        row: Row,
        state: str,
        at: float,
        diagnosis: Diagnosis | None = None,
        reply: tuple[int, str] | None = None,
        message_id: str | None = None,
    ) -> None:
        code = diagnosis.code if diagnosis else (self._sent_code if state == "sent" else None)
        smtp_code = reply[0] if reply else (diagnosis.smtp_code if diagnosis else None)
        smtp_reply = reply[1] if reply else (diagnosis.reason if diagnosis else None)
        self._emit(
            RowEvent(
                row.id,
                row.position,
                row.email,
                state,
                code,
                smtp_code,
                smtp_reply,
                at,
                message_id or row.message_id,
            )
        )

    def _copy_marks_changed(self, row_ids: list[int]) -> None:
        """A copy in Sent failed, or one missing was made at last: the row's words change."""
        for row_id in row_ids:
            row = self.queue.row(row_id)
            self._emit(
                RowEvent(
                    row.id,
                    row.position,
                    row.email,
                    row.state,
                    row.code,
                    row.smtp_code,
                    row.smtp_reply,
                    row.updated or time.time(),
                    row.message_id,
                )
            )

    def summary(self) -> BatchSummary:
        """Where the batch stands now, from the counters (no database read)."""
        counts = self._counters.states
        return BatchSummary(
            self.batch_id,
            self._total,
            counts["sent"],
            counts["failed"],
            counts["deferred"],
            counts["uncertain"],
            counts["cancelled"],
            counts["pending"],
            counts["sending"],
        )

    def progress(
        self, waiting_until: float | None = None, waiting_reason: str | None = None
    ) -> ProgressEvent:
        summary = self.summary()
        rate = self._rate()
        remaining = summary.open
        # time per message: the measured one, never faster than the pace allows
        per_message = max(MINUTE / rate if rate > 0 else 0.0, self.limiter.interval)
        eta = remaining * per_message if remaining and per_message > 0 else None
        return ProgressEvent(summary, rate, eta, waiting_until, waiting_reason, self.pace)

    def _rate(self) -> float:
        """Messages a minute, measured: the gaps between this run's sends over the last
        minute (n sends span n - 1 gaps), up to now, so a stall lowers it. The pace keeps
        every gap at or above the limit's interval, so this never reads above the limit;
        the cap only hides the jitter of a new connection's first message."""
        now = time.monotonic()
        recent = self._counters.recent
        while recent and recent[0] < now - MINUTE:
            recent.popleft()
        if len(recent) < 2 or now - recent[0] <= 0:
            return 0.0
        rate = (len(recent) - 1) * MINUTE / (now - recent[0])
        ceiling = self.limiter.max_rate_per_minute
        return float(min(rate, ceiling) if ceiling else rate)

    # -- the work -----------------------------------------------------------------------

    def _next_row(self, claim: bool = True) -> Row | None:
        """The next pending row in order, else a due deferred row; `claim=False` only looks."""
        # a few rows more than there are workers: the others are held by them
        limit = self.options.concurrency + 8
        for after in (self._cursor, -1):  # from the start again: rows retried meanwhile
            for row in self.queue.rows(
                self.batch_id, ("pending",), after_position=after, limit=limit
            ):
                if row.id not in self._claimed:
                    if claim:
                        self._cursor = row.position
                        self._claimed.add(row.id)
                    return row
        for row in self.queue.due_rows(self.batch_id, time.time(), limit):
            if row.id not in self._claimed:
                if claim:
                    self._claimed.add(row.id)
                return row
        return None

    def _has_open_rows(self) -> bool:
        """From the database, not the counters: another window may have changed rows."""
        return self.queue.open_count(self.batch_id) > 0

    async def _wait_for_slot(self) -> None:
        """Hold until the sending limits allow one more message; reserve it. Workers wait
        one after the other (the lock is first come, first served) and each takes its row
        only once it has its slot, so rows leave in spreadsheet order."""
        async with self._slot_lock:
            while True:
                self.limiter.catch_up(self.queue.sends_after(self.account, self.limiter.seen_id))
                now = time.time()
                at, reason = self.limiter.next_slot(now)
                if at <= now:
                    self.limiter.take(now)
                    return
                if reason == "pace":
                    reason = self.limiter.pace_window  # a pace too slow to wait for: its limit
                if reason == "day" or at - now > self.options.max_wait:
                    raise _Stop("later", reason, at)
                if at - now > 2 * self.limiter.interval:  # the even pace itself is no news
                    self._emit(self.progress(at, reason))
                await self._sleep(at - now)
                if self._cancelled:
                    raise _Stop("cancelled")

    async def _sleep(self, seconds: float) -> None:
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), max(seconds, 0))

    async def run(self) -> Outcome:
        """Work the batch until done, paused for good, cancelled, or held for later."""
        self.queue.recover(self.batch_id)
        summary = self.queue.summary(self.batch_id)
        self._total = summary.total
        for state in STATES:
            self._counters.states[state] = getattr(summary, state)
        self._emit(self.progress())
        if self.sent_copy is not None:  # copies an earlier run could not make: now
            self.sent_copy.add_missing(self.batch_id)
        workers = [
            asyncio.ensure_future(self._worker(i))
            for i in range(max(1, min(self.options.concurrency, 8)))
        ]
        try:
            # wait(), not gather(): a cancelled gather waits for every child, and on Python
            # 3.11 a child may swallow its cancel (wait_for racing a reply, gh-86296)
            await asyncio.wait(workers)
        except asyncio.CancelledError:
            # interrupted (Ctrl+C, the app closing): rows stay as they are, resumable
            self._interrupted = True
            self._wake.set()
            if self.sent_copy is not None:  # the copies not made wait in the queue
                self.sent_copy.abandon()
            while not all(worker.done() for worker in workers):
                for worker in workers:
                    worker.cancel()
                await asyncio.wait(workers, timeout=0.1)
            raise
        for worker in workers:
            error = None if worker.cancelled() else worker.exception()
            if error is not None and not isinstance(error, _Stop):
                if self.sent_copy is not None:
                    self.sent_copy.abandon()
                raise error
        if self.sent_copy is not None:  # the copies still on their way to Sent
            await self.sent_copy.close()
        return self._finish()

    def _finish(self) -> Outcome:
        outcome = self._outcome()
        s = outcome.summary
        log.info(
            "batch %s %s: %s sent, %s failed, %s deferred, %s uncertain, %s left%s",
            self.batch_id,
            outcome.status,
            s.sent,
            s.failed,
            s.deferred,
            s.uncertain,
            s.pending,
            f" ({outcome.reason})" if outcome.reason else "",
        )
        return outcome

    def _outcome(self) -> Outcome:
        stop = self._stop
        if self._cancelled:
            self.queue.cancel_open(self.batch_id)
            summary = self.queue.summary(self.batch_id)
            self._emit(self.progress())
            return Outcome("cancelled", summary, pace=self.pace, learned=self.pace_learned)
        summary = self.queue.summary(self.batch_id)
        if stop is not None:
            self._emit(self.progress(stop.resume_at, stop.reason))
            return Outcome(
                stop.status,
                summary,
                stop.resume_at,
                stop.reason,
                stop.diagnosis,
                self.pace,
                self.pace_learned,
            )
        if summary.pending + summary.deferred == 0:
            with contextlib.suppress(QueueWriteFailed):  # finished all the same
                self.queue.set_status(self.batch_id, "finished")
            summary = self.queue.summary(self.batch_id)
        self._emit(self.progress())
        return Outcome("finished", summary, pace=self.pace, learned=self.pace_learned)

    async def _worker(self, index: int) -> None:
        """Connect, wait for a slot, then take the next row and send it at once: the row is
        taken only when it can go, so rows leave in spreadsheet order and at an even pace
        (connecting, slow with sign-in, happens before the slot, not between it and DATA)."""
        connection: Connection | None = None
        try:
            while True:
                await self._running.wait()
                if self._cancelled or self._stop is not None or self._interrupted:
                    return
                if self._next_row(claim=False) is None:
                    if not await self._wait_for_deferred():
                        return
                    continue
                connection = await self._ensure_connection(connection)
                await self._wait_for_slot()
                row = None
                if self._running.is_set() and not self._cancelled:
                    row = self._next_row()
                if row is None:
                    # paused, cancelled, or another worker took the last row meanwhile
                    self.limiter.reserved -= 1
                    continue
                self._busy += 1  # from taking the row to its outcome
                try:
                    connection = await self._ensure_connection(connection)  # still open?
                    connection = await self._send_one(connection, row)
                finally:
                    self.limiter.reserved -= 1
                    self._claimed.discard(row.id)
                    self._busy -= 1
        except _Stop as stop:
            self._stop = self._stop or stop
            self._wake.set()
        except QueueWriteFailed as exc:  # a full disk: stop where we are, every state kept
            log.error("batch %s: the queue cannot be written: %s", self.batch_id, exc)
            self._stop = self._stop or _Stop(
                "later",
                "disk_full",
                diagnosis=Diagnosis(
                    "data", "server_error", detail=f"the batch database cannot be written: {exc}"
                ),
            )
            self._wake.set()
        finally:
            if connection is not None:
                await connection.close()

    async def _wait_for_deferred(self) -> bool:
        """No row to take now. Wait for deferred rows when they are due soon enough."""
        if not self._has_open_rows():
            return False
        due = self.queue.next_due(self.batch_id)
        if due is None:  # only rows other workers hold: let them finish
            await self._sleep(0.05)
            return self._has_open_rows() and not self._cancelled
        wait = due - time.time()
        if wait > self.options.max_wait:
            raise _Stop("later", "deferred", due)
        if wait > 0:
            self._emit(self.progress(due, "deferred"))
        # due rows may be held by another worker: always yield, never spin
        await self._sleep(max(wait, 0.02))
        return not self._cancelled

    async def _ensure_connection(self, connection: Connection | None) -> Connection:
        limit = self.options.max_per_connection
        if (
            connection is not None
            and connection.is_connected
            and not (limit and connection.messages_sent >= limit)
        ):
            return connection
        if connection is not None:
            await connection.close()
        attempt, renewed = 0, False
        while True:
            connection = Connection(self.profile)  # never pins: only a Verify does
            try:
                await connection.open(self.credentials)
                return connection
            except PinFileError as error:
                await connection.close()
                diagnosis = Diagnosis(
                    "tls",
                    "certificate_untrusted",
                    detail=f"the certificate pin file cannot be read: {error}",
                )
                raise _Stop("stopped", diagnosis.code, diagnosis=diagnosis) from error
            except TransportError as error:
                await connection.close()
                diagnosis = error.diagnosis
                if (
                    diagnosis.code == "auth_failed"
                    and diagnosis.smtp_code is not None
                    and not renewed
                    and self.credentials is not None
                    and self.credentials.forget_token()
                ):
                    # the server refused an OAuth2 token we held for valid (expired or
                    # revoked early): fetch a fresh one and sign in once more
                    log.info(
                        "batch %s: access token refused (%s); renewing it",
                        self.batch_id,
                        diagnosis.smtp_code,
                    )
                    renewed = True
                    continue
                if diagnosis.code in _FATAL_CONNECT:
                    raise _Stop("stopped", diagnosis.code, diagnosis=diagnosis) from error
                if attempt + 1 >= self.options.connect_attempts:
                    raise _Stop(
                        "later", diagnosis.code, time.time() + self._backoff(attempt), diagnosis
                    ) from error
                await self._sleep(self._backoff(attempt))
                attempt += 1
                if self._cancelled:
                    raise _Stop("cancelled") from error

    def _backoff(self, attempt: int) -> float:
        base = min(self.options.retry_base * (2**attempt), self.options.retry_cap)
        return float(base * random.uniform(0.8, 1.2))

    async def _send_one(self, connection: Connection, row: Row) -> Connection | None:
        """Build, check, send one message; returns the connection if it is still usable."""
        state = row.state
        try:
            rendered = self.template.render(row.recipient())
        except (ComposeError, OSError) as exc:  # OSError: an attachment gone since the check
            code = exc.code if isinstance(exc, ComposeError) else "missing_attachment"
            self._fail_unsent(row, Diagnosis("data", code, detail=str(exc)))
            return connection
        if connection.max_size is not None and rendered.size > connection.max_size:
            self._fail_unsent(
                row,
                Diagnosis(
                    "data",
                    "message_too_large",
                    detail=f"{rendered.size} bytes; the server accepts {connection.max_size}",
                ),
            )
            return connection

        def before_data() -> None:
            nonlocal state
            self.queue.mark_sending(row.id, rendered.message_id)
            self._counters.move(state, "sending")
            state = "sending"

        began = time.time()
        try:
            reply, _refused = await connection.send(
                rendered.envelope_from, rendered.envelope_to, rendered.data, before_data=before_data
            )
        except DeliveryUncertain as exc:
            at = self.queue.mark(
                row.id,
                "uncertain",
                code="connection_lost",
                smtp_reply=str(exc) or "connection lost after the data",
            )
            self._counters.move(state, "uncertain")
            lost = Diagnosis("data", "connection_lost", detail=str(exc))
            log.warning(
                "batch %s row %s <%s> uncertain: %s", self.batch_id, row.row, row.email, exc
            )
            self._row_event(row, "uncertain", at, lost, message_id=rendered.message_id)
            self._emit(self.progress())
            return None
        except TransportError as error:
            return self._refused(connection, row, state, error.diagnosis, began)
        copying = self.sent_copy is not None
        at = self.queue.mark_sent(
            row.id,
            reply.code,
            reply.message,
            self.account,
            code=self._sent_code,
            copy=rendered.data if copying else None,
        )
        if self.sent_copy is not None:  # a copy in Sent, beside the batch; never fails it
            self.sent_copy.add(row.id, rendered.data)
        self._rate_limited = 0
        self._recipient_holds = 0
        self._counters.move(state, "sent")
        self.limiter.record(at)
        self._counters.recent.append(time.monotonic())
        self._row_event(
            row, "sent", at, reply=(reply.code, reply.message), message_id=rendered.message_id
        )
        self._emit(self.progress())
        return connection

    def _fail_unsent(self, row: Row, diagnosis: Diagnosis) -> None:
        at = self.queue.mark(row.id, "failed", code=diagnosis.code, smtp_reply=diagnosis.reason)
        self._counters.move(row.state, "failed")
        self._row_event(row, "failed", at, diagnosis)

    def _refused(
        self, connection: Connection, row: Row, state: str, diagnosis: Diagnosis, began: float
    ) -> Connection | None:
        """A refusal or a drop before the data: defer (temporary) or fail (permanent)."""
        smtp_code = diagnosis.smtp_code
        temporary = (
            diagnosis.code in _TEMPORARY_CODES or smtp_code is None or 400 <= smtp_code < 500
        )
        attempts = row.attempts + 1
        age = time.time() - (row.first_attempt or time.time())
        keep = connection if connection.is_connected and smtp_code != 421 else None
        if keep is None:
            connection.close_now()  # aiosmtplib may leave a 421'd connection open
        if diagnosis.code in ("auth_required", "encryption_required") or (
            diagnosis.code == "sender_rejected" and not temporary
        ):
            # every message would meet the same refusal: stop and keep the rows pending
            if state == "sending":
                self.queue.mark(row.id, "pending")
                self._counters.move(state, "pending")
            raise _Stop("stopped", diagnosis.code, diagnosis=diagnosis)
        # a temporary refusal of one recipient (greylisting, a 4xx at RCPT that is not about
        # the account) holds back that recipient only: the others keep the batch's pace
        per_recipient = (
            temporary and diagnosis.stage == "recipient" and not speaks_for_account(diagnosis)
        )
        if per_recipient and not is_greylisting(diagnosis):
            self._recipient_holds += 1
            if self._recipient_holds >= _RECIPIENT_HOLDS_BEFORE_SLOWING:
                per_recipient = False  # every recipient meets it: the server wants it slower
        # a rate limit is about the account, not this message: it slows everybody down and
        # does not use up the message's attempts (its 24 h budget still applies)
        server_wide = diagnosis.code == "rate_limited" and not per_recipient
        if server_wide:
            attempts = row.attempts
        if temporary and attempts < self.options.max_attempts and age < self.options.max_age:
            if per_recipient:
                stated = retry_after(diagnosis.reason)
                # as long as the server asks, and a little more (its clock and ours differ)
                delay = (
                    stated + max(1.0, stated * 0.1)
                    if stated is not None
                    else self._backoff(attempts - 1)
                )
            elif server_wide:
                delay = self._throttled(diagnosis, began)
            else:
                self._rate_limited = 0
                delay = self._backoff(attempts - 1)
                if smtp_code in (421, 454):
                    self.limiter.penalty_until = max(
                        self.limiter.penalty_until, time.time() + delay
                    )
            at = self.queue.mark(
                row.id,
                "deferred",
                code=diagnosis.code,
                smtp_code=smtp_code,
                smtp_reply=diagnosis.reason,
                next_attempt=time.time() + delay,
                count_attempt=not server_wide,
            )
            self._counters.move(state, "deferred")
            self._row_event(row, "deferred", at, diagnosis)
        else:
            log.warning(
                "batch %s row %s <%s> failed: %s %s %s",
                self.batch_id,
                row.row,
                row.email,
                diagnosis.code,
                smtp_code or "",
                diagnosis.reason or "",
            )
            at = self.queue.mark(
                row.id,
                "failed",
                code=diagnosis.code,
                smtp_code=smtp_code,
                smtp_reply=diagnosis.reason,
                count_attempt=True,
            )
            self._counters.move(state, "failed")
            self._row_event(row, "failed", at, diagnosis)
        self._emit(self.progress())
        return keep

    def _throttled(self, diagnosis: Diagnosis, began: float) -> float:
        """The server throttles the account: learn its pace from the messages it let through
        in its window and keep to it from now on (and in the profile's next batches); a
        pause that doubles only when there is nothing to learn from. Returns how long the
        refused row waits."""
        now = time.time()
        if self._learned_at is not None and began < self._learned_at:
            learned = True  # on its way before the pace was learned: the same throttle
        else:
            found = pace.learn(
                self.limiter.sent,
                now,
                stated=pace.stated_window(diagnosis.reason),
                default=self.options.learn_window,
                known=self.limiter.learned,
            )
            learned = found is not None
            if found is not None:
                limit, span, seen = found
                self.limiter.adopt(span, limit)
                self._learned_at = now
                self.pace = LearnedPace(
                    self.profile.name,
                    self.account,
                    limit,
                    span,
                    seen,
                    now,
                    (diagnosis.reason or "").split("\n")[0][:200],
                )
                self.pace_learned = True
                log.info(
                    "batch %s: the server let %s message(s) through in %.0f s, then: "
                    "%s %s; keeping to %s every %.0f s",
                    self.batch_id,
                    seen,
                    span,
                    diagnosis.smtp_code,
                    self.pace.reply,
                    limit,
                    span,
                )
                try:
                    pace.record(self.pace)
                except OSError as exc:  # the batch keeps to it all the same
                    log.info("batch %s: the learned pace cannot be kept: %s", self.batch_id, exc)
        stated = retry_after(diagnosis.reason)
        if not learned:
            self._rate_limited += 1
            delay = self._backoff(self._rate_limited - 1)
        elif stated is not None:  # as long as the server asks, and a little more
            delay = stated + max(1.0, stated * 0.1)
        else:
            delay = 0.0
        if delay:
            self.limiter.penalty_until = max(self.limiter.penalty_until, now + delay)
        # the refused message waits for the next slot the server's pace gives
        return max(delay, self.limiter.next_slot(now)[0] - now)
