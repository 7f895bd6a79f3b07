"""Does each recipient's own file name its row? (CONTRACT §4, `--check-attachments COLUMN`)

Before a batch is sent, every per-recipient attachment is opened and its text must contain
that row's value of the chosen column (the invoice number, the client's name). A file that
does not is `attachment_mismatch`, and names the row whose value it does contain, if any (a
shifted column); a file whose text cannot be read is `attachment_unreadable`.

Text comes from PDF (its text layer, with pypdf), DOCX/XLSX/ODT/ODS (zip + XML, the cell and
paragraph text), ISDOC/ISDOCX and other XML e-invoices, and plain text/CSV/HTML. Each distinct
file is read once; each read is bounded in size and time, so a hostile PDF cannot hang the
check.

Comparison: both sides are NFKC-normalised, case-folded, every dash-like character becomes
`-`, invisible characters (soft hyphen, zero-width space) go, whitespace runs become one
space and whitespace beside `-` `/` `.` `,` `:` goes (PDF text often breaks `2026-0142` into
`2026- 0142`). The value must stand on its own: `2026-014` is not found in `2026-0142`.
Digit grouping is not unified: `1.234,50` does not match `1 234,50` (the dot is a decimal
point in English and part of many invoice numbers; a check that says yes to the wrong file
is worse than one that asks the user to look). Spaces of every kind do match each other:
`1 234,50` with a no-break or a thin space is `1 234,50`.
"""

from __future__ import annotations

import codecs
import html
import io
import logging
import re
import threading
import time
import unicodedata
import warnings
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from smtpdesk.core.recipients import InputProblem, Recipient, match_column

__all__ = [
    "AttachmentProblem",
    "FileText",
    "check_attachments",
    "contains",
    "normalise",
    "read_text",
    "shared_files",
    "MAX_FILE_BYTES",
    "MAX_SECONDS",
]

MAX_FILE_BYTES = 25 * 1024 * 1024  # the largest attachment a batch sends (recipients.py)
MAX_SECONDS = 5.0  # per file: a PDF built to make a parser loop is given up on, not waited for
MAX_PDF_PAGES = 50
_MAX_PAGE_CONTENT = 2 * 1024 * 1024  # one page's drawing operators: an invoice has ~10 KB
_MAX_PART_BYTES = 64 * 1024 * 1024  # one XML part of a DOCX/XLSX/ODT, unpacked
_MAX_RATIO = 200  # unpacked/packed: real documents compress 5-30 times
_MAX_TEXT = 4 * 1024 * 1024  # characters kept per file

logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are reported, not logged

_TEXT_SUFFIXES = {".txt", ".csv", ".tsv", ".xml", ".isdoc", ".html", ".htm", ".json", ".md", ".eml"}
_ZIP_SUFFIXES = {".docx", ".docm", ".xlsx", ".xlsm", ".odt", ".ods", ".isdocx"}
_DASHES = dict.fromkeys(
    map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-"
)
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = re.compile(r"\s+")
_TIGHT = re.compile(r" ?([-/.,:]) ?")
_JOINERS = "-/.,"
_NAME_COLUMNS = (
    "name",
    "full name",
    "client",
    "customer",
    "company",
    "ime in priimek",
    "naziv",
    "stranka",
    "kupec",
    "podjetje",
    "jméno a příjmení",
    "odběratel",
    "zákazník",
    "klient",
    "firma",
    "imię i nazwisko",
    "nazwa",
    "kontrahent",
    "odbiorca",
)
_FIRST_NAMES = ("first name", "ime", "jméno", "imię")
_LAST_NAMES = ("last name", "surname", "priimek", "příjmení", "nazwisko")


@dataclass(frozen=True)
class AttachmentProblem(InputProblem):
    """An `attachment_mismatch` or `attachment_unreadable` row problem (an InputProblem, so it
    lists and blocks like the others), or an `attachment_shared` warning. `value` is the
    file's name, `column` the column that names the files; `expected` the row's value of the
    checked column; `holder_row` and `holder_label` the row whose value the file does contain
    (a name or address), if any (for `attachment_shared`: another row it goes to);
    `reason` why a file is unreadable: `no_text` (a scan), `encrypted`, `unknown_format`,
    `damaged`, `too_large`, `too_slow` or `unreadable` (the disk); `empty_value` for a row
    with nothing in the checked column."""

    expected: str = ""
    holder_row: int | None = None
    holder_label: str = ""
    reason: str = ""
    path: str = ""


