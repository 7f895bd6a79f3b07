"""Recipients files (CONTRACT §4): reading CSV and XLSX into checked, mergeable rows.

Owns the file formats (encoding and delimiter detection, Excel number and date display),
the email and attachment column names, the placeholder syntax `{{ Column name }}` and every
per-row input check. Content problems never raise: they come back as `InputProblem`s with
the row number a spreadsheet shows (the header is row 1).
"""

from __future__ import annotations

import csv
import gc
import io
import itertools
import operator
import os
import re
import stat
import unicodedata
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smtpdesk.core.address import AddressError, parse_address, parse_mailbox
from smtpdesk.core.errors import SmtpdeskError
from smtpdesk.core.excel_display import ENGLISH, NumberStyle, cell_text
from smtpdesk.core.textfile import TextFileError, decode_text

__all__ = [
    "PLACEHOLDER_PATTERN",
    "AttachmentRule",
    "InputProblem",
    "NumberStyle",
    "Recipient",
    "RecipientList",
    "RecipientsFileError",
    "check_placeholders",
    "match_column",
    "placeholders",
    "read_address_list",
    "read_recipients",
]

#: `{{ Name }}`: group 1 is the name with the spaces around it; compose substitutes with this.
PLACEHOLDER_PATTERN = re.compile(r"\{\{([^{}]*)\}\}")

# Column names are compared trimmed, NFC-normalised and casefolded (see `_key`).
_EMAIL_NAMES = ("email", "e-mail", "e-pošta", "adres e-mail")  # the contract's list
_EMAIL_NAMES_EXTRA = (
    "e-mail address",
    "email address",
    "e-mailová adresa",
    "emailová adresa",
    "adres email",
    "e-poštni naslov",
    "e-posta",
    "eposta",
    "mail",
)
_ATTACHMENT_NAMES = (
    "attachment",
    "attachments",
    "priloga",
    "priloge",
    "priponka",
    "priponke",
    "příloha",
    "přílohy",
    "priloha",
    "prilohy",
    "załącznik",
    "załączniki",
    "zalacznik",
)

# Merge values go into headers (the subject), so line breaks and other controls are refused.
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls, or an encrypted .xlsx

_HIGH_BYTES = bytes(range(128, 256))


class RecipientsFileError(SmtpdeskError):
    """The file cannot be opened at all; `code` is `not_found`, `unreadable` or `bad_file`."""

    codes = frozenset({"not_found", "unreadable", "bad_file"})

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message)


@dataclass(frozen=True)
class InputProblem:
    """One input problem: an error stops the batch before anything is sent, a warning not.

    `row` is the spreadsheet row (header = 1) or None for the whole file; `column` is the
    header as written. `value` is the offending text (address, file name, placeholder name,
    or for `duplicate_row` the number of the first row), so the UI can word it by `code`.
    """

    row: int | None
    column: str | None
    code: str
    message: str
    severity: str = "error"
    value: str = ""

    @property
    def is_warning(self) -> bool:
        return self.severity == "warning"

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column!r}")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


class _Fields(Mapping[str, str]):
    """A row's merge fields: the values of one row over a column index shared by all rows."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: Mapping[str, int], values: tuple[str, ...]) -> None:
        self._index = index
        self._values = values

    def __getitem__(self, column: str) -> str:
        return self._values[self._index[column]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, column: object) -> bool:
        return column in self._index

    def __hash__(self) -> int:
        return hash(frozenset(self.items()))

    def __repr__(self) -> str:
        return repr(dict(self))


@dataclass(frozen=True)
class Recipient:
    """One row that can be sent: `fields` maps every header as written to the cell's text."""

    row: int
    email: str
    fields: Mapping[str, str]
    attachments: tuple[Path, ...] = ()


@dataclass(frozen=True)
class AttachmentRule:
    """Which column names each recipient's own files, and where they are.

    `column` None: no per-recipient files (even if a column is named `attachment`).
    `folder` None: the column holds file names relative to the recipients file (CONTRACT
    §4, `;` between several). With a `folder`, each value names a file in that folder (or
    below it): the exact file name if it exists, else every file named the value plus one
    extension (`2026-0142` → `2026-0142.pdf`, and its `2026-0142.xml` e-invoice too),
    letter case ignored.
    """

    column: str | None
    folder: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"column": self.column, "folder": self.folder}


