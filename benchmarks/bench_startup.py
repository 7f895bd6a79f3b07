"""How long after a double-click the window is there: process start → window shown.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--bundle dist/smtpdesk]

Offscreen, warm disk cache (one unmeasured run first), a fresh SMTPDESK_HOME each run; the
moment comes from smtpdesk's own log line "window shown". Baseline in the same run: a bare
PySide6 QMainWindow shown by the same Python (the floor any Qt window pays). Target
(issue 18): median under 1.5 s for the installed package and for the bundle.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

BARE = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1100, 800)
window.show()
app.processEvents()
print(time.time(), flush=True)
"""


def environment(home: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMTPDESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", SMTPDESK_HOME=home, SMTPDESK_QUIT_AFTER="0.5")
    return env


def smtpdesk_run(command: list[str]) -> float:
    with tempfile.TemporaryDirectory() as home:
        started = time.time()
        subprocess.run(command, env=environment(home), capture_output=True, timeout=120, check=True)
        for line in (Path(home) / "logs" / "smtpdesk.log").read_text().splitlines():
            if "window shown" in line:
                stamp = datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f").timestamp()
                return stamp - started
    raise RuntimeError("no 'window shown' in the log")


def bare_run() -> float:
    with tempfile.TemporaryDirectory() as home:
        started = time.time()
        out = subprocess.run(
            [sys.executable, "-c", BARE],
            env=environment(home),
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return float(out.stdout.split()[-1]) - started


def median_of(runs: int, measure) -> float:
    measure()  # warm the disk cache
    return statistics.median(measure() for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", help="a built bundle folder (scripts/build-bundle)")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    runs = 2 if args.quick else args.runs
    gui = str(Path(sys.executable).with_name("smtpdesk-gui"))
    rows = [("bare PySide6 window", median_of(runs, bare_run))]
    rows.append(("smtpdesk-gui (installed)", median_of(runs, lambda: smtpdesk_run([gui]))))
    rows.append(("smtpdesk-gui --demo", median_of(runs, lambda: smtpdesk_run([gui, "--demo"]))))
    if args.bundle:
        exe = str(Path(args.bundle) / "smtpdesk-gui")
        rows.append(("bundle smtpdesk-gui", median_of(runs, lambda: smtpdesk_run([exe]))))
    floor = rows[0][1]
    print(f"{'':28} {'median s':>9} {'× bare':>7}")
    for name, seconds in rows:
        print(f"{name:28} {seconds:9.3f} {seconds / floor:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
