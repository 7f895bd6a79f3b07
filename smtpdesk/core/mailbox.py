"""The incoming server (IMAP): a copy of every sent message in Sent, and delivery reports
(bounces) read from the inbox and matched to a batch's rows (CONTRACT §1 `bounces`, §2).

Client: the standard library's `imaplib`, each session run in a worker thread
(`asyncio.to_thread`), not `aioimaplib`. Every exchange here is a short burst — sign in,
LIST, a SEARCH and a few FETCHes, or a stream of APPENDs — never a long IDLE, so a thread
per session keeps the event loop (and the window) free at no cost; `imaplib` is in every
Python (no new dependency for the bundle), has STARTTLS with our own SSL context, literal
APPEND, UID commands and AUTHENTICATE for XOAUTH2, and has been exercised against every
server for decades. `aioimaplib` would add a one-maintainer dependency whose STARTTLS and
literal handling we would have to prove ourselves, for no gain at these volumes.

Never plain text: `ssl` (implicit TLS, port 993) or `starttls` (port 143, refused when the
server does not offer STARTTLS). Sign-in uses the SMTP user name and password (AUTHENTICATE
PLAIN, UTF-8, so a password with č or ł works; LOGIN when PLAIN is not offered) or the
profile's OAuth2 token (XOAUTH2). Reports are read with BODY.PEEK: nothing is marked read,
nothing is ever deleted; `move_to` uses MOVE (RFC 6851), else COPY + UID EXPUNGE of exactly
those messages (UIDPLUS), else only COPY.

No Qt here: codes down (`MailboxError.code`), words up.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import email
import email.policy
import imaplib
import logging
import re
import socket
import ssl
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from typing import Any

from smtpdesk.core.diagnose import certificate_code
from smtpdesk.core.profile import Profile
from smtpdesk.core.providers import keeping_sent_copy
from smtpdesk.core.queue import Queue, Row
from smtpdesk.core.transport import Credentials, open_socket, tls_context

log = logging.getLogger(__name__)

# names of the Sent folder when the server marks none \Sent (RFC 6154); compared without case
SENT_NAMES = (
    "sent",
    "sent items",
    "sent messages",
    "sent mail",
    "odeslané",
    "odeslaná pošta",
    "poslano",
    "poslana pošta",
    "poslana posta",
    "wysłane",
    "elementy wysłane",
    "wyslane",
)
ERROR_CODES = (
    "no_imap",
    "dns_failed",
    "connection_refused",
    "timeout",
    "starttls_unavailable",
    "certificate_untrusted",
    "hostname_mismatch",
    "tls_failed",
    "auth_failed",
    "auth_unavailable",
    "no_sent_folder",
    "server_error",
)
_FETCH_CHUNK = 50
_MAX_REPORT_SIZE = 10 * 1024 * 1024  # a delivery report carrying a huge original is cut


class MailboxError(Exception):
    """The incoming server could not be used; `code` is one of ERROR_CODES, `detail` the
    server's or the system's own words (shown as they are, like an SMTP reply)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


# -- modified UTF-7 (RFC 3501 5.1.3): folder names on the wire ------------------------------