@dataclass(frozen=True)
class RecipientList:
    """The result of reading a recipients file.

    `recipients` holds only rows without errors (so it is always safe to send); a row with
    an error is left out and named in `problems`; its cells are kept in `rejected`, as are
    a repeated row's (so a view can show whose row it is). `email_column` is None when no
    column holds addresses (a `missing_email_column` error). `encoding` and `delimiter` are None for
    XLSX. `attachment_folder` is the folder of an `AttachmentRule` that named one.
    """

    path: Path
    columns: tuple[str, ...]
    email_column: str | None
    attachment_column: str | None
    recipients: tuple[Recipient, ...]
    problems: tuple[InputProblem, ...]
    encoding: str | None = None
    delimiter: str | None = None
    rejected: tuple[Recipient, ...] = ()
    attachment_folder: Path | None = None

    @property
    def errors(self) -> tuple[InputProblem, ...]:
        return tuple(p for p in self.problems if not p.is_warning)

    @property
    def warnings(self) -> tuple[InputProblem, ...]:
        return tuple(p for p in self.problems if p.is_warning)

    def column_for(self, placeholder_name: str) -> str | None:
        return match_column(placeholder_name, self.columns)


# --- placeholders -------------------------------------------------------------------------


def _key(name: str) -> str:
    """How column names are compared: trimmed, NFC (macOS decomposes), case ignored."""
    return unicodedata.normalize("NFC", name.strip()).casefold()


def placeholders(text: str) -> list[str]:
    """The names inside `{{ ... }}`, trimmed, in order of first appearance, each once."""
    seen: dict[str, None] = {}
    for match in PLACEHOLDER_PATTERN.finditer(text):
        seen.setdefault(match.group(1).strip(), None)
    return list(seen)


def match_column(name: str, columns: Iterable[str]) -> str | None:
    """The first column whose name matches the placeholder `name` (trimmed, any case)."""
    wanted = _key(name)
    for column in columns:
        if _key(column) == wanted:
            return column
    return None


def check_placeholders(texts: Iterable[str], columns: Iterable[str]) -> list[InputProblem]:
    """`unknown_placeholder` for a name with no column; `duplicate_column` when it fits two."""
    columns = tuple(columns)
    problems: list[InputProblem] = []
    seen: set[str] = set()
    for text in texts:
        for name in placeholders(text):
            if _key(name) in seen:
                continue
            seen.add(_key(name))
            matching = [c for c in columns if _key(c) == _key(name)]
            if not matching:
                # the header row (1) is where the column is missing; `column` is its name
                problems.append(
                    InputProblem(
                        1,
                        name.strip(),
                        "unknown_placeholder",
                        f"the placeholder {{{{ {name} }}}} has no column of that name",
                        value=name,
                    )
                )
            elif len(matching) > 1:
                problems.append(
                    InputProblem(
                        1,
                        matching[1],
                        "duplicate_column",
                        f"the placeholder {{{{ {name} }}}} fits {len(matching)} columns; "
                        "rename one of them",
                        value=name,
                    )
                )
    return problems


# --- reading ------------------------------------------------------------------------------


class _BadFile(Exception):
    def __init__(self, message: str, row: int | None = None) -> None:
        super().__init__(message)
        self.row = row


@dataclass
class _Table:
    rows: Iterator[tuple[int, list[str]]]  # (spreadsheet row number, cell texts)
    encoding: str | None = None
    delimiter: str | None = None


@dataclass
class _Header:
    row: int
    names: list[str]
    positions: list[int] = field(default_factory=list)  # cell positions of named columns
    columns: tuple[str, ...] = ()


def read_recipients(
    path: str | os.PathLike[str],
    style: NumberStyle = ENGLISH,
    attachments: AttachmentRule | None = None,
) -> RecipientList:
    """Read and check a recipients file; raises RecipientsFileError only if it can't be read.

    `style` gives the separators XLSX numbers are shown with; CSV cells stay as typed.
    `attachments` None finds the per-recipient files by the column's name (CONTRACT §4);
    an `AttachmentRule` names the column (any one) and, optionally, the folder.
    """
    path = Path(path)
    try:
        with _open_table(path, style) as table, _no_cycle_collection():
            return _collect(path, table, attachments)
    except _BadFile as exc:
        problem = InputProblem(exc.row, None, "bad_file", str(exc))
        return RecipientList(path, (), None, None, (), (problem,))


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Reading a list makes millions of small objects and no reference cycles: the cyclic
    collector would only walk the rows already read, again and again (0.3-0.5 s of a
    100 000-row XLSX). Reference counting still frees everything as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_address_list(path: str | os.PathLike[str]) -> set[str]:
    """Addresses to leave out (`--exclude FILE`), casefolded.

    A CSV/XLSX with an email column gives that column; any other file gives every cell that
    is an address (`Name <addr>` included), e.g. one address a line. Unusable entries are
    skipped. Raises RecipientsFileError, with code `bad_file` for an unreadable format too.
    """
    path = Path(path)
    found: set[str] = set()
    try:
        with _open_table(path) as table:
            header: _Header | None = None
            email_at: int | None = None
            for number, cells in table.rows:
                if header is None:
                    if not any(cell.strip() for cell in cells):
                        continue
                    header = _Header(number, cells)
                    email_at = _find_column(cells, _EMAIL_NAMES + _EMAIL_NAMES_EXTRA)
                    if email_at is not None:
                        continue
                candidates = cells if email_at is None else cells[email_at : email_at + 1]
                for cell in candidates:
                    if "@" in cell:
                        try:
                            found.add(parse_mailbox(cell).address.casefold())
                        except AddressError:
                            pass
    except _BadFile as exc:
        raise RecipientsFileError("bad_file", str(exc)) from exc
    return found


