"""The durable queue: batches and one row per recipient in SQLite (WAL). The only module
that touches the database.

The rows guarding against double sending are committed at once: `sending` just before the
message data goes out, `sent` as soon as the server's 250 arrives. So a kill at any moment
leaves every row true, and `recover()` turns a `sending` row into `uncertain`. A batch is
worked by one process at a time, under an OS file lock that dies with its process.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import hashlib
import json
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, cast

from smtpdesk.core import paths
from smtpdesk.core.errors import SmtpdeskError
from smtpdesk.core.recipients import Recipient

STATES = ("pending", "sending", "sent", "deferred", "failed", "uncertain", "cancelled", "bounced")
OPEN_STATES = ("pending", "deferred")
SAME_BATCH_WINDOW = 7 * 24 * 3600  # a second send of the same batch within it is asked about
EXPORT_HEADER = ("email", "state", "code", "smtp_code", "smtp_reply", "time", "message_id")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS batches (
    id INTEGER PRIMARY KEY,
    created REAL NOT NULL,
    profile TEXT NOT NULL,
    spec TEXT NOT NULL,
    parent INTEGER,
    status TEXT NOT NULL DEFAULT 'open',
    finished REAL,
    fingerprint TEXT
);
CREATE TABLE IF NOT EXISTS recipients (
    id INTEGER PRIMARY KEY,
    batch INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    row INTEGER NOT NULL,
    email TEXT NOT NULL,
    fields TEXT NOT NULL,
    attachments TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    code TEXT,
    smtp_code INTEGER,
    smtp_reply TEXT,
    message_id TEXT,
    first_attempt REAL,
    next_attempt REAL,
    updated REAL
);
CREATE INDEX IF NOT EXISTS batches_by_fingerprint ON batches(fingerprint, created);
CREATE INDEX IF NOT EXISTS recipients_by_state ON recipients(batch, state, position);
CREATE TABLE IF NOT EXISTS sends (
    account TEXT NOT NULL,
    at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS sends_by_account ON sends(account, at);
-- a sent message's bytes, exactly as sent, until its copy is in the Sent folder (IMAP): a copy
-- that failed, or was still on its way when the process ended, is appended by `resume`
CREATE TABLE IF NOT EXISTS sent_copies (
    recipient INTEGER PRIMARY KEY REFERENCES recipients(id) ON DELETE CASCADE,
    data BLOB NOT NULL
);
"""


class BatchBusy(SmtpdeskError, RuntimeError):
    """Another process is working this batch."""

    codes = frozenset({"busy"})

    def __init__(self, message: str = "") -> None:
        super().__init__("busy", message)


class BatchNotFound(SmtpdeskError, LookupError):
    codes = frozenset({"not_found"})

    def __init__(self, message: str = "") -> None:
        super().__init__("not_found", message)


