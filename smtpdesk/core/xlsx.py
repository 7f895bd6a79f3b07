"""The first sheet of an XLSX workbook, streamed: (row number, the cells as Excel shows them).

openpyxl's read-only mode builds a Python object per cell and spends most of a 100 000-row
read in that loop (12-18 s). This reads the same parts (workbook, relationships, shared
strings, styles, the sheet) itself: the sheet data with one compiled regular expression per
megabyte (the scanner below), or, for a form the scanner leaves to a real XML parser, with
the standard library's streaming parser (expat). Each cell's value is what openpyxl would
give; values that are dates by their format become datetimes exactly as openpyxl converts
them (its own helpers are used for the built-in formats and the date arithmetic); numbers
and dates are then shown with their number format in the caller's `NumberStyle`.
"""

from __future__ import annotations

import functools
import io
import itertools
import posixpath
import re
import zipfile
from collections.abc import Iterator
from typing import Any
from xml.etree.ElementTree import ParseError, fromstring, iterparse
from xml.parsers import expat

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

from smtpdesk.core.errors import SmtpdeskError
from smtpdesk.core.excel_display import ENGLISH, NumberStyle, value_text

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


def rows(archive: zipfile.ZipFile, style: NumberStyle = ENGLISH) -> Iterator[tuple[int, list[str]]]:
    """The first sheet's non-empty rows: (spreadsheet row number, the cells from column A as
    Excel shows them, numbers and dates in `style`)."""
    sheet, epoch = _first_sheet(archive)
    shared = _shared_strings(archive)
    formats = _cell_formats(archive)
    given = 0
    try:
        for row in _scan(archive, sheet, shared, formats, epoch, style):
            yield row
            given += 1
    except _Unusual:
        # a form the scanner leaves to a real XML parser: the sheet again with expat,
        # without the rows already given
        for number, cells in itertools.islice(
            _expat_rows(archive, sheet, shared, formats, epoch), given, None
        ):
            yield (
                number,
                [
                    value if type(value) is str else value_text(value, code, style)
                    for value, code in cells
                ],
            )


def _expat_rows(
    archive: zipfile.ZipFile, sheet: str, shared: list[str], formats: list[str], epoch: Any
) -> Iterator[tuple[int, list[Cell]]]:
    """The sheet through expat's callbacks: any well-formed sheet (1.7 million callbacks
    for a 100 000-row list, ~5 s)."""
    reader = _SheetReader(shared, formats, epoch)
    with archive.open(sheet) as stream:
        while chunk := stream.read(1 << 16):
            reader.parser.Parse(chunk, False)
            if reader.done:
                yield from reader.done
                reader.done = []
        reader.parser.Parse(b"", True)
        yield from reader.done


# --- the scanner ---------------------------------------------------------------------------
#
# One compiled regular expression over 1 MB of the sheet data at a time finds every cell, row
# start and row end in C; Python only turns the values into cells. It takes the forms
# producers write (Excel, LibreOffice, openpyxl, Google Sheets): a value, a formula and its
# value, an inline string of one text, with entities and character references, under any
# namespace prefix. Any other byte between them (a comment, CDATA, rich text, an element it
# does not know) raises _Unusual, and the sheet is read by expat's callbacks instead, so a
# workbook it does not know reads as before. The XML around the sheet data goes through
# expat (without callbacks): what is not well-formed there fails as before too.


class _Unusual(Exception):
    """The scanner meets a form it leaves to the XML parser."""


_P = rb"(?:[A-Za-z_][\w.-]*:)?"  # a namespace prefix (x:c): the local name counts, as in expat
_ATTRS = rb"""(?:\s+[^\s=/<>"']+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*"""
_SHEET_DATA = re.compile(rb"<(" + _P + rb")sheetData" + _ATTRS + rb"\s*(/?)>")
_ATTRIBUTE = re.compile(' ([a-z]+)="([^"]*)"')
_ENTITY = re.compile(r"&(?:(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*);)?")
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
# characters XML 1.0 does not allow: expat refuses them, so does the scanner
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
_CHUNK = 1 << 20
_GROUPS = re.Match.groups
_FORMAT = value_text.__wrapped__  # the scanner keeps its own cache of what it has shown
MAX_COLUMN = 16_384  # XFD, Excel's last column: a reference past it is not a sheet's


