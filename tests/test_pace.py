"""The server's pace learned from its refusals: kept to for the rest of the batch, kept for
the profile, and the next batch starts at it. Against aiosmtpd servers that throttle as
Postfix's anvil does (a fixed window, N messages in it, then 450/421 4.7.0)."""

from __future__ import annotations

import json

import pytest
from servers import PASSWORD, WindowLimit
from test_cli import last_json, run_cli, write_profile
from test_sender import Harness, delivered, make_profile, people

from smtpdesk.core import pace
from smtpdesk.core.pace import DAY, HOUR, MINUTE, LearnedPace, learn, stated_window
from smtpdesk.core.profile import ProfileStore
from smtpdesk.core.sender import ProgressEvent, RowEvent, account_key

TOO_MUCH = "450 4.7.0 Error: too much mail from 127.0.0.1: 6 messages per 2 seconds"


def refusals(events) -> int:
    return sum(isinstance(e, RowEvent) and e.state == "deferred" for e in events)


async def test_the_batch_learns_the_pace_keeps_to_it_and_the_next_batch_starts_at_it(home, servers):
    throttle = WindowLimit(6, 2.0, TOO_MUCH)
    s = servers(replies={"MAIL": throttle})
    first = Harness(home, s, people(14))
    outcome = await first.run(concurrency=1)
    assert (outcome.status, outcome.summary.sent, outcome.summary.failed) == ("finished", 14, 0)
    assert delivered(s) == sorted(f"oseba{i}@example.si" for i in range(14))  # each once
    # refused once, after the six of the first window; never again at the learned pace
    assert throttle.refusals == 1 and refusals(first.events) == 1
    assert throttle.most_let_through == 6
    assert outcome.learned and (outcome.pace.limit, outcome.pace.span, outcome.pace.seen) == (
        5,
        2.0,
        6,
    )
    kept = pace.last("Pisarna", account_key(first.profile))
    assert kept == outcome.pace and kept.reply.startswith("4.7.0 Error: too much mail")
    # the rows after the refusal left in spreadsheet order, the refused one last
    order = [e.email for e in first.events if isinstance(e, RowEvent) and e.state == "sent"]
    assert order == [f"oseba{i}@example.si" for i in (*range(6), *range(7, 14), 6)]
    progress = [e for e in first.events if isinstance(e, ProgressEvent)]
    assert progress[0].pace is None and progress[-1].pace == kept

    second = Harness(home, s, people(14, "example.cz"))
    sender = second.sender(concurrency=2)
    assert sender.pace == kept and sender.limiter.learned == {2.0: 5}
    # 5 every 2 s, evenly, over a window a second longer than the server's
    assert sender.limiter.interval == pytest.approx(3.0 / 5)
    again = await sender.run()
    assert (again.summary.sent, again.summary.failed, again.learned) == (14, 0, False)
    assert throttle.refusals == 1 and refusals(second.events) == 0  # not refused once
    assert len(s.received) == 28 and len({r.rcpt_tos[0] for r in s.received}) == 28


async def test_a_421_that_names_no_window_is_counted_over_the_default_one(home, servers):
    throttle = WindowLimit(8, 2.0, "421 4.7.0 Try again later, closing connection.")
    s = servers(replies={"MAIL": throttle})
    h = Harness(home, s, people(16))
    outcome = await h.run(concurrency=2, learn_window=2.0)
    assert (outcome.summary.sent, outcome.summary.failed, outcome.summary.uncertain) == (16, 0, 0)
    assert delivered(s) == sorted(f"oseba{i}@example.si" for i in range(16))
    # two workers: the one whose message was on its way is refused with the other
    assert 1 <= throttle.refusals <= 2 and throttle.most_let_through == 8
    learned = outcome.pace
    assert learned is not None and learned.span == 2.0
    assert learned.limit == learned.seen - 1 and learned.seen in (7, 8)


async def test_few_messages_before_a_refusal_teach_nothing_the_pause_doubles(home, servers):
    throttle = WindowLimit(2, 2.0, "450 4.7.0 Error: too much mail from 127.0.0.1")
    s = servers(replies={"MAIL": throttle})
    h = Harness(home, s, people(4))
    outcome = await h.run(concurrency=1, learn_window=2.0)
    assert (outcome.summary.sent, outcome.summary.failed) == (4, 0)
    assert outcome.pace is None and not outcome.learned
    assert pace.last("Pisarna") is None and throttle.refusals >= 1


def test_a_lower_limit_of_the_users_wins_over_the_learned_pace(home, servers):
    s = servers()
    h = Harness(home, s, people(1))
    pace.record(LearnedPace("Pisarna", account_key(h.profile), 95, MINUTE, 100, 1.0))
    # no limit of the user's: the server's, over a window a little longer than its minute
    assert h.sender().limiter.interval == pytest.approx(61.2 / 95)
    slower = Harness(home, s, people(1), max_per_minute=30)
    limiter = slower.sender().limiter
    assert limiter.max_rate_per_minute == 30 and limiter.interval == pytest.approx(2.0)
    faster = Harness(home, s, people(1), max_per_minute=200)
    limiter = faster.sender().limiter
    assert limiter.max_rate_per_minute == pytest.approx(95 * 60 / 61.2)
    assert limiter.interval == pytest.approx(61.2 / 95)
    # another server or user name: the pace was learned elsewhere and does not apply
    elsewhere = Harness(home, s, people(1), username="racunovodstvo@novak.cz")
    assert elsewhere.sender().pace is None and elsewhere.sender().limiter.learned == {}


