"""The batch engine against real SMTP servers with scripted faults: nothing lost, nothing
sent twice, limits kept."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from servers import PASSWORD, USERNAME

from smtpdesk.core.profile import Profile
from smtpdesk.core.queue import BatchSpec, Queue
from smtpdesk.core.recipients import Recipient
from smtpdesk.core.sender import (
    ProgressEvent,
    RateLimiter,
    RowEvent,
    Sender,
    SendOptions,
    template_for,
)
from smtpdesk.core.transport import Credentials

FAST = dict(retry_base=0.05, retry_cap=0.2, max_wait=30)


def people(n: int, domain: str = "example.si") -> list[Recipient]:
    return [
        Recipient(i + 2, f"oseba{i}@{domain}", {"email": f"oseba{i}@{domain}", "Ime": f"Oseba {i}"})
        for i in range(n)
    ]


def make_profile(port: int, **changes) -> Profile:
    values = dict(
        name="Pisarna",
        host="127.0.0.1",
        port=port,
        sender="Jan Novák <info@novak.cz>",
        encryption="starttls",
        username=USERNAME,
        timeout=5,
    )
    values.update(changes)
    return Profile(**values)


SPEC = BatchSpec(
    subject="Račun za {{ Ime }}", text_body="Pozdravljeni, {{Ime}}!\n", columns=("email", "Ime")
)


class Harness:
    def __init__(self, home, server, recipients, **profile_changes):
        self.queue = Queue(home / "queue.sqlite3")
        self.profile = make_profile(server.port, **profile_changes)
        self.batch = self.queue.create_batch("Pisarna", SPEC, recipients)
        self.events: list = []

    def sender(self, **options) -> Sender:
        merged = {**FAST, **options}
        return Sender(
            self.queue,
            self.batch,
            self.profile,
            Credentials(USERNAME, PASSWORD),
            template_for(self.profile, SPEC),
            options=SendOptions.for_profile(self.profile, **merged),
            on_event=self.events.append,
        )

    async def run(self, **options):
        return await self.sender(**options).run()

    def states(self) -> dict[str, str]:
        return {row.email: row.state for row in self.queue.rows(self.batch)}


@pytest.fixture
def server(servers):
    return servers


def times(reply: str, n: int):
    """A scripted reply for the first `n` uses, then normal service."""
    count = {"n": 0}
    lock = threading.Lock()

    def script(_argument):
        with lock:
            count["n"] += 1
            return reply if count["n"] <= n else None

    return script


def delivered(server) -> list[str]:
    return sorted(r.rcpt_tos[0] for r in server.received)


async def test_a_batch_is_sent_once_each_over_reused_connections(home, server):
    s = server()
    h = Harness(home, s, people(30))
    outcome = await h.run(concurrency=3, max_per_connection=5)
    assert outcome.status == "finished"
    assert outcome.summary.sent == 30 and outcome.summary.failed == 0
    assert delivered(s) == sorted(f"oseba{i}@example.si" for i in range(30))
    assert 6 <= len(s.handler.sessions) <= 9  # 5 per connection, not one per message
    message = s.received[0].message
    assert str(message["Subject"]).startswith("Račun za Oseba")
    rows = h.queue.rows(h.batch)
    assert all(r.state == "sent" and r.smtp_code == 250 and r.message_id for r in rows)
    sent_events = [e for e in h.events if isinstance(e, RowEvent) and e.state == "sent"]
    assert len(sent_events) == 30


async def test_permanent_refusals_fail_those_rows_and_the_rest_go(home, server):
    unknown = "550 5.1.1 <x>: Recipient address rejected: User unknown"
    s = server(
        replies={
            "RCPT": lambda a: (
                unknown if a.startswith("oseba3@") or a.startswith("oseba7@") else None
            )
        }
    )
    h = Harness(home, s, people(10))
    outcome = await h.run()
    assert (outcome.summary.sent, outcome.summary.failed) == (8, 2)
    failed = {r.email: r for r in h.queue.rows(h.batch, ["failed"])}
    assert set(failed) == {"oseba3@example.si", "oseba7@example.si"}
    row = failed["oseba3@example.si"]
    assert (row.code, row.smtp_code) == ("recipient_rejected", 550)
    assert "User unknown" in row.smtp_reply
    assert len(s.received) == 8


@pytest.mark.parametrize(
    "command,reply",
    [
        ("MAIL", "450 4.7.1 Error: too much mail from 127.0.0.1"),
        ("RCPT", "451 4.7.1 Greylisted, please try again later"),
        ("DATA", "421 4.7.0 Try again later, closing connection."),
    ],
)
async def test_temporary_refusals_are_deferred_then_sent(home, server, command, reply):
    s = server(replies={command: times(reply, 3)})
    h = Harness(home, s, people(6))
    outcome = await h.run(concurrency=2)
    assert outcome.status == "finished" and outcome.summary.sent == 6
    assert delivered(s) == sorted(f"oseba{i}@example.si" for i in range(6))
    assert any(isinstance(e, RowEvent) and e.state == "deferred" for e in h.events)


async def test_an_account_rate_limit_does_not_use_up_the_messages_attempts(home, server):
    # Postfix's anvil says this to every message for a while; each row may meet it often
    s = server(replies={"MAIL": times("450 4.7.1 Error: too much mail from 127.0.0.1", 12)})
    h = Harness(home, s, people(4))
    outcome = await h.run(concurrency=1, max_attempts=3)
    assert (outcome.summary.sent, outcome.summary.failed) == (4, 0)
    assert sum(isinstance(e, RowEvent) and e.state == "deferred" for e in h.events) == 12


async def test_a_temporary_failure_past_its_budget_fails(home, server):
    s = server(
        replies={"RCPT": lambda a: "450 4.2.1 Mailbox busy" if a.startswith("oseba1@") else None}
    )
    h = Harness(home, s, people(3))
    outcome = await h.run(max_attempts=3)
    assert (outcome.summary.sent, outcome.summary.failed) == (2, 1)
    row = h.queue.rows(h.batch, ["failed"])[0]
    assert (row.email, row.attempts, row.smtp_code) == ("oseba1@example.si", 3, 450)


async def test_a_drop_after_the_data_is_uncertain_and_not_resent(home, server):
    s = server(replies={"DATA_DROP": lambda a: a.startswith("oseba2@")})
    h = Harness(home, s, people(5))
    outcome = await h.run(concurrency=1)
    assert outcome.summary.uncertain == 1 and outcome.summary.sent == 4
    assert h.states()["oseba2@example.si"] == "uncertain"
    assert delivered(s).count("oseba2@example.si") == 1
    again = await h.run()  # resuming never resends an uncertain message on its own
    assert again.summary.uncertain == 1
    assert delivered(s).count("oseba2@example.si") == 1


async def test_message_too_large(home, server):
    s = server(
        replies={
            "DATA": lambda a: (
                "552 5.3.4 Message size exceeds fixed limit" if a.startswith("oseba0@") else None
            )
        }
    )
    h = Harness(home, s, people(2))
    outcome = await h.run()
    assert (outcome.summary.sent, outcome.summary.failed) == (1, 1)
    assert h.queue.rows(h.batch, ["failed"])[0].code == "message_too_large"


async def test_larger_than_the_ehlo_size_fails_without_sending(home, server):
    s = server(data_size_limit=300)
    h = Harness(home, s, people(2))
    outcome = await h.run()
    assert outcome.summary.failed == 2 and s.received == []
    assert {r.code for r in h.queue.rows(h.batch)} == {"message_too_large"}


async def test_wrong_password_stops_and_keeps_rows_pending(home, server):
    s = server()
    h = Harness(home, s, people(3))
    sender = h.sender()
    sender.credentials = Credentials(USERNAME, "wrong")
    outcome = await sender.run()
    assert (outcome.status, outcome.diagnosis.code) == ("stopped", "auth_failed")
    assert outcome.summary.pending == 3 and s.received == []


async def test_sender_refused_for_every_message_stops_the_batch(home, server):
    s = server(
        replies={
            "MAIL": "553 5.7.1 <info@novak.cz>: Sender address rejected: "
            "not owned by user info@novak.cz"
        }
    )
    h = Harness(home, s, people(4))
    outcome = await h.run()
    assert (outcome.status, outcome.diagnosis.code) == ("stopped", "sender_rejected")
    assert outcome.summary.pending == 4


async def test_day_limit_holds_the_batch_and_survives_a_restart(home, server):
    s = server()
    h = Harness(home, s, people(5))
    outcome = await h.run(max_per_day=3)
    assert (outcome.status, outcome.reason, outcome.summary.sent) == ("later", "day", 3)
    assert outcome.resume_at is not None and outcome.resume_at > time.time() + 86000
    restarted = Queue(home / "queue.sqlite3")  # a new process would start from the file
    h.queue = restarted
    again = await h.run(max_per_day=3)
    assert (again.status, again.summary.sent) == ("later", 3)
    assert len(s.received) == 3


async def test_a_limit_spreads_the_messages_evenly_over_its_window(home, server):
    """120 a minute is one every 0.5 s, not a burst of 6 and then a wait: no two messages
    arrive closer than half the interval, and the measured rate never reads above it."""
    s = server()
    h = Harness(home, s, people(6))
    outcome = await h.run(max_per_minute=120, concurrency=2)
    assert outcome.status == "finished" and outcome.summary.sent == 6
    arrivals = sorted(r.at for r in s.received)
    gaps = [b - a for a, b in zip(arrivals, arrivals[1:], strict=False)]
    assert min(gaps) >= 0.25, gaps
    progress = [e for e in h.events if isinstance(e, ProgressEvent)]
    assert max(e.rate_per_minute for e in progress) <= 120
    assert any(e.rate_per_minute > 0 for e in progress)  # it is measured, not left out
    # the time left is known from the pace before any rate is: 5 more at 0.5 s each
    first_sent = next(e for e in progress if e.summary.sent == 1)
    assert first_sent.eta_seconds is not None and 2.0 <= first_sent.eta_seconds <= 30


def test_the_windows_are_never_exceeded_and_the_pace_is_the_shortest_interval():
    """Pure arithmetic on given times: no clock involved."""
    options = SendOptions(max_per_minute=30, max_per_hour=1000, max_per_day=10000)
    assert RateLimiter(options, []).interval == 2.0  # the minute's 2 s, not the day's 8.6 s
    assert RateLimiter(SendOptions(max_per_day=500), []).interval == 0.0  # a quota only
    # 10 a minute, 10 sent in the last minute (every 5 s from t=1000): the 11th waits for
    # the window, whatever the pace says
    limiter = RateLimiter(SendOptions(max_per_minute=10), [1000.0 + 5 * i for i in range(10)])
    assert limiter.interval == 6.0
    at, reason = limiter.next_slot(1046.0)
    assert (at, reason) == (1060.0, "minute")
    # one sent at t=1000 with room in the window: the next waits for the pace
    limiter = RateLimiter(SendOptions(max_per_minute=10), [1000.0])
    assert limiter.next_slot(1001.0) == (1006.0, "pace")
    assert limiter.next_slot(1006.0) == (1006.0, None)
    limiter.take(1006.0)
    assert limiter.next_slot(1007.0) == (1012.0, "pace")
    assert limiter.max_rate_per_minute == 10


async def test_pause_stops_sending_and_resume_continues(home, server):
    s = server()
    h = Harness(home, s, people(20))
    sender = h.sender(concurrency=2)
    task = asyncio.ensure_future(sender.run())
    while len(s.received) < 3:
        await asyncio.sleep(0.01)
    sender.pause()
    at_pause = len(s.received)
    await asyncio.sleep(0.3)
    paused_count = len(s.received)
    assert paused_count <= at_pause + 2  # at most one message per connection after it
    await asyncio.sleep(0.3)
    assert len(s.received) == paused_count
    sender.resume()
    outcome = await asyncio.wait_for(task, 20)
    assert outcome.summary.sent == 20 and len(s.received) == 20


async def test_after_pause_and_resume_rows_go_out_in_spreadsheet_order(home, server):
    s = server()
    h = Harness(home, s, people(10))
    sender = h.sender(concurrency=2, max_per_minute=300)  # one every 0.2 s
    task = asyncio.ensure_future(sender.run())
    while len(s.received) < 3:
        await asyncio.sleep(0.01)
    sender.pause()
    await asyncio.sleep(0.6)  # workers that held a slot give it back, not their row
    assert len(s.received) < 10
    sender.resume()
    outcome = await asyncio.wait_for(task, 20)
    assert outcome.summary.sent == 10
    assert [r.rcpt_tos[0] for r in s.received] == [f"oseba{i}@example.si" for i in range(10)]


async def test_a_pause_while_the_limit_holds_the_batch_keeps_the_order(home, server):
    """The minute's window is full from earlier sends (recorded by the limiter as a previous
    batch would have), freeing one slot a second; a pause while workers wait for those
    slots must not let later rows overtake: the server gets them in spreadsheet order."""
    s = server()
    h = Harness(home, s, people(6))
    sender = h.sender(concurrency=2, max_per_minute=60)
    now = time.time()
    for i in range(60):
        sender.limiter.record(now - 59.5 + i)
    task = asyncio.ensure_future(sender.run())
    while len(s.received) < 1:
        await asyncio.sleep(0.01)
    sender.pause()
    await asyncio.sleep(1.5)
    sender.resume()
    outcome = await asyncio.wait_for(task, 30)
    assert outcome.summary.sent == 6
    assert [r.rcpt_tos[0] for r in s.received] == [f"oseba{i}@example.si" for i in range(6)]


async def test_cancel_marks_the_rest_cancelled(home, server):
    s = server()
    h = Harness(home, s, people(30))
    sender = h.sender(concurrency=1)
    task = asyncio.ensure_future(sender.run())
    while len(s.received) < 2:
        await asyncio.sleep(0.01)
    sender.cancel()
    outcome = await asyncio.wait_for(task, 10)
    assert outcome.status == "cancelled"
    assert outcome.summary.sent + outcome.summary.cancelled == 30
    assert outcome.summary.sent == len(s.received)


async def test_retry_failed_rows_sends_them(home, server):
    refuse = {"on": True}
    s = server(
        replies={
            "RCPT": lambda a: (
                "550 5.7.1 Rejected for now" if refuse["on"] and a.startswith("oseba1@") else None
            )
        }
    )
    h = Harness(home, s, people(3))
    first = await h.run()
    assert first.summary.failed == 1
    refuse["on"] = False
    assert h.queue.requeue(h.batch, ("failed", "deferred")) == 1
    second = await h.run()
    assert second.summary.sent == 3 and delivered(s).count("oseba1@example.si") == 1


async def test_bcc_archive_gets_a_copy_in_the_envelope_only(home, server):
    s = server()
    h = Harness(home, s, people(2), bcc_archive="arhiv@novak.cz")
    await h.run()
    for received in s.received:
        assert received.rcpt_tos[1] == "arhiv@novak.cz"
        assert "arhiv@novak.cz" not in received.data.decode()


async def test_a_second_process_cannot_work_the_same_batch(home, server):
    s = server()
    h = Harness(home, s, people(2))
    lock = h.queue.lock(h.batch)
    lock.acquire()
    try:
        assert h.queue.is_locked(h.batch)
        other = Queue(home / "queue.sqlite3")
        with pytest.raises(Exception, match="another process"):
            other.lock(h.batch).acquire()
    finally:
        lock.release()
    assert not h.queue.is_locked(h.batch)


async def test_an_unreadable_reply_after_the_data_is_uncertain_not_a_crash(home):
    from servers import ScriptedServer

    garbled = ScriptedServer(
        lambda line: "this is not an SMTP reply" if line == "END_DATA" else None
    )
    try:
        h = Harness(home, garbled, people(2), encryption="none", auth=False)
        outcome = await h.run(concurrency=1)
    finally:
        garbled.stop()
    assert outcome.status == "finished"
    assert outcome.summary.uncertain == 2 and outcome.summary.sent == 0


async def test_due_rows_are_found_behind_many_that_wait_longer(home, server):
    s = server()
    h = Harness(home, s, people(300))
    far, now = time.time() + 3000, time.time()
    for row in h.queue.rows(h.batch):
        due = row.position >= 290  # the last ten are due; 290 before them wait ~an hour
        h.queue.mark(row.id, "deferred", code="rate_limited", next_attempt=now if due else far)
    outcome = await h.run(max_wait=60)
    assert (outcome.status, outcome.reason) == ("later", "deferred")
    assert sorted(delivered(s)) == sorted(f"oseba{i}@example.si" for i in range(290, 300))


async def test_a_batch_never_pins_a_self_signed_certificate(home, servers, self_signed_context):
    s = servers(mode="starttls", server_context=self_signed_context)
    h = Harness(home, s, people(3), allow_self_signed=True)
    outcome = await h.run()
    # the old first-use pin trusted whatever certificate a batch met first
    assert (outcome.status, outcome.diagnosis.code) == ("stopped", "certificate_untrusted")
    assert outcome.summary.pending == 3 and s.received == []
    assert not (home / "pins.json").exists()


async def test_a_damaged_pin_file_stops_a_batch_and_stays_as_it_was(
    home, servers, self_signed_context
):
    s = servers(mode="starttls", server_context=self_signed_context)
    (home / "pins.json").write_bytes(b"\x00\xffdamaged")
    h = Harness(home, s, people(2), allow_self_signed=True)
    outcome = await h.run()
    assert (outcome.status, outcome.diagnosis.code) == ("stopped", "certificate_untrusted")
    assert "pins.json" in outcome.diagnosis.detail
    assert (home / "pins.json").read_bytes() == b"\x00\xffdamaged"
    assert s.received == [] and outcome.summary.pending == 2


async def test_two_processes_on_one_account_share_its_day_limit(home, server):
    """Another window or `smtpdesk send` through the same account counts for the limits: the
    second sender was set up before the first one sent anything, and still stops in time."""
    s = server()
    first = Harness(home, s, people(3, "prvi.si"), max_per_day=5)
    second = Harness(home, s, people(5, "drugi.si"), max_per_day=5)
    second.queue = Queue(home / "queue.sqlite3")  # its own connection, as another process
    waiting = second.sender()  # reads the account's history now: nothing sent yet
    assert (await first.run()).summary.sent == 3
    outcome = await waiting.run()
    assert (outcome.status, outcome.reason) == ("later", "day")
    assert outcome.summary.sent == 2 and len(s.received) == 5


def greylisting(seconds: float, *, say_how_long: bool = True):
    """A greylisting server's RCPT: each new recipient is held back once, for `seconds`
    (Postfix with postgrey, rspamd); a retry after that is accepted."""
    first_seen: dict[str, float] = {}
    lock = threading.Lock()
    wording = (
        f"Greylisted, try again in {seconds:g} seconds"
        if say_how_long
        else "Greylisted, see http://postgrey.schweikert.ch/help/example.si.html"
    )

    def script(address: str):
        with lock:
            seen = first_seen.setdefault(address, time.monotonic())
            if time.monotonic() - seen < seconds:
                return f"450 4.2.0 <{address}>: Recipient address rejected: {wording}"
        return None

    return script


async def test_greylisting_holds_back_each_recipient_alone_for_as_long_as_it_says(home, server):
    s = server(replies={"RCPT": greylisting(2)})
    h = Harness(home, s, people(20))
    # the real back-off (30 s, doubling): a greylisted recipient must not set it off
    sender = h.sender(concurrency=2, retry_base=30.0, retry_cap=3600.0, max_wait=600)
    outcome = await sender.run()
    assert outcome.status == "finished" and outcome.summary.sent == 20
    assert delivered(s) == sorted(f"oseba{i}@example.si" for i in range(20))
    rows = h.queue.rows(h.batch)
    assert max(row.attempts for row in rows) <= 2  # held back once, then accepted
    deferred = [e for e in h.events if isinstance(e, RowEvent) and e.state == "deferred"]
    assert deferred and all(e.code == "rate_limited" and e.smtp_code == 450 for e in deferred)
    # the batch's pace was never lowered for it
    assert sender.limiter.penalty_until == 0.0
    assert not any(isinstance(e, ProgressEvent) and e.waiting_reason == "backoff" for e in h.events)


async def test_greylisting_that_names_no_delay_retries_that_recipient_by_the_back_off(home, server):
    s = server(replies={"RCPT": greylisting(0.3, say_how_long=False)})
    h = Harness(home, s, people(6))
    sender = h.sender(concurrency=2)
    outcome = await sender.run()
    assert outcome.summary.sent == 6
    assert sender.limiter.penalty_until == 0.0


async def test_an_account_refusal_at_rcpt_still_slows_the_whole_batch(home, server):
    too_many = "451 4.7.1 <x>: Recipient address rejected: too many messages from your account"
    s = server(replies={"RCPT": times(too_many, 2)})
    h = Harness(home, s, people(4))
    sender = h.sender(concurrency=1)
    outcome = await sender.run()
    assert outcome.summary.sent == 4
    assert sender.limiter.penalty_until > 0.0