def encode_folder(name: str) -> str:
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            raw = "".join(pending).encode("utf-16-be")
            out.append("&" + base64.b64encode(raw).decode().rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    return "".join(out)


def decode_folder(name: str) -> str:
    def one(match: re.Match[str]) -> str:
        text = match.group(1)
        if not text:
            return "&"
        text = text.replace(",", "/")
        return base64.b64decode(text + "=" * (-len(text) % 4)).decode("utf-16-be")

    try:
        return re.sub(r"&([^-]*)-", one, name)
    except (ValueError, UnicodeDecodeError):
        return name


def _quote(name: str) -> str:
    wire = encode_folder(name)
    return '"' + wire.replace("\\", "\\\\").replace('"', '\\"') + '"'


_LIST = re.compile(rb'\((?P<flags>[^)]*)\) (?P<delim>"(?:[^"\\]|\\.)*"|NIL) (?P<name>.*)$')


@dataclass(frozen=True)
class Folder:
    name: str  # decoded
    flags: tuple[str, ...]
    delimiter: str


def parse_list(lines: Iterable[Any]) -> list[Folder]:
    """LIST responses as imaplib gives them (a literal name comes as a tuple)."""
    folders = []
    for item in lines:
        if item is None:
            continue
        if isinstance(item, tuple):
            head, literal = item[0], item[1]
            match = _LIST.match(re.sub(rb" \{\d+\}$", b" x", head))
            raw_name = literal
        else:
            match = _LIST.match(item)
            raw_name = match.group("name") if match else b""
        if not match:
            continue
        name = raw_name.decode("utf-8", "replace").strip()
        if name.startswith('"') and name.endswith('"') and len(name) >= 2:
            name = re.sub(r"\\(.)", r"\1", name[1:-1])
        delim = match.group("delim").decode()
        delim = "" if delim == "NIL" else re.sub(r"\\(.)", r"\1", delim[1:-1])
        flags = tuple(f.decode().casefold() for f in match.group("flags").split())
        folders.append(Folder(decode_folder(name), flags, delim))
    return folders


def find_sent_folder(folders: list[Folder]) -> str | None:
    """The folder marked \\Sent (RFC 6154), else one with a usual name (any language we
    serve), else None."""
    usable = [f for f in folders if "\\noselect" not in f.flags and "\\nonexistent" not in f.flags]
    for folder in usable:
        if "\\sent" in folder.flags:
            return folder.name
    for wanted in SENT_NAMES:
        for folder in usable:
            leaf = folder.name.rsplit(folder.delimiter, 1)[-1] if folder.delimiter else folder.name
            if leaf.casefold() == wanted:
                return folder.name
    return None


# -- the session (runs in a worker thread) ----------------------------------------------------


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    encryption: str  # "ssl" | "starttls"
    username: str
    password: str | None = field(default=None, repr=False)
    oauth_token: str | None = field(default=None, repr=False)
    timeout: float = 30.0


def has_imap(profile: Profile) -> bool:
    return bool(profile.imap_host.strip())


async def settings_for(profile: Profile, credentials: Credentials | None) -> ImapSettings:
    """The profile's incoming server with the SMTP sign-in (an OAuth2 token fetched now)."""
    if not has_imap(profile):
        raise MailboxError("no_imap")
    token = None
    if credentials is not None and credentials.oauth_token is not None:
        token = await credentials.oauth_token()
    username = credentials.username if credentials is not None else profile.login_name
    return ImapSettings(
        profile.imap_host.strip(),
        profile.imap_port_or_default,
        profile.imap_encryption,
        username,
        credentials.password if credentials is not None else None,
        token,
        max(profile.timeout, 30.0),
    )


class Session:
    """One signed-in IMAP connection. Blocking: use it from one worker thread."""

    def __init__(self, settings: ImapSettings) -> None:
        self.settings = settings
        self.conn = _connect(settings)
        try:
            _sign_in(self.conn, settings)
            # the capabilities before sign-in often lack MOVE and UIDPLUS: ask again
            typ, data = self.conn.capability()
            if typ == "OK" and data and data[-1]:
                self.conn.capabilities = tuple(data[-1].decode("ascii", "replace").upper().split())
        except BaseException:
            self.close()
            raise
        self._sent: str | None = None
        self._pipelined = 0

    @property
    def capabilities(self) -> tuple[str, ...]:
        return tuple(c.upper() for c in self.conn.capabilities)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.logout()
        with contextlib.suppress(Exception):
            self.conn.shutdown()

    def _ok(self, typ: str, data: Any, what: str) -> Any:
        if typ != "OK":
            detail = b" ".join(d for d in data if isinstance(d, bytes)).decode("utf-8", "replace")
            raise MailboxError("server_error", f"{what}: {detail}")
        return data

    def folders(self) -> list[Folder]:
        typ, data = self.conn.list('""', "*")
        return parse_list(self._ok(typ, data, "LIST"))

    def sent_folder(self) -> str:
        if self._sent is None:
            found = find_sent_folder(self.folders())
            if found is None:
                raise MailboxError("no_sent_folder")
            self._sent = found
        return self._sent

    def append(self, folder: str, data: bytes) -> None:
        typ, answer = self.conn.append(
            _quote(folder), r"(\Seen)", imaplib.Time2Internaldate(time.time()), data
        )
        self._ok(typ, answer, "APPEND")

    def append_to_sent(self, data: bytes) -> str:
        folder = self.sent_folder()
        self.append(folder, data)
        return folder

    def append_many(self, folder: str, messages: list[bytes]) -> list[MailboxError | None]:
        """Several APPENDs in flight on this connection (RFC 3501 pipelining): each outcome
        in order, None when that message is in the folder. With LITERAL+ (RFC 7888) every
        command goes out at once and the answers are read after; otherwise each literal waits
        for the server's go-ahead, but never for the previous message's answer. A broken
        connection raises (imaplib.IMAP4.abort, OSError): the session is not usable then."""
        if not messages:
            return []
        self._pipelined += 1
        tags = [f"SD{self._pipelined}X{index}".encode() for index in range(len(messages))]
        outcomes: dict[bytes, MailboxError | None] = {}
        nonsync = "LITERAL+" in self.capabilities
        date = imaplib.Time2Internaldate(time.time()).encode()
        target = _quote(folder).encode()
        for tag, data in zip(tags, messages, strict=True):
            head = (
                tag
                + b" APPEND "
                + target
                + rb" (\Seen) "
                + date
                + f" {{{len(data)}{'+' if nonsync else ''}}}\r\n".encode()
            )
            if nonsync:
                self.conn.send(head + data + b"\r\n")
            else:
                self.conn.send(head)
                if self._await_go_ahead(tag, outcomes):
                    self.conn.send(data + b"\r\n")
        while len(outcomes) < len(tags):
            self._read_answer(outcomes)
        return [outcomes[tag] for tag in tags]

    def append_together(self, folder: str, messages: list[bytes]) -> MailboxError | None:
        """All the messages in one APPEND command (MULTIAPPEND, RFC 3502): one transaction
        for the server, far cheaper for it than one per message; all or none go in. None
        when they are in the folder. A broken connection raises, as in `append_many`."""
        self._pipelined += 1
        tag = f"SD{self._pipelined}M".encode()
        outcomes: dict[bytes, MailboxError | None] = {}
        nonsync = "LITERAL+" in self.capabilities
        date = imaplib.Time2Internaldate(time.time()).encode()
        part = tag + b" APPEND " + _quote(folder).encode()
        for data in messages:
            part += rb" (\Seen) " + date + f" {{{len(data)}{'+' if nonsync else ''}}}\r\n".encode()
            if not nonsync:
                self.conn.send(part)
                if not self._await_go_ahead(tag, outcomes):
                    return outcomes[tag]
                part = b""
            part += data
        self.conn.send(part + b"\r\n")
        while tag not in outcomes:
            self._read_answer(outcomes)
        return outcomes[tag]

    def message_ids_in(self, folder: str, message_ids: list[str]) -> set[str]:
        """Which of these Message-IDs the folder holds (read-only; "" is never there)."""
        wanted = [m for m in message_ids if m and '"' not in m and "\\" not in m]
        if not wanted:
            return set()
        self._ok(*self.conn.select(_quote(folder), readonly=True), "EXAMINE")
        found = set()
        for message_id in wanted:
            typ, data = self.conn.uid("SEARCH", "HEADER", "Message-ID", f'"{message_id}"')
            if self._ok(typ, data, "SEARCH") and data and data[0] and data[0].split():
                found.add(message_id)
        return found

    def _read_line(self) -> bytes:
        """One response line with any literal it carries (an untagged answer may have one)."""
        line = self.conn.readline()
        if not line:
            raise imaplib.IMAP4.abort("the server closed the connection")
        while (literal := re.search(rb"\{(\d+)\}\r\n$", line)) is not None:
            line += self.conn.read(int(literal.group(1))) + self.conn.readline()
        return line

    def _read_answer(self, outcomes: dict[bytes, MailboxError | None]) -> bytes:
        """Read one line; a tagged answer to one of ours goes into `outcomes`."""
        line = self._read_line()
        tag, _, rest = line.partition(b" ")
        if tag not in (b"*", b"+") and tag.startswith(b"SD"):
            status, _, words = rest.partition(b" ")
            outcomes[tag] = (
                None
                if status.upper() == b"OK"
                else MailboxError(
                    "server_error", "APPEND: " + words.decode("utf-8", "replace").strip()
                )
            )
        return line

    def _await_go_ahead(self, tag: bytes, outcomes: dict[bytes, MailboxError | None]) -> bool:
        """Wait for the continuation of `tag`'s literal; False when the server refused the
        command instead (its answer is in `outcomes` then, and no literal may follow)."""
        while tag not in outcomes:
            if self._read_answer(outcomes).startswith(b"+"):
                return True
        return False

    def select(self, folder: str = "INBOX") -> None:
        typ, data = self.conn.select(_quote(folder) if folder != "INBOX" else "INBOX")
        self._ok(typ, data, "SELECT")

    def search_since(self, since: float) -> list[bytes]:
        # %b depends on the locale: IMAP wants English month names
        months = (
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "May",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Oct",
            "Nov",
            "Dec",
        )
        tm = time.gmtime(since - 86400)
        day = f"{tm.tm_mday:02d}-{months[tm.tm_mon - 1]}-{tm.tm_year}"
        typ, data = self.conn.uid("SEARCH", "SINCE", day)
        data = self._ok(typ, data, "SEARCH")
        return data[0].split() if data and data[0] else []

    def fetch(self, uids: list[bytes], what: str) -> dict[bytes, tuple[int, bytes]]:
        """uid -> (size, the fetched part), in chunks."""
        found: dict[bytes, tuple[int, bytes]] = {}
        for start in range(0, len(uids), _FETCH_CHUNK):
            chunk = b",".join(uids[start : start + _FETCH_CHUNK]).decode()
            typ, data = self.conn.uid("FETCH", chunk, f"(UID RFC822.SIZE {what})")
            for item in self._ok(typ, data, "FETCH"):
                if not isinstance(item, tuple):
                    continue
                uid = re.search(rb"UID (\d+)", item[0])
                size = re.search(rb"RFC822\.SIZE (\d+)", item[0])
                if uid:
                    found[uid.group(1)] = (int(size.group(1)) if size else 0, item[1])
        return found

    def move(self, uids: list[bytes], folder: str) -> int:
        """Move those messages (never delete anything else): MOVE, else COPY + UID EXPUNGE
        of exactly them, else COPY alone. Creates the folder when missing."""
        if not uids:
            return 0
        target = _quote(folder)
        if folder.casefold() not in {f.name.casefold() for f in self.folders()}:
            self._ok(*self.conn.create(target), "CREATE")
        uidset = b",".join(uids).decode()
        if "MOVE" in self.capabilities:
            self._ok(*self.conn.uid("MOVE", uidset, target), "MOVE")
        else:
            self._ok(*self.conn.uid("COPY", uidset, target), "COPY")
            if "UIDPLUS" in self.capabilities:
                self._ok(*self.conn.uid("STORE", uidset, "+FLAGS.SILENT", r"(\Deleted)"), "STORE")
                self._ok(*self.conn.uid("EXPUNGE", uidset), "EXPUNGE")
        return len(uids)


def _tls_error(exc: ssl.SSLError) -> MailboxError:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailboxError(certificate_code(exc), exc.verify_message or str(exc))
    return MailboxError("tls_failed", str(exc))


class _Imap(imaplib.IMAP4):
    """imaplib's client with the server's name looked up as every other (SMTPDESK_DNS)."""

    def _create_socket(self, timeout: float | None) -> socket.socket:
        return open_socket(self.host, self.port, timeout or 30.0)


class _ImapSsl(imaplib.IMAP4_SSL):
    def _create_socket(self, timeout: float | None) -> socket.socket:
        sock = open_socket(self.host, self.port, timeout or 30.0)
        context: ssl.SSLContext = self.ssl_context
        # the name, not the address, for SNI and the certificate check
        return context.wrap_socket(sock, server_hostname=self.host)


def _connect(settings: ImapSettings) -> imaplib.IMAP4:
    if settings.encryption not in ("ssl", "starttls"):
        raise MailboxError("tls_failed", "the incoming server is only used encrypted")
    context = tls_context()
    try:
        if settings.encryption == "ssl":
            return _ImapSsl(
                settings.host, settings.port, ssl_context=context, timeout=settings.timeout
            )
        conn = _Imap(settings.host, settings.port, timeout=settings.timeout)
        if "STARTTLS" not in conn.capabilities:
            with contextlib.suppress(Exception):
                conn.shutdown()
            raise MailboxError("starttls_unavailable")
        try:
            conn.starttls(ssl_context=context)
        except BaseException:
            with contextlib.suppress(Exception):
                conn.shutdown()
            raise
        return conn
    except MailboxError:
        raise
    except socket.gaierror as exc:
        raise MailboxError("dns_failed", str(exc)) from exc
    except ssl.SSLError as exc:
        raise _tls_error(exc) from exc
    except TimeoutError as exc:
        raise MailboxError("timeout", str(exc)) from exc
    except ConnectionRefusedError as exc:
        raise MailboxError("connection_refused", str(exc)) from exc
    except (OSError, imaplib.IMAP4.error) as exc:
        raise MailboxError("server_error", str(exc)) from exc


def _sign_in(conn: imaplib.IMAP4, settings: ImapSettings) -> None:
    capabilities = {c.upper() for c in conn.capabilities}
    try:
        if settings.oauth_token:
            if "AUTH=XOAUTH2" not in capabilities:
                raise MailboxError("auth_unavailable", "the server offers no XOAUTH2")
            first = [
                f"user={settings.username}\x01auth=Bearer {settings.oauth_token}\x01\x01".encode()
            ]
            # a refusal comes as a challenge with the error: answer it with an empty line
            conn.authenticate("XOAUTH2", lambda _challenge: first.pop() if first else b"")
        elif settings.password is not None:
            if "AUTH=PLAIN" in capabilities:
                secret = f"\x00{settings.username}\x00{settings.password}".encode()
                conn.authenticate("PLAIN", lambda _challenge: secret)
            elif "LOGINDISABLED" not in capabilities:
                # imaplib quotes LOGIN arguments in ASCII otherwise
                conn._encoding = "utf-8"  # type: ignore[attr-defined]
                conn.login(settings.username, settings.password)
            else:
                raise MailboxError("auth_unavailable")
        else:
            raise MailboxError("auth_unavailable", "no password or sign-in for this profile")
    except imaplib.IMAP4.error as exc:
        raise MailboxError("auth_failed", str(exc)) from exc
    except (OSError, EOFError) as exc:
        raise MailboxError("server_error", str(exc)) from exc


# -- delivery reports ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportRecipient:
    email: str
    action: str  # "failed" | "delayed"
    status: str  # "5.1.1"
    diagnostic: str
    original: str = ""  # Original-Recipient, when the server gave it


@dataclass(frozen=True)
class DeliveryReport:
    recipients: tuple[ReportRecipient, ...]
    message_id: str | None  # of the returned message
    original_from: str | None  # the returned message's From address
    date: float | None
    kind: str  # "rfc3464" | "text"
    uid: bytes | None = None


_BOUNCE_FROM = re.compile(
    r"^(mailer[-_]?daemon|postmaster|mail[-_]?daemon|"
    r"mail delivery (sub)?system)",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|undelivered mail|returned mail|mail delivery fail|delivery status notification|"
    r"failure notice|delivery fail|could not be delivered|nedoru[cč]|nedostavljiv|"
    r"nie dostarczon|niedostarczon|delivery has failed|message not delivered|"
    r"^warning: message .* delayed|delayed mail|delivery delayed|returned to sender",
    re.IGNORECASE,
)
_DELAY_TEXT = re.compile(
    r"\(delay\)|delayed|has not yet been delivered|not been delivered "
    r"yet|will retry|still trying|temporary failure|will continue "
    r"trying",
    re.IGNORECASE,
)
_ADDRESS = (
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+"
)
_ADDRESS_LINE = re.compile(rf"^\s*(?:[-*•]\s*)?<?(?P<address>{_ADDRESS})>?(?::|\s|$)")
_STATUS = re.compile(r"(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])")
_SMTP_CODE = re.compile(r"(?<!\d)([45]\d\d)(?!\d)")
_RETURNED_MARKERS = re.compile(
    r"^.*(this is a copy of the message|below this line is a copy of the message|"
    r"original message follows|original message headers|-+ ?original message ?-+|"
    r"undelivered message attached|the headers of the original message).*$",
    re.IGNORECASE | re.MULTILINE,
)
_MESSAGE_ID = re.compile(
    r"^Message-I[Dd]:[ \t]*(?:\r?\n[ \t]+)?(<[^>\s]+>)", re.IGNORECASE | re.MULTILINE
)
_FROM_LINE = re.compile(r"^From:[ \t]*(.+)$", re.IGNORECASE | re.MULTILINE)


def normal_id(message_id: str | None) -> str:
    return (message_id or "").strip().strip("<>").strip().casefold()


def looks_like_report(headers: Message) -> bool:
    """Worth fetching whole: a multipart/report, or from a mailer daemon, or a bounce
    subject. An ordinary reply or an out-of-office answer is not."""
    if headers.get_content_type() == "multipart/report":
        return True
    name, address = parseaddr(str(headers.get("From", "")))
    local = address.partition("@")[0]
    if _BOUNCE_FROM.match(local) or _BOUNCE_FROM.match(name or ""):
        return True
    return bool(_BOUNCE_SUBJECT.search(str(headers.get("Subject", ""))))


def _date(message: Message) -> float | None:
    try:
        return parsedate_to_datetime(str(message.get("Date", ""))).timestamp()
    except (TypeError, ValueError, IndexError):
        return None


def _after_semicolon(value: str) -> str:
    kind, sep, rest = value.partition(";")
    return " ".join((rest if sep else kind).split())


def _status_of(text: str, fallback: str) -> str:
    match = _STATUS.search(text or "")
    if match:
        return match.group(1)
    code = _SMTP_CODE.search(text or "")
    return f"{code.group(1)[0]}.0.0" if code else fallback


def _decoded(part: Message) -> bytes:
    raw: Any = part.get_payload(decode=True)
    return raw if isinstance(raw, bytes) else b""


def _parts(part: Message) -> list[Message]:
    """A message/* part's payload as messages (the email package parses them so)."""
    payload: Any = part.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def _headers_of(part: Message) -> Message | None:
    """The returned message's headers from a message/rfc822 or text/rfc822-headers part."""
    kind = part.get_content_type()
    if kind in ("message/rfc822", "message/global"):
        payload: Any = part.get_payload()
        if _parts(part):
            return _parts(part)[0]
        if isinstance(payload, str):  # message/global may come as text
            return email.message_from_string(payload, policy=email.policy.compat32)
    if kind in ("text/rfc822-headers", "message/global-headers"):
        raw = _decoded(part)
        return email.message_from_bytes(
            raw.split(b"\r\n\r\n")[0].split(b"\n\n")[0], policy=email.policy.compat32
        )
    return None


def _text_of(message: Message) -> str:
    """The readable text of a message: its text/plain parts, else text/html stripped."""
    texts: list[str] = []
    htmls: list[str] = []
    for part in message.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        if part.get_content_type() in ("text/rfc822-headers",):
            continue
        raw = _decoded(part)
        charset = part.get_content_charset() or "utf-8"
        try:
            text = raw.decode(charset, "replace")
        except LookupError:
            text = raw.decode("utf-8", "replace")
        (htmls if part.get_content_subtype() == "html" else texts).append(text)
    if texts:
        return "\n".join(texts)
    return re.sub(r"<[^>]+>", " ", "\n".join(htmls))


def _rfc3464(message: Message) -> DeliveryReport | None:
    status_part = returned = None
    for part in message.walk():
        kind = part.get_content_type()
        if (
            kind in ("message/delivery-status", "message/global-delivery-status")
            and status_part is None
        ):
            status_part = part
        elif returned is None and kind in (
            "message/rfc822",
            "message/global",
            "text/rfc822-headers",
            "message/global-headers",
        ):
            returned = _headers_of(part)
    if status_part is None:
        return None
    payload: Any = status_part.get_payload()
    blocks = _parts(status_part)
    if isinstance(payload, str):  # message/global-delivery-status: parse the blocks ourselves
        blocks = [
            email.message_from_string(b.strip() + "\n", policy=email.policy.compat32)
            for b in re.split(r"\r?\n\r?\n", payload)
            if b.strip()
        ]
    recipients = []
    for block in blocks[1:] if len(blocks) > 1 else blocks:
        final = block.get("Final-Recipient") or block.get("Original-Recipient")
        if not final:
            continue
        action = str(block.get("Action", "")).strip().casefold()
        if action not in ("failed", "delayed"):
            continue
        address = _after_semicolon(str(final)).strip("<> ")
        original = _after_semicolon(str(block.get("Original-Recipient", ""))).strip("<> ")
        diagnostic = _after_semicolon(str(block.get("Diagnostic-Code", "")))
        status = _status_of(
            str(block.get("Status", "")), "5.0.0" if action == "failed" else "4.0.0"
        )
        recipients.append(ReportRecipient(address, action, status, diagnostic[:1000], original))
    message_id = original_from = None
    if returned is not None:
        message_id = returned.get("Message-ID")
        original_from = parseaddr(str(returned.get("From", "")))[1] or None
    if message_id is None:  # some servers put only a text copy: look in the text
        found = _MESSAGE_ID.search(_text_of(message))
        message_id = found.group(1) if found else None
    return DeliveryReport(
        tuple(recipients),
        str(message_id).strip() if message_id else None,
        original_from,
        _date(message),
        "rfc3464",
    )


def _plain(message: Message) -> DeliveryReport | None:
    text = _text_of(message).replace("\r\n", "\n")
    marker = _RETURNED_MARKERS.search(text)
    if marker:
        report_text, returned_text = text[: marker.start()], text[marker.end() :]
    else:
        first_id = _MESSAGE_ID.search(text)
        cut = text.rfind("\n\n", 0, first_id.start()) if first_id else -1
        report_text, returned_text = (text[:cut], text[cut:]) if cut > 0 else (text, "")
    attached = None
    for part in message.walk():
        if part is not message and part.get_content_type() in (
            "message/rfc822",
            "text/rfc822-headers",
        ):
            attached = _headers_of(part)
            break
    message_id = attached.get("Message-ID") if attached is not None else None
    if not message_id:
        found = _MESSAGE_ID.search(returned_text)
        message_id = found.group(1) if found else None
    if attached is not None and attached.get("From"):
        original_from = parseaddr(str(attached.get("From")))[1] or None
    else:
        found = _FROM_LINE.search(returned_text)
        original_from = parseaddr(found.group(1))[1] if found else None
    own = {parseaddr(str(message.get(h, "")))[1].casefold() for h in ("From", "To")}
    own |= {a.casefold() for _, a in getaddresses([str(v) for v in message.get_all("To", [])])}
    delayed = bool(_DELAY_TEXT.search(str(message.get("Subject", "")))) or (
        bool(_DELAY_TEXT.search(report_text))
        and not re.search(
            r"permanent|failed|could not be delivered|wasn't able|was not delivered|"
            r"undeliverable|returned",
            report_text,
            re.IGNORECASE,
        )
    )
    lines = report_text.split("\n")
    recipients, seen = [], set()
    for index, line in enumerate(lines):
        match = _ADDRESS_LINE.match(line)
        if not match:
            continue
        address = match.group("address")
        if (
            address.casefold() in own
            or address.casefold() in seen
            or (original_from and address.casefold() == original_from.casefold())
        ):
            continue
        detail = [line[match.end() :]]
        for following in lines[index + 1 : index + 8]:
            if not following.strip() or _ADDRESS_LINE.match(following):
                break
            detail.append(following)
        diagnostic = " ".join(" ".join(detail).split())
        seen.add(address.casefold())
        action = "delayed" if delayed else "failed"
        recipients.append(
            ReportRecipient(
                address,
                action,
                _status_of(diagnostic, "4.0.0" if delayed else "5.0.0"),
                diagnostic[:1000],
            )
        )
    if not recipients:
        return None
    return DeliveryReport(
        tuple(recipients),
        str(message_id).strip() if message_id else None,
        original_from,
        _date(message),
        "text",
    )


def parse_report(data: bytes) -> DeliveryReport | None:
    """A delivery report (RFC 3464, or a plain-text bounce), or None for anything else."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if not looks_like_report(message):
        return None
    report = _rfc3464(message) if message.get_content_type() == "multipart/report" else None
    if report is not None and report.recipients:
        return report
    return _plain(message) or report


# -- matching to the batch's rows ---------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    row: Row
    recipient: ReportRecipient
    report: DeliveryReport

    def to_json(self) -> dict[str, Any]:
        return {
            "email": self.row.email,
            "row": self.row.row,
            "status": self.recipient.status,
            "diagnostic": self.recipient.diagnostic,
        }


def match_reports(
    reports: list[DeliveryReport],
    rows: list[Row],
    sender: str,
    *,
    archive: str = "",
    created: float = 0.0,
) -> list[Match]:
    """Each failed or delayed recipient of a report matched to a row: by the returned
    message's Message-ID (a Message-ID of another message matches nothing), else by the
    address, the batch's sender and the time (the row sent before the report came)."""
    by_id = {normal_id(r.message_id): r for r in rows if r.message_id}
    by_email: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row.state in ("sent", "bounced"):
            by_email[row.email.casefold()].append(row)
    matches = []
    for report in reports:
        for recipient in report.recipients:
            names = {recipient.email.casefold(), recipient.original.casefold()} - {""}
            if report.message_id:
                found = by_id.get(normal_id(report.message_id))
                if found is None or found.state not in ("sent", "bounced"):
                    continue
                row = found
                if row.email.casefold() not in names and (
                    len(report.recipients) > 1 or recipient.email.casefold() == archive.casefold()
                ):
                    continue  # the archive copy's bounce, or another recipient's
            else:
                if report.original_from and report.original_from.casefold() != sender.casefold():
                    continue
                if report.date is not None and report.date < created - 300:
                    continue
                candidates = [
                    r
                    for name in names
                    for r in by_email.get(name, [])
                    if report.date is None
                    or (r.first_attempt or r.updated or 0) <= report.date + 300
                ]
                if not candidates:
                    continue
                row = max(candidates, key=lambda r: r.first_attempt or r.updated or 0)
            matches.append(Match(row, recipient, report))
    return matches


@dataclass
class BounceResult:
    batch: int
    reports: int = 0
    bounced: list[Match] = field(default_factory=list)
    delayed: list[Match] = field(default_factory=list)
    changed: int = 0  # rows that became bounced in this run
    moved: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "batch": self.batch,
            "reports": self.reports,
            "bounced": [m.to_json() for m in self.bounced],
            "delayed": [m.to_json() for m in self.delayed],
        }


