"""The incoming server against a REAL Dovecot on 127.0.0.1: a copy of every batch message in
Sent, and delivery reports in the inbox matched to the batch's rows (CONTRACT §1 `bounces`)."""

from __future__ import annotations

import json
import time
from email import message_from_bytes, policy
from email.utils import formatdate
from pathlib import Path

import pytest
from imap_server import OTHER_PASSWORD, OTHER_USER, dovecot_available, start_dovecot
from servers import PASSWORD, USERNAME, make_authenticator

from smtpdesk.core import mailbox
from smtpdesk.core.profile import Profile
from smtpdesk.core.queue import BatchSpec, Queue
from smtpdesk.core.recipients import Recipient
from smtpdesk.core.sender import Sender, SendOptions, template_for
from smtpdesk.core.transport import Credentials

pytestmark = pytest.mark.skipif(
    not dovecot_available(), reason="Dovecot is not installed (scripts/setup installs it)"
)
BOUNCES = Path(__file__).parent / "data" / "bounces"
SPEC = BatchSpec(
    subject="Račun za {{ Ime }}", text_body="Pozdravljeni, {{Ime}}!\n", columns=("email", "Ime")
)


@pytest.fixture
def dovecot(ca, tmp_path):
    server = start_dovecot(ca, tmp_path / "dovecot")
    yield server
    server.stop()


def people(n: int) -> list[Recipient]:
    return [
        Recipient(
            i + 2,
            f"stranka{i}@example.si",
            {"email": f"stranka{i}@example.si", "Ime": f"Stranka {i}"},
        )
        for i in range(n)
    ]


def make_profile(smtp_port: int, imap, **changes) -> Profile:
    values = dict(
        name="Pisarna",
        host="127.0.0.1",
        port=smtp_port,
        sender="Jan Novák <info@novak.cz>",
        encryption="starttls",
        username=USERNAME,
        timeout=5,
        imap_host="127.0.0.1",
        imap_port=imap.ssl_port,
        imap_encryption="ssl",
    )
    values.update(changes)
    return Profile(**values)


async def send_batch(home, smtp, profile: Profile, n: int, password: str = PASSWORD):
    queue = Queue(home / "queue.sqlite3")
    batch = queue.create_batch(profile.name, SPEC, people(n))
    credentials = Credentials(profile.username, password)
    sender = Sender(
        queue,
        batch,
        profile,
        credentials,
        template_for(profile, SPEC),
        options=SendOptions.for_profile(profile, retry_base=0.05, max_wait=30),
    )
    outcome = await sender.run()
    assert outcome.summary.sent == n
    return queue, batch, credentials


def report(name: str, row, subject: str = "Račun") -> bytes:
    text = (BOUNCES / name).read_text(encoding="utf-8")
    for key, value in (
        ("{RCPT}", row.email),
        ("{SENDER}", "info@novak.cz"),
        ("{MESSAGE_ID}", row.message_id or ""),
        ("{DATE}", formatdate(time.time() + 1)),
        ("{SUBJECT}", subject),
    ):
        text = text.replace(key, value)
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


# -- bounces ------------------------------------------------------------------------------------


async def test_reports_in_five_formats_mark_their_rows_bounced_once(home, servers, dovecot):
    smtp = servers()
    profile = make_profile(smtp.port, dovecot)
    queue, batch, credentials = await send_batch(home, smtp, profile, 10)
    rows = queue.rows(batch)
    formats = {
        0: "postfix.eml",
        1: "exchange.eml",
        2: "gmail.eml",
        3: "exim.eml",
        4: "qmail.eml",
        5: "delayed.eml",
        6: "no_headers.eml",
        7: "unrelated.eml",
        8: "reply.eml",
    }
    for index, name in formats.items():
        dovecot.put("INBOX", report(name, rows[index]))

    result = await mailbox.check_bounces(queue, batch, profile, credentials)

    bounced = {b["email"]: b for b in result.to_json()["bounced"]}
    assert set(bounced) == {rows[i].email for i in (0, 1, 2, 3, 4, 6)}
    assert bounced[rows[0].email]["status"] == "5.1.1"
    assert "User unknown" in bounced[rows[0].email]["diagnostic"]
    assert bounced[rows[1].email]["status"] == "5.1.10"
    assert "RecipientNotFound" in bounced[rows[1].email]["diagnostic"]
    assert bounced[rows[2].email]["status"] == "5.1.1"
    assert "550 5.1.1" in bounced[rows[3].email]["diagnostic"]
    assert bounced[rows[4].email]["status"] == "5.1.1"
    assert bounced[rows[6].email]["status"] == "5.2.2"  # no original headers: by address
    assert bounced[rows[0].email]["row"] == rows[0].row
    assert [d["email"] for d in result.to_json()["delayed"]] == [rows[5].email]
    assert result.reports == 8  # the reply is not a report
    states = {r.email: r.state for r in queue.rows(batch)}
    assert [states[rows[i].email] for i in range(10)] == ["bounced"] * 5 + [
        "sent",
        "bounced",
        "sent",
        "sent",
        "sent",
    ]
    row = queue.row(rows[1].id)
    assert row.code == "bounced" and row.smtp_code == 550 and "5.1.10" in row.smtp_reply
    assert result.changed == 6

    again = await mailbox.check_bounces(queue, batch, profile, credentials)
    assert again.changed == 0
    assert {r.email: r.state for r in queue.rows(batch)} == states
    assert len(dovecot.messages("INBOX")) == 9  # read, never deleted