def _find_column(names: list[str], aliases: tuple[str, ...]) -> int | None:
    keys = [_key(name) for name in names]
    for position, key in enumerate(keys):
        if key in aliases:
            return position
    return None


@dataclass
class _Columns:
    """What the header row says: where the addresses and the attachments are."""

    header: _Header
    index: dict[str, int]  # column name → position among the named columns
    email_at: int
    email_column: str
    attachment_at: int
    attachment_column: str | None
    needed: int  # cells a row must have to reach every named column
    pick: Callable[[list[str]], tuple[str, ...]]  # a row's cells → the named columns' values


def _read_columns(
    number: int, cells: list[str], rule: AttachmentRule | None, problems: list[InputProblem]
) -> _Columns | None:
    """The header row's columns, or None (with the problem noted) without an address column."""
    header = _read_header(number, cells, problems)
    index: dict[str, int] = {}
    for position, column in enumerate(header.columns):
        index.setdefault(column, position)
    for names in (_EMAIL_NAMES, _EMAIL_NAMES_EXTRA):
        email_position = _find_column(list(header.columns), names)
        if email_position is not None:
            _check_second_email_column(header, email_position, names, problems)
            break
    if email_position is None:
        problems.append(
            InputProblem(
                number,
                None,
                "missing_email_column",
                "no column holds the e-mail addresses; name it 'email'",
            )
        )
        return None
    email_column = header.columns[email_position]
    if rule is None:
        attachment_position = _find_column(list(header.columns), _ATTACHMENT_NAMES)
    elif rule.column is None:
        attachment_position = None
    else:
        attachment_position = _find_column(list(header.columns), (_key(rule.column),))
        if attachment_position is None:
            problems.append(
                InputProblem(
                    number,
                    rule.column,
                    "missing_attachment_column",
                    f"no column {rule.column!r} names the attachments",
                    value=rule.column,
                )
            )
    attachment_column = None if attachment_position is None else header.columns[attachment_position]
    _check_duplicate_columns(header, email_column, attachment_column, problems)
    return _Columns(
        header,
        index,
        email_position,
        email_column,
        attachment_position or 0,
        attachment_column,
        header.positions[-1] + 1,
        _picker(header.positions),
    )


def _control_problems(
    number: int, columns: tuple[str, ...], values: tuple[str, ...]
) -> Iterator[InputProblem]:
    """The cells of a row that hold a control character (merge values must be one line)."""
    for column, value in zip(columns, values, strict=True):
        bad = _CONTROL.search(value)
        if bad:
            yield InputProblem(
                number,
                column,
                "control_character",
                f"the cell contains the control character U+{ord(bad.group()):04X}"
                " (a line break, perhaps); merge values must be one line",
                value=value,
            )


def _address_problem(number: int, column: str, email: str) -> InputProblem | None:
    try:
        parse_address(email)
    except AddressError as exc:
        message = (
            f"{email!r} is not a valid e-mail address: {exc}"
            if email
            else "the row has no e-mail address"
        )
        return InputProblem(number, column, "bad_address", message, value=email)
    return None


def _refusal_problem(
    number: int, column: str, refusal: AttachmentRefusal, folder: Path
) -> InputProblem:
    return InputProblem(
        number,
        column,
        refusal.code,
        f"the attachment {refusal.name!r} "
        + _REFUSAL_WORDS[refusal.code].format(folder=folder, size=refusal.size),
        value=refusal.name,
    )