def _read_reports(settings: ImapSettings, since: float) -> tuple[list[DeliveryReport], Session]:
    session = Session(settings)
    try:
        session.select("INBOX")
        uids = session.search_since(since)
        heads = session.fetch(uids, "BODY.PEEK[HEADER.FIELDS (FROM SUBJECT CONTENT-TYPE)]")
        wanted = [
            uid
            for uid, (size, head) in heads.items()
            if looks_like_report(email.message_from_bytes(head, policy=email.policy.compat32))
        ]
        reports = []
        bodies = session.fetch(wanted, f"BODY.PEEK[]<0.{_MAX_REPORT_SIZE}>")
        for uid in wanted:
            if uid not in bodies:
                continue
            report = parse_report(bodies[uid][1])
            if report is not None:
                reports.append(
                    DeliveryReport(
                        report.recipients,
                        report.message_id,
                        report.original_from,
                        report.date,
                        report.kind,
                        uid,
                    )
                )
        return reports, session
    except BaseException:
        session.close()
        raise


async def check_bounces(
    queue: Queue,
    batch_id: int,
    profile: Profile,
    credentials: Credentials | None,
    *,
    move_to: str | None = None,
) -> BounceResult:
    """Read the inbox's delivery reports since the batch began, mark matched rows
    `bounced` (running again changes nothing more), list delayed ones, and move the
    matched reports to `move_to` when given (never deleted)."""
    batch = queue.batch(batch_id)
    settings = await settings_for(profile, credentials)
    reports, session = await asyncio.to_thread(_read_reports, settings, batch.created)
    try:
        rows = queue.rows(batch_id, ("sent", "bounced"))
        matches = match_reports(
            reports,
            rows,
            profile.sender_address,
            archive=profile.bcc_archive,
            created=batch.created,
        )
        result = BounceResult(batch_id, len(reports))
        bounced_ids: set[int] = set()
        for match in matches:
            if match.recipient.action == "failed" and match.row.id not in bounced_ids:
                bounced_ids.add(match.row.id)
                result.bounced.append(match)
                if queue.mark_bounced(
                    match.row.id, match.recipient.status, match.recipient.diagnostic
                ):
                    result.changed += 1
        seen_delayed: set[int] = set()
        for match in matches:
            if (
                match.recipient.action == "delayed"
                and match.row.id not in bounced_ids
                and match.row.id not in seen_delayed
                and match.row.state != "bounced"
            ):
                seen_delayed.add(match.row.id)
                result.delayed.append(match)
        if move_to:
            uids = sorted({m.report.uid for m in matches if m.report.uid}, key=int)
            result.moved = await asyncio.to_thread(session.move, uids, move_to)
        return result
    finally:
        await asyncio.to_thread(session.close)