async def test_move_to_moves_only_the_matched_reports(home, servers, dovecot):
    smtp = servers()
    profile = make_profile(smtp.port, dovecot)
    queue, batch, credentials = await send_batch(home, smtp, profile, 3)
    rows = queue.rows(batch)
    dovecot.put("INBOX", report("postfix.eml", rows[0]))
    dovecot.put("INBOX", report("unrelated.eml", rows[1]))
    dovecot.put("INBOX", report("reply.eml", rows[2]))

    result = await mailbox.check_bounces(
        queue, batch, profile, credentials, move_to="Vrnjena pošta"
    )

    assert result.moved == 1
    moved = dovecot.messages(mailbox._quote("Vrnjena pošta"))
    assert len(moved) == 1 and rows[0].message_id.encode() in moved[0]
    left = dovecot.messages("INBOX")
    assert len(left) == 2 and not any(rows[0].message_id.encode() in m for m in left)


async def test_starttls_port_and_a_wrong_password(home, servers, dovecot):
    smtp = servers()
    profile = make_profile(
        smtp.port, dovecot, imap_port=dovecot.starttls_port, imap_encryption="starttls"
    )
    queue, batch, credentials = await send_batch(home, smtp, profile, 1)
    result = await mailbox.check_bounces(queue, batch, profile, credentials)
    assert result.reports == 0 and result.bounced == []
    with pytest.raises(mailbox.MailboxError) as info:
        await mailbox.check_bounces(queue, batch, profile, Credentials(USERNAME, "napačno"))
    assert info.value.code == "auth_failed"


async def test_a_profile_without_an_incoming_server_says_so(home, servers, dovecot):
    smtp = servers()
    profile = make_profile(smtp.port, dovecot, imap_host="", imap_port=None)
    queue, batch, credentials = await send_batch(home, smtp, profile, 1)
    with pytest.raises(mailbox.MailboxError) as info:
        await mailbox.check_bounces(queue, batch, profile, credentials)
    assert info.value.code == "no_imap"


# -- a copy in Sent -----------------------------------------------------------------------------


async def test_every_message_is_copied_to_sent_exactly_as_sent(home, servers, dovecot):
    smtp = servers()
    dovecot.create("Sent")  # the server marks it \\Sent
    profile = make_profile(smtp.port, dovecot, save_sent_copy=True)
    queue, batch, _ = await send_batch(home, smtp, profile, 5)
    copies = dovecot.messages("Sent")
    assert len(copies) == 5
    received = {
        message_from_bytes(r.data, policy=policy.default)["Message-ID"]: r.data
        for r in smtp.received
    }
    for copy in copies:
        message_id = message_from_bytes(copy, policy=policy.default)["Message-ID"]
        sent = received[message_id]
        assert copy.replace(b"\r\n", b"\n").rstrip() == sent.replace(b"\r\n", b"\n").rstrip()
    assert all(r.state == "sent" and r.code == "ok" for r in queue.rows(batch))


async def test_a_server_without_the_sent_flag_gets_the_copy_in_odeslane(home, servers, dovecot):
    smtp = servers(authenticator=make_authenticator(OTHER_USER, OTHER_PASSWORD))
    dovecot.create(mailbox._quote("Odeslané"), user=OTHER_USER)
    client = dovecot.client(OTHER_USER)
    try:
        folders = mailbox.parse_list(client.list('""', "*")[1])
    finally:
        client.logout()
    assert not any("\\sent" in f.flags for f in folders)
    profile = make_profile(smtp.port, dovecot, username=OTHER_USER, save_sent_copy=True)
    queue, batch, _ = await send_batch(home, smtp, profile, 2, password=OTHER_PASSWORD)
    assert len(dovecot.messages(mailbox._quote("Odeslané"), user=OTHER_USER)) == 2


