"""Reading a 100 000-row XLSX recipients list: smtpdesk's streaming reader vs openpyxl.

    .venv/bin/python benchmarks/bench_xlsx_read.py [--rows 100000] [--quick]

The workbook has text, an amount with a currency format and a date in every row (what an
accounting export has). Three readers in the same run: `read_recipients` (core/xlsx.py, the
default), the same with openpyxl's read-only mode (what it used before, still the fallback for
workbooks core/xlsx.py does not know), and the same rows as a CSV (the floor: no XML at all).
Target (issue 18): under 3 s for 100 000 rows, values exactly as before.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path


def workbook(path: Path, rows: int) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["Ime", "Priimek", "E-pošta", "Znesek", "Datum", "Povezava"])
    for i in range(rows):
        amount = WriteOnlyCell(sheet, 1234.5 + i)
        amount.number_format = '#,##0.00 "€"'
        day = WriteOnlyCell(sheet, dt.date(2027, 1, 1) + dt.timedelta(days=i % 300))
        day.number_format = "d. m. yyyy"
        sheet.append([f"Ime{i}", "Čuk", f"oseba{i}@example.si", amount, day,
                      f"https://anketa.si/a/{i}"])
    book.save(path)


def timed(read) -> tuple[float, object]:
    started = time.perf_counter()
    result = read()
    return time.perf_counter() - started, result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rows = 5_000 if args.quick else args.rows
    from smtpdesk.core import recipients

    folder = Path(tempfile.mkdtemp())
    xlsx, csv_path = folder / "seznam.xlsx", folder / "seznam.csv"
    workbook(xlsx, rows)
    fast_time, fast = timed(lambda: recipients.read_recipients(xlsx))
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(fast.columns)
        writer.writerows([r.fields[c] for c in fast.columns] for r in fast.recipients)

    def with_openpyxl():
        original = recipients._xlsx_table
        recipients._xlsx_table = recipients._openpyxl_table
        try:
            return recipients.read_recipients(xlsx)
        finally:
            recipients._xlsx_table = original

    slow_time, slow = timed(with_openpyxl)
    csv_time, _ = timed(lambda: recipients.read_recipients(csv_path))
    same = [(r.row, dict(r.fields.items())) for r in fast.recipients] == \
        [(r.row, dict(r.fields.items())) for r in slow.recipients]
    print(f"{rows} rows; the two XLSX readers agree on every cell: {same}")
    print(f"{'':26} {'seconds':>8} {'× CSV':>7}")
    for name, seconds in (("CSV (floor)", csv_time), ("XLSX, core/xlsx.py", fast_time),
                          ("XLSX, openpyxl read-only", slow_time)):
        print(f"{name:26} {seconds:8.2f} {seconds / csv_time:7.2f}")
    print(f"core/xlsx.py is {slow_time / fast_time:.1f}× openpyxl")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