# -- a copy in Sent ---------------------------------------------------------------------------


def copy_kept_by(profile: Profile) -> str | None:
    """The provider (its display name) whose SMTP server files every message it takes in the
    mailbox's Sent folder itself (Gmail, Exchange Online: the provider database says so, with
    its source), found by the profile's server and sender; None when ours must copy."""
    provider = keeping_sent_copy(profile.host, profile.sender)
    return provider.display_name if provider is not None else None


_PIPELINE = 64  # APPENDs in flight at most, and their bytes at most:
_PIPELINE_BYTES = 8 * 1024 * 1024
_HELD_BYTES = 32 * 1024 * 1024  # beyond this, waiting copies are read back from the queue
# a round waits this long for more copies (unless a full one is there): each round is one
# transaction for the server, and fewer, fuller rounds cost it — and the batch beside it — less
_GATHER = 0.5
_HEADER_ID = re.compile(
    rb"^Message-ID:[ \t]*(?:\r?\n[ \t]+)?(<[^>\s]+>)", re.IGNORECASE | re.MULTILINE
)


@dataclass
class _Copy:
    row_id: int
    data: bytes | None  # None: read it back from the queue when its turn comes
    # its earlier APPEND may have reached the server (a resumed copy, a connection that
    # broke mid-way): look for its Message-ID in Sent before appending it again
    check: bool = False


