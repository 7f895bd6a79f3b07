"""Building one message per recipient: merge fields, MIME structure, wire bytes.

`prepare()` does the per-batch work once (constant headers encoded, MIME skeleton and
boundaries laid out, common attachments base64-encoded); `MessageTemplate.render()` fills in
only what differs per recipient and returns the final wire bytes (CRLF line endings, 7-bit
clean, no dot-stuffing: aiosmtplib does that). The result parses to the same headers,
structure, text and attachments as an `EmailMessage` built with set_content /
add_alternative / add_attachment, at a fraction of the cost, so a batch can build each
message just before sending it instead of holding thousands in memory.

With a `signer` (core/smime.py), everything after the top-level headers is signed and
wrapped into `multipart/signed`; without one, nothing on the fast path changes.
"""

from __future__ import annotations

import base64
import binascii
import html
import mimetypes
import os
import re
import stat
import string
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, cast
from urllib.parse import quote

from smtpdesk.core.address import AddressError, Mailbox, ascii_domain, parse_address, parse_mailbox
from smtpdesk.core.errors import SmtpdeskError
from smtpdesk.core.recipients import PLACEHOLDER_PATTERN, match_column

if TYPE_CHECKING:
    from smtpdesk.core.recipients import Recipient
    from smtpdesk.core.smime import Signer

__all__ = ["ComposeError", "MessageTemplate", "Rendered", "build_message", "prepare"]

# refused in headers: C0 controls but TAB, DEL, C1 controls, the Unicode line separators, and
# the bidirectional overrides that make a subject read otherwise than it is (U+202A-U+202E,
# U+2066-U+2069: "Trojan Source")
_HEADER_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# what keeps a body out of 7bit: a byte that is not printable ASCII (nor TAB or a line end),
# or a line over 78 characters (the email package's limit for 7bit, policy.default)
_NOT_7BIT = re.compile(rb"[^\t\r\n\x20-\x7e]|[^\r\n]{79}")
# what a signed 7bit body must not carry either: trailing white space and lines starting
# "From " are changed by some mail servers on the way, which would break the signature
_ALTERED_IN_TRANSIT = re.compile(rb"[ \t]\r\n|(?:^|\n)From ")
_MAX_LINE = 78
_CRLF = b"\r\n"

# RFC 2047 "Q": the bytes the email package leaves as they are; space becomes "_"
_Q_SAFE = frozenset(b"-!*+/" + (string.ascii_letters + string.digits).encode())
_Q_BYTE = tuple(chr(b) if b in _Q_SAFE else "_" if b == 0x20 else f"={b:02X}" for b in range(256))
_Q_SHORT_BYTES = bytes(sorted(_Q_SAFE | {0x20}))  # bytes that take one character in Q
_SUBJECT_PREFIX = "Subject: "
_MAX_HEADER_LINE = 998
_EW_OVERHEAD = len("=?utf-8?q??=")
_EW_MAX = 75  # longest encoded word (RFC 2047 section 2)
# RFC 2231 attr-char: what may stay unescaped in an extended parameter value
_ATTR_SAFE = "!#$&+-.^_`|~"
_READ_BLOCK = 57 * 1024  # a whole number of 76-character base64 lines per read


class ComposeError(SmtpdeskError, ValueError):
    """A message that cannot be built; `code` is stable, `row`/`column` point at the input.
    Its codes are its own, an address's (AddressError) and the signing certificate's
    (SmimeError), passed on."""

    codes = frozenset(
        {
            "bad_text",
            "bad_domain",
            "control_character",
            "unknown_placeholder",
            "bad_address",
            "attachment_not_a_file",
            "missing_attachment",
        }
        | AddressError.codes
        # SmimeError.codes (core/smime.py loads cryptography: not imported here)
        | {
            "smime_file_missing",
            "smime_unreadable",
            "smime_password_missing",
            "smime_wrong_password",
            "smime_no_key",
            "smime_unsupported_key",
            "smime_expired",
            "smime_not_yet_valid",
            "smime_keyring_unavailable",
        }
    )

    def __init__(
        self, code: str, *, row: int | None = None, column: str | None = None, message: str = ""
    ) -> None:
        super().__init__(code, message or code, row=row, column=column)
        self.row = row
        self.column = column

    def to_json(self) -> dict[str, object]:
        return {"row": self.row, "column": self.column, "code": self.code, "message": self.message}