@dataclass(frozen=True)
class BatchSpec:
    """What a batch sends; stored with it so `resume` needs nothing else."""

    subject: str
    text_body: str
    html_body: str | None = None
    attachments: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    recipients_file: str | None = None
    list_unsubscribe: bool = False
    settings: dict[str, Any] = field(default_factory=dict)  # rate, concurrency, ...
    # the column naming each recipient's own files, and the folder they are in (None: the
    # recipients file's folder); the rows hold the files found, this is for showing and
    # for preparing the batch again
    attachment_column: str | None = None
    attachment_folder: str | None = None

    def to_json(self) -> str:
        return json.dumps(
            {
                "subject": self.subject,
                "text_body": self.text_body,
                "html_body": self.html_body,
                "attachments": list(self.attachments),
                "columns": list(self.columns),
                "recipients_file": self.recipients_file,
                "list_unsubscribe": self.list_unsubscribe,
                "settings": self.settings,
                "attachment_column": self.attachment_column,
                "attachment_folder": self.attachment_folder,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> BatchSpec:
        data = json.loads(text)
        data["attachments"] = tuple(data.get("attachments", ()))
        data["columns"] = tuple(data.get("columns", ()))
        return cls(**data)


@dataclass(frozen=True)
class Batch:
    id: int
    created: float
    profile: str
    spec: BatchSpec
    parent: int | None
    status: str  # open | finished | cancelled
    finished: float | None


def batch_fingerprint(addresses: Iterable[str], subject: str) -> str:
    """What makes two batches "the same": the set of addresses (any case) and the subject."""
    digest = hashlib.sha256(subject.strip().encode("utf-8", "surrogatepass"))
    for address in sorted({a.strip().casefold() for a in addresses}):
        digest.update(b"\n" + address.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@dataclass(frozen=True)
class BatchSummary:
    batch: int
    total: int
    sent: int = 0
    failed: int = 0
    deferred: int = 0
    uncertain: int = 0
    cancelled: int = 0
    pending: int = 0
    sending: int = 0
    profile: str = ""
    subject: str = ""
    created: str = ""
    status: str = "open"
    bounced: int = 0  # accepted, then a delivery report came back (a key added at the end)

    @property
    def open(self) -> int:
        """Rows still to be worked (pending, deferred, or caught mid-send)."""
        return self.pending + self.deferred + self.sending

    def to_json(self) -> dict[str, Any]:
        return {
            "batch": self.batch,
            "total": self.total,
            "sent": self.sent,
            "failed": self.failed,
            "deferred": self.deferred,
            "uncertain": self.uncertain,
            "cancelled": self.cancelled,
            "pending": self.pending,
            "profile": self.profile,
            "subject": self.subject,
            "created": self.created,
            "status": self.status,
            "bounced": self.bounced,
        }


@dataclass(frozen=True)
class Row:
    id: int
    batch: int
    position: int
    row: int
    email: str
    fields: dict[str, str]
    attachments: tuple[str, ...]
    state: str
    attempts: int
    code: str | None
    smtp_code: int | None
    smtp_reply: str | None
    message_id: str | None
    first_attempt: float | None
    next_attempt: float | None
    updated: float | None

    def recipient(self) -> Recipient:
        return Recipient(
            self.row, self.email, self.fields, tuple(Path(p) for p in self.attachments)
        )


@dataclass(frozen=True)
class StoredBatch:
    """A batch `Queue.store_batch` stored: its id and its rows as `Queue.row_states` gives
    them, read by the worker that wrote them (a view shows 10 000 rows without a query)."""

    id: int
    row_states: list[tuple[Any, ...]]


@dataclass(frozen=True)
class _NewBatch:
    """A batch's rows made ready for INSERT (the JSON of 10 000 rows' fields is most of the
    cost of storing them): plain data, built on any thread."""

    profile: str
    spec: str
    parent: int | None
    fingerprint: str
    created: float
    rows: list[tuple[Any, ...]]  # (position, row, email, fields, attachments)

    @classmethod
    def of(
        cls, profile: str, spec: BatchSpec, recipients: Iterable[Recipient], parent: int | None
    ) -> _NewBatch:
        recipients = list(recipients)
        return cls(
            profile,
            spec.to_json(),
            parent,
            batch_fingerprint((r.email for r in recipients), spec.subject),
            time.time(),
            [
                (
                    position,
                    r.row,
                    r.email,
                    json.dumps(dict(r.fields), ensure_ascii=False),
                    json.dumps([str(p) for p in r.attachments]),
                )
                for position, r in enumerate(recipients)
            ],
        )

    def insert(self, db: sqlite3.Connection) -> int:
        """The INSERTs, inside the caller's transaction; returns the batch id."""
        cursor = db.execute(
            "INSERT INTO batches(created, profile, spec, parent, fingerprint) "
            "VALUES (?, ?, ?, ?, ?)",
            (self.created, self.profile, self.spec, self.parent, self.fingerprint),
        )
        batch_id = cast(int, cursor.lastrowid)
        db.executemany(
            "INSERT INTO recipients(batch, position, row, email, fields, attachments, "
            "updated) VALUES (?, ?, ?, ?, ?, ?, ?)",
            ((batch_id, *row, self.created) for row in self.rows),
        )
        return batch_id


def iso(timestamp: float | None) -> str:
    """ISO 8601 with the local UTC offset, as the export and the JSON show times."""
    if timestamp is None:
        return ""
    return datetime.fromtimestamp(timestamp, UTC).astimezone().isoformat(timespec="seconds")


class BatchLock:
    """An exclusive OS lock on one batch; the OS drops it when the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: BinaryIO | None = None

    def acquire(self) -> None:
        paths.private_dir(self.path.parent)
        handle = open(self.path, "a+b")  # noqa: SIM115 - held for the lock's lifetime
        try:
            if os.name == "nt":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise BatchBusy(f"batch is being sent by another process ({self.path.name})") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            handle.close()  # closing drops flock and msvcrt locks alike

    def __enter__(self) -> BatchLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _row(record: sqlite3.Row) -> Row:
    return Row(
        record["id"],
        record["batch"],
        record["position"],
        record["row"],
        record["email"],
        json.loads(record["fields"]),
        tuple(json.loads(record["attachments"])),
        record["state"],
        record["attempts"],
        record["code"],
        record["smtp_code"],
        record["smtp_reply"],
        record["message_id"],
        record["first_attempt"],
        record["next_attempt"],
        record["updated"],
    )


def _row_states(db: sqlite3.Connection, batch_id: int) -> list[tuple[Any, ...]]:
    cursor = db.cursor()
    cursor.row_factory = None  # plain tuples
    return cursor.execute(
        "SELECT id, position, email, state, code, smtp_code, smtp_reply, updated "
        "FROM recipients WHERE batch = ? ORDER BY position",
        (batch_id,),
    ).fetchall()


def _migrate(db: sqlite3.Connection) -> None:
    """Databases of older versions: add what they lack (their batches stay as they are; a
    missing fingerprint is worked out when it is first needed)."""
    columns = {r[1] for r in db.execute("PRAGMA table_info(batches)")}
    if columns and "fingerprint" not in columns:
        with contextlib.suppress(sqlite3.OperationalError):  # another process was quicker
            db.execute("ALTER TABLE batches ADD COLUMN fingerprint TEXT")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_COPY_MARK = " [no copy in Sent: "


def _without_copy_mark(reply: str | None) -> str:
    """A row's server reply without the note that its copy is missing from Sent."""
    reply = reply or ""
    return reply[: reply.rindex(_COPY_MARK)] if _COPY_MARK in reply else reply


def spreadsheet_safe(cells: Iterable[Any]) -> list[Any]:
    """Cells a spreadsheet will not run: text starting with = + - @ (a server reply or an
    address from a stranger's list, `=HYPERLINK(…)`) gets a leading apostrophe (OWASP)."""
    return [
        f"'{cell}" if isinstance(cell, str) and cell.startswith(_FORMULA_START) else cell
        for cell in cells
    ]


class QueueDamaged(SmtpdeskError):
    """The queue database cannot be opened (damaged, truncated, read-only, not a database).
    Nothing is deleted: `move_aside()` renames it so a new one can start."""

    codes = frozenset({"queue_damaged"})

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__("queue_damaged", f"{path}: {reason}", file=path, reason=reason)
        self.path = path
        self.reason = reason


class QueueWriteFailed(SmtpdeskError):
    """The disk refused a write (full, read-only, failing) during work: stop, state kept."""

    codes = frozenset({"queue_write_failed"})

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__("queue_write_failed", f"{path}: {reason}", file=path, reason=reason)
        self.path = path
        self.reason = reason


# SQLITE_FULL, SQLITE_READONLY, SQLITE_IOERR (primary codes)
_WRITE_REFUSED = {13, 8, 10}


def _check_length(db: sqlite3.Connection, path: Path) -> None:
    """A truncated database (a copy cut short, a full disk) in constant time: the pages its
    header counts must be in the file. (PRAGMA quick_check reads every page: 0.12 s for a
    500 000-row queue at every start and every command.)"""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    size = db.execute("PRAGMA page_size").fetchone()[0]
    wal = path.with_name(path.name + "-wal")
    if pages * size > path.stat().st_size and not (wal.exists() and wal.stat().st_size):
        raise sqlite3.DatabaseError(
            f"the file is cut short: {pages} pages of {size} bytes in {path.stat().st_size} bytes"
        )


class Queue:
    def __init__(self, path: Path | None = None, *, memory: bool = False) -> None:
        """`memory`: a queue that lives only in memory (the window's stand-in while the
        database at `path` is damaged and the user has not decided about it)."""
        self.path = path or paths.queue_file()
        self._memory = memory
        self._open(memory=memory)

    def _open(self, *, memory: bool = False) -> None:
        db = None
        try:
            if not memory:
                paths.private_dir(self.path.parent)
            new = not memory and not self.path.exists()
            db = sqlite3.connect(
                ":memory:" if memory else self.path,
                isolation_level=None,
                timeout=30,
                check_same_thread=False,
            )
            if new:
                os.chmod(self.path, 0o600)  # the addresses and replies are the user's alone
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # a commit per state change stays cheap
            db.execute("PRAGMA foreign_keys=ON")
            _migrate(db)
            db.executescript(_SCHEMA)
            if not memory:
                _check_length(db, self.path)
        except (sqlite3.Error, OSError) as exc:
            if db is not None:
                db.close()
            raise QueueDamaged(self.path, str(exc)) from exc
        self._db = db

    @staticmethod
    def move_aside(path: Path | None = None) -> Path:
        """Rename a damaged database (and its WAL files) to `queue.sqlite3.damaged-<time>`;
        returns the new name of the database. A new, empty queue starts at the old name."""
        path = path or paths.queue_file()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.name}.damaged-{stamp}")
        for suffix in ("-wal", "-shm", ""):
            source = path.with_name(path.name + suffix)
            if source.exists():
                os.replace(source, target.with_name(target.name + suffix))
        return target

    def reopen(self) -> None:
        """Open the database at `path` again (after a damaged one was moved aside)."""
        with contextlib.suppress(Exception):
            self._db.close()
        self._memory = False
        self._open()

    def close(self) -> None:
        self._db.close()

    def _write(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        with self._writing():
            return self._db.execute(sql, params)  # autocommit: one statement, one commit

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """A write the disk refuses (full, read-only, I/O error) is QueueWriteFailed: the
        batch stops where it is, every state already committed stays."""
        try:
            yield
        except sqlite3.OperationalError as exc:
            if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in _WRITE_REFUSED or any(
                word in str(exc) for word in ("full", "readonly", "I/O")
            ):
                raise QueueWriteFailed(self.path, str(exc)) from exc
            raise

    @contextlib.contextmanager
    def _transaction(self, db: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
        """Several statements, one commit; rolled back on any error, so a failed write
        never leaves later autocommit writes inside an open transaction."""
        db = self._db if db is None else db
        with self._writing():
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                with contextlib.suppress(sqlite3.Error):  # a full disk may refuse this too
                    db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    # -- batches ------------------------------------------------------------------------

    def create_batch(
        self,
        profile: str,
        spec: BatchSpec,
        recipients: Iterable[Recipient],
        *,
        parent: int | None = None,
    ) -> int:
        """Store a batch and all its rows in one transaction."""
        new = _NewBatch.of(profile, spec, recipients, parent)
        with self._transaction() as db:
            return new.insert(db)

    async def store_batch(
        self,
        profile: str,
        spec: BatchSpec,
        recipients: Iterable[Recipient],
        *,
        parent: int | None = None,
    ) -> StoredBatch:
        """`create_batch` without holding up the event loop (the window's): a worker thread
        prepares the rows and writes them in one transaction on a connection of its own.
        The batch is stored whole or not at all; once the thread has begun writing, it
        commits even if the awaiting task is cancelled (the batch is then simply open).
        Raises QueueWriteFailed (the disk refused, or the file stayed locked) or QueueDamaged.

        A queue in memory cannot be opened a second time: its rows are prepared by the
        worker and inserted here, a few tens of milliseconds for 10 000."""
        new = await asyncio.to_thread(_NewBatch.of, profile, spec, list(recipients), parent)
        if self._memory:
            with self._transaction() as db:
                batch_id = new.insert(db)
            return StoredBatch(batch_id, self.row_states(batch_id))
        return await asyncio.to_thread(self._store_apart, new)

    def _store_apart(self, new: _NewBatch) -> StoredBatch:
        """On a worker thread: the batch's INSERTs on a connection of this thread's own."""
        try:
            db = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=rw",
                uri=True,
                isolation_level=None,
                timeout=30,
            )
        except sqlite3.Error as exc:
            raise QueueDamaged(self.path, str(exc)) from exc
        try:
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            with self._transaction(db):
                batch_id = new.insert(db)
            return StoredBatch(batch_id, _row_states(db, batch_id))
        except sqlite3.OperationalError as exc:  # locked past the timeout: nothing stored
            raise QueueWriteFailed(self.path, str(exc)) from exc
        except sqlite3.DatabaseError as exc:  # malformed, not a database
            raise QueueDamaged(self.path, str(exc)) from exc
        finally:
            db.close()

    def batch(self, batch_id: int) -> Batch:
        record = self._db.execute("SELECT * FROM batches WHERE id = ?", (batch_id,)).fetchone()
        if record is None:
            raise BatchNotFound(f"no batch {batch_id}")
        return Batch(
            record["id"],
            record["created"],
            record["profile"],
            BatchSpec.from_json(record["spec"]),
            record["parent"],
            record["status"],
            record["finished"],
        )

    def same_batch(
        self,
        addresses: Iterable[str],
        subject: str,
        *,
        within: float = SAME_BATCH_WINDOW,
        now: float | None = None,
    ) -> Batch | None:
        """The newest batch stored in the last `within` seconds with the same recipients
        (the same set of addresses) and subject, or None: a second send to ask about."""
        since = (time.time() if now is None else now) - within
        self._fill_fingerprints(since)
        record = self._db.execute(
            "SELECT id FROM batches WHERE fingerprint = ? AND created >= ? "
            "ORDER BY created DESC, id DESC LIMIT 1",
            (batch_fingerprint(addresses, subject), since),
        ).fetchone()
        return self.batch(record[0]) if record else None

    def _fill_fingerprints(self, since: float) -> None:
        """Batches stored by an older version carry no fingerprint: work it out once."""
        missing = self._db.execute(
            "SELECT id, spec FROM batches WHERE fingerprint IS NULL AND created >= ?", (since,)
        ).fetchall()
        for record in missing:
            addresses = (
                r[0]
                for r in self._db.execute(
                    "SELECT email FROM recipients WHERE batch = ?", (record["id"],)
                )
            )
            subject = BatchSpec.from_json(record["spec"]).subject
            self._write(
                "UPDATE batches SET fingerprint = ? WHERE id = ?",
                (batch_fingerprint(addresses, subject), record["id"]),
            )

    def batch_ids(self) -> list[int]:
        return [r[0] for r in self._db.execute("SELECT id FROM batches ORDER BY id DESC")]

    def summary(self, batch_id: int) -> BatchSummary:
        batch = self.batch(batch_id)
        counts = dict.fromkeys(STATES, 0)
        for state, count in self._db.execute(
            "SELECT state, COUNT(*) FROM recipients WHERE batch = ? GROUP BY state", (batch_id,)
        ):
            counts[state] = count
        return BatchSummary(
            batch_id,
            sum(counts.values()),
            counts["sent"],
            counts["failed"],
            counts["deferred"],
            counts["uncertain"],
            counts["cancelled"],
            counts["pending"],
            counts["sending"],
            batch.profile,
            batch.spec.subject,
            iso(batch.created),
            batch.status,
            counts["bounced"],
        )

    def summaries(self) -> list[BatchSummary]:
        return [self.summary(batch_id) for batch_id in self.batch_ids()]

    def set_status(self, batch_id: int, status: str) -> None:
        self._write(
            "UPDATE batches SET status = ?, finished = ? WHERE id = ?",
            (status, time.time() if status != "open" else None, batch_id),
        )

    def delete_batch(self, batch_id: int) -> None:
        """Remove a batch and its recipients' data."""
        with self._transaction() as db:
            db.execute("DELETE FROM recipients WHERE batch = ?", (batch_id,))
            db.execute("DELETE FROM batches WHERE id = ?", (batch_id,))

    def lock(self, batch_id: int) -> BatchLock:
        return BatchLock(self.path.parent / "locks" / f"batch-{batch_id}.lock")

    def is_locked(self, batch_id: int) -> bool:
        probe = self.lock(batch_id)
        try:
            probe.acquire()
        except BatchBusy:
            return True
        probe.release()
        return False

    # -- rows ---------------------------------------------------------------------------

    def rows(
        self,
        batch_id: int,
        states: Sequence[str] | None = None,
        *,
        after_position: int = -1,
        limit: int | None = None,
    ) -> list[Row]:
        sql = "SELECT * FROM recipients WHERE batch = ? AND position > ?"
        params: list[Any] = [batch_id, after_position]
        if states:
            sql += f" AND state IN ({','.join('?' * len(states))})"
            params += list(states)
        sql += " ORDER BY position"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_row(r) for r in self._db.execute(sql, params)]

    def iter_rows(
        self, batch_id: int, states: Sequence[str] | None = None, chunk: int = 1000
    ) -> Iterator[Row]:
        """Every row in order, read in chunks (a 100 000-row batch is not held at once)."""
        position = -1
        while True:
            rows = self.rows(batch_id, states, after_position=position, limit=chunk)
            yield from rows
            if len(rows) < chunk:
                return
            position = rows[-1].position

    def row_states(self, batch_id: int) -> list[tuple[Any, ...]]:
        """(id, position, email, state, code, smtp_code, smtp_reply, updated) of every row in
        order, without the merge fields: what a progress view needs, ~25x cheaper than rows."""
        return _row_states(self._db, batch_id)

    def row(self, row_id: int) -> Row:
        return _row(self._db.execute("SELECT * FROM recipients WHERE id = ?", (row_id,)).fetchone())

    def due_rows(self, batch_id: int, now: float, limit: int = 16) -> list[Row]:
        """Deferred rows whose retry time has come, earliest first."""
        return [
            _row(r)
            for r in self._db.execute(
                "SELECT * FROM recipients WHERE batch = ? AND state = 'deferred' AND "
                "next_attempt <= ? ORDER BY next_attempt LIMIT ?",
                (batch_id, now, limit),
            )
        ]

    def open_count(self, batch_id: int) -> int:
        """Rows still to be sent (pending or deferred), from the database itself."""
        return cast(
            int,
            self._db.execute(
                "SELECT COUNT(*) FROM recipients WHERE batch = ? AND state IN "
                "('pending', 'deferred')",
                (batch_id,),
            ).fetchone()[0],
        )

    def next_due(self, batch_id: int) -> float | None:
        """When the earliest deferred row may be tried again."""
        value = self._db.execute(
            "SELECT MIN(next_attempt) FROM recipients WHERE batch = ? AND state = 'deferred'",
            (batch_id,),
        ).fetchone()[0]
        return cast(float | None, value)

    def mark_sending(self, row_id: int, message_id: str) -> None:
        now = time.time()
        self._write(
            "UPDATE recipients SET state = 'sending', message_id = ?, "
            "first_attempt = COALESCE(first_attempt, ?), updated = ? WHERE id = ?",
            (message_id, now, now, row_id),
        )

    def mark_sent(
        self,
        row_id: int,
        smtp_code: int,
        smtp_reply: str,
        account: str,
        *,
        code: str = "ok",
        copy: bytes | None = None,
    ) -> float:
        """`sent` and the send's timestamp for the rate windows, in one commit; with `copy`
        the message as sent, kept until `sent_copies_done` (its copy is in Sent)."""
        now = time.time()
        with self._transaction() as db:
            db.execute(
                "UPDATE recipients SET state = 'sent', code = ?, smtp_code = ?, "
                "smtp_reply = ?, next_attempt = NULL, updated = ? WHERE id = ?",
                (code, smtp_code, smtp_reply, now, row_id),
            )
            db.execute("INSERT INTO sends(account, at) VALUES (?, ?)", (account, now))
            if copy is not None:
                db.execute(
                    "INSERT OR REPLACE INTO sent_copies(recipient, data) VALUES (?, ?)",
                    (row_id, copy),
                )
        return now

    def sent_copy(self, row_id: int) -> bytes | None:
        """The kept bytes of a sent message whose copy is not in Sent yet, or None."""
        found = self._db.execute(
            "SELECT data FROM sent_copies WHERE recipient = ?", (row_id,)
        ).fetchone()
        return bytes(found[0]) if found else None

    def missing_sent_copies(self, batch_id: int) -> list[int]:
        """The `sent` rows of the batch whose copy is not in Sent (it failed, or the process
        ended first), in batch order."""
        return [
            r[0]
            for r in self._db.execute(
                "SELECT r.id FROM sent_copies c JOIN recipients r ON r.id = c.recipient "
                "WHERE r.batch = ? AND r.state IN ('sent', 'bounced') ORDER BY r.position",
                (batch_id,),
            )
        ]

    def has_missing_sent_copies(self, batch_id: int) -> bool:
        return (
            self._db.execute(
                "SELECT 1 FROM sent_copies c JOIN recipients r ON r.id = c.recipient "
                "WHERE r.batch = ? LIMIT 1",
                (batch_id,),
            ).fetchone()
            is not None
        )

    def sent_copies_done(self, row_ids: Sequence[int]) -> None:
        """Their copies are in Sent: the kept bytes go, and a `no_sent_copy` mark with them
        (the row reads as accepted again, its server reply as it was)."""
        if not row_ids:
            return
        marks = ",".join("?" * len(row_ids))
        with self._transaction() as db:
            db.execute(f"DELETE FROM sent_copies WHERE recipient IN ({marks})", list(row_ids))
            for row in db.execute(
                f"SELECT id, smtp_reply FROM recipients WHERE id IN ({marks}) "
                "AND code = 'no_sent_copy'",
                list(row_ids),
            ).fetchall():
                db.execute(
                    "UPDATE recipients SET code = 'ok', smtp_reply = ? WHERE id = ?",
                    (_without_copy_mark(row["smtp_reply"]), row["id"]),
                )

    def mark(
        self,
        row_id: int,
        state: str,
        *,
        code: str | None = None,
        smtp_code: int | None = None,
        smtp_reply: str | None = None,
        next_attempt: float | None = None,
        count_attempt: bool = False,
    ) -> float:
        """Any other state change (deferred, failed, uncertain, pending, cancelled)."""
        assert state in STATES
        now = time.time()
        self._write(
            "UPDATE recipients SET state = ?, code = COALESCE(?, code), smtp_code = ?, "
            "smtp_reply = ?, next_attempt = ?, attempts = attempts + ?, "
            "first_attempt = CASE WHEN ? THEN COALESCE(first_attempt, ?) ELSE first_attempt "
            "END, updated = ? WHERE id = ?",
            (
                state,
                code,
                smtp_code,
                smtp_reply,
                next_attempt,
                int(count_attempt),
                int(count_attempt),
                now,
                now,
                row_id,
            ),
        )
        return now

    def mark_bounced(self, row_id: int, status: str, diagnostic: str) -> bool:
        """A sent row whose delivery report came back: `bounced`, the report's status and
        diagnostic in smtp_code/smtp_reply. False when it was not `sent` (already bounced:
        running the check again changes nothing)."""
        code = re.match(r"[245]", status or "")
        smtp = re.search(r"(?<!\d)([45]\d\d)(?!\d)", diagnostic or "")
        return (
            self._write(
                "UPDATE recipients SET state = 'bounced', code = 'bounced', smtp_code = ?, "
                "smtp_reply = ?, updated = ? WHERE id = ? AND state = 'sent'",
                (
                    int(smtp.group(1))
                    if smtp
                    else (int(code.group(0)) * 100 + 50 if code else None),
                    f"{status} {diagnostic}".strip(),
                    time.time(),
                    row_id,
                ),
            ).rowcount
            == 1
        )

    def note_no_sent_copy(self, row_id: int, code: str, detail: str = "") -> None:
        """The message went, but its copy could not be put in Sent: the row stays `sent`,
        its code says so (`no_sent_copy`) and its reply keeps the server's answer plus why
        (the latest why: a retry that fails again replaces it)."""
        found = self._db.execute(
            "SELECT smtp_reply FROM recipients WHERE id = ? AND state = 'sent'", (row_id,)
        ).fetchone()
        if found is None:
            return
        reply = (
            _without_copy_mark(found[0]) + f"{_COPY_MARK}{code}{': ' + detail if detail else ''}]"
        )
        self._write(
            "UPDATE recipients SET code = 'no_sent_copy', smtp_reply = ? WHERE id = ? "
            "AND state = 'sent'",
            (reply, row_id),
        )

    def recover(self, batch_id: int) -> int:
        """After a crash: rows caught mid-send may have been delivered → `uncertain`."""
        return self._write(
            "UPDATE recipients SET state = 'uncertain', code = 'interrupted', updated = ? "
            "WHERE batch = ? AND state = 'sending'",
            (time.time(), batch_id),
        ).rowcount

    def requeue(
        self, batch_id: int, states: Sequence[str], row_ids: Sequence[int] | None = None
    ) -> int:
        """Rows in `states` (all, or the given ids) go back to `pending` with a fresh budget."""
        sql = (
            f"UPDATE recipients SET state = 'pending', attempts = 0, first_attempt = NULL, "
            f"next_attempt = NULL, code = NULL, smtp_code = NULL, smtp_reply = NULL, "
            f"updated = ? WHERE batch = ? AND state IN ({','.join('?' * len(states))})"
        )
        params: list[Any] = [time.time(), batch_id, *states]
        if row_ids is not None:
            sql += f" AND id IN ({','.join('?' * len(row_ids))})"
            params += list(row_ids)
        changed = self._write(sql, params).rowcount
        if changed:
            self.set_status(batch_id, "open")
        return changed

    def mark_uncertain_as_sent(self, batch_id: int, row_ids: Sequence[int] | None = None) -> int:
        """The user checked: those uncertain messages did arrive."""
        sql = (
            "UPDATE recipients SET state = 'sent', code = 'confirmed', updated = ? "
            "WHERE batch = ? AND state = 'uncertain'"
        )
        params: list[Any] = [time.time(), batch_id]
        if row_ids is not None:
            sql += f" AND id IN ({','.join('?' * len(row_ids))})"
            params += list(row_ids)
        return self._write(sql, params).rowcount

    def cancel_open(self, batch_id: int) -> int:
        changed = self._write(
            "UPDATE recipients SET state = 'cancelled', updated = ? WHERE batch = ? AND "
            "state IN ('pending', 'deferred')",
            (time.time(), batch_id),
        ).rowcount
        self.set_status(batch_id, "cancelled")
        return changed

    # -- rate windows -------------------------------------------------------------------

    def sends_since(self, account: str, since: float) -> list[float]:
        """Timestamps of messages sent through this account since `since` (all batches)."""
        return [
            r[0]
            for r in self._db.execute(
                "SELECT at FROM sends WHERE account = ? AND at >= ? ORDER BY at", (account, since)
            )
        ]

    def sends_after(self, account: str, after_id: int) -> list[tuple[int, float]]:
        """(id, timestamp) of the account's sends recorded after `after_id`, by any process:
        a second window or command sending through the same account shares its limits."""
        return [
            (r[0], r[1])
            for r in self._db.execute(
                "SELECT rowid, at FROM sends WHERE account = ? AND rowid > ? ORDER BY rowid",
                (account, after_id),
            )
        ]

    def prune_sends(self, before: float) -> None:
        self._write("DELETE FROM sends WHERE at < ?", (before,))

    # -- export -------------------------------------------------------------------------

    def export_csv(self, batch_id: int, path: Path, states: Sequence[str] | None = None) -> int:
        """CONTRACT §1: one row per recipient, UTF-8 with BOM, comma, ISO 8601 times."""
        count = 0
        with open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(EXPORT_HEADER)
            for row in self.iter_rows(batch_id, states):
                writer.writerow(
                    spreadsheet_safe(
                        (
                            row.email,
                            row.state,
                            row.code or "",
                            "" if row.smtp_code is None else row.smtp_code,
                            row.smtp_reply or "",
                            iso(row.updated),
                            row.message_id or "",
                        )
                    )
                )
                count += 1
        return count