@functools.lru_cache(maxsize=8)
def _patterns(prefix: bytes) -> tuple[re.Pattern[str], re.Pattern[bytes], re.Pattern[bytes]]:
    """(the token, the end of the sheet data, a row's end) for the sheet's prefix ("x:")."""
    b = re.escape(prefix)
    p = re.escape(prefix.decode())
    token = re.compile(
        # a cell: (column letters) (other attributes), then the value's text or an inline
        # string's text; attributes as producers write them, one space apart
        "<" + p + 'c(?: r="([A-Z]{1,3})[1-9][0-9]*")?((?: [a-z]+="[^"<]*")*)(?:/>|>\\s*'
        "(?:(?:<" + p + "f(?: [^<>]*)?(?:/>|>[^<]*</" + p + "f>)\\s*)?"
        "(?:<" + p + "v>([^<]*)</" + p + "v>\\s*|<" + p + "v ?/>\\s*)?"
        "|<"
        + p
        + "is>\\s*<"
        + p
        + 't(?: xml:space="preserve")?>([^<]*)</'
        + p
        + "t>\\s*</"
        + p
        + "is>\\s*)</"
        + p
        + "c>)"
        # a row starts: (row) (its number) (other attributes) (/ of an empty <row/>)
        "|<" + p + '(row)(?: r="([0-9]+)")?((?: [A-Za-z0-9:]+="[^"<]*")*)(/?)>'
        "|</" + p + "row(>)"  # a row ends
        r"|([^\s<]+|<)"
    )  # anything else: left to expat
    end = re.compile(rb"</" + b + rb"sheetData\s*>")
    row_end = re.compile(rb"</" + b + rb"row>")
    return token, end, row_end


def _scan(
    archive: zipfile.ZipFile,
    sheet: str,
    shared: list[str],
    formats: list[str],
    epoch: Any,
    style: NumberStyle,
) -> Iterator[tuple[int, list[str]]]:
    """The sheet's rows; raises _Unusual."""
    styles = [(code, _is_date(code), _is_timedelta(code)) for code in formats]
    attributes: dict[str, tuple[str, str, bool, bool]] = {}
    state = [0]  # the last row's number: a row without `r` is the next one
    checker = expat.ParserCreate(namespace_separator=" ")  # the XML around the rows
    with archive.open(sheet) as stream:
        head = b""
        while (found := _SHEET_DATA.search(head)) is None:
            chunk = stream.read(_CHUNK)
            if not chunk:
                checker.Parse(head, True)
                return  # no sheet data: no rows
            head += chunk
        _check_head(head[: found.start()])
        checker.Parse(head[: found.end()], False)
        token, sheet_data_end, row_end = _patterns(found.group(1))
        rest, closed = head[found.end() :], bool(found.group(2))
        while not closed:
            end = sheet_data_end.search(rest)
            if end is not None:
                region, rest, closed = rest[: end.start()], rest[end.start() :], True
            else:
                cut = _last_row_end(rest, row_end)
                region, rest = rest[:cut], rest[cut:]
            if region:
                yield from _rows(region, token, shared, styles, attributes, epoch, style, state)
            if not closed:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    raise _Unusual("the sheet data does not end")  # expat says where
                rest += chunk
        checker.Parse(rest, False)
        while chunk := stream.read(_CHUNK):
            checker.Parse(chunk, False)
        checker.Parse(b"", True)