class SentCopier:
    """Appends each accepted message, exactly as sent, to the Sent folder on one kept
    connection, in a worker thread beside the batch: while the sender works on the next
    messages, the copies that came in meanwhile (up to `_GATHER` seconds or `_PIPELINE`
    copies) go out in one round — one MULTIAPPEND where the server offers it, else APPENDs
    in flight (`Session.append_together`, `Session.append_many`). The bytes are kept in the
    queue (`Queue.mark_sent(copy=…)`) until their copy is in Sent, so a copy that fails — or
    was on its way when the process ended — is appended by the next run of the batch
    (`add_missing`, which `resume` does) and never twice. An append that fails never fails
    the message: the row stays `sent`, marked `no_sent_copy` with the reason
    (`Queue.note_no_sent_copy`)."""

    def __init__(self, profile: Profile, credentials: Credentials | None, queue: Queue) -> None:
        self.profile = profile
        self.credentials = credentials
        self.queue = queue
        self._waiting: deque[_Copy] = deque()
        self._held = 0
        self._more = asyncio.Event()
        self._full = asyncio.Event()  # a whole round is waiting, or the batch is done
        self._closing = False
        self._task: asyncio.Task[None] | None = None
        self._session: Session | None = None
        self._folder = ""
        self._given_up: MailboxError | None = None
        # called with the rows whose mark changed (no copy, or a copy made at last)
        self.on_rows: Callable[[list[int]], None] | None = None
        self.copied = 0
        self.failed = 0
        self.rounds = 0  # exchanges with the server: several copies ride each

    @classmethod
    def for_sender(
        cls, profile: Profile, credentials: Credentials | None, queue: Queue
    ) -> SentCopier | None:
        """A copier when the profile keeps copies and its provider does not keep them."""
        if not (profile.save_sent_copy and has_imap(profile)) or copy_kept_by(profile):
            return None
        return cls(profile, credentials, queue)

    def add(self, row_id: int, data: bytes | None = None, *, check: bool = False) -> None:
        if data is not None and self._held + len(data) > _HELD_BYTES:
            data = None  # the queue has it: memory stays bounded behind a slow server
        self._held += len(data) if data is not None else 0
        self._waiting.append(_Copy(row_id, data, check))
        self._more.set()
        if len(self._waiting) >= _PIPELINE:
            self._full.set()
        if self._task is None:
            self._task = asyncio.ensure_future(self._work())

    def add_missing(self, batch_id: int) -> int:
        """The batch's copies that are not in Sent yet (failed, or cut off by the end of an
        earlier run): appended now, each only if Sent does not have it already."""
        missing = self.queue.missing_sent_copies(batch_id)
        for row_id in missing:
            self.add(row_id, check=True)
        return len(missing)

    async def close(self) -> None:
        """Wait for the copies still on their way, then sign out."""
        self._closing = True
        self._more.set()
        self._full.set()
        if self._task is not None:
            await self._task
            self._task = None
        await self._sign_out()

    def abandon(self) -> None:
        """The run was interrupted: stop now; the copies not made are in the queue still."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if self._session is not None:  # its thread may be mid-way: no LOGOUT, just go
            session, self._session = self._session, None
            with contextlib.suppress(Exception):
                session.conn.shutdown()

    async def _sign_out(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            await asyncio.to_thread(session.close)

    def _next_round(self) -> list[_Copy]:
        taken: list[_Copy] = []
        size = 0
        while self._waiting and len(taken) < _PIPELINE and (not taken or size < _PIPELINE_BYTES):
            copy = self._waiting.popleft()
            if copy.data is None:
                copy.data = self.queue.sent_copy(copy.row_id)
                if copy.data is None:
                    continue  # in Sent already
            else:
                self._held -= len(copy.data)
            size += len(copy.data)
            taken.append(copy)
        return taken

    async def _work(self) -> None:
        while True:
            if not self._waiting:
                if self._closing:
                    return
                self._more.clear()
                await self._more.wait()
                continue
            if not self._closing and len(self._waiting) < _PIPELINE:
                self._full.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._full.wait(), _GATHER)
            copies = self._next_round()
            if not copies:
                continue
            outcomes = await self._append_round(copies)
            self.rounds += 1
            done = [
                c.row_id for c, outcome in zip(copies, outcomes, strict=True) if outcome is None
            ]
            failed = [(c, o) for c, o in zip(copies, outcomes, strict=True) if o is not None]
            self.copied += len(done)
            self.failed += len(failed)
            with contextlib.suppress(Exception):  # never let a copy break the batch
                self.queue.sent_copies_done(done)
                for copy, error in failed:
                    self.queue.note_no_sent_copy(copy.row_id, error.code, error.detail)
                marked = [c.row_id for c in copies if c.check] + [c.row_id for c, _ in failed]
                if marked and self.on_rows is not None:
                    self.on_rows(list(dict.fromkeys(marked)))
            if failed:
                log.warning("no copy in Sent for %s message(s): %s", len(failed), failed[0][1])

    async def _append_round(self, copies: list[_Copy]) -> list[MailboxError | None]:
        if self._given_up is not None:
            return [self._given_up] * len(copies)
        retried = False
        while True:
            opening = self._session is None
            try:
                session = self._session  # abandon() may drop the attribute meanwhile
                if session is None:
                    settings = await settings_for(self.profile, self.credentials)
                    opened, self._folder = await asyncio.to_thread(_open_sent, settings)
                    session = self._session = opened
                return await asyncio.to_thread(_append_round, session, self._folder, copies)
            except MailboxError as exc:
                error = exc
            except Exception as exc:  # a dropped connection, an answer imaplib cannot read
                error = MailboxError("server_error", str(exc) or type(exc).__name__)
            await self._sign_out()
            if opening or retried or error.code != "server_error":
                # the same answer would come for every copy (a server that cannot be reached
                # would make each round wait its timeout): the rest wait in the queue for
                # the next run of the batch
                self._given_up = error
                return [error] * len(copies)
            retried = True  # the connection broke mid-way: once more on a new one, looking
            for copy in copies:  # first for the copies that may be in Sent already
                copy.check = True


def _open_sent(settings: ImapSettings) -> tuple[Session, str]:
    session = Session(settings)
    try:
        return session, session.sent_folder()
    except BaseException:
        session.close()
        raise


def _append_round(session: Session, folder: str, copies: list[_Copy]) -> list[MailboxError | None]:
    """One hop in the worker thread: copies that may be there already are looked up first."""
    checked = [c for c in copies if c.check]
    present = session.message_ids_in(folder, [_message_id(c.data or b"") for c in checked])
    outcomes: dict[int, MailboxError | None] = {
        id(c): None for c in checked if _message_id(c.data or b"") in present
    }
    rest = [c for c in copies if id(c) not in outcomes]
    messages = [c.data or b"" for c in rest]
    if (
        len(rest) > 1
        and "MULTIAPPEND" in session.capabilities
        and session.append_together(folder, messages) is None
    ):
        results: list[MailboxError | None] = [None] * len(rest)
    else:  # one by one (pipelined): a refusal of all together says nothing about each
        results = session.append_many(folder, messages)
    for copy, outcome in zip(rest, results, strict=True):
        outcomes[id(copy)] = outcome
    return [outcomes[id(c)] for c in copies]


def _message_id(data: bytes) -> str:
    head = data.split(b"\r\n\r\n", 1)[0]
    found = _HEADER_ID.search(head)
    return found.group(1).decode("ascii", "replace") if found else ""


async def append_to_sent(profile: Profile, credentials: Credentials | None, data: bytes) -> str:
    """One message into Sent (e.g. a verify's test message); returns the folder used."""
    settings = await settings_for(profile, credentials)

    def work() -> str:
        session = Session(settings)
        try:
            folder = session.sent_folder()
            session.append(folder, data)
            return folder
        finally:
            session.close()

    return await asyncio.to_thread(work)
