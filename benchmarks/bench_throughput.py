"""Messages per second: `smtpdesk send` against mailmerge, naive smtplib and a bare aiosmtplib loop.

N personalised plain+HTML messages (about 6 KB; Slovenian, Czech and Polish names, a personal
link) go to a local aiosmtpd sink over STARTTLS with AUTH. The sink runs in its own process so
it does not share a GIL with the client; it logs each accepted message, and every run is
checked to have delivered exactly N. Contenders, each a fresh process:

  smtpdesk   the real CLI through the durable queue: `smtpdesk send --concurrency 4` in a
             fresh SMTPDESK_HOME (reads the CSV, stores the batch, sends, commits per row)
  mailmerge  the `mailmerge` CLI from PyPI (its own venv, default /tmp/mm-venv), STARTTLS,
             a new connection per message, its usual per-message output sent to /dev/null
  naive      smtplib, a new connection per message (STARTTLS + login each), EmailMessage
  bare       aiosmtplib, 4 reused connections, EmailMessage built in the loop

Rounds are interleaved with a rotating order; medians are reported. "whole" is the wall time
of the whole command (interpreter start, imports, reading, storing, sending, exit); "sending"
is from smtpdesk's "batch N created" line to its exit, and the send loop alone for the two
hand-written baselines (mailmerge prints nothing that would mark it). Targets (issue 5):
smtpdesk >= 3x mailmerge, >= 2x naive smtplib, >= 1x the bare loop.

    .venv/bin/python benchmarks/bench_throughput.py [--count 2000] [--rounds 3] [--quick]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as common

TARGETS = {"mailmerge": 3.0, "naive": 2.0, "bare": 1.0}
_MAILMERGE_COLUMNS = ("email", "ime", "priimek", "povezava")


@dataclass
class Run:
    whole: float
    sending: float | None
    server_cpu: float


class Bench:
    def __init__(self, folder: Path, count: int, mailmerge: Path | None) -> None:
        self.folder = folder
        self.count = count
        self.certificates = common.make_certificates(folder)
        self.server = common.SinkServer(self.certificates, folder / "delivered.log")
        self.profile = common.write_profile(folder / "profile.toml", self.server.port)
        self.csv = common.write_csv(folder / "recipients.csv", count)
        self.text, self.html = common.write_bodies(folder)
        self.mailmerge = mailmerge
        if mailmerge is not None:
            self._mailmerge_files()
        self.round = 0

    def _mailmerge_files(self) -> None:
        folder = self.folder / "mailmerge"
        folder.mkdir()
        (folder / "mailmerge_server.conf").write_text(
            f"[smtp_server]\nhost = 127.0.0.1\nport = {self.server.port}\n"
            f"security = STARTTLS\nusername = {common.USERNAME}\nratelimit = 0\n"
        )

        def jinja(text: str) -> str:
            for column, name in zip(common.COLUMNS, _MAILMERGE_COLUMNS, strict=True):
                text = text.replace("{{ " + column + " }}", "{{ " + name + " }}")
            return text

        (folder / "mailmerge_template.txt").write_text(
            f"TO: {{{{ email }}}}\nSUBJECT: {jinja(common.SUBJECT)}\nFROM: {common.SENDER}\n"
            'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="boundary"\n\n'
            "--boundary\nContent-Type: text/plain; charset=utf-8\n\n"
            + jinja(common.TEXT)
            + "\n--boundary\nContent-Type: text/html; charset=utf-8\n\n"
            + jinja(common.HTML)
            + "\n--boundary--\n",
            encoding="utf-8",
        )
        with open(folder / "mailmerge_database.csv", "w", encoding="utf-8") as handle:
            handle.write(",".join(_MAILMERGE_COLUMNS) + "\n")
            for number in range(self.count):
                fields = common.person(number)
                handle.write(",".join(fields[c] for c in common.COLUMNS) + "\n")

    # -- contenders ------------------------------------------------------------------------

    def smtpdesk(self) -> tuple[float, float | None]:
        home = self.folder / f"home-{self.round}"
        created: list[float] = []
        start = time.perf_counter()
        process = common.start_smtpdesk(
            common.send_args(self.profile, self.csv, self.text, self.html, concurrency=4),
            home,
            self.certificates,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

        def watch_stderr() -> None:
            for line in process.stderr:
                if line.startswith("batch ") and "created" in line:
                    created.append(time.perf_counter())
                else:
                    lines.append(line)

        lines: list[str] = []
        reader = threading.Thread(target=watch_stderr, daemon=True)
        reader.start()
        stdout = process.stdout.read()
        process.wait()
        end = time.perf_counter()
        reader.join()
        result = json.loads(stdout.strip().splitlines()[-1])
        if process.returncode != 0 or result.get("sent") != self.count:
            raise RuntimeError(f"smtpdesk exited {process.returncode}: {result} {lines[-5:]}")
        shutil.rmtree(home, ignore_errors=True)
        return end - start, (end - created[0]) if created else None

    def mailmerge_cli(self) -> tuple[float, float | None]:
        assert self.mailmerge is not None
        start = time.perf_counter()
        result = subprocess.run(
            [str(self.mailmerge), "--no-limit", "--no-dry-run", "--output-format", "text"],
            input=common.PASSWORD + "\n",
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            cwd=self.folder / "mailmerge",
            start_new_session=True,
        )  # no terminal: its getpass() falls back to stdin
        took = time.perf_counter() - start
        if result.returncode != 0:
            raise RuntimeError(f"mailmerge exited {result.returncode}: {result.stderr[-500:]}")
        return took, None

    def baseline(self, mode: str) -> tuple[float, float | None]:
        start = time.perf_counter()
        result = subprocess.run(
            [
                sys.executable,
                str(common.HERE / "_baselines.py"),
                mode,
                "--port",
                str(self.server.port),
                "--ca",
                str(self.certificates.ca),
                "--count",
                str(self.count),
                "--workers",
                "4",
            ],
            capture_output=True,
            text=True,
        )
        took = time.perf_counter() - start
        if result.returncode != 0:
            raise RuntimeError(f"{mode} exited {result.returncode}: {result.stderr[-500:]}")
        return took, json.loads(result.stdout.strip().splitlines()[-1])["seconds"]

    def run(self, name: str) -> Run:
        before, cpu_before = self.server.count(), self.server.cpu_seconds()
        if name == "smtpdesk":
            whole, sending = self.smtpdesk()
        elif name == "mailmerge":
            whole, sending = self.mailmerge_cli()
        else:
            whole, sending = self.baseline(name)
        time.sleep(0.05)  # the sink's last log line
        delivered = self.server.count() - before
        if delivered != self.count:
            raise RuntimeError(f"{name}: the server received {delivered}, not {self.count}")
        return Run(whole, sending, self.server.cpu_seconds() - cpu_before)


def _find_mailmerge(given: str | None) -> Path | None:
    for candidate in (given, "/tmp/mm-venv/bin/mailmerge", shutil.which("mailmerge")):
        if candidate and Path(candidate).exists():
            return Path(candidate)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--mailmerge",
        help="path of the mailmerge script (default /tmp/mm-venv/bin/mailmerge, else on PATH)",
    )
    parser.add_argument("--quick", action="store_true", help="200 messages, 1 round")
    args = parser.parse_args()
    if args.quick:
        args.count, args.rounds = 200, 1
    mailmerge = _find_mailmerge(args.mailmerge)
    contenders = ["smtpdesk", "mailmerge", "naive", "bare"]
    if mailmerge is None:
        print(
            "mailmerge not found: python3 -m venv /tmp/mm-venv && "
            "/tmp/mm-venv/bin/pip install mailmerge  (skipping it)"
        )
        contenders.remove("mailmerge")
    from _baselines import build

    size = len(build(0).as_bytes())
    runs: dict[str, list[Run]] = {name: [] for name in contenders}
    with tempfile.TemporaryDirectory(prefix="smtpdesk-bench-") as temp:
        bench = Bench(Path(temp), args.count, mailmerge)
        try:
            for round_number in range(args.rounds):
                bench.round = round_number
                shift = round_number % len(contenders)
                order = contenders[shift:] + contenders[:shift]  # rotate: drift hits all
                for name in order:
                    run = bench.run(name)
                    runs[name].append(run)
                    print(
                        f"  round {round_number + 1}: {name:<9} {args.count / run.whole:7.1f} "
                        f"msg/s whole",
                        flush=True,
                    )
        finally:
            bench.server.stop()

    def median_rate(name: str, sending: bool) -> float | None:
        times = [r.sending if sending else r.whole for r in runs[name]]
        if any(t is None for t in times):
            return None
        return args.count / statistics.median(times)  # type: ignore[type-var]

    print(
        f"\n{args.count} messages of ~{size / 1024:.1f} KB (EmailMessage size), STARTTLS + "
        f"AUTH, {args.rounds} interleaved round(s), medians"
    )
    print(f"{'contender':<11}{'whole msg/s':>12}{'sending msg/s':>15}{'server CPU':>12}")
    for name in contenders:
        whole, sending = median_rate(name, False), median_rate(name, True)
        cpu = statistics.median(r.server_cpu / r.whole for r in runs[name])
        print(f"{name:<11}{whole:>12.1f}{(f'{sending:.1f}' if sending else '-'):>15}{cpu:>11.0%}")
    ours_whole, ours_sending = median_rate("smtpdesk", False), median_rate("smtpdesk", True)
    print("\nratios (smtpdesk / other):")
    for name in contenders[1:]:
        whole = ours_whole / median_rate(name, False)
        line = f"  vs {name:<10} whole {whole:5.2f}x"
        other_sending = median_rate(name, True)
        if other_sending and ours_sending:
            line += f"   sending {ours_sending / other_sending:5.2f}x"
        verdict = "met" if whole >= TARGETS[name] else "MISSED"
        print(f"{line}   target >= {TARGETS[name]:.0f}x (whole): {verdict}")


if __name__ == "__main__":
    main()