@dataclass(frozen=True, slots=True)
class Rendered:
    """One message ready for `aiosmtplib.SMTP.sendmail(envelope_from, envelope_to, data)`.

    `envelope_to` holds the recipient and, when the batch has one, the BCC archive address;
    the archive address is never written into the headers. `message_id` is the header value
    with its angle brackets.
    """

    envelope_from: str
    envelope_to: tuple[str, ...]
    data: bytes
    message_id: str

    @property
    def size(self) -> int:
        """Octets of `data`, to compare with the server's EHLO SIZE."""
        return len(self.data)


@dataclass(frozen=True, slots=True)
class _Text:
    """Text with placeholders, split once: literal, column, literal, column, ..., literal."""

    literals: tuple[str, ...]
    columns: tuple[str, ...]

    def fill(
        self, fields: Mapping[str, str], *, escape: bool = False, newlines: bool = False
    ) -> str:
        parts = [self.literals[0]]
        for column, literal in zip(self.columns, self.literals[1:], strict=True):
            value = fields.get(column) or ""
            if escape:
                value = html.escape(value)
            if newlines and "\r" in value:
                value = _unix_newlines(value)
            parts.append(value)
            parts.append(literal)
        return "".join(parts)


@dataclass(frozen=True, slots=True)
class _Body:
    """A text/plain or text/html part: the text, or the finished part when it is constant."""

    text: _Text
    escape: bool
    headers: Mapping[str, bytes]  # transfer encoding -> the part's header block
    guard: bytes  # the delimiter prefix a 7bit body must not contain
    fixed: bytes | None = None
    signed: bool = False  # quote what servers might alter (RFC 5751 section 3.1.1)

    def render(self, fields: Mapping[str, str]) -> bytes:
        if self.fixed is not None:
            return self.fixed
        return self.encode(self.text.fill(fields, escape=self.escape, newlines=True))

    def encode(self, text: str) -> bytes:
        cte, payload = _encode_body(text, self.guard, self.signed)
        return self.headers[cte] + payload


@dataclass(frozen=True)
class MessageTemplate:
    """A batch's message with the per-recipient parts left open; made by `prepare()`."""

    envelope_from: str
    columns: tuple[str, ...]  # the recipient columns the message uses, as the file names them
    bcc_archive: str | None
    _head: bytes = field(repr=False)  # From (and Reply-To)
    _tail: bytes = field(repr=False)  # MIME-Version (and List-Unsubscribe)
    _subject: _Text = field(repr=False)
    _subject_line: bytes | None = field(repr=False)  # when the subject is the same for all
    _message_id_domain: str = field(repr=False)
    _text: _Body = field(repr=False)
    _html: _Body | None = field(repr=False)
    _alternative: tuple[bytes, bytes, bytes] | None = field(repr=False)  # around the bodies
    _mixed_open: bytes = field(repr=False)  # its Content-Type and the first delimiter
    _mixed_delimiter: bytes = field(repr=False)
    _mixed_close: bytes = field(repr=False)
    _common_attachments: tuple[bytes, ...] = field(repr=False)  # finished parts
    _signer: Signer | None = field(default=None, repr=False)

    @property
    def signed(self) -> bool:
        return self._signer is not None

    def render(self, recipient: Recipient) -> Rendered:
        """The wire bytes for one recipient; raises ComposeError for unusable merge values."""
        fields = recipient.fields
        to_address = _recipient_address(recipient)
        subject = self._subject_line
        if subject is None:
            for column in self._subject.columns:
                if _HEADER_CONTROL.search(fields.get(column) or ""):
                    raise ComposeError(
                        "control_character",
                        row=recipient.row,
                        column=column,
                        message=f"a control character in {column!r} would land in the subject",
                    )
        try:
            if subject is None:
                subject = _subject_header(self._subject.fill(fields))
            text = self._text.render(fields)
            html_part = self._html.render(fields) if self._html is not None else b""
        except UnicodeEncodeError as exc:
            raise ComposeError(
                "bad_text",
                row=recipient.row,
                message=f"text that cannot be written as UTF-8: {exc}",
            ) from exc
        message_id = f"<{uuid.uuid4().hex}@{self._message_id_domain}>"
        parts = [
            self._head,
            b"To: ",
            to_address.encode("ascii"),
            _CRLF,
            subject,
            _date_line(),
            b"Message-ID: ",
            message_id.encode("ascii"),
            _CRLF,
            self._tail,
        ]
        top = len(parts)  # the top-level headers end here; a signature covers the rest
        own_files = recipient.attachments
        mixed = bool(self._common_attachments or own_files)
        if mixed:
            parts.append(self._mixed_open)
        if self._alternative is not None:
            opening, middle, closing = self._alternative
            parts += (opening, text, middle, html_part, closing)
        else:
            parts.append(text)
        if mixed:
            for attachment in self._common_attachments:
                parts += (self._mixed_delimiter, attachment)
            for path in own_files:  # read now, never kept for the next recipient
                parts += (self._mixed_delimiter, _attachment_part(Path(path), row=recipient.row))
            parts.append(self._mixed_close)
        if self._signer is not None:
            parts[top:] = [self._signer.sign(b"".join(parts[top:]))]
        envelope_to: tuple[str, ...] = (to_address,)
        if self.bcc_archive is not None and self.bcc_archive != to_address:
            envelope_to += (self.bcc_archive,)
        return Rendered(self.envelope_from, envelope_to, b"".join(parts), message_id)


