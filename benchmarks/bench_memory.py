"""Peak memory of `smtpdesk send` with 100 000 recipients queued and sending (target < 200 MB).

Writes a 100 000-row CSV, runs the real `smtpdesk send --concurrency 4` (no rate limit) to
a local STARTTLS+AUTH sink in its own process, and samples the sender's VmRSS and VmHWM
(/proc) every 0.2 s while it reads the file, stores the batch and sends; it is stopped
with Ctrl+C (SIGINT) after --stop-after messages reached the server. The baseline is the
same command with a 1 000-row file on the same machine in the same run: the ratio shows
how memory grows with the batch. Also reported: the time from start to "batch N created"
(reading + storing the rows, plus interpreter start), for both sizes.

    .venv/bin/python benchmarks/bench_memory.py [--rows 100000] [--stop-after 20000] [--quick]
"""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as common

TARGET_MB = 200.0


@dataclass
class Sampled:
    rows: int
    created_after: float | None = None  # seconds from start to "batch N created"
    peak_store_kib: int = 0  # highest VmRSS sample before "batch created"
    peak_send_kib: int = 0  # highest VmRSS sample after it
    hwm_kib: int = 0  # VmHWM: the kernel's own high-water mark
    sent: int = 0
    send_seconds: float = 0.0
    samples: list[tuple[float, int]] = field(default_factory=list)
    interrupt_honoured: bool | None = None  # did Ctrl+C stop it within 5 s?


def measure(
    folder: Path,
    rows: int,
    stop_after: int,
    certificates,
    server,
    text: Path,
    html: Path,
    profile: Path,
) -> Sampled:
    csv = common.write_csv(folder / f"recipients-{rows}.csv", rows)
    home = folder / f"home-{rows}"
    result = Sampled(rows)
    created = threading.Event()
    before = server.count()
    start = time.perf_counter()
    process = common.start_smtpdesk(
        common.send_args(profile, csv, text, html, concurrency=4),
        home,
        certificates,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )

    def watch_stderr() -> None:
        for line in process.stderr:
            if line.startswith("batch ") and "created" in line and not created.is_set():
                result.created_after = time.perf_counter() - start
                created.set()

    threading.Thread(target=watch_stderr, daemon=True).start()
    sending_started = None
    stop_sent = None
    while process.poll() is None:
        try:
            rss, hwm = common.rss_kib(process.pid)
        except (FileNotFoundError, ProcessLookupError):
            break
        now = time.perf_counter() - start
        result.samples.append((now, rss))
        result.hwm_kib = max(result.hwm_kib, hwm)
        if created.is_set():
            sending_started = sending_started or (start + (result.created_after or now))
            result.peak_send_kib = max(result.peak_send_kib, rss)
        else:
            result.peak_store_kib = max(result.peak_store_kib, rss)
        if not stop_sent and server.count() - before >= stop_after:
            result.sent = server.count() - before
            result.send_seconds = time.perf_counter() - (sending_started or start)
            process.send_signal(signal.SIGINT)  # Ctrl+C: the batch stays resumable
            stop_sent = time.perf_counter()
        elif stop_sent and time.perf_counter() - stop_sent > 5:
            result.interrupt_honoured = False  # still sending: end it, memory is measured
            process.kill()
        time.sleep(0.2)
    process.wait()
    if stop_sent and result.interrupt_honoured is None:
        result.interrupt_honoured = True
    if not stop_sent:
        result.sent = server.count() - before
        result.send_seconds = time.perf_counter() - (sending_started or start)
    if not result.sent:
        raise RuntimeError(f"smtpdesk sent nothing (exit {process.returncode})")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--stop-after", type=int, default=20_000)
    parser.add_argument("--quick", action="store_true", help="10 000 rows, stop after 2 000")
    args = parser.parse_args()
    if args.quick:
        args.rows, args.stop_after = 10_000, 2_000
    with tempfile.TemporaryDirectory(prefix="smtpdesk-bench-") as temp:
        folder = Path(temp)
        certificates = common.make_certificates(folder)
        server = common.SinkServer(certificates, folder / "delivered.log")
        try:
            profile = common.write_profile(folder / "profile.toml", server.port)
            text, html = common.write_bodies(folder)
            baseline = measure(folder, 1000, 1000, certificates, server, text, html, profile)
            big = measure(
                folder, args.rows, args.stop_after, certificates, server, text, html, profile
            )
        finally:
            server.stop()

    def mb(kib: int) -> str:
        return f"{kib / 1024:.0f} MB"

    print(
        f"{'rows':>8}{'to created':>12}{'peak RSS store':>16}{'peak RSS send':>15}"
        f"{'VmHWM':>9}{'sent':>8}{'msg/s':>8}"
    )
    for run in (baseline, big):
        rate = run.sent / run.send_seconds if run.send_seconds else 0.0
        print(
            f"{run.rows:>8}{run.created_after or 0:>11.2f}s{mb(run.peak_store_kib):>16}"
            f"{mb(run.peak_send_kib):>15}{mb(run.hwm_kib):>9}{run.sent:>8}{rate:>8.0f}"
        )
    peak = max(big.hwm_kib, big.peak_store_kib, big.peak_send_kib) / 1024
    base_peak = max(baseline.hwm_kib, baseline.peak_store_kib, baseline.peak_send_kib) / 1024
    store = (big.created_after or 0) - (baseline.created_after or 0)
    if big.interrupt_honoured is False:
        print("\nnote: Ctrl+C (SIGINT) did not stop smtpdesk within 5 s; it was killed")
    print(
        f"\nread + store {args.rows - 1000} more rows: {store:.2f} s "
        f"({(args.rows - 1000) / store:.0f} rows/s)"
        if store > 0
        else ""
    )
    print(
        f"peak RSS {args.rows} rows: {peak:.0f} MB = {peak / base_peak:.2f}x the 1 000-row "
        f"run ({base_peak:.0f} MB); target < {TARGET_MB:.0f} MB: "
        f"{'met' if peak < TARGET_MB else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