@pytest.mark.expected_log  # "no copy in Sent for row …" is logged, as it should be
async def test_no_sent_folder_keeps_the_rows_sent_and_says_no_copy(home, servers, dovecot):
    smtp = servers(authenticator=make_authenticator(OTHER_USER, OTHER_PASSWORD))
    profile = make_profile(smtp.port, dovecot, username=OTHER_USER, save_sent_copy=True)
    queue, batch, _ = await send_batch(home, smtp, profile, 2, password=OTHER_PASSWORD)
    rows = queue.rows(batch)
    assert all(r.state == "sent" and r.code == "no_sent_copy" for r in rows)
    assert all("no copy in Sent: no_sent_folder" in r.smtp_reply for r in rows)
    assert len(smtp.received) == 2


# -- the parts that need no server ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["Sent", "Odeslané", "Wysłane", "Poslano", "A&B", "Ø"])
def test_folder_names_round_trip_modified_utf7(name):
    assert mailbox.decode_folder(mailbox.encode_folder(name)) == name
    assert mailbox.encode_folder("Odeslané") == "Odeslan&AOk-"


def test_the_sent_flag_wins_over_a_name():
    folders = [
        mailbox.Folder("INBOX/Sent", ("\\hasnochildren",), "/"),
        mailbox.Folder("Poslano", ("\\sent",), "/"),
    ]
    assert mailbox.find_sent_folder(folders) == "Poslano"
    assert mailbox.find_sent_folder(folders[:1]) == "INBOX/Sent"
    assert mailbox.find_sent_folder([mailbox.Folder("Archiv", (), "/")]) is None


# -- XOAUTH2 (an OAuth2 profile signs in to IMAP with its token) ---------------------------------


class _Introspection:
    """RFC 7662 token introspection on 127.0.0.1, as Dovecot's oauth2 passdb asks it."""

    def __init__(self, good_token: str) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from urllib.parse import parse_qs

        outer = self
        self.asked: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                token = (parse_qs(body).get("token") or [""])[0]
                outer.asked.append(token)
                answer = (
                    {"active": "true", "email": USERNAME}
                    if token == good_token
                    else {"active": "false"}
                )
                data = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/introspect"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


async def test_an_oauth2_profile_signs_in_with_xoauth2(home, servers, ca, tmp_path):
    introspection = _Introspection("ya29.dobar-eton")
    imap = start_dovecot(ca, tmp_path / "oauth-dovecot", introspection_url=introspection.url)
    try:
        smtp = servers()
        profile = make_profile(smtp.port, imap)
        queue, batch, credentials = await send_batch(home, smtp, profile, 2)
        imap.put("INBOX", report("postfix.eml", queue.rows(batch)[0]))

        async def token() -> str:
            return "ya29.dobar-eton"

        oauth = Credentials(USERNAME, oauth_token=token)
        result = await mailbox.check_bounces(queue, batch, profile, oauth)
        assert [b["email"] for b in result.to_json()["bounced"]] == [queue.rows(batch)[0].email]
        assert "ya29.dobar-eton" in introspection.asked

        async def revoked() -> str:
            return "ya29.preklican"

        with pytest.raises(mailbox.MailboxError) as info:
            await mailbox.check_bounces(
                queue, batch, profile, Credentials(USERNAME, oauth_token=revoked)
            )
        assert info.value.code == "auth_failed"
    finally:
        imap.stop()
        introspection.stop()


async def test_the_verify_test_message_is_copied_to_sent_too(home, servers, dovecot):
    from smtpdesk.core.verify import verify

    smtp = servers()
    dovecot.create("Sent")
    profile = make_profile(smtp.port, dovecot, save_sent_copy=True)
    result = await verify(profile, Credentials(profile.username, PASSWORD))
    assert result.ok and result.sent_copy == "Sent" and result.sent_copy_error is None
    copies = dovecot.messages("Sent")
    assert len(copies) == 1 and len(smtp.received) == 1
    assert (
        copies[0].replace(b"\r\n", b"\n").rstrip()
        == smtp.received[0].data.replace(b"\r\n", b"\n").rstrip()
    )
    assert result.to_json()["sent_copy"] == {"folder": "Sent", "error": None}