def prepare(
    *,
    sender: str,
    subject: str,
    text_body: str,
    html_body: str | None = None,
    reply_to: str | None = None,
    attachments: Sequence[Path] = (),
    list_unsubscribe: bool = False,
    columns: Sequence[str] = (),
    message_id_domain: str | None = None,
    bcc_archive: str | None = None,
    signer: Signer | None = None,
) -> MessageTemplate:
    """Do the per-batch work once; raises ComposeError.

    `{{ Column }}` placeholders in the subject and bodies resolve against `columns` (the
    recipients file's header row). `attachments` go to every recipient and are read and
    encoded here, once; a recipient's own files (`Recipient.attachments`) are read when it is
    rendered. `bcc_archive` is added to every message's envelope and never to its headers,
    so recipients do not see it. With `signer` (`smime.Signer`) every message is signed
    (S/MIME, multipart/signed).
    """
    sender_box = _mailbox(sender, "sender")
    head = [_address_header("From", sender_box)]
    reply_box = _mailbox(reply_to, "reply_to") if reply_to else None
    if reply_box is not None:
        head.append(_address_header("Reply-To", reply_box))
    archive = _ascii_address(_mailbox(bcc_archive, "bcc_archive")) if bcc_archive else None
    id_domain = message_id_domain or _ascii_address(sender_box).rpartition("@")[2]
    if not re.fullmatch(r"[A-Za-z0-9.\[\]:-]+", id_domain):
        raise ComposeError("bad_domain", message=f"{id_domain!r} cannot end a Message-ID")

    if _HEADER_CONTROL.search(subject):
        raise ComposeError("control_character", message="a control character in the subject")
    subject_text = _split(subject, columns)

    # every boundary starts with the same random prefix, which a 7bit body must not contain
    # (a quoted-printable or base64 body cannot contain "=_" at all)
    prefix = f"=_{uuid.uuid4().hex}_"
    mixed_boundary, alternative_boundary = prefix + "m", prefix + "a"
    guard = f"--{prefix}".encode("ascii")
    signed = signer is not None
    text = _body(text_body, "plain", escape=False, guard=guard, columns=columns, signed=signed)
    html_part = None
    alternative = None
    if html_body is not None:
        html_part = _body(
            html_body, "html", escape=True, guard=guard, columns=columns, signed=signed
        )
        delimiter = f"--{alternative_boundary}\r\n".encode("ascii")
        alternative = (
            _multipart_header("alternative", alternative_boundary) + delimiter,
            _CRLF + delimiter,
            f"\r\n--{alternative_boundary}--\r\n".encode("ascii"),
        )

    tail = [b"MIME-Version: 1.0\r\n"]
    if list_unsubscribe:
        target = quote(_ascii_address(reply_box or sender_box), safe="@!$'()*+,;=-._~")
        tail.append(f"List-Unsubscribe: <mailto:{target}?subject=unsubscribe>\r\n".encode("ascii"))
    used = subject_text.columns + text.text.columns + (html_part.text.columns if html_part else ())
    return MessageTemplate(
        envelope_from=_ascii_address(sender_box),
        columns=tuple(dict.fromkeys(used)),
        bcc_archive=archive,
        _head=b"".join(head),
        _tail=b"".join(tail),
        _subject=subject_text,
        _subject_line=None if subject_text.columns else _subject_header(subject),
        _message_id_domain=id_domain,
        _text=text,
        _html=html_part,
        _alternative=alternative,
        _mixed_open=(
            _multipart_header("mixed", mixed_boundary) + f"--{mixed_boundary}\r\n".encode("ascii")
        ),
        _mixed_delimiter=f"\r\n--{mixed_boundary}\r\n".encode("ascii"),
        _mixed_close=f"\r\n--{mixed_boundary}--\r\n".encode("ascii"),
        _common_attachments=tuple(_attachment_part(Path(p), row=None) for p in attachments),
        _signer=signer,
    )


