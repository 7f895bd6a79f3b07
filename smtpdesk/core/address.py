"""E-mail addresses: parsing `Jan Novák <info@novak.cz>` and checking an address is sendable.

Shared by profiles (sender, reply-to, BCC archive) and recipients; it owns no resource.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.headerregistry import Address, HeaderRegistry
from typing import Any

import idna
from aiosmtplib import email as aiosmtplib_email

from smtpdesk.core.errors import SmtpdeskError

_registry = HeaderRegistry()
# RFC 5321 dot-atom characters for an unquoted local part
_ATEXT = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# RFC 5321 Quoted-string: printable ASCII but " and \ (qtextSMTP), or a backslash pair
_QUOTED = re.compile(r'^"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])+"$')


class AddressError(SmtpdeskError, ValueError):
    """An address that cannot be used; `code` is stable, the message is for logs."""

    codes = frozenset({"empty", "bad_address", "bad_domain"})

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message)


@dataclass(frozen=True)
class Mailbox:
    """One mailbox: an optional display name and the address itself (`local@domain`)."""

    display_name: str
    address: str

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2]

    @property
    def local_part(self) -> str:
        return self.address.rpartition("@")[0]

    @property
    def ascii_address(self) -> str:
        """The address with an IDN domain in its ASCII (punycode) form, for the envelope."""
        return f"{self.local_part}@{ascii_domain(self.domain)}"

    def header_address(self) -> Address:
        """An `email.headerregistry.Address`, which RFC 2047-encodes the name when serialised."""
        local = self.local_part
        if local.startswith('"') and local.endswith('"'):
            # the header quotes it again; its quoted pairs (\") must not be escaped twice
            local = re.sub(r"\\(.)", r"\1", local[1:-1])
        return Address(display_name=self.display_name, username=local, domain=self.domain)

    def __str__(self) -> str:
        return str(self.header_address()) if self.display_name else self.address


def ascii_domain(domain: str) -> str:
    """The domain as it goes on the wire: IDN labels encoded with IDNA 2008 and UTS 46
    (`straße.de` → `xn--strae-oqa.de`; Python's own codec is IDNA 2003, `strasse.de`: another
    domain, perhaps another owner's)."""
    if domain.isascii():
        return domain
    try:
        return idna.encode(domain, uts46=True, transitional=False).decode("ascii")
    except (idna.IDNAError, UnicodeError) as exc:
        raise AddressError("bad_domain", f"domain {domain!r} is not a valid name") from exc


def _check_local_part(local: str) -> None:
    if not local:
        raise AddressError("bad_address", "the part before @ is empty")
    if len(local) > 64:
        raise AddressError("bad_address", "the part before @ is longer than 64 characters")
    if local.startswith('"'):
        if not _QUOTED.match(local):  # `"a"@evil.com"@x.si` would go to "a"@evil.com
            raise AddressError("bad_address", f"{local!r} is not a valid quoted part before @")
        return
    if not _ATEXT.match(local):
        raise AddressError("bad_address", f"{local!r} is not a valid part before @")


def _check_domain(domain: str) -> None:
    if not domain:
        raise AddressError("bad_address", "the domain after @ is empty")
    if domain.startswith("[") and domain.endswith("]"):
        return  # an address literal such as [192.0.2.1]: rare but valid
    encoded = ascii_domain(domain)
    labels = encoded.split(".")
    if len(labels) < 2 or len(encoded) > 253:
        raise AddressError("bad_domain", f"{domain!r} is not a full domain name")
    for label in labels:
        if not _LABEL.match(label):
            raise AddressError("bad_domain", f"{domain!r} is not a valid domain name")
    if labels[-1].isdigit():
        raise AddressError("bad_domain", f"{domain!r} is not a valid domain name")


def parse_address(text: str) -> str:
    """A bare address (`info@novak.cz`), checked; raises AddressError."""
    text = text.strip()
    if not text:
        raise AddressError("empty", "no address given")
    if _CONTROL.search(text):
        raise AddressError("bad_address", "control character in the address")
    local, at, domain = text.rpartition("@")
    if not at:
        raise AddressError("bad_address", f"{text!r} has no @")
    _check_local_part(local)
    _check_domain(domain)
    # a dot-atom address goes on the wire as it is; quoted parts and literals are checked
    if ('"' in text or "[" in text) and _wire_form(text) != text:
        raise AddressError("bad_address", f"{text!r} would be sent to another address")
    return text


def _wire_form(address: str) -> str | None:
    """The address the SMTP client (aiosmtplib) puts in MAIL FROM / RCPT TO for `address`:
    what the queue records and what is sent must be one and the same."""
    try:
        return aiosmtplib_email.parse_address(address)
    except ValueError:
        return None


MAX_NAME = 200  # a display name longer than this is a mistake; it could not fold into a header


def parse_mailbox(text: str) -> Mailbox:
    """`Jan Novák <info@novak.cz>`, `"Novák, Jan" <info@novak.cz>` or a bare address."""
    mailbox = _parse_mailbox(text)
    if len(mailbox.display_name) > MAX_NAME:
        raise AddressError("bad_address", f"the name is longer than {MAX_NAME} characters")
    return mailbox


def _parse_mailbox(text: str) -> Mailbox:
    text = text.strip()
    if not text:
        raise AddressError("empty", "no address given")
    if _CONTROL.search(text):
        raise AddressError("bad_address", "control character in the address")
    if "<" not in text:
        return Mailbox("", parse_address(text))
    try:
        header: Any = _registry("From", text)  # an AddressHeader: .addresses, .groups
        usable = not header.defects and len(header.addresses) == 1 and len(header.groups) == 1
    except Exception:  # the stdlib parser raises IndexError & co. on half-typed text ("A <")
        usable = False
    if not usable:
        # fall back to the plain "Name <addr>" split, which handles names with dots
        match = re.fullmatch(r"\s*(.*?)\s*<([^<>]+)>\s*", text)
        if not match:
            raise AddressError("bad_address", f"{text!r} is not an address")
        name = match.group(1).strip()
        if len(name) >= 2 and name[0] == name[-1] == '"':
            name = name[1:-1].replace('\\"', '"')
        return Mailbox(name, parse_address(match.group(2)))
    parsed = header.addresses[0]
    return Mailbox(parsed.display_name, parse_address(parsed.addr_spec))


def is_valid_address(text: str) -> bool:
    try:
        parse_address(text)
    except AddressError:
        return False
    return True


def address_in(text: str) -> str:
    """The address of a mailbox as typed (`Jan Novák <jan@novak.si>`), or "" while the text
    is empty or not a mailbox yet (a form field being typed)."""
    try:
        return parse_mailbox(text).address if text.strip() else ""
    except AddressError:
        return ""
