"""What the core remembers between sends: the same batch sent twice, each profile's last
verify, the batch being composed."""

from __future__ import annotations

import sqlite3
import time

from smtpdesk.core import draft, verified
from smtpdesk.core.diagnose import Diagnosis
from smtpdesk.core.profile import Profile, ProfileStore
from smtpdesk.core.queue import BatchSpec, Queue
from smtpdesk.core.recipients import AttachmentRule, Recipient


def people(*addresses: str) -> list[Recipient]:
    return [Recipient(n, a, {"email": a}) for n, a in enumerate(addresses, start=2)]


def test_the_same_addresses_and_subject_find_the_earlier_batch(home):
    queue = Queue()
    spec = BatchSpec(subject="Račun za november", text_body="…", columns=("email",))
    first = queue.create_batch("Pisarna", spec, people("a@example.si", "b@example.si"))
    # another order, another case, a repeated address: the same set of recipients
    again = ["B@example.si", "a@example.si", "a@example.si"]
    assert queue.same_batch(again, "Račun za november").id == first
    assert queue.same_batch(again, "Račun za december") is None
    assert queue.same_batch(["a@example.si"], "Račun za november") is None
    # older than seven days: no longer asked about
    assert queue.same_batch(again, "Račun za november", now=time.time() + 8 * 86400) is None
    second = queue.create_batch("Pisarna", spec, people("b@example.si", "a@example.si"))
    assert queue.same_batch(again, "Račun za november").id == second  # the newest


def test_an_older_database_gains_fingerprints_without_losing_batches(home):
    path = home / "queue.sqlite3"
    old = sqlite3.connect(path)
    old.executescript("""
        CREATE TABLE batches (id INTEGER PRIMARY KEY, created REAL NOT NULL,
            profile TEXT NOT NULL, spec TEXT NOT NULL, parent INTEGER,
            status TEXT NOT NULL DEFAULT 'open', finished REAL);
        CREATE TABLE recipients (id INTEGER PRIMARY KEY, batch INTEGER NOT NULL,
            position INTEGER NOT NULL, row INTEGER NOT NULL, email TEXT NOT NULL,
            fields TEXT NOT NULL, attachments TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,
            code TEXT, smtp_code INTEGER, smtp_reply TEXT, message_id TEXT,
            first_attempt REAL, next_attempt REAL, updated REAL);
    """)
    spec = BatchSpec(subject="Vabilo", text_body="x").to_json()
    old.execute(
        "INSERT INTO batches(created, profile, spec) VALUES (?, 'P', ?)", (time.time() - 3600, spec)
    )
    old.execute(
        "INSERT INTO recipients(batch, position, row, email, fields, attachments) "
        "VALUES (1, 0, 2, 'ana@example.si', '{}', '[]')"
    )
    old.commit()
    old.close()
    queue = Queue(path)
    assert queue.summary(1).total == 1
    assert queue.same_batch(["ANA@example.si"], "Vabilo").id == 1
    assert BatchSpec.from_json(spec).attachment_column is None  # older specs still load


def test_the_attachment_rule_is_stored_with_the_batch(home):
    spec = BatchSpec(
        subject="s", text_body="b", attachment_column="Račun", attachment_folder="/x/Računi"
    )
    assert BatchSpec.from_json(spec.to_json()) == spec


def profile(name: str = "Pisarna", port: int = 587) -> Profile:
    return Profile(name=name, host="smtp.example.si", port=port, sender="Jan Novák <info@novak.si>")


def test_the_last_verify_is_kept_per_profile_and_follows_renames(home):
    assert verified.last("Pisarna") is None
    verified.record(profile(), Diagnosis("connect", "connection_refused"), at=1000.0)
    record = verified.last("pisarna")  # any case, as profile names
    assert record is not None and not record.ok and record.code == "connection_refused"
    assert record.at == 1000.0 and record.matches(profile())
    assert not record.matches(profile(port=465))  # the settings changed since
    verified.record(profile(), Diagnosis("done", "ok"))
    assert verified.last("Pisarna").ok

    store = ProfileStore()
    store.save(profile())
    store.rename("Pisarna", "Računovodstvo")
    assert verified.last("Pisarna") is None
    assert verified.last("Računovodstvo").ok
    store.delete("Računovodstvo")
    assert verified.last("Računovodstvo") is None


def test_a_draft_round_trips_and_an_empty_one_is_none(home):
    assert draft.load() is None
    kept = draft.ComposeDraft(
        recipients_file="/x/stranke.xlsx",
        subject="Račun {{ Št }}",
        text_body="Pozdravljeni",
        html_body=None,
        attachments=("/x/pogoji.pdf",),
        attachment_rule=AttachmentRule("Račun", "/x/Računi"),
        profile="Pisarna",
    )
    draft.save(kept)
    assert draft.load() == kept
    draft.clear()
    assert draft.load() is None
    draft.save(draft.ComposeDraft())
    assert draft.load() is None
    (home / "draft.json").write_text("{broken", encoding="utf-8")
    assert draft.load() is None