def build_message(template: MessageTemplate, recipient: Recipient) -> EmailMessage:
    """The rendered message parsed back, for a preview of one recipient (unsigned: the
    signature adds nothing to see, and its part would show as an attachment)."""
    if template.signed:
        template = replace(template, _signer=None)
    message = BytesParser(policy=policy.default).parsebytes(template.render(recipient).data)
    assert isinstance(message, EmailMessage)
    return message


# --- placeholders and addresses ----------------------------------------------------------


def _split(text: str, columns: Sequence[str]) -> _Text:
    literals: list[str] = []
    names: list[str] = []
    position = 0
    for match in PLACEHOLDER_PATTERN.finditer(text):
        name = match.group(1).strip()
        column = match_column(name, columns)
        if column is None:
            raise ComposeError(
                "unknown_placeholder", column=name, message=f"no column named {name!r}"
            )
        literals.append(text[position : match.start()])
        names.append(column)
        position = match.end()
    literals.append(text[position:])
    return _Text(tuple(literals), tuple(names))


def _unix_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _mailbox(text: str, what: str) -> Mailbox:
    try:
        return parse_mailbox(text)
    except AddressError as exc:
        raise ComposeError(exc.code, message=f"{what}: {exc}") from exc


def _ascii_address(mailbox: Mailbox) -> str:
    if not mailbox.local_part.isascii():
        raise ComposeError(
            "bad_address", message=f"{mailbox.address!r}: the part before @ is not ASCII"
        )
    try:
        return mailbox.ascii_address
    except AddressError as exc:
        raise ComposeError(exc.code, message=str(exc)) from exc


def _address_header(name: str, mailbox: Mailbox) -> bytes:
    """`From:`/`Reply-To:` folded by the email package, the name RFC 2047-encoded."""
    ascii_box = Mailbox(mailbox.display_name, _ascii_address(mailbox))
    header = policy.SMTP.header_factory(name, [ascii_box.header_address()])
    folded = header.fold(policy=policy.SMTP)
    if any(len(line) > _MAX_HEADER_LINE for line in folded.split("\r\n")):  # RFC 5322 2.1.1
        raise ComposeError("bad_address", message=f"{name}: the name is too long for a header")
    return cast(str, folded).encode("ascii")


@lru_cache(maxsize=1024)
def _cached_ascii_domain(domain: str) -> str:
    return ascii_domain(domain)


def _recipient_address(recipient: Recipient) -> str:
    """The recipient's address, checked again here: a merge value can never add a recipient."""
    try:
        address = parse_address(recipient.email)
        local, _, domain = address.rpartition("@")
        if not local.isascii():
            raise AddressError("bad_address", f"{address!r}: the part before @ is not ASCII")
        return address if domain.isascii() else f"{local}@{_cached_ascii_domain(domain)}"
    except AddressError as exc:
        raise ComposeError(exc.code, row=recipient.row, column="email", message=str(exc)) from exc


# --- headers -----------------------------------------------------------------------------


