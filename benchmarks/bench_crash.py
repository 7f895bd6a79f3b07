"""Kill -9 at random moments: does `smtpdesk` lose or double a message? (counted by the server)

Runs `smtpdesk send --concurrency 4` of a 2 000-message batch to a local STARTTLS+AUTH sink
(its own process; it logs every message it accepted, before answering 250), SIGKILLs the
sender at --kills random moments, runs `smtpdesk resume` after each kill, and lets the last
resume finish. The kill delays are drawn uniformly from [0, 2T/(kills+1)], T being the
time of an uninterrupted run of the same batch measured first (the baseline), so the kills
fall anywhere: interpreter start, reading, storing, connecting, mid-DATA. The RNG is
SystemRandom unless --seed is given; the delays are printed.

Then, per address, from the SERVER's log and `smtpdesk status --export`:
  lost     = not delivered and not marked `uncertain`          target 0
  doubled  = delivered more than once                          target 0
  uncertain <= connections (4) per kill                         (and per kill: rows caught
                                                                `sending` at that kill)

    .venv/bin/python benchmarks/bench_crash.py [--count 2000] [--kills 10] [--seed N] [--quick]
"""

from __future__ import annotations

import argparse
import csv
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as common

CONCURRENCY = 4


def _queue(home: Path):
    from smtpdesk.core.queue import Queue

    return Queue(home / "queue.sqlite3")


def _batch_id(home: Path) -> int | None:
    if not (home / "queue.sqlite3").exists():
        return None
    queue = _queue(home)
    try:
        ids = queue.batch_ids()
        return ids[0] if ids else None
    finally:
        queue.close()


def _open_rows(home: Path, batch: int) -> tuple[int, int]:
    """(rows caught `sending` or already `uncertain`, rows still pending or deferred)."""
    queue = _queue(home)
    try:
        summary = queue.summary(batch)
        return summary.sending + summary.uncertain, summary.pending + summary.deferred
    finally:
        queue.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, help="reproducible delays (default: SystemRandom)")
    parser.add_argument("--quick", action="store_true", help="400 messages, 4 kills")
    args = parser.parse_args()
    if args.quick:
        args.count, args.kills = 400, 4
    rng = random.Random(args.seed) if args.seed is not None else random.SystemRandom()
    with tempfile.TemporaryDirectory(prefix="smtpdesk-bench-") as temp:
        folder = Path(temp)
        certificates = common.make_certificates(folder)
        server = common.SinkServer(certificates, folder / "delivered.log")
        try:
            report = _run(folder, certificates, server, args, rng)
        finally:
            server.stop()
    _print(report, args)