async def test_a_verify_whose_copy_cannot_be_made_still_passes(home, servers, dovecot):
    from smtpdesk.core.verify import verify

    smtp = servers(authenticator=make_authenticator(OTHER_USER, OTHER_PASSWORD))
    # this user's mailbox has no Sent folder at all
    profile = make_profile(smtp.port, dovecot, username=OTHER_USER, save_sent_copy=True)
    result = await verify(profile, Credentials(OTHER_USER, OTHER_PASSWORD))
    assert result.ok and result.sent_copy is None
    assert result.sent_copy_error.startswith("no_sent_folder")
    assert any("no copy in Sent" in line for line in result.transcript)
    assert len(smtp.received) == 1


# -- providers that keep the copy themselves (the provider database says so, with sources) ------


@pytest.mark.parametrize(
    ("host", "sender", "provider"),
    [
        ("smtp.gmail.com", "Ana Kos <ana.kos@gmail.com>", "Google Mail"),
        ("smtp.office365.com", "Jan Novák <info@novak.cz>", "Microsoft 365"),
    ],
)
async def test_a_provider_that_files_sent_mail_itself_gets_no_second_copy(
    home, servers, ca, dns_server, dovecot, host, sender, provider
):
    """The provider's SMTP server is this machine (SMTPDESK_DNS, a certificate for its name):
    the batch and the verify go through it, and nothing is appended to Sent."""
    from conftest import server_context

    from smtpdesk.core.verify import verify

    dns_server({host: "127.0.0.1"})
    smtp = servers(server_context=server_context(ca.issue_cert(host)))
    dovecot.create("Sent")
    profile = make_profile(smtp.port, dovecot, host=host, sender=sender, save_sent_copy=True)
    queue, batch, credentials = await send_batch(home, smtp, profile, 3)
    assert [r.code for r in queue.rows(batch)] == ["sent_copy_by_provider"] * 3
    assert queue.missing_sent_copies(batch) == []
    result = await verify(profile, credentials)
    assert result.ok and result.sent_copy is None and result.sent_copy_error is None
    assert result.to_json()["sent_copy"] == {
        "folder": None,
        "error": None,
        "kept_by_provider": provider,
    }
    assert f"-- copy in Sent: kept by the provider ({provider})" in result.transcript
    assert len(smtp.received) == 4 and dovecot.messages("Sent") == []


def test_the_providers_that_keep_sent_copies_say_where_they_say_so():
    from smtpdesk.core.providers import keeping_sent_copy, load_database

    keeping = {p.id: p.keeps_sent_copy for p in load_database().providers() if p.keeps_sent_copy}
    assert set(keeping) == {"gmail", "google-workspace", "microsoft-365", "outlook-com"}
    assert keeping["gmail"] == "https://support.google.com/mail/answer/78892"
    assert all(
        url.startswith("https://learn.microsoft.com/")
        for key, url in keeping.items()
        if key in ("microsoft-365", "outlook-com")
    )
    # found by the server the profile sends through, never by the sender's domain alone
    assert keeping_sent_copy("smtp-mail.outlook.com", "ana@hotmail.com").id == "outlook-com"
    assert keeping_sent_copy("smtp.gmail.com", "info@novak.cz").id == "google-workspace"
    assert keeping_sent_copy("mail.novak.cz", "ana@gmail.com") is None
    assert keeping_sent_copy("smtp.seznam.cz", "ana@seznam.cz") is None


# -- copies pipelined beside the batch, and a copy that fails never fails the message ----------


@pytest.mark.parametrize(
    "without", [(), ("MULTIAPPEND", "LITERAL+")], ids=["multiappend", "one-by-one-synchronizing"]
)
async def test_many_copies_go_in_few_rounds_each_once_and_exactly_as_sent(
    home, servers, ca, tmp_path, request, without
):
    """Dovecot as it is (all copies of a round in one MULTIAPPEND), and announcing neither
    MULTIAPPEND nor LITERAL+ (APPENDs in flight, each literal after the server's go-ahead)."""
    smtp = servers()
    dovecot = start_dovecot(ca, tmp_path / "imap", without=without)
    request.addfinalizer(dovecot.stop)
    dovecot.create("Sent")
    session = mailbox.Session(
        mailbox.ImapSettings("127.0.0.1", dovecot.ssl_port, "ssl", USERNAME, PASSWORD)
    )
    assert ("MULTIAPPEND" in session.capabilities) == (not without)
    session.close()
    profile = make_profile(smtp.port, dovecot, save_sent_copy=True)
    queue = Queue(home / "queue.sqlite3")
    batch = queue.create_batch(profile.name, SPEC, people(60))
    sender = Sender(
        queue,
        batch,
        profile,
        Credentials(profile.username, PASSWORD),
        template_for(profile, SPEC),
        options=SendOptions.for_profile(profile, concurrency=4),
    )
    outcome = await sender.run()
    assert outcome.summary.sent == 60 and sender.sent_copy.copied == 60
    assert sender.sent_copy.rounds < 60  # several copies rode each round
    copies = dovecot.messages("Sent")
    assert sorted(c.replace(b"\r\n", b"\n").rstrip() for c in copies) == sorted(
        r.data.replace(b"\r\n", b"\n").rstrip() for r in smtp.received
    )
    assert queue.missing_sent_copies(batch) == []  # nothing kept once the copy is in Sent
    assert all(r.code == "ok" for r in queue.rows(batch))