def _collect(path: Path, table: _Table, rule: AttachmentRule | None = None) -> RecipientList:
    problems: list[InputProblem] = []
    recipients: list[Recipient] = []
    rejected: list[Recipient] = []
    found: _Columns | None = None
    seen_rows: dict[tuple[str, ...], int] = {}
    folder = path.parent.absolute()
    find_files: Callable[[str], tuple[Path, ...] | AttachmentRefusal] = _file_finder(folder)
    if rule is not None and rule.folder:
        folder = Path(os.path.abspath(Path(rule.folder).expanduser()))
        find_files = _folder_finder(folder)
    file_exists: dict[str, tuple[Path, ...] | AttachmentRefusal] = {}

    def done() -> RecipientList:
        return RecipientList(
            path,
            found.header.columns if found else (),
            found.email_column if found else None,
            found.attachment_column if found else None,
            tuple(recipients),
            tuple(problems),
            table.encoding,
            table.delimiter,
            tuple(rejected),
            folder if rule and rule.folder else None,
        )

    rows = iter(table.rows)
    try:
        for number, cells in rows:
            if any(cell.strip() for cell in cells):  # the header: the first row with text
                found = _read_columns(number, cells, rule, problems)
                if found is None:
                    return done()
                break
        else:
            problems.append(InputProblem(None, None, "empty_file", "the file is empty"))
            return done()
        # the columns as locals: this loop runs once for each of up to a million rows
        index, pick, needed = found.index, found.pick, found.needed
        email_at, email_column = found.email_at, found.email_column
        attachment_at, attachment_column = found.attachment_at, found.attachment_column
        for number, cells in rows:
            if len(cells) < needed:
                cells = cells + [""] * (needed - len(cells))
            values = pick(cells)
            joined = "\t".join(values)
            if not joined.strip():
                continue  # a fully empty row; the row numbers stay the spreadsheet's
            duplicate_key = tuple(map(str.strip, values))
            duplicate_key = (
                duplicate_key[:email_at]
                + (duplicate_key[email_at].casefold(),)
                + duplicate_key[email_at + 1 :]
            )
            first = seen_rows.setdefault(duplicate_key, number)
            if first != number:
                problems.append(
                    InputProblem(
                        number,
                        None,
                        "duplicate_row",
                        f"the same as row {first} in every column; it is sent once",
                        severity="warning",
                        value=str(first),
                    )
                )
                rejected.append(Recipient(number, values[email_at].strip(), _Fields(index, values)))
                continue

            count = len(problems)
            if _CONTROL.search(joined):
                problems.extend(_control_problems(number, found.header.columns, values))
            email = values[email_at].strip()
            if (problem := _address_problem(number, email_column, email)) is not None:
                problems.append(problem)
            attachments: tuple[Path, ...] = ()
            if attachment_column is not None and values[attachment_at].strip():
                attachments, refused = _attachments(values[attachment_at], find_files, file_exists)
                problems.extend(
                    _refusal_problem(number, attachment_column, refusal, folder)
                    for refusal in refused
                )
            recipient = Recipient(number, email, _Fields(index, values), attachments)
            (recipients if len(problems) == count else rejected).append(recipient)
    except _BadFile as exc:
        problems.append(InputProblem(exc.row, None, "bad_file", str(exc)))
        return done()

    if not seen_rows:
        problems.append(
            InputProblem(None, None, "empty_file", "the file has a header but no recipients")
        )
    return done()


_REFUSAL_WORDS = {
    "missing_attachment": "does not exist (looked in {folder})",
    "attachment_outside_folder": "is not inside the list's folder {folder} (absolute paths, "
    "~ and .. leading out of it are refused)",
    "attachment_not_a_file": "is not a regular file (a folder, device or pipe)",
    "attachment_too_large": "is {size} bytes; attachments may be at most 25 MB",
}


def _picker(positions: list[int]) -> Callable[[list[str]], tuple[str, ...]]:
    """The named columns' cells of a row, as a tuple (itemgetter: this is the hot loop)."""
    if len(positions) == 1:
        position = positions[0]
        return lambda cells: (cells[position],)
    return operator.itemgetter(*positions)


def _read_header(number: int, cells: list[str], problems: list[InputProblem]) -> _Header:
    header = _Header(number, cells)
    # trailing unnamed columns are ignored; so is a column under an empty header in between
    header.positions = [i for i, name in enumerate(cells) if name.strip()]
    header.columns = tuple(cells[i] for i in header.positions)
    for column in header.columns:
        bad = _CONTROL.search(column)
        if bad:
            problems.append(
                InputProblem(
                    number,
                    column,
                    "control_character",
                    f"the column name contains the control character U+{ord(bad.group()):04X}",
                    value=column,
                )
            )
    return header


