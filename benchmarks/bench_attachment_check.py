"""How long the attachment check (issue 19) takes for a batch of one-page PDF invoices.

Makes N one-page invoices (a text layer of ~40 lines: header, client, 30 items, total) and a
recipients list naming them, then times in interleaved rounds
(a) the baseline: reading every file's bytes (what any check that opens them costs),
(b) check_attachments on the right list (every file read once, every row's number found),
(c) the same with the file column shifted by one row (every row a mismatch, so every file is
    also searched for the row whose number it holds).
Prints the median seconds of each and the ratio to the baseline. Target: (b) under 20 s for
1 000 invoices on this machine.

    .venv/bin/python benchmarks/bench_attachment_check.py [--count 1000] [--rounds 3]
        [--embedded-font FONT.ttf]

--embedded-font writes the invoices with fpdf2 (not a dependency: pip install fpdf2) in that
TrueType font, embedded as a subset with its ToUnicode map and compressed, as accounting
programs write them (~20 KB each); the default is hand-written PDFs in Helvetica (~3 KB).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from invoices import invoice_lines, write_pdf  # noqa: E402

from smtpdesk.core.attachment_check import check_attachments  # noqa: E402
from smtpdesk.core.recipients import read_recipients  # noqa: E402

FIRST = ["Žiga", "Jiří", "Łukasz", "Ana", "Marko", "Petra", "Tomáš", "Zofia"]
LAST = ["Čermelj", "Dvořák", "Żółć", "Šuštar", "Novak", "Kovač", "Novotný", "Wójcik"]


def _fpdf_writer(font: str):
    from fpdf import FPDF

    def write(path: Path, lines: list[str]) -> None:
        pdf = FPDF()
        pdf.add_page()
        pdf.add_font("Invoice", "", font)
        pdf.set_font("Invoice", "", 10)
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.output(str(path))

    return write


def make(folder: Path, count: int, font: str | None = None) -> tuple[Path, Path]:
    write = _fpdf_writer(font) if font else write_pdf
    rows = ["Račun;Naziv;E-pošta;Priloga"]
    files = []
    for i in range(count):
        number = f"2026-{i + 1:04d}"
        name = f"{FIRST[i % 8]} {LAST[i // 8 % 8]} {i}"
        items = [f"Postavka {k}: storitev po pogodbi {k * 7} … {k * 3},50 €" for k in range(30)]
        write(
            folder / f"{number}.pdf",
            invoice_lines(number, name)[:2] + items + invoice_lines(number, name)[2:],
        )
        files.append(f"{number}.pdf")
        rows.append(f"{number};{name};k{i}@example.si;{{file}}")
    right = folder / "right.csv"
    right.write_text(
        "\n".join(r.replace("{file}", files[i - 1]) if i else r for i, r in enumerate(rows)) + "\n",
        encoding="utf-8",
    )
    shifted = folder / "shifted.csv"
    shifted.write_text(
        "\n".join(r.replace("{file}", files[i % count]) if i else r for i, r in enumerate(rows))
        + "\n",
        encoding="utf-8",
    )
    return right, shifted


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--embedded-font", metavar="FONT.ttf")
    args = parser.parse_args()
    if args.quick:
        args.count, args.rounds = 100, 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        right, shifted = make(folder, args.count, args.embedded_font)
        right_rows = read_recipients(right).recipients
        shifted_rows = read_recipients(shifted).recipients
        times: dict[str, list[float]] = {"read bytes": [], "check": [], "check, shifted": []}
        for _ in range(args.rounds):
            started = time.perf_counter()
            for r in right_rows:
                for path in r.attachments:
                    path.read_bytes()
            times["read bytes"].append(time.perf_counter() - started)
            started = time.perf_counter()
            problems = check_attachments(right_rows, "Račun")
            times["check"].append(time.perf_counter() - started)
            assert problems == [], problems[:3]
            started = time.perf_counter()
            problems = check_attachments(shifted_rows, "Račun")
            times["check, shifted"].append(time.perf_counter() - started)
            assert len(problems) == args.count and all(p.holder_row for p in problems)
        base = statistics.median(times["read bytes"])
        size = sum(p.stat().st_size for p in folder.glob("*.pdf")) / args.count
        print(
            f"{args.count} one-page PDF invoices (~{size / 1024:.1f} KB each), "
            f"median of {args.rounds}"
        )
        for name, values in times.items():
            median = statistics.median(values)
            print(
                f"  {name:<16} {median:8.2f} s  {median / args.count * 1000:7.2f} ms/file  "
                f"×{median / base:,.0f}"
            )


if __name__ == "__main__":
    main()