@dataclass(frozen=True)
class FileText:
    """A file's text, normalised for comparison; `reason` instead when it cannot be read."""

    text: str = ""
    reason: str = ""


class _TooSlow(Exception):
    pass


def normalise(text: str) -> str:
    """The comparison form of a value or a file's text (see the module's docstring)."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_DASHES)
    text = _SPACES.sub(" ", text.casefold()).strip()
    return _TIGHT.sub(r"\1", text)


def contains(text: str, value: str) -> bool:
    """`value` (normalised) occurs in `text` (normalised) on its own: not glued to a letter or
    digit, and a number not continued by `-` `/` `.` `,` and digits (`0142` is not found in
    `2026-0142`, nor `1234` in `1234,50`)."""
    if not value:
        return False
    start = text.find(value)
    while start >= 0:
        end = start + len(value)
        if _free(text, start - 1, -1, value[0]) and _free(text, end, 1, value[-1]):
            return True
        start = text.find(value, start + 1)
    return False


def _free(text: str, at: int, step: int, edge: str) -> bool:
    """Is the value's edge character `edge` free of what stands at `text[at]` (outwards)?"""
    if not edge.isalnum() or not 0 <= at < len(text):
        return True
    if text[at].isalnum():
        return False
    beyond = at + step
    return not (
        edge.isdigit()
        and text[at] in _JOINERS
        and 0 <= beyond < len(text)
        and text[beyond].isdigit()
    )


# --- reading ---------------------------------------------------------------------------------