def _check_duplicate_columns(
    header: _Header, email_column: str, attachment_column: str | None, problems: list[InputProblem]
) -> None:
    """Two columns with one name: an error for the address/attachment column, else a warning.

    A placeholder that fits two columns is an error too, but only if used
    (`check_placeholders`), so an unused repeated column does not block a batch.
    """
    first: dict[str, str] = {}
    special = {_key(email_column), _key(attachment_column or "")}
    for column in header.columns:
        key = _key(column)
        if key not in first:
            first[key] = column
            continue
        is_error = key in special
        problems.append(
            InputProblem(
                header.row,
                column,
                "duplicate_column",
                f"the column name {column.strip()!r} appears more than once"
                + ("" if is_error else "; placeholders use the first one"),
                severity="error" if is_error else "warning",
                value=column,
            )
        )


def _check_second_email_column(
    header: _Header, email_position: int, names: tuple[str, ...], problems: list[InputProblem]
) -> None:
    """`email` and `E-mail` side by side: which one is meant is not ours to guess."""
    first_key = _key(header.columns[email_position])
    for column in header.columns[email_position + 1 :]:
        key = _key(column)
        if key in names and key != first_key:  # same-name repeats are reported elsewhere
            problems.append(
                InputProblem(
                    header.row,
                    column,
                    "duplicate_column",
                    f"both {header.columns[email_position].strip()!r} and {column.strip()!r} "
                    "could hold the addresses; rename or remove one",
                    value=column,
                )
            )


# a per-recipient file above this is refused when the list is read; the sender checks the
# whole message against the server's own SIZE later (25 MB: the common provider limit)
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
_ABSOLUTE = re.compile(r"^(?:[A-Za-z]:|[\\/]|~)")  # C:\…, /…, \\server\…, ~/…


@dataclass(frozen=True)
class AttachmentRefusal:
    name: str  # as written in the cell
    code: str  # missing_attachment | attachment_outside_folder | attachment_not_a_file | …
    size: int | None = None


def _attachments(
    cell: str,
    find: Callable[[str], tuple[Path, ...] | AttachmentRefusal],
    cache: dict[str, tuple[Path, ...] | AttachmentRefusal],
) -> tuple[tuple[Path, ...], list[AttachmentRefusal]]:
    found: list[Path] = []
    refused: list[AttachmentRefusal] = []
    for part in cell.split(";"):
        name = part.strip()
        if not name:
            continue
        if name not in cache:
            cache[name] = find(name)
        resolved = cache[name]
        if isinstance(resolved, AttachmentRefusal):
            refused.append(resolved)
        else:
            found.extend(resolved)
    return tuple(found), refused


def _file_finder(folder: Path) -> Callable[[str], tuple[Path, ...] | AttachmentRefusal]:
    """CONTRACT §4: the value is a file name relative to the recipients file."""

    def find(name: str) -> tuple[Path, ...] | AttachmentRefusal:
        found = attachment_in_folder(name, folder)
        return found if isinstance(found, AttachmentRefusal) else (found,)

    return find


def _folder_finder(folder: Path) -> Callable[[str], tuple[Path, ...] | AttachmentRefusal]:
    """`AttachmentRule` with a folder: the exact name, else the name plus any extension
    (every such file: an invoice's PDF and its XML); each inside the folder, as §4 asks."""
    listing: dict[str, list[str]] | None = None

    def by_stem() -> dict[str, list[str]]:
        nonlocal listing
        if listing is None:  # one directory listing for the whole file, not one per row
            listing = {}
            try:
                names = sorted(entry.name for entry in os.scandir(folder))
            except OSError:
                names = []
            for entry in names:
                stem, dot, _extension = entry.rpartition(".")
                if dot and stem:
                    listing.setdefault(_key(stem), []).append(entry)
        return listing

    def find(name: str) -> tuple[Path, ...] | AttachmentRefusal:
        exact = attachment_in_folder(name, folder)
        if not isinstance(exact, AttachmentRefusal):
            return (exact,)
        if exact.code != "missing_attachment" or "/" in name or "\\" in name:
            return exact
        found: list[Path] = []
        for candidate in by_stem().get(_key(name), ()):
            checked = attachment_in_folder(candidate, folder)
            if isinstance(checked, AttachmentRefusal):
                if checked.code == "attachment_not_a_file":
                    continue  # a folder named 2026-0142.old is not the invoice
                return AttachmentRefusal(name, checked.code, checked.size)
            found.append(checked)
        return tuple(found) if found else exact

    return find


@dataclass(frozen=True)
class AttachmentUse:
    """One distinct file a batch attaches: its size and how many messages carry it."""

    path: Path
    size: int
    recipients: int


