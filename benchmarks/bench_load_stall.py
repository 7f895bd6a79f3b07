"""How long does the window freeze while a large recipients file is read?

Opens the real window (offscreen) on the app's qasync loop, writes a COUNT-row XLSX and CSV
(default 10 000), and records the gaps between the ticks of a 5 ms QTimer while each file is
loaded two ways, in the same run:

- baseline: `BatchPage.load_recipients`, which reads the file on the UI thread (what the
  window did before reading moved to a worker thread; Reload and the tests still use it);
- `BatchPage.open_recipients`, what choosing or dropping a file does now: the file is read in
  a worker thread and only the table is filled on the UI thread.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_load_stall.py [COUNT]
"""

from __future__ import annotations

import asyncio
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _stall import StallMeter, run_in_window

ROUNDS = 3


def write_files(folder: Path, count: int) -> list[Path]:
    import openpyxl

    rows = [
        [f"Oseba {i}", "Novak", f"oseba{i}@example.si", f"https://anketa.si/a/{i:05d}"]
        for i in range(1, count + 1)
    ]
    header = ["Ime", "Priimek", "E-pošta", "Povezava"]
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    for row in [header, *rows]:
        sheet.append(row)
    xlsx = folder / "stranke.xlsx"
    book.save(xlsx)
    csv = folder / "stranke.csv"
    csv.write_text("\r\n".join(";".join(r) for r in [header, *rows]) + "\r\n", encoding="cp1250")
    return [xlsx, csv]


async def measure(page, path: Path, threaded: bool, count: int) -> tuple[float, float]:
    """(longest gap in ms, seconds until the table shows the file)."""
    page.model.set_rows((), (), ())
    page.recipients = []
    gc.collect()
    await asyncio.sleep(0.2)
    meter = StallMeter()
    meter.start()
    await asyncio.sleep(0.05)
    started = time.perf_counter()
    if threaded:
        page.open_recipients(path)
    else:
        page.load_recipients(path)
    while len(page.recipients) != count:
        await asyncio.sleep(0.005)
    elapsed = time.perf_counter() - started
    await asyncio.sleep(0.05)
    return meter.stop(), elapsed


async def run(pages, count: int) -> int:
    folder = Path(tempfile.mkdtemp(prefix="smtpdesk-load-"))
    files = write_files(folder, count)
    page = pages.batch_page
    await asyncio.sleep(1)  # the window's first layout and paint
    meter = StallMeter()
    meter.start()
    await asyncio.sleep(1)
    idle = meter.stop()
    print(f"idle baseline: longest gap {idle:.1f} ms")
    worst = 0.0
    for path in files:
        results: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
        for _ in range(ROUNDS):  # interleaved, so both see the same machine
            for threaded in (False, True):
                results[threaded].append(await measure(page, path, threaded, count))
        stall = {t: sorted(g for g, _ in r)[len(r) // 2] for t, r in results.items()}
        took = {t: sorted(s for _, s in r)[len(r) // 2] for t, r in results.items()}
        worst = max(worst, stall[True])
        print(
            f"{path.suffix[1:].upper():4} {count} rows   on the UI thread: longest gap "
            f"{stall[False]:7.1f} ms, shown after {took[False]:.2f} s"
        )
        print(
            f"{'':4} {'':{len(str(count))}}        worker thread: longest gap "
            f"{stall[True]:7.1f} ms, shown after {took[True]:.2f} s   "
            f"({stall[False] / max(stall[True], 0.1):.1f}x shorter freeze)"
        )
    print(f"(medians of {ROUNDS} interleaved rounds)")
    return 0 if worst < 100 else 1


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    return run_in_window(lambda window, pages: run(pages, count))


if __name__ == "__main__":
    sys.exit(main())
