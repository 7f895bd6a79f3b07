"""The first sheet of an XLSX workbook, streamed: (row number, [typed cell value, format]).

openpyxl's read-only mode builds a Python object per cell and spends most of a 100 000-row
read in that loop (12-18 s); this reads the same parts (workbook, relationships, shared
strings, styles, the sheet) with the standard library's streaming XML parser and yields each
cell as the value openpyxl would give and its number format code. Values that are dates by
their format become datetimes exactly as openpyxl converts them (its own helpers are used for
the built-in formats and the date arithmetic). The caller formats them (recipients.py).
"""

from __future__ import annotations

import functools
import posixpath
import zipfile
from collections.abc import Iterator
from typing import Any
from xml.etree.ElementTree import iterparse
from xml.parsers import expat

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

from smtpdesk.core.errors import SmtpdeskError

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"

Cell = tuple[Any, str]  # (value: str | int | float | bool | datetime | time | timedelta | None,
#                          number format code)


class XlsxError(SmtpdeskError, ValueError):
    """The workbook's structure cannot be read (a part is missing or malformed); code
    `bad_workbook`, the message says which part."""

    codes = frozenset({"bad_workbook"})

    def __init__(self, message: str) -> None:
        super().__init__("bad_workbook", message)


def rows(archive: zipfile.ZipFile) -> Iterator[tuple[int, list[Cell]]]:
    """The first sheet's non-empty rows: (spreadsheet row number, cells from column A)."""
    sheet, epoch = _first_sheet(archive)
    shared = _shared_strings(archive)
    formats = _cell_formats(archive)
    reader = _SheetReader(shared, formats, epoch)
    with archive.open(sheet) as stream:
        while chunk := stream.read(1 << 16):
            reader.parser.Parse(chunk, False)
            if reader.done:
                yield from reader.done
                reader.done = []
        reader.parser.Parse(b"", True)
        yield from reader.done


class _SheetReader:
    """expat callbacks over the worksheet part: no element objects, only rows of cells (an
    element tree costs more for the 600 000 cells of a 100 000-row list)."""

    def __init__(self, shared: list[str], formats: list[str], epoch: Any) -> None:
        self.shared, self.formats, self.epoch = shared, formats, epoch
        self.done: list[tuple[int, list[Cell]]] = []
        self.cells: list[Cell] = []
        self.number = 0
        self.cell: tuple[str | None, str, int] | None = None  # (reference, type, style)
        self.text: list[str] | None = None  # collecting a <v> or an inline <t>
        self.value: str | None = None
        self.inline: list[str] | None = None
        self.inline_paused: list[str] | None = None
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.parser.buffer_text = True
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._data

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        tag = name[name.rfind(" ") + 1:]
        if tag == "c":
            self.cell = (attributes.get("r"), attributes.get("t", "n"),
                         int(attributes.get("s", "0")))
            self.value, self.inline = None, None
        elif tag == "v" and self.cell is not None:
            self.text = []
        elif tag == "is" and self.cell is not None:
            self.inline = []
        elif tag == "t" and self.inline is not None:
            self.text = []
        elif tag == "rPh":  # phonetic guide text of an inline string: not the cell's text
            self.text = None
            self.inline_paused = self.inline
            self.inline = None
        elif tag == "row":
            given = attributes.get("r")
            self.number = int(given) if given else self.number + 1
            self.cells = []

    def _data(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)

    def _end(self, name: str) -> None:
        tag = name[name.rfind(" ") + 1:]
        if tag == "v" and self.text is not None:
            self.value, self.text = "".join(self.text), None
        elif tag == "t" and self.text is not None:
            if self.inline is not None:
                self.inline.append("".join(self.text))
            self.text = None
        elif tag == "rPh":
            self.inline, self.inline_paused = self.inline_paused, None
        elif tag == "c" and self.cell is not None:
            reference, kind, style = self.cell
            cells = self.cells
            column = _column(reference, len(cells))
            if column > len(cells):
                cells.extend([(None, "General")] * (column - len(cells)))
            code = self.formats[style] if style < len(self.formats) else "General"
            if kind == "inlineStr":
                cells.append(("".join(self.inline or ()), code))
            else:
                cells.append(_value(kind, self.value, code, self.shared, self.epoch))
            self.cell = None
        elif tag == "row":
            if self.cells:
                self.done.append((self.number, self.cells))
            self.cells = []


