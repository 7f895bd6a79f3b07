"""`smtpdesk bounces` (CONTRACT §1) as a user runs it, against a real Dovecot and a real
SMTP server: the JSON, the exit codes, --move-to, and running it twice."""

from __future__ import annotations

import pytest
from imap_server import dovecot_available, start_dovecot
from servers import PASSWORD, start_server
from test_cli import last_json, run_cli, write_profile
from test_mailbox import report

from smtpdesk.core.queue import Queue

pytestmark = pytest.mark.skipif(not dovecot_available(), reason="Dovecot is not installed")


@pytest.fixture
def dovecot(ca, tmp_path):
    server = start_dovecot(ca, tmp_path / "dovecot")
    yield server
    server.stop()


@pytest.fixture
def server(good_context):
    s = start_server(mode="starttls", server_context=good_context)
    yield s
    s.stop()


def send(home, tmp_path, profile) -> int:
    recipients = tmp_path / "r.csv"
    recipients.write_text(
        "email,Ime\nana@example.si,Ana\nbor@example.si,Bor\ncene@example.si,Cene\n",
        encoding="utf-8",
    )
    body = tmp_path / "body.txt"
    body.write_text("Pozdravljeni, {{ Ime }}!\n", encoding="utf-8")
    result = run_cli(
        "send",
        "--profile-file",
        str(profile),
        "--recipients",
        str(recipients),
        "--subject",
        "Račun",
        "--body",
        str(body),
        "--password-stdin",
        "--json",
        home=home,
        stdin=PASSWORD + "\n",
    )
    assert result.returncode == 0, result.stderr
    return last_json(result)["batch"]


def test_bounces_marks_rows_prints_json_and_moves_reports(home, tmp_path, server, dovecot):
    dovecot.create("Sent")
    profile = write_profile(
        tmp_path / "p.toml",
        server.port,
        imap_host="127.0.0.1",
        imap_port=dovecot.ssl_port,
        imap_encryption="ssl",
        save_sent_copy=True,
    )
    batch = send(home, tmp_path, profile)
    assert len(dovecot.messages("Sent")) == 3  # a copy of each, through the CLI too
    rows = Queue().rows(batch)
    dovecot.put("INBOX", report("exim.eml", rows[1]))
    dovecot.put("INBOX", report("delayed.eml", rows[2]))
    dovecot.put("INBOX", report("reply.eml", rows[0]))

    args = ("bounces", str(batch), "--profile-file", str(profile), "--password-stdin", "--json")
    first = run_cli(*args, "--move-to", "Bounces", home=home, stdin=PASSWORD + "\n")
    assert first.returncode == 0, first.stderr
    data = last_json(first)
    assert data == {
        "batch": batch,
        "reports": 2,
        "bounced": [
            {
                "email": "bor@example.si",
                "row": 3,
                "status": "5.1.1",
                "diagnostic": data["bounced"][0]["diagnostic"],
            }
        ],
        "delayed": [
            {
                "email": "cene@example.si",
                "row": 4,
                "status": "4.4.1",
                "diagnostic": data["delayed"][0]["diagnostic"],
            }
        ],
    }
    assert "User unknown" in data["bounced"][0]["diagnostic"]
    assert len(dovecot.messages("Bounces")) == 2 and len(dovecot.messages("INBOX")) == 1

    again = run_cli(*args, home=home, stdin=PASSWORD + "\n")
    assert again.returncode == 0 and last_json(again)["bounced"] == []
    assert [r.state for r in Queue().rows(batch)] == ["sent", "bounced", "sent"]
    status = last_json(run_cli("status", str(batch), "--json", home=home))
    assert (
        set(status) >= {"batch", "total", "sent", "failed", "deferred", "uncertain", "cancelled"}
        and status["sent"] == 2
        and status["bounced"] == 1
    )


def test_no_incoming_server_exits_1_and_a_refused_sign_in_exits_2(home, tmp_path, server, dovecot):
    profile = write_profile(tmp_path / "p.toml", server.port)
    batch = send(home, tmp_path, profile)
    result = run_cli(
        "bounces",
        str(batch),
        "--profile-file",
        str(profile),
        "--json",
        home=home,
        stdin=PASSWORD + "\n",
    )
    assert result.returncode == 1
    assert last_json(result)["errors"][0]["code"] == "no_imap"

    imap = write_profile(
        tmp_path / "i.toml",
        server.port,
        imap_host="127.0.0.1",
        imap_port=dovecot.starttls_port,
        imap_encryption="starttls",
    )
    refused = run_cli(
        "bounces",
        str(batch),
        "--profile-file",
        str(imap),
        "--password-stdin",
        "--json",
        "--lang",
        "sl",
        home=home,
        stdin="napačno\n",
    )
    assert refused.returncode == 2
    assert last_json(refused)["code"] == "auth_failed"
    assert "napačno" not in refused.stdout + refused.stderr


def test_resume_appends_the_copies_a_run_could_not_make_each_once(home, tmp_path, server, dovecot):
    """The first run's incoming server does not answer (a wrong port): every message goes,
    each row says there is no copy in Sent. `resume` with the server right appends each copy
    exactly as sent, clears the marks, and sends nothing again; a second resume adds nothing."""
    from email import message_from_bytes, policy

    from servers import free_port

    dovecot.create("Sent")
    wrong = write_profile(
        tmp_path / "p.toml",
        server.port,
        imap_host="127.0.0.1",
        imap_port=free_port(),
        imap_encryption="ssl",
        save_sent_copy=True,
    )
    batch = send(home, tmp_path, wrong)
    rows = Queue().rows(batch)
    assert [r.state for r in rows] == ["sent"] * 3 and len(server.received) == 3
    assert all(
        r.code == "no_sent_copy" and "no copy in Sent: connection_refused" in r.smtp_reply
        for r in rows
    )
    status = run_cli("status", str(batch), "--export", str(tmp_path / "rows.csv"), home=home)
    assert status.returncode == 0 and "no_sent_copy" in (tmp_path / "rows.csv").read_text(
        encoding="utf-8-sig"
    )

    right = write_profile(
        tmp_path / "p.toml",
        server.port,
        imap_host="127.0.0.1",
        imap_port=dovecot.ssl_port,
        imap_encryption="ssl",
        save_sent_copy=True,
    )
    for _ in range(2):
        result = run_cli(
            "resume",
            str(batch),
            "--profile-file",
            str(right),
            "--password-stdin",
            "--json",
            home=home,
            stdin=PASSWORD + "\n",
        )
        assert result.returncode == 0, result.stderr
        assert last_json(result)["sent"] == 3
    assert len(server.received) == 3  # nothing was sent again
    copies = dovecot.messages("Sent")
    sent = {
        message_from_bytes(r.data, policy=policy.default)["Message-ID"]: r.data
        for r in server.received
    }
    ids = [message_from_bytes(c, policy=policy.default)["Message-ID"] for c in copies]
    assert sorted(ids) == sorted(sent) and len(ids) == 3  # each exactly once
    for copy, message_id in zip(copies, ids, strict=True):
        assert (
            copy.replace(b"\r\n", b"\n").rstrip()
            == sent[message_id].replace(b"\r\n", b"\n").rstrip()
        )
    rows = Queue().rows(batch)
    assert [r.code for r in rows] == ["ok"] * 3
    assert all("no copy in Sent" not in r.smtp_reply for r in rows)