def test_the_pace_lives_in_the_data_directory_and_follows_the_profile(home):
    store = ProfileStore()
    profile = make_profile(2525)
    store.save(profile)
    learned = LearnedPace("Pisarna", account_key(profile), 57, MINUTE, 60, 1.0, "450 4.7.0")
    pace.record(learned)
    stored = json.loads((home / "paces.json").read_text(encoding="utf-8"))
    assert stored["pisarna"]["limit"] == 57
    assert "57" not in (home / "profiles" / "Pisarna.toml").read_text(encoding="utf-8")
    assert pace.last("PISARNA", account_key(profile)) == learned  # names in any case
    store.rename("Pisarna", "Pisarna 2")
    assert pace.last("Pisarna") is None and pace.last("Pisarna 2").limit == 57
    store.delete("Pisarna 2")
    assert pace.last("Pisarna 2") is None


@pytest.mark.parametrize(
    "reply,window",
    [
        (
            "450 4.7.1 <END-OF-MESSAGE>: End-of-data rejected: Number messages per hour exceeded. "
            "Error:RATE_MSG",
            HOUR,
        ),
        (
            "451 Domain oss-india.net has exceeded the max emails "
            "per hour (123/100 (123%)) allowed.",
            HOUR,
        ),
        ("550 5.4.5 Daily user sending quota exceeded. o65sm25351206pga.71 - gsmtp", DAY),
        ("550 5.7.1 <DATA>: Data command rejected: only 10 messages per day", DAY),
        ("454 Throttling failure: Maximum sending rate exceeded.", None),
        ("450 4.7.0 Error: too much mail from 127.0.0.1: 6 messages per 2 seconds", 2.0),
        ("421 4.7.0 Try again in 30 seconds, closing connection.", None),
        ("4.3.2 Message submission rate for this client has exceeded the configured limit", None),
    ],
)
def test_the_window_a_reply_names(reply, window):
    assert stated_window(reply) == window


def test_learning_from_the_sends_before_a_refusal():
    burst = [float(t) for t in range(100)]  # 100 messages, one a second, then refused
    assert learn(burst, 99.5, stated=None) == (57, MINUTE, 60)  # 60 in the last minute
    assert learn(burst, 99.5, stated=HOUR) == (95, HOUR, 100)
    # the minute already waited out and still refused: the server counts over an hour
    assert learn(burst, 200.0, stated=None) == (95, HOUR, 100)
    # refused again at a pace learned before: that pace was too fast, it goes down
    assert learn(burst[-30:], 99.5, stated=None, known={MINUTE: 57}) == (28, MINUTE, 30)
    assert learn(burst, 99.5, stated=None, known={MINUTE: 57}) == (54, MINUTE, 60)
    # a few messages before a refusal that names no window: a passing one, nothing learned
    assert learn(burst[-4:], 99.5, stated=None) is None
    assert learn([], 99.5, stated=None) is None
    assert learn(burst[-3:], 99.5, stated=DAY) == (2, DAY, 3)  # "only 3 a day": believed


def test_cli_send_and_status_show_the_learned_pace(home, tmp_path, servers):
    throttle = WindowLimit(6, 2.0, TOO_MUCH)
    s = servers(replies={"MAIL": throttle})
    profile = write_profile(tmp_path / "p.toml", s.port)
    recipients = tmp_path / "r.csv"
    recipients.write_text(
        "email\n" + "".join(f"r{i}@example.si\n" for i in range(10)), encoding="utf-8"
    )
    body = tmp_path / "body.txt"
    body.write_text("Pozdravljeni\n", encoding="utf-8")
    args = (
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
        "--concurrency",
        "1",
    )
    result = run_cli(*args, home=home, stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    data = last_json(result)
    assert data["sent"] == 10 and data["failed"] == 0
    assert data["server_pace"] | {"learned_at": None} == {
        "messages": 5,
        "seconds": 2.0,
        "per_minute": 150.0,
        "seen": 6,
        "learned_at": None,
        "learned_now": True,
        "reply": TOO_MUCH[4:],
    }
    assert "refused more after 6 messages in 2 s: sending at 150 messages a minute" in result.stderr
    status = run_cli("status", str(data["batch"]), home=home)
    assert "150 messages a minute" in status.stdout and "after 6 messages" in status.stdout
    status_json = last_json(run_cli("status", str(data["batch"]), "--json", home=home))
    assert status_json["server_pace"]["messages"] == 5
    assert status_json["server_pace"]["learned_now"] is False
    # the next batch starts at it, says so, and is not refused
    recipients.write_text(
        "email\n" + "".join(f"z{i}@example.cz\n" for i in range(10)), encoding="utf-8"
    )
    result = run_cli(*args, home=home, stdin=PASSWORD + "\n")
    assert result.returncode == 0 and throttle.refusals == 1
    assert (
        "Starting at the pace the server allowed this profile: 150 messages a minute"
        in result.stderr
    )
    assert last_json(result)["server_pace"]["learned_now"] is False