def attachment_uses(
    recipients: Iterable[Recipient], common: Iterable[Path] = ()
) -> list[AttachmentUse]:
    """Every distinct file the batch will attach (the ones for all, then per recipient), for
    the confirmation to list before anything is sent; sizes from stat, nothing is read."""
    rows = list(recipients)
    counts: dict[Path, int] = {Path(p): len(rows) for p in common}
    for recipient in rows:
        for path in dict.fromkeys(recipient.attachments):
            counts[path] = counts.get(path, 0) + 1
    uses = []
    for path, count in counts.items():
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # gone since it was checked: the send reports it for its row
        uses.append(AttachmentUse(path, size, count))
    return uses


def recheck_attachments(
    recipients: Iterable[Recipient],
    recipients_file: str | Path | None,
    column: str = "attachment",
    *,
    attachment_folder: str | Path | None = None,
) -> list[InputProblem]:
    """A reminder sends the files of an earlier batch again: each must still be a regular file
    inside the first list's folder, or the folder chosen for them (`attachment_folder`; it
    may have been swapped for a link or a pipe since)."""
    if attachment_folder:
        folder: Path | None = Path(attachment_folder)
    elif not recipients_file:
        folder = None
    else:
        folder = Path(recipients_file).parent
    problems = []
    for recipient in recipients:
        for path in recipient.attachments:
            if folder is None:
                found: Path | AttachmentRefusal = AttachmentRefusal(
                    str(path), "attachment_outside_folder"
                )
            else:
                found = attachment_in_folder(os.path.relpath(path, folder.resolve()), folder)
            if isinstance(found, AttachmentRefusal):
                problems.append(
                    InputProblem(
                        recipient.row,
                        column,
                        found.code,
                        f"the attachment {str(path)!r} "
                        + _REFUSAL_WORDS[found.code].format(folder=folder, size=found.size),
                        value=str(path),
                    )
                )
    return problems


def attachment_in_folder(name: str, folder: Path) -> Path | AttachmentRefusal:
    """The file a recipients list names, if it is a regular file inside `folder` or below,
    symlinks resolved (CONTRACT §4): a stranger's list must not attach ~/.ssh/id_rsa,
    /proc/self/environ or ../../secret.xlsx. Sizes are read with stat, never the file."""
    if _ABSOLUTE.match(name):
        return AttachmentRefusal(name, "attachment_outside_folder")
    relative = name.replace("\\", "/") if os.sep == "/" else name  # a list written on Windows
    base = folder.resolve()
    target = (base / relative).resolve()
    if not target.is_relative_to(base):
        return AttachmentRefusal(name, "attachment_outside_folder")
    try:
        info = target.stat()
    except FileNotFoundError:
        return AttachmentRefusal(name, "missing_attachment")
    except OSError:
        return AttachmentRefusal(name, "attachment_not_a_file")
    if not stat.S_ISREG(info.st_mode):
        return AttachmentRefusal(name, "attachment_not_a_file")
    if info.st_size > MAX_ATTACHMENT_BYTES:
        return AttachmentRefusal(name, "attachment_too_large", info.st_size)
    return target


# --- file formats -------------------------------------------------------------------------


@contextmanager
def _open_table(path: Path, style: NumberStyle = ENGLISH) -> Iterator[_Table]:
    try:
        stream = path.open("rb")
    except FileNotFoundError as exc:
        raise RecipientsFileError("not_found", f"the file {str(path)!r} does not exist") from exc
    except (IsADirectoryError, NotADirectoryError) as exc:
        raise RecipientsFileError("unreadable", f"{str(path)!r} is not a file") from exc
    except OSError as exc:
        raise RecipientsFileError(
            "unreadable", f"the file {str(path)!r} cannot be read: {exc}"
        ) from exc
    with stream:
        try:
            data = stream.read(8)
            is_zip = data.startswith(_ZIP_MAGIC)
            if is_zip:
                stream.seek(0)
            else:
                data += stream.read()
        except OSError as exc:
            raise RecipientsFileError(
                "unreadable", f"the file {str(path)!r} cannot be read: {exc}"
            ) from exc
        if is_zip and _is_ods(stream):
            yield _ods_table(stream)
            return
        if is_zip:
            with _xlsx_table(stream, style) as table:
                yield table
            return
    if data.startswith(_OLE_MAGIC):
        raise _BadFile(
            "this is an old Excel .xls file or a password-protected workbook; "
            "save it as .xlsx or CSV"
        )
    if path.suffix.casefold() in (".xlsx", ".xlsm"):
        raise _BadFile("the file is not a valid Excel workbook")
    if path.suffix.casefold() in (".ods", ".fods"):
        raise _BadFile("the file is not a valid OpenDocument spreadsheet (.ods)")
    yield _csv_table(data)


# --- OpenDocument (LibreOffice Calc) -------------------------------------------------------
#
# Read with the standard library's streaming XML parser, not a library: an .ods file stores
# each cell's text exactly as Calc displayed it ("1.234,50 €", "15. 1. 2027") next to the
# typed value, and that text is what the user expects in the message; the ODS libraries
# (python-calamine, odfpy, pyexcel-ods) hand back the typed value and lose the display.