@pytest.mark.expected_log  # "no copy in Sent for … message(s)" is logged, as it should be
async def test_a_refused_append_keeps_the_row_sent_with_the_reason(
    home, servers, ca, tmp_path, request
):
    """Dovecot refuses a message over its size limit: that row says why, the others are
    copied, every message went."""
    smtp = servers()
    dovecot = start_dovecot(ca, tmp_path / "small", max_mail_size="30k")
    request.addfinalizer(dovecot.stop)
    dovecot.create("Sent")
    spec = BatchSpec(
        subject="Račun za {{ Ime }}", text_body="{{ Opomba }}\n", columns=("email", "Ime", "Opomba")
    )
    recipients = [
        Recipient(
            i + 2,
            f"stranka{i}@example.si",
            {
                "email": f"stranka{i}@example.si",
                "Ime": str(i),
                "Opomba": ("Vrstica računa. " * 4000) if i == 1 else "Hvala.",
            },
        )
        for i in range(3)
    ]
    profile = make_profile(smtp.port, dovecot, save_sent_copy=True)
    queue = Queue(home / "queue.sqlite3")
    batch = queue.create_batch(profile.name, spec, recipients)
    outcome = await Sender(
        queue, batch, profile, Credentials(profile.username, PASSWORD), template_for(profile, spec)
    ).run()
    assert outcome.summary.sent == 3 and len(smtp.received) == 3
    rows = queue.rows(batch)
    assert [r.state for r in rows] == ["sent"] * 3
    assert [r.code for r in rows] == ["ok", "no_sent_copy", "ok"]
    assert "[no copy in Sent: server_error: APPEND: " in rows[1].smtp_reply
    assert rows[1].smtp_reply.startswith("2.0.0 Ok")  # the server's answer stays
    assert len(dovecot.messages("Sent")) == 2
    assert queue.missing_sent_copies(batch) == [rows[1].id]


@pytest.mark.expected_log  # the first run logs that it could not make the copies
async def test_a_copy_already_in_sent_is_not_appended_again_by_the_next_run(home, servers, dovecot):
    """A run ended after an APPEND reached the server but before its answer was read: the
    copy is in Sent and its bytes are still kept. The next run looks before it appends."""
    from servers import free_port

    smtp = servers()
    dovecot.create("Sent")
    down = make_profile(smtp.port, dovecot, save_sent_copy=True, imap_port=free_port())
    queue, batch, credentials = await send_batch(home, smtp, down, 3)
    missing = queue.missing_sent_copies(batch)
    assert len(missing) == 3
    dovecot.put("Sent", queue.sent_copy(missing[0]))  # the one that did get there
    up = make_profile(smtp.port, dovecot, save_sent_copy=True)
    assert [r.code for r in queue.rows(batch)] == ["no_sent_copy"] * 3
    events = []
    sender = Sender(queue, batch, up, credentials, template_for(up, SPEC), on_event=events.append)
    outcome = await sender.run()
    assert outcome.summary.sent == 3 and len(smtp.received) == 3
    # the Queue page hears that each row has its copy now
    assert {(e.row_id, e.state, e.code) for e in events if hasattr(e, "row_id")} == {
        (row_id, "sent", "ok") for row_id in missing
    }
    ids = [
        message_from_bytes(c, policy=policy.default)["Message-ID"] for c in dovecot.messages("Sent")
    ]
    assert sorted(ids) == sorted(r.message_id for r in queue.rows(batch))
    assert queue.missing_sent_copies(batch) == [] and sender.sent_copy.copied == 3