def _first_sheet(archive: zipfile.ZipFile) -> tuple[str, Any]:
    try:
        with archive.open("xl/workbook.xml") as stream:
            workbook = _parse(stream)
        sheet = workbook.find(f"{_MAIN}sheets/{_MAIN}sheet")
        properties = workbook.find(f"{_MAIN}workbookPr")
        if sheet is None:
            raise XlsxError("the workbook has no sheets")
        rel_id = sheet.get(f"{_REL}id")
        with archive.open("xl/_rels/workbook.xml.rels") as stream:
            relations = _parse(stream)
    except KeyError as exc:
        raise XlsxError(f"the workbook part {exc} is missing") from exc
    target = next((r.get("Target") for r in relations.iter(f"{_PKG_REL}Relationship")
                   if r.get("Id") == rel_id), None)
    if not target:
        raise XlsxError("the first sheet's part is not named")
    path = target.lstrip("/") if target.startswith("/") else \
        posixpath.normpath(posixpath.join("xl", target))
    mac = properties is not None and properties.get("date1904") in ("1", "true")
    return path, CALENDAR_MAC_1904 if mac else CALENDAR_WINDOWS_1900


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    try:
        stream = archive.open("xl/sharedStrings.xml")
    except KeyError:
        return []
    strings: list[str] = []
    with stream:
        for _event, element in iterparse(stream):
            if element.tag == f"{_MAIN}si":
                strings.append(_text(element))
                element.clear()
    return strings


def _text(element: Any) -> str:
    """A string item's text: its <t>, or its rich-text runs' <t>s; phonetic runs left out."""
    direct = element.find(f"{_MAIN}t")
    if direct is not None:
        return direct.text or ""
    return "".join(run.findtext(f"{_MAIN}t") or "" for run in element.iter(f"{_MAIN}r"))


def _cell_formats(archive: zipfile.ZipFile) -> list[str]:
    """The number format code of each cell style index (the cells' `s` attribute)."""
    try:
        with archive.open("xl/styles.xml") as stream:
            styles = _parse(stream)
    except KeyError:
        return []
    custom = {int(f.get("numFmtId", "0")): f.get("formatCode", "General")
              for f in styles.iter(f"{_MAIN}numFmt")}
    cell_xfs = styles.find(f"{_MAIN}cellXfs")
    if cell_xfs is None:
        return []
    codes = []
    for xf in cell_xfs.findall(f"{_MAIN}xf"):
        number = int(xf.get("numFmtId", "0"))
        codes.append(custom.get(number) or BUILTIN_FORMATS.get(number, "General"))
    return codes


def _column(reference: str | None, following: int) -> int:
    """0-based column of a cell reference such as "AB12"; the next one when it has none."""
    if not reference:
        return following
    index = 0
    for char in reference:
        if "A" <= char <= "Z":
            index = index * 26 + ord(char) - 64
        else:
            break
    return index - 1


def _value(kind: str, raw: str | None, code: str, shared: list[str], epoch: Any) -> Cell:
    if raw is None:
        return (None, code)
    if kind == "s":
        return (shared[int(raw)], code)
    if kind in ("str", "e"):
        return (raw, code)
    if kind == "b":
        return (raw.strip() in ("1", "true"), code)
    if kind == "d":  # an ISO 8601 date written by some producers
        from datetime import datetime

        return (datetime.fromisoformat(raw.rstrip("Z")), code)
    number: int | float = float(raw) if any(c in raw for c in ".eE") else int(raw)
    if _is_date(code):
        return (_from_excel(number, epoch, _is_timedelta(code)), code)
    return (number, code)


# a sheet has a handful of formats and a column of dates repeats a few hundred days
_is_date = functools.lru_cache(maxsize=256)(is_date_format)
_is_timedelta = functools.lru_cache(maxsize=256)(is_timedelta_format)


@functools.lru_cache(maxsize=4096)
def _from_excel(number: float, epoch: Any, timedelta: bool) -> Any:
    return from_excel(number, epoch, timedelta=timedelta)


def _parse(stream: Any) -> Any:
    root = None
    for _event, element in iterparse(stream, events=("end",)):
        root = element
    if root is None:
        raise XlsxError("an empty workbook part")
    return root