def _run(folder: Path, certificates, server, args, rng) -> dict:
    profile = common.write_profile(folder / "profile.toml", server.port)
    recipients = common.write_csv(folder / "recipients.csv", args.count)
    text, html = common.write_bodies(folder)
    send = common.send_args(profile, recipients, text, html, concurrency=CONCURRENCY)

    # the baseline: the same batch, uninterrupted
    start = time.perf_counter()
    process = common.start_smtpdesk(
        send,
        folder / "home-baseline",
        certificates,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    common.wait_until(lambda: server.count() > 0 or process.poll() is not None, 60, 0.005)
    startup = time.perf_counter() - start  # start to the first delivery: lost per restart
    process.wait()
    baseline = time.perf_counter() - start
    if server.count() != args.count:
        raise RuntimeError(f"baseline run delivered {server.count()}, not {args.count}")
    offset = server.count()
    rate = args.count / max(baseline - startup, 0.1)
    print(f"uninterrupted run: {baseline:.2f} s, {startup:.2f} s of it to the first delivery")

    home = folder / "home"
    kills: list[dict] = []
    runs = 0
    started = time.perf_counter()
    while True:
        batch = _batch_id(home)
        command = (
            send
            if batch is None
            else [
                "resume",
                str(batch),
                "--profile-file",
                str(profile),
                "--password-stdin",
                "--json",
            ]
        )
        runs += 1
        log = open(folder / f"run-{runs}.err", "w+", encoding="utf-8")  # noqa: SIM115
        process = common.start_smtpdesk(
            command, home, certificates, stdout=subprocess.DEVNULL, stderr=log
        )
        if len(kills) < args.kills:
            # the expected length of this run, shared among the kills still to come: the
            # kills spread over the whole batch instead of bunching at its start
            caught_before, remaining = (0, args.count) if batch is None else _open_rows(home, batch)
            span = 2 * (startup + remaining / rate) / (args.kills - len(kills) + 1)
            delay = rng.uniform(0, span)
            try:
                process.wait(delay)
            except subprocess.TimeoutExpired:
                delivered_before = server.count() - offset
                process.send_signal(signal.SIGKILL)
                process.wait()
                batch = _batch_id(home)
                # rows this kill left `sending` (a kill before recover() adds none)
                sending = (_open_rows(home, batch)[0] - caught_before) if batch is not None else 0
                kills.append(
                    {
                        "delay": delay,
                        "span": span,
                        "command": command[0],
                        "batch": batch,
                        "delivered": delivered_before,
                        "sending": sending,
                    }
                )
                print(
                    f"  kill {len(kills):>2}: {command[0]:<6} after {delay:5.2f} s "
                    f"(of U(0, {span:.2f})), "
                    f"{delivered_before:>5} delivered so far, {sending} row(s) caught "
                    f"`sending`",
                    flush=True,
                )
                log.close()
                continue
        process.wait()
        log.seek(0)
        errors = log.read()
        log.close()
        batch = _batch_id(home)
        open_rows = _open_rows(home, batch)[1] if batch is not None else -1
        if open_rows != 0 or process.returncode not in (0, 2):
            if runs > args.kills + 5:
                raise RuntimeError(f"run {runs} exited {process.returncode}: {errors[-500:]}")
            continue  # e.g. stopped for a connection problem: resume again
        break
    total = time.perf_counter() - started
    time.sleep(0.1)

    export = folder / "export.csv"
    result = subprocess.run(
        [*common.smtpdesk_command(), "status", str(batch), "--export", str(export)],
        env=common.smtpdesk_env(home, certificates),
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"status --export failed: {result.stderr}")
    with open(export, encoding="utf-8-sig", newline="") as handle:
        states = {row["email"]: row["state"] for row in csv.DictReader(handle)}
    delivered = Counter(server.delivered()[offset:])
    addresses = {common.person(n)["E-pošta"] for n in range(args.count)}
    uncertain = {a for a, s in states.items() if s == "uncertain"}
    return {
        "baseline": baseline,
        "total": total,
        "runs": runs,
        "kills": kills,
        "addresses": len(addresses),
        "exported": len(states),
        "delivered_once": sum(1 for a in addresses if delivered[a] == 1),
        "doubled": sorted(a for a in addresses if delivered[a] > 1),
        "lost": sorted(a for a in addresses if delivered[a] == 0 and a not in uncertain),
        "uncertain": len(uncertain),
        "uncertain_delivered": sum(1 for a in uncertain if delivered[a]),
        "sent_not_delivered": sorted(
            a for a, s in states.items() if s == "sent" and not delivered[a]
        ),
        "unknown": sorted(a for a in delivered if a not in addresses),
        "states": Counter(states.values()),
    }


def _print(report: dict, args) -> None:
    kills = report["kills"]
    print(
        f"\nbatch of {report['addresses']}, concurrency {CONCURRENCY}, {len(kills)} kill(s) "
        f"(target {args.kills}), {report['runs']} runs in {report['total']:.1f} s "
        f"= {report['total'] / report['baseline']:.2f}x the uninterrupted "
        f"{report['baseline']:.1f} s"
    )
    print("kill delays (s): " + ", ".join(f"{k['delay']:.2f}" for k in kills))
    print(f"states in the export: {dict(report['states'])}")
    print(f"delivered exactly once (server):     {report['delivered_once']}")
    print(
        f"lost (not delivered, not uncertain): {len(report['lost'])}   target 0 "
        f"{'met' if not report['lost'] else 'MISSED ' + ', '.join(report['lost'][:5])}"
    )
    print(
        f"delivered twice or more (server):    {len(report['doubled'])}   target 0 "
        f"{'met' if not report['doubled'] else 'MISSED ' + ', '.join(report['doubled'][:5])}"
    )
    limit = CONCURRENCY * len(kills)
    worst = max((k["sending"] for k in kills), default=0)
    print(
        f"uncertain:                           {report['uncertain']}   target <= "
        f"{CONCURRENCY} x {len(kills)} = {limit} "
        f"{'met' if report['uncertain'] <= limit and worst <= CONCURRENCY else 'MISSED'}"
        f" (at most {worst} caught `sending` at one kill; {report['uncertain_delivered']} "
        f"of the uncertain did arrive)"
    )
    if report["sent_not_delivered"]:
        print(f"MARKED SENT BUT NOT ON THE SERVER: {report['sent_not_delivered'][:5]}")
    if report["unknown"] or report["exported"] != report["addresses"]:
        print(f"unexpected: {report['unknown'][:5]} exported {report['exported']}")
    if len(kills) < args.kills:
        print(f"note: the batch finished after {len(kills)} kills; raise --count for more")


if __name__ == "__main__":
    main()
