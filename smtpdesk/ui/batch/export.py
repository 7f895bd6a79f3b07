"""A batch's rows as a CSV that Excel opens in the user's language (its list separator,
its dates), and where it goes."""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QStandardPaths

from smtpdesk.core.queue import Queue
from smtpdesk.ui.batch.words import _shorten, code_words, state_word

# characters no file name may hold on Windows (and the placeholders' braces, which look odd)
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*{}\x00-\x1f]+')


def list_separator(locale: QLocale | None = None) -> str:
    """The CSV separator Excel expects under this locale: where the decimal mark is a comma
    (Slovenian, Czech, Polish) Windows' list separator is `;`, elsewhere `,`. Qt has no
    list-separator property; this is the rule Windows' own locale data follows."""
    return ";" if (locale or QLocale()).decimalPoint() == "," else ","


def local_time_text(timestamp: float | None, locale: QLocale | None = None) -> str:
    """Local time (never UTC) the way the locale writes a date and a time, with a four-digit
    year and seconds, so Excel reads it as a date: `2. 12. 2026 14:05:09` in Slovenian."""
    if timestamp is None:
        return ""
    locale = locale or QLocale()
    day = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in day:
        day = day.replace("yy", "yyyy")
    clock = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "ss" not in clock:
        clock = clock.replace("mm", "mm:ss", 1)
    moment = QDateTime.fromMSecsSinceEpoch(round(timestamp * 1000))  # local time
    # a narrow no-break space (English "2:05 PM") is not what Excel parses
    return locale.toString(moment, f"{day} {clock}").replace("\u202f", " ")


def _cell(text: str) -> str:
    """A value Excel shows as text, never runs: `=`, `@` and a sign before a letter start a
    formula there (CSV injection); an amount like `-1.234,50 €` or `+386 1` stays as is."""
    if text[:1] in ("=", "@") or (
        text[:1] in ("+", "-") and len(text) > 1 and not (text[1].isdigit() or text[1] in " .,")
    ):
        return "'" + text
    return text


def export_file_name(batch_id: int, subject: str, problems: bool, day: date) -> str:
    """`Batch 7 – Računi december – 2026-12-02.csv`: the batch, its subject (placeholders and
    characters a file name cannot hold left out) and the day, in the UI language."""
    words = re.sub(
        r"\s+", " ", _NOT_IN_FILE_NAMES.sub(" ", re.sub(r"\{\{[^{}]*\}\}", " ", subject))
    ).strip()
    words = _shorten(words, 50).rstrip(". ")
    parts = [QCoreApplication.translate("QueuePage", "Batch {number}").format(number=batch_id)]
    if words:
        parts.append(words)
    if problems:
        parts.append(QCoreApplication.translate("QueuePage", "problems"))
    parts.append(day.isoformat())
    return " – ".join(parts) + ".csv"


def documents_folder() -> Path:
    """The user's Documents folder, else (where it does not exist) the home folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def write_excel_csv(
    queue: Queue, batch_id: int, path: Path, states: Sequence[str] | None = None
) -> int:
    """The batch's rows for Excel in the UI language: the list separator, translated
    headers and states, local times and each recipient's merge fields; UTF-8 with a BOM (so
    Excel reads the letters). `smtpdesk status --export` keeps CONTRACT §1's own format."""
    locale = QLocale()
    columns = list(queue.batch(batch_id).spec.columns)
    translate = QCoreApplication.translate
    header = [
        translate("QueuePage", "Row"),
        translate("QueueModel", "Recipient"),
        translate("QueueModel", "State"),
        translate("QueueModel", "Result"),
        translate("QueueModel", "Server reply"),
        translate("QueueModel", "Time"),
        translate("QueuePage", "Message ID"),
    ] + columns
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=list_separator(locale))
        writer.writerow([_cell(h) for h in header])
        for row in queue.iter_rows(batch_id, states):
            reply = row.smtp_reply or ""
            if row.smtp_code is not None:
                reply = f"{row.smtp_code} {reply}".strip()
            when = "" if row.state == "pending" else local_time_text(row.updated, locale)
            writer.writerow(
                [
                    str(row.row),
                    _cell(row.email),
                    state_word(row.state),
                    code_words(row.code),
                    _cell(reply),
                    when,
                    row.message_id or "",
                ]
                + [_cell(row.fields.get(column, "")) for column in columns]
            )
            count += 1
    return count