def _multipart_header(subtype: str, boundary: str) -> bytes:
    return f'Content-Type: multipart/{subtype};\r\n boundary="{boundary}"\r\n\r\n'.encode()


def _subject_header(subject: str) -> bytes:
    """`Subject: ...` with CRLF: plain folded ASCII when that reads back the same, else
    RFC 2047 encoded words."""
    folded = _fold_plain(subject)
    if folded is None:
        folded = _encoded_words(subject)
    return folded.encode("ascii")


def _fold_plain(subject: str) -> str | None:
    if not subject:
        return _SUBJECT_PREFIX + "\r\n"
    if (
        not subject.isascii()
        or not subject.isprintable()
        or "=?" in subject
        or "  " in subject
        or subject[0] == " "
        or subject[-1] == " "
    ):
        return None  # the parser would decode or lose something: encode instead
    words = subject.split(" ")
    lines = []
    line = _SUBJECT_PREFIX + words[0]
    for word in words[1:]:
        if len(line) + 1 + len(word) <= _MAX_LINE:
            line += " " + word
        else:
            lines.append(line)
            line = " " + word
    lines.append(line)
    if any(len(one) > _MAX_LINE for one in lines):
        return None  # a word too long to fold; encoded words can split it
    return "\r\n".join(lines) + "\r\n"