def _check_head(head: bytes) -> None:
    """Before the rows: a DOCTYPE (entities of its own) or another encoding than UTF-8 are
    left to expat."""
    declared = _ENCODING.match(head)
    if (
        b"<!" in head
        or head.startswith((b"\xff\xfe", b"\xfe\xff"))
        or (declared and declared.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8"))
    ):
        raise _Unusual("the sheet's prologue")


def _last_row_end(data: bytes, row_end: re.Pattern[bytes]) -> int:
    """Where the last complete row in `data` ends (0: none yet)."""
    end = data.rfind(b"row>")
    while end > 0:
        start = data.rfind(b"</", 0, end)
        if start >= 0 and row_end.fullmatch(data, start, end + 4):
            return end + 4
        end = data.rfind(b"row>", 0, end)
    return 0


def _rows(
    data: bytes,
    token: re.Pattern[str],
    shared: list[str],
    styles: list[tuple[str, bool, bool]],
    attributes: dict[str, tuple[str, str, bool, bool]],
    epoch: Any,
    number_style: NumberStyle,
    state: list[int],
) -> Iterator[tuple[int, list[str]]]:
    """The complete rows of `data` (sheet data cut after a row's end), as shown; one at a
    time, so that each is gone before the garbage collector would keep it long."""
    try:
        region = data.decode()
    except UnicodeDecodeError as exc:
        raise _Unusual("not UTF-8") from exc  # expat says where
    if _NOT_XML.search(region):
        raise _Unusual("a character XML does not allow")
    plain = "&" not in region and "\r" not in region  # no reference, no line end to change
    cells: list[str] = []
    append = cells.append
    in_row = False
    number = state[0]
    columns = _COLUMNS
    shown: dict[tuple[str, str], str] = {}  # a column of dates repeats a few hundred days
    # finditer, not findall: each token's groups are gone at once, so 800 000 of them do not
    # make the garbage collector run through the rows already read again and again
    for letters, rest, raw, inline, row, written, row_rest, empty, row_end, other in map(
        _GROUPS, token.finditer(region)
    ):
        if letters:  # a cell (producers always write its reference)
            column = columns.get(letters)
            if column is None:
                column = _letters_column(letters)
            if column > len(cells):
                cells.extend([""] * (column - len(cells)))
        elif row:
            if in_row or "&" in row_rest or ' r="' in row_rest:
                raise _Unusual("a row of another form")
            number = int(written) if written else number + 1
            in_row = not empty
            cells = []
            append = cells.append
            continue
        elif row_end:
            if not in_row:
                raise _Unusual("a row's end without its start")
            in_row = False
            if cells:
                state[0] = number
                yield number, cells
            continue
        elif other:
            raise _Unusual("a form the scanner does not take")
        if not in_row:
            raise _Unusual("a cell outside a row")
        try:
            kind, code, dated, duration = attributes[rest]
        except KeyError:
            kind, code, dated, duration = attributes[rest] = _cell_attributes(rest, styles)
        if kind == "inlineStr":  # no <is>: an empty string
            append(_characters(inline) if inline and not plain else inline or "")
        elif not raw:  # no <v>, or an empty one (a formula never calculated)
            append("")
        elif kind == "s":
            append(shared[int(raw if plain else _characters(raw))])
        elif kind == "n":
            text = shown.get((raw, code))
            if text is None:
                number_text = raw if plain else _characters(raw)
                value: Any = (
                    float(number_text)
                    if "." in number_text or "e" in number_text or "E" in number_text
                    else int(number_text)
                )
                if dated:
                    value = _from_excel(value, epoch, duration)
                text = shown[raw, code] = _FORMAT(value, code, number_style)
            append(text)
        else:
            value, code = _value(kind, raw if plain else _characters(raw), code, shared, epoch)
            append(value if type(value) is str else value_text(value, code, number_style))
    if in_row:
        raise _Unusual("a row that does not end")
    state[0] = number


def _cell_attributes(
    rest: str, styles: list[tuple[str, bool, bool]]
) -> tuple[str, str, bool, bool]:
    """(type, format code, is a date, is a duration) of a cell's attributes but `r`."""
    matches = list(_ATTRIBUTE.finditer(rest))
    found = {match.group(1): match.group(2) for match in matches}
    if "r" in found or "&" in rest or len(found) != len(matches):
        raise _Unusual("cell attributes of another form")
    kind = found.get("t", "n")
    style = int(found.get("s", "0"))
    return (kind, *(styles[style] if style < len(styles) else ("General", False, False)))


def _characters(text: str) -> str:
    """Character data as expat gives it: line ends as \\n, references replaced."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        text = _ENTITY.sub(_reference, text)
    return text


def _reference(match: re.Match[str]) -> str:
    name = match.group(1)
    if name is None:
        raise _Unusual("a bare ampersand")  # expat refuses it; it says where
    if name[0] != "#":
        if name not in _PREDEFINED:
            raise _Unusual("an entity of a DOCTYPE")
        return _PREDEFINED[name]
    code = int(name[2:], 16) if name[1] == "x" else int(name[1:])
    if not (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    ):
        raise _Unusual("a reference to a character XML does not allow")
    return chr(code)


_COLUMNS: dict[str, int] = {}


def _letters_column(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    if index > MAX_COLUMN:
        raise ValueError(
            f"the cell reference column {letters} is past XFD, the last column a sheet has"
        )
    _COLUMNS[letters] = index - 1
    return index - 1


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
        tag = name[name.rfind(" ") + 1 :]
        if tag == "c":
            self.cell = (
                attributes.get("r"),
                attributes.get("t", "n"),
                int(attributes.get("s", "0")),
            )
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
        tag = name[name.rfind(" ") + 1 :]
        if tag == "v" and self.text is not None:
            # an empty <v/> (a formula openpyxl saved, never calculated) is no value
            self.value, self.text = "".join(self.text) or None, None
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
    target = next(
        (
            r.get("Target")
            for r in relations.iter(f"{_PKG_REL}Relationship")
            if r.get("Id") == rel_id
        ),
        None,
    )
    if not target:
        raise XlsxError("the first sheet's part is not named")
    path = (
        target.lstrip("/")
        if target.startswith("/")
        else posixpath.normpath(posixpath.join("xl", target))
    )
    mac = properties is not None and properties.get("date1904") in ("1", "true")
    return path, CALENDAR_MAC_1904 if mac else CALENDAR_WINDOWS_1900


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    """The workbook's shared strings: scanned like the sheet, or parsed when the scanner
    meets a form it leaves to the XML parser."""
    try:
        with archive.open("xl/sharedStrings.xml") as stream:
            data = stream.read()  # at most 256 MB: recipients checked the sizes first
    except KeyError:
        return []
    try:
        return _scan_shared(data)
    except _Unusual:
        return _parse_shared(io.BytesIO(data))


_SST = re.compile(
    r'\s*(?:<\?xml[^<>]*\?>)?\s*<sst xmlns="' + _MAIN[1:-1] + r'"(?: [A-Za-z0-9:]+="[^"<]*")*>'
)
# a string item of one text, (another string item: rich text, CDATA), the end, anything else
_STRING_ITEM = re.compile(
    r'<si><t(?: xml:space="preserve")?>([^<]*)</t></si>'
    r"|<si>(.*?)</si>|(</sst>)\s*\Z|([^\s<]+|<)",
    re.S,
)


def _scan_shared(data: bytes) -> list[str]:
    try:
        text = data.decode()
    except UnicodeDecodeError as exc:
        raise _Unusual("not UTF-8") from exc
    head = _SST.match(text)
    if head is None or _NOT_XML.search(text):
        raise _Unusual("the shared strings' prologue")
    plain = "&" not in text and "\r" not in text
    strings: list[str] = []
    ended = False
    for simple, rich, end, other in _STRING_ITEM.findall(text, head.end()):
        if other or ended:
            raise _Unusual("a form the scanner does not take")
        if end:
            ended = True
        elif rich:  # runs of formatted text, phonetic guides: the parser's part
            try:
                strings.append(_text(fromstring(f'<si xmlns="{_MAIN[1:-1]}">{rich}</si>')))
            except ParseError as exc:
                raise _Unusual("a string item of another form") from exc
        else:
            strings.append(simple if plain else _characters(simple))
    if not ended:
        raise _Unusual("the shared strings do not end")
    return strings


def _parse_shared(stream: Any) -> list[str]:
    strings: list[str] = []
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
    custom = {
        int(f.get("numFmtId", "0")): f.get("formatCode", "General")
        for f in styles.iter(f"{_MAIN}numFmt")
    }
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
    if index > MAX_COLUMN:  # "ZZZZZZZ1" would ask for 8 billion empty cells before it
        raise ValueError(
            f"the cell reference {reference} is past column XFD, the last column a sheet has"
        )
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
