"""Damaged data on disk never stops smtpdesk: a clear error naming the file, nothing deleted."""

from __future__ import annotations

import json
import sqlite3

import pytest
from test_cli import run_cli

from smtpdesk.core.profile import ProfileStore
from smtpdesk.core.queue import BatchSpec, Queue, QueueDamaged
from smtpdesk.core.recipients import Recipient


def stored_queue(path):
    queue = Queue(path)
    people = [
        Recipient(
            i + 2, f"oseba{i}@example.si", {"email": f"oseba{i}@example.si", "Ime": "x" * 200}
        )
        for i in range(400)
    ]
    queue.create_batch(
        "Pisarna", BatchSpec(subject="S", text_body="T", columns=("email", "Ime")), people
    )
    queue.close()
    return path


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty_header"])
def test_a_damaged_queue_database_is_named_and_kept(tmp_path, damage):
    path = stored_queue(tmp_path / "queue.sqlite3")
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"this is no database " * 100)
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 3])
    else:
        path.write_bytes(b"\0" * 100 + data[100:])
    before = path.read_bytes()
    with pytest.raises(QueueDamaged) as raised:
        Queue(path)
    assert raised.value.path == path
    assert path.read_bytes() == before  # nothing rewritten
    moved = Queue.move_aside(path)
    assert moved.read_bytes() == before and not path.exists()
    fresh = Queue(path)  # a new history starts under the old name
    assert fresh.batch_ids() == []


def test_the_cli_says_which_file_is_damaged_and_exits_1(home):
    (home / "queue.sqlite3").write_bytes(b"SQLite format 3\0" + b"\xff" * 4000)
    result = run_cli("status", "--json", home=home)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    error = json.loads(result.stdout.strip().splitlines()[-1])["errors"][0]
    assert error["code"] == "queue_damaged" and error["file"] == str(home / "queue.sqlite3")


def test_a_profile_file_nested_beyond_reason_is_a_profile_error_not_a_crash(home):
    profiles = home / "profiles"
    profiles.mkdir()
    (profiles / "Globoko.toml").write_text(
        'name = "Globoko"\nhost = ' + "[" * 100_000, encoding="utf-8"
    )
    (profiles / "Pisarna.toml").write_text(
        'name = "Pisarna"\nhost = "smtp.example.si"\nport = 587\nencryption = "starttls"\n'
        'sender = "info@example.si"\n',
        encoding="utf-8",
    )
    found, errors = ProfileStore().list()
    assert [p.name for p in found] == ["Pisarna"]
    assert [e.path.name for e in errors] == ["Globoko.toml"]
    result = run_cli("profiles", "--json", home=home)
    assert result.returncode == 0
    assert [p["name"] for p in json.loads(result.stdout.splitlines()[-1])] == ["Pisarna"]
    assert "nested too deeply" in result.stderr


def test_queue_files_are_the_owners_alone(tmp_path):
    path = tmp_path / "data" / "queue.sqlite3"
    Queue(path).close()
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