def read_text(path: Path, *, seconds: float = MAX_SECONDS) -> FileText:
    """The normalised text of one file, or why there is none. Never raises for a bad file."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return FileText(reason="too_large")
        data = path.read_bytes()[: MAX_FILE_BYTES + 1]
    except OSError:
        return FileText(reason="unreadable")
    deadline = time.monotonic() + seconds
    suffix = path.suffix.casefold()
    try:
        if data.startswith(b"%PDF") or (suffix == ".pdf" and b"%PDF" in data[:1024]):
            raw = _pdf_text(data, deadline)
        elif data.startswith(b"PK\x03\x04"):
            raw = (
                _zip_text(data, deadline)
                if suffix in _ZIP_SUFFIXES or suffix == ""
                else _zip_text(data, deadline, strict=False)
            )
        elif suffix in _TEXT_SUFFIXES:
            raw = _plain_text(data, suffix)
        else:
            return FileText(reason="unknown_format")
    except _Unreadable as exc:
        return FileText(reason=exc.reason)
    except _TooSlow:
        return FileText(reason="too_slow")
    except Exception:
        # pypdf may wrap our deadline's exception in its own
        return FileText(reason="too_slow" if time.monotonic() > deadline else "damaged")
    text = normalise(raw[:_MAX_TEXT])
    if not text:
        return FileText(reason="no_text")
    return FileText(text=text)


class _Unreadable(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _DeadlineStream(io.BytesIO):
    """The PDF as pypdf reads it: every read checks the clock, so a file whose structure
    sends the parser round in circles is given up on at the deadline."""

    def __init__(self, data: bytes, deadline: float) -> None:
        super().__init__(data)
        self._deadline = deadline
        self._reads = 0

    def _check(self) -> None:
        self._reads += 1
        if not self._reads & 0xFF and time.monotonic() > self._deadline:
            raise _TooSlow

    def read(self, size: int | None = -1) -> bytes:
        self._check()
        return super().read(size)

    def seek(self, offset: int, whence: int = 0) -> int:
        self._check()
        return super().seek(offset, whence)


_warnings_lock = threading.Lock()


def _pdf_text(data: bytes, deadline: float) -> str:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    def in_time(*_args: object) -> None:  # called for every operator of a page's content
        if time.monotonic() > deadline:
            raise _TooSlow

    # pypdf warns about what it repairs; the verdict is ours (the lock: warnings are global)
    with _warnings_lock, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(_DeadlineStream(data, deadline))
            if reader.is_encrypted:
                try:  # an owner password only (printing, copying forbidden): still readable
                    if not reader.decrypt(""):
                        raise _Unreadable("encrypted")
                except (FileNotDecryptedError, NotImplementedError) as exc:
                    raise _Unreadable("encrypted") from exc
            parts = []
            length = 0
            for number, page in enumerate(reader.pages):
                if number >= MAX_PDF_PAGES or length > _MAX_TEXT:
                    break
                # pypdf parses a page's whole content before visiting it: bound its size
                contents = page.get_contents()
                if contents is not None and len(contents.get_data()) > _MAX_PAGE_CONTENT:
                    raise _Unreadable("too_large")
                text = page.extract_text(visitor_operand_before=in_time) or ""
                parts.append(text)
                length += len(text)
                in_time()
        except FileNotDecryptedError as exc:
            raise _Unreadable("encrypted") from exc
        except PdfReadError as exc:
            if time.monotonic() > deadline:
                raise _TooSlow from exc
            raise _Unreadable("damaged") from exc
    return "\n".join(parts)


def _plain_text(data: bytes, suffix: str) -> str:
    text = _decode(data)
    if suffix in {".xml", ".isdoc", ".html", ".htm"} or text.lstrip().startswith("<"):
        text = html.unescape(re.sub(r"<[^>]*>", " ", text))
    return text


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    declared = re.match(rb"<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)", data[:200])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), "replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1250", "replace")


# the XML parts that hold a document's text, and the elements that end a paragraph or a cell
_PARTS = re.compile(
    r"^(word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml"
    r"|xl/sharedStrings\.xml|xl/worksheets/sheet\d+\.xml"
    r"|content\.xml|styles\.xml"
    r"|[^/]+\.isdoc)$"
)
_BLOCKS = {
    "p",
    "tab",
    "br",
    "tc",
    "c",
    "si",
    "row",
    "h",
    "table-cell",
    "line-break",
    "s",
    "v",
    "is",
}


def _zip_text(data: bytes, deadline: float, *, strict: bool = True) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise _Unreadable("damaged") from exc
    with archive:
        names = archive.namelist()
        if "EncryptedPackage" in names or any(i.flag_bits & 0x1 for i in archive.infolist()):
            raise _Unreadable("encrypted")
        parts = [
            info
            for info in archive.infolist()
            if _PARTS.match(info.filename)
            and not (info.filename == "styles.xml" and "content.xml" in names)
        ]
        if not parts:
            raise _Unreadable("unknown_format")
        texts = []
        for info in parts:
            if (
                info.file_size > _MAX_PART_BYTES
                or info.file_size > _MAX_RATIO * max(info.compress_size, 1) + 65536
            ):
                raise _Unreadable("too_large")
            if time.monotonic() > deadline:
                raise _TooSlow
            part = archive.read(info)
            # an e-invoice's every element is a field; an office file's runs join words
            texts.append(
                _plain_text(part, ".xml") if info.filename.endswith(".isdoc") else _xml_text(part)
            )
    return "\n".join(texts)


def _xml_text(data: bytes) -> str:
    """Every text and tail of an XML part, in document order; a paragraph, cell or tab
    ends with a space, runs inside one paragraph are joined as they are (`2026-` `0142`)."""
    root = ElementTree.fromstring(data)
    out: list[str] = []
    stack: list[tuple[ElementTree.Element, bool]] = [(root, False)]
    while stack:  # no recursion: a hostile file may nest deeply
        element, closing = stack.pop()
        if closing:
            if element.tag.rsplit("}", 1)[-1] in _BLOCKS:
                out.append(" ")
            if element.tail:
                out.append(element.tail)
            continue
        if element.text:
            out.append(element.text)
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    return "".join(out)


# --- checking ---------------------------------------------------------------------------------


def check_attachments(
    recipients: Sequence[Recipient],
    column: str,
    *,
    attachment_column: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    reader: Callable[[Path], FileText] = read_text,
) -> list[AttachmentProblem]:
    """The rows whose own files do not contain their value of `column` (a header as written,
    or matched like a placeholder), in row order. `progress(done, total)` is called after each
    distinct file is read; `should_stop()` true stops early (the result is then partial)."""
    recipients = list(recipients)
    if recipients:
        found = match_column(column, recipients[0].fields.keys())
        column = found or column
    files: dict[Path, FileText] = {}
    distinct = list(dict.fromkeys(p for r in recipients for p in r.attachments))
    for done, path in enumerate(distinct, start=1):
        if should_stop is not None and should_stop():
            break
        files[path] = reader(path)
        if progress is not None:
            progress(done, len(distinct))
    values = {r.row: normalise(str(r.fields.get(column, ""))) for r in recipients}
    problems: list[AttachmentProblem] = []
    for recipient in recipients:
        expected = values[recipient.row]
        raw_expected = str(recipient.fields.get(column, ""))
        for path in dict.fromkeys(recipient.attachments):
            content = files.get(path)
            if content is None:
                continue  # stopped before it was read
            where: dict[str, Any] = dict(
                row=recipient.row,
                column=attachment_column,
                value=path.name,
                expected=raw_expected,
                path=str(path),
            )
            if content.reason:
                problems.append(
                    AttachmentProblem(
                        code="attachment_unreadable",
                        reason=content.reason,
                        message=f"the attachment {path.name!r} cannot be read to check it "
                        f"({content.reason.replace('_', ' ')})",
                        **where,
                    )
                )
                continue
            if not expected:
                problems.append(
                    AttachmentProblem(
                        code="attachment_mismatch",
                        reason="empty_value",
                        message=f"the cell in {column!r} is empty, so {path.name!r} cannot be "
                        "checked",
                        **where,
                    )
                )
                continue
            if contains(content.text, expected):
                continue
            holder = _holder(content.text, recipient, recipients, values)
            message = f"the attachment {path.name!r} does not mention {raw_expected!r}"
            if holder is not None:
                message += (
                    f"; it holds the value of row {holder.row}, "
                    f"{_label(holder)} ({holder.fields.get(column, '')!r})"
                )
            problems.append(
                AttachmentProblem(
                    code="attachment_mismatch",
                    message=message,
                    holder_row=holder.row if holder else None,
                    holder_label=_label(holder) if holder else "",
                    **where,
                )
            )
    return problems


def shared_files(
    recipients: Iterable[Recipient], *, attachment_column: str | None = None
) -> list[AttachmentProblem]:
    """The cheap guard that runs without a check column: one own file going to two different
    addresses (a shifted or filled-down column) is an `attachment_shared` warning on each of
    those rows, naming another row it goes to. Nothing is read; rows in row order."""
    rows_of: dict[Path, list[Recipient]] = {}
    for recipient in recipients:
        for path in dict.fromkeys(recipient.attachments):
            rows_of.setdefault(path, []).append(recipient)
    warnings_by_row: dict[int, list[AttachmentProblem]] = {}
    for path, rows in rows_of.items():
        if len({r.email.casefold() for r in rows}) < 2:
            continue  # two invoices for one client, or one row: nothing leaks
        for recipient in rows:
            other = next(r for r in rows if r.email.casefold() != recipient.email.casefold())
            warnings_by_row.setdefault(recipient.row, []).append(
                AttachmentProblem(
                    row=recipient.row,
                    column=attachment_column,
                    code="attachment_shared",
                    message=f"the attachment {path.name!r} also goes to row {other.row}, "
                    f"{_label(other)}",
                    severity="warning",
                    value=path.name,
                    holder_row=other.row,
                    holder_label=_label(other),
                    path=str(path),
                )
            )
    return [w for row in sorted(warnings_by_row) for w in warnings_by_row[row]]


def _holder(
    text: str, own: Recipient, recipients: Iterable[Recipient], values: dict[int, str]
) -> Recipient | None:
    """The first other row whose value the file contains (the longest, if several do: a
    file holding `2026-0142` names that row, not one whose value is `0142`)."""
    best: Recipient | None = None
    for other in recipients:
        value = values[other.row]
        if other.row == own.row or not value or value == values[own.row]:
            continue
        if contains(text, value) and (best is None or len(value) > len(values[best.row])):
            best = other
    return best


def _label(recipient: Recipient) -> str:
    """Who a row is, for a person reading the message: a name column, else the address."""
    keys = {name.strip().casefold(): name for name in recipient.fields}
    for name in _NAME_COLUMNS:
        if name in keys and str(recipient.fields[keys[name]]).strip():
            return str(recipient.fields[keys[name]]).strip()
    first = next((keys[n] for n in _FIRST_NAMES if n in keys), None)
    last = next((keys[n] for n in _LAST_NAMES if n in keys), None)
    words = " ".join(str(recipient.fields[c]).strip() for c in (first, last) if c)
    return words.strip() or recipient.email