_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_MAX_REPEAT = 1024  # a repeated cell in the middle of a row: LibreOffice writes empty runs so


def _is_ods(stream: Any) -> bool:
    stream.seek(0)
    try:
        with zipfile.ZipFile(stream) as archive:
            names = set(archive.namelist())
            found = (
                "content.xml" in names
                and "mimetype" in names
                and archive.read("mimetype").strip() == _ODS_MIME
            )
    except (zipfile.BadZipFile, OSError, KeyError):
        found = False
    stream.seek(0)
    return found


def _ods_table(stream: Any) -> _Table:
    from xml.etree.ElementTree import ParseError, iterparse

    _check_zip_sizes(stream)
    archive = zipfile.ZipFile(stream)

    def rows() -> Iterator[tuple[int, list[str]]]:
        number = 0
        depth = 0  # tables seen: only the first sheet is read
        try:
            with archive, archive.open("content.xml") as content:
                for event, element in iterparse(content, events=("start", "end")):
                    if element.tag == f"{_TABLE}table":
                        if event == "start":
                            depth += 1
                        elif depth == 1:
                            return
                        continue
                    if depth != 1 or event != "end" or element.tag != f"{_TABLE}table-row":
                        continue
                    cells = _ods_cells(element)
                    repeat = int(element.get(f"{_TABLE}number-rows-repeated", "1"))
                    element.clear()
                    if not any(cells):  # empty rows (Calc writes a million as one element)
                        number += repeat
                        continue
                    # identical rows repeated: past the first they are duplicates, sent once
                    for _ in range(min(repeat, _MAX_REPEAT)):
                        number += 1
                        if number > MAX_ROWS:
                            raise _BadFile(f"the sheet has more than {MAX_ROWS} rows", number)
                        _check_cell_sizes(number, cells)
                        yield number, list(cells)
                    number += max(repeat - _MAX_REPEAT, 0)
        except (ParseError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise _BadFile(
                f"the spreadsheet cannot be read near row {number + 1}: {exc}", number + 1
            ) from exc

    return _Table(rows())


def _ods_cells(row: Any) -> list[str]:
    cells: list[str] = []
    for cell in row:
        if cell.tag not in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"):
            continue
        text = "\n".join(_ods_text(p) for p in cell if p.tag == f"{_TEXT}p")
        repeat = int(cell.get(f"{_TABLE}number-columns-repeated", "1"))
        cells.extend([text] * min(repeat, _MAX_REPEAT))
    while cells and not cells[-1]:
        cells.pop()  # Calc ends a row with the empty rest of the sheet's width
    return cells


def _ods_text(element: Any) -> str:
    """A paragraph's text as Calc shows it: spans, links, <text:s c="3"/> spaces, tabs."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{_TEXT}s":
            parts.append(" " * int(child.get(f"{_TEXT}c", "1")))
        elif child.tag == f"{_TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{_TEXT}line-break":
            parts.append("\n")
        else:
            parts.append(_ods_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _csv_table(data: bytes) -> _Table:
    text, encoding = _decode(data)
    delimiter = _sniff_delimiter(text)

    def rows() -> Iterator[tuple[int, list[str]]]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        number = 0
        try:
            for number, record in enumerate(reader, start=1):
                yield number, record
        except csv.Error as exc:
            raise _BadFile(
                f"the CSV cannot be read near row {number + 1}: {exc}", number + 1
            ) from exc

    return _Table(rows(), encoding, delimiter)


def _decode(data: bytes) -> tuple[str, str]:
    """The shared text decoder (core.textfile), its refusals as this module's bad file."""
    try:
        return decode_text(data)
    except TextFileError as exc:
        message = "this is not a text file (CSV)" if exc.code == "not_text" else exc.message
        raise _BadFile(message, exc.line) from None


def _sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one found most often in the header, outside quotes."""
    counts = {";": 0, ",": 0, "\t": 0}
    quoted = False
    for char in text[:65536]:
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in counts:
            counts[char] += 1
        elif char in "\r\n" and any(counts.values()):
            break
    best = max(counts, key=lambda d: counts[d])  # ties keep the order: ; then , then tab
    return best if counts[best] else ","


@contextmanager
def _xlsx_table(stream: Any, style: NumberStyle = ENGLISH) -> Iterator[_Table]:
    """The first sheet, streamed by core/xlsx.py (ten times openpyxl's read-only speed);
    a workbook laid out in a way it does not know is read by openpyxl instead."""
    from smtpdesk.core import xlsx

    try:
        _check_zip_sizes(stream)
        archive = zipfile.ZipFile(stream)
    except zipfile.BadZipFile as exc:
        raise _BadFile(f"the file is not a readable Excel workbook ({exc})") from exc
    stream_rows = xlsx.rows(archive, style)
    try:
        head = next(stream_rows, None)
    except xlsx.XlsxError:
        stream.seek(0)
        with _openpyxl_table(stream, style) as table:
            yield table
        return
    except Exception as exc:  # a damaged part
        raise _BadFile(f"the sheet cannot be read: {exc}") from exc

    def rows() -> Iterator[tuple[int, list[str]]]:
        width = None  # the header's: cells right of it are left out
        try:
            for number, cells in itertools.chain([head] if head else [], stream_rows):
                if number > MAX_ROWS:
                    raise _BadFile(f"the sheet has more than {MAX_ROWS} rows", number)
                texts = cells if width is None else cells[:width]
                _check_cell_sizes(number, texts)
                yield number, texts
                if width is None and any(t.strip() for t in texts):
                    width = max(i for i, t in enumerate(texts) if t.strip()) + 1
        except _BadFile:
            raise
        except Exception as exc:  # a damaged sheet part
            raise _BadFile(f"the sheet cannot be read: {exc}") from exc

    try:
        yield _Table(rows())
    finally:
        archive.close()


@contextmanager
def _openpyxl_table(stream: Any, style: NumberStyle = ENGLISH) -> Iterator[_Table]:
    import openpyxl  # only unusual workbooks need it, and it takes a while to import

    with warnings.catch_warnings():
        # openpyxl warns about workbook features it does not read (styles, validation)
        warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
        try:
            _check_zip_sizes(stream)
            workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
            raise _BadFile(f"the file is not a readable Excel workbook ({exc})") from exc
        except Exception as exc:  # openpyxl raises its own classes for broken parts
            raise _BadFile(f"the file is not a readable Excel workbook ({exc})") from exc
        try:
            if not workbook.worksheets:
                raise _BadFile("the workbook has no sheets")
            sheet = workbook.worksheets[0]

            def rows() -> Iterator[tuple[int, list[str]]]:
                try:
                    width = None  # the header's: cells right of it are never read
                    start = 1
                    while True:
                        for number, cells in enumerate(
                            sheet.iter_rows(min_row=start, max_col=width), start=start
                        ):
                            if number > MAX_ROWS:
                                raise _BadFile(f"the sheet has more than {MAX_ROWS} rows", number)
                            # strings are most cells: skip the call for them
                            texts = [
                                cell.value if type(cell.value) is str else cell_text(cell, style)
                                for cell in cells
                            ]
                            _check_cell_sizes(number, texts)
                            yield number, texts
                            if width is None and any(t.strip() for t in texts):
                                width = max(i for i, t in enumerate(texts) if t.strip()) + 1
                                start = number + 1
                                break
                        else:
                            return
                except _BadFile:
                    raise
                except Exception as exc:  # a damaged sheet part
                    raise _BadFile(f"the sheet cannot be read: {exc}") from exc

            yield _Table(rows())
        finally:
            workbook.close()


# Excel's own limit; a CSV cell longer than the csv module's limit is refused by csv itself
MAX_ROWS = 1_048_576
MAX_CELL = csv.field_size_limit()
# an XLSX is a zip: a 500 KB file can unpack to gigabytes (a zip bomb) before a row is read
_MAX_PART_BYTES = 256 * 1024 * 1024
_MAX_RATIO = 100  # real sheets compress 5-20 times; shared strings of one repeated cell, more


def _check_zip_sizes(stream: Any) -> None:
    stream.seek(0)
    with zipfile.ZipFile(stream) as archive:
        total = 0
        for info in archive.infolist():
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if (
                info.file_size > _MAX_PART_BYTES
                or total > 2 * _MAX_PART_BYTES
                or (ratio > _MAX_RATIO and info.file_size > 16 * 1024 * 1024)
            ):
                raise _BadFile(
                    f"the workbook's part {info.filename} unpacks to "
                    f"{info.file_size // (1024 * 1024)} MB; that is not a "
                    "recipients list (save the sheet as CSV if it is)"
                )
    stream.seek(0)


def _check_cell_sizes(number: int, texts: list[str]) -> None:
    if not texts or max(map(len, texts)) <= MAX_CELL:
        return
    for position, text in enumerate(texts):
        if len(text) > MAX_CELL:
            raise _BadFile(
                f"the cell in column {position + 1} has {len(text)} characters; "
                f"a cell may have at most {MAX_CELL}",
                number,
            )
