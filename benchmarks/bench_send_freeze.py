"""How long does the window freeze when Send is pressed on 10 000 rows? (target < 50 ms)

Opens the real window (offscreen) with the Batch and Queue pages, loads a 10 000-row CSV,
presses Send and confirms, and records the gaps between the ticks of a 5 ms QTimer from the
click until the batch is stored, started and shown in the queue view (plus 0.3 s). Two ways
of pressing Send in the same run, alternating, medians over the rounds:

- **before**: the batch stored on the UI thread, in one call, as smtpdesk did up to now
  (`Queue.create_batch`, then the Queue page starts it) — kept here as the baseline;
- **now**: the Batch page's `send_now`: the rows are stored by a worker thread on a
  connection of its own, the window keeps answering, the batch starts once it is stored.

Sending goes to a local STARTTLS+AUTH aiosmtpd server paced at 60 a minute, so that the
measured moments are about pressing Send, not about sending (bench_queue_stall.py measures
that). Each round uses a fresh batch of the same rows.

    .venv/bin/python benchmarks/bench_send_freeze.py [--rows 10000] [--rounds 3] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _stall import StallMeter, run_in_window, trusted_server
from bench_queue_stall import write_recipients

TARGET_MS = 50.0


def send_before(page, profile, credentials, options) -> int:
    """The synchronous Send of the earlier versions: every row stored on the UI thread."""
    spec = page.current_spec(profile)
    batch_id = page.queue.create_batch(
        profile.name,
        spec,
        page.recipients,
        parent=page.parent_batch.id if page.parent_batch else None,
    )
    page._sent_state = page.draft_state().to_json()
    page.save_draft()
    page.start_batch(batch_id, profile, credentials, options)
    return batch_id


async def press_send(window, pages, way: str, count: int) -> tuple[float, float, int]:
    """(longest gap in ms, seconds until the batch's rows are in the queue view, batch id)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    page = pages.batch_page
    original = page.send_now
    if way == "before":
        page.send_now = lambda *args: send_before(page, *args)
    known = set(page.queue.batch_ids())
    meter = StallMeter()
    try:
        page.send_button.click()
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        meter.start()
        started = time.perf_counter()
        boxes[-1].button(QMessageBox.StandardButton.Yes).click()
        while not (pages.run.running and pages.queue_page.model.rowCount() == count):
            if time.perf_counter() - started > 120:
                raise RuntimeError("the batch did not start within 2 minutes")
            await asyncio.sleep(0.005)
        shown = time.perf_counter() - started
        await asyncio.sleep(0.3)
    finally:
        longest = meter.stop()
        page.send_now = original
    (batch_id,) = set(page.queue.batch_ids()) - known
    sending = pages.run._task
    pages.run.stop_now()  # the next round sends the same rows again: end this one
    if sending is not None:
        await asyncio.wait({sending}, timeout=10)  # ended before the loop closes
    page._sent_state = None  # the composition is "unsent" again, as before the click
    return longest, shown, batch_id


async def run(window, pages, count: int, rounds: int) -> int:
    from servers import PASSWORD, USERNAME

    server = trusted_server()
    settings = window.settings_page
    settings.sender_edit.setText(f"Jan Novák <{USERNAME}>")
    settings.host_edit.setText("127.0.0.1")
    settings.encryption_combo.setCurrentIndex(settings.encryption_combo.findData("starttls"))
    settings.port_spin.setValue(server.port)
    settings.auth_check.setChecked(True)
    settings.username_edit.setText(USERNAME)
    settings.password_edit.setText(PASSWORD)
    settings.limit_spins["max_per_minute"].setValue(60)

    page = pages.batch_page
    page.load_recipients(write_recipients(Path(tempfile.mkdtemp()) / "seznam.csv", count))
    page.subject_edit.setText("Vabilo za {{ Ime }}")
    page.body_edit.setPlainText("Pozdravljeni, {{ Ime }} {{ Priimek }}!\n\n{{ Povezava }}\n")
    page.refresh_preview()

    meter = StallMeter()
    await asyncio.sleep(1)  # the window's first layout and paint are not part of the baseline
    meter.start()
    await asyncio.sleep(1)
    idle = meter.stop()

    results: dict[str, list[tuple[float, float]]] = {"before": [], "now": []}
    try:
        for round_number in range(rounds):
            order = ("before", "now") if round_number % 2 == 0 else ("now", "before")
            for way in order:
                longest, shown, batch_id = await press_send(window, pages, way, count)
                stored = pages.queue_page.queue.summary(batch_id).total
                if stored != count:
                    print(f"{way}: batch {batch_id} has {stored} rows, not {count}")
                    return 1
                results[way].append((longest, shown))
                print(
                    f"round {round_number + 1} {way:6}  longest gap {longest:7.1f} ms, "
                    f"rows shown after {shown:.2f} s",
                    flush=True,
                )
    finally:
        server.stop()

    before = statistics.median(r[0] for r in results["before"])
    now = statistics.median(r[0] for r in results["now"])
    print(f"\n{count} rows, {rounds} rounds each, medians; idle baseline {idle:.1f} ms")
    print(f"{'':34} {'longest gap ms':>15} {'rows shown s':>13}")
    for name, way in (
        ("before: stored on the UI thread", "before"),
        ("now: stored by a worker thread", "now"),
    ):
        gaps = statistics.median(r[0] for r in results[way])
        shown = statistics.median(r[1] for r in results[way])
        print(f"{name:34} {gaps:15.1f} {shown:13.2f}")
    verdict = "within" if now < TARGET_MS else "ABOVE"
    print(
        f"longest gap {before / max(now, 0.1):.1f}× shorter; {now:.1f} ms is {verdict} the "
        f"{TARGET_MS:.0f} ms target"
    )
    return 0 if now < TARGET_MS else 1


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rounds = 1 if args.quick else args.rounds
    return run_in_window(lambda window, pages: run(window, pages, args.rows, rounds))


if __name__ == "__main__":
    sys.exit(main())