def _encoded_words(subject: str) -> str:
    """The whole subject as UTF-8 encoded words (as Thunderbird and Outlook write it), Q or B
    whichever is shorter, every line at most 78 characters, no character split between words.
    The space between two encoded words is not part of the text, so nothing is lost."""
    raw = subject.encode("utf-8")
    first = _MAX_LINE - len(_SUBJECT_PREFIX) - _EW_OVERHEAD
    later = _EW_MAX - _EW_OVERHEAD
    q_length = len(raw) + 2 * len(raw.translate(None, _Q_SHORT_BYTES))
    # ASCII text always in Q: base64 there is what spam filters call excess encoding
    if raw.isascii() or q_length <= 4 * -(-len(raw) // 3):
        opener, words = "=?utf-8?q?", _q_words(subject, first, later)
    else:
        opener, words = "=?utf-8?b?", _b_words(raw, first // 4 * 3, later // 4 * 3)
    return _SUBJECT_PREFIX + "\r\n ".join(f"{opener}{word}?=" for word in words) + "\r\n"


@lru_cache(maxsize=4096)
def _q_char(char: str) -> str:
    return "".join([_Q_BYTE[b] for b in char.encode("utf-8")])


def _q_words(subject: str, first: int, later: int) -> list[str]:
    words = []
    current: list[str] = []
    length, limit = 0, first
    for char in subject:
        piece = _q_char(char)
        if length + len(piece) > limit:
            words.append("".join(current))
            current, length, limit = [], 0, later
        current.append(piece)
        length += len(piece)
    words.append("".join(current))
    return words


def _b_words(raw: bytes, first: int, later: int) -> list[str]:
    words = []
    start, limit = 0, first
    while start < len(raw):
        end = min(start + limit, len(raw))
        while end < len(raw) and raw[end] & 0xC0 == 0x80:
            end -= 1  # never split a UTF-8 sequence between two words
        words.append(base64.b64encode(raw[start:end]).decode("ascii"))
        start, limit = end, later
    return words


class _DateCache:
    """`Date:` changes once a second; formatting it for every message would be wasted."""

    second = -1
    line = b""


def _date_line() -> bytes:
    second = int(time.time())
    if second != _DateCache.second:
        stamp = format_datetime(datetime.fromtimestamp(second).astimezone())
        _DateCache.line = f"Date: {stamp}\r\n".encode("ascii")
        _DateCache.second = second
    return _DateCache.line


# --- bodies ------------------------------------------------------------------------------


def _body(
    text: str,
    subtype: str,
    *,
    escape: bool,
    guard: bytes,
    columns: Sequence[str],
    signed: bool = False,
) -> _Body:
    split = _split(_unix_newlines(text), columns)
    content_type = f'Content-Type: text/{subtype}; charset="utf-8"\r\n'
    headers = {
        cte: f"{content_type}Content-Transfer-Encoding: {cte}\r\n\r\n".encode("ascii")
        for cte in ("7bit", "quoted-printable", "base64")
    }
    body = _Body(split, escape, headers, guard, signed=signed)
    if split.columns:
        return body
    return _Body(split, escape, headers, guard, fixed=body.encode(split.literals[0]), signed=signed)


def _encode_body(text: str, guard: bytes, signed: bool = False) -> tuple[str, bytes]:
    """The transfer encoding and the payload (CRLF, ending with CRLF), chosen as the email
    package chooses for set_content(), except that 8bit is never used and control
    characters are quoted. A signed body is also quoted where servers might alter it."""
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode("utf-8").replace(b"\n", b"\r\n")
    if (
        not _NOT_7BIT.search(raw)
        and guard not in raw
        and not (signed and _ALTERED_IN_TRANSIT.search(raw))
    ):
        return "7bit", raw
    quoted = binascii.b2a_qp(raw, istext=True)  # lines of at most 76, CRLF kept
    if signed:
        quoted = _quote_from(quoted)
    base64_length = 4 * -(-len(raw) // 3)
    base64_length += 2 * -(-base64_length // 76)
    if len(quoted) > base64_length:
        return "base64", _base64_lines(raw)
    return "quoted-printable", quoted


def _quote_from(quoted: bytes) -> bytes:
    """ "From " at a line start written as "=46rom ", so no mailbox writer adds a ">"."""
    if quoted.startswith(b"From "):
        quoted = b"=46" + quoted[1:]
    return quoted.replace(b"\nFrom ", b"\n=46rom ")


def _base64_lines(raw: bytes) -> bytes:
    return base64.encodebytes(raw).replace(b"\n", b"\r\n")


# --- attachments -------------------------------------------------------------------------


def _attachment_part(path: Path, *, row: int | None) -> bytes:
    """Headers and base64 body of one attached file, read in blocks of whole base64 lines."""
    name = path.name
    content_type, encoding = mimetypes.guess_type(name)
    if content_type is None or encoding is not None:
        content_type = "application/octet-stream"  # e.g. .tar.gz: the bytes as they are
    chunks = [
        f"Content-Type: {content_type}\r\nContent-Transfer-Encoding: base64\r\n".encode(),
        _disposition(name),
        _CRLF,
    ]
    try:
        # non-blocking open, then fstat: a FIFO or device put in the file's place since the
        # list was checked is refused instead of hanging or reading /dev/zero forever
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as file:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise ComposeError(
                    "attachment_not_a_file", row=row, message=f"{str(path)!r} is not a regular file"
                )
            while block := file.read(_READ_BLOCK):
                chunks.append(_base64_lines(block))
    except OSError as exc:
        raise ComposeError(
            "missing_attachment", row=row, message=f"cannot read {str(path)!r}: {exc.strerror}"
        ) from exc
    return b"".join(chunks)


def _disposition(name: str) -> bytes:
    """`Content-Disposition` with the file name, RFC 2231-encoded (and continued over
    several lines when long) unless it is short plain ASCII."""
    header = "Content-Disposition: attachment;\r\n"
    if (
        name.isascii()
        and name.isprintable()
        and '"' not in name
        and "\\" not in name
        and len(f' filename="{name}"') <= _MAX_LINE
    ):
        return f'{header} filename="{name}"\r\n'.encode("ascii")
    encoded = quote(name.encode("utf-8"), safe=_ATTR_SAFE)
    single = f" filename*=utf-8''{encoded}"
    if len(single) <= _MAX_LINE:
        return f"{header}{single}\r\n".encode("ascii")
    pieces: list[str] = []
    position = 0
    while position < len(encoded):
        prefix = f" filename*{len(pieces)}*=" + ("" if pieces else "utf-8''")
        end = min(position + _MAX_LINE - 1 - len(prefix), len(encoded))
        escape = encoded.rfind("%", end - 2, end)
        if escape != -1 and end < len(encoded):
            end = escape  # never split a %XX escape between two pieces
        while encoded[end : end + 2] in ("%8", "%9", "%A", "%B"):
            end -= 3  # nor a UTF-8 sequence: some readers decode each piece on its own
        pieces.append(prefix + encoded[position:end])
        position = end
    return (header + ";\r\n".join(pieces) + "\r\n").encode("ascii")
