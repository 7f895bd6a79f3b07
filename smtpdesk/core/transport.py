"""SMTP connections: the only module that opens sockets to mail servers.

One `Connection` walks DNS → TCP → TLS → EHLO → AUTH, then sends messages over the same
session. Encryption is mapped explicitly (never aiosmtplib's `start_tls=None`, which would
fall back to plain text). A self-signed certificate is trusted only when pinned per host:port,
and pinned only with the user's word: a confirmed Verify or the fingerprint they gave.
Every failure is raised as `TransportError` carrying a `Diagnosis`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import os
import re
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import aiosmtplib

from smtpdesk.core import paths, resolver
from smtpdesk.core.address import parse_mailbox
from smtpdesk.core.diagnose import Diagnosis, SessionFacts, classify
from smtpdesk.core.errors import SmtpdeskError
from smtpdesk.core.profile import Profile
from smtpdesk.core.resolver import ascii_host

# A server that has not greeted within this many seconds may be waiting for a TLS
# ClientHello (implicit TLS port): a second connection tries a handshake to find out.
BANNER_GRACE = 1.0
_PREFERRED_MECHANISMS_TLS = ("plain", "login", "cram-md5")
_PREFERRED_MECHANISMS_PLAIN = ("cram-md5", "plain", "login")

StageCallback = Callable[[str, str], None]  # (stage, "start" | "ok" | "skip" | "fail")


class TransportError(SmtpdeskError):
    """The server or the network said no; `code` is the diagnosis's (core.diagnose)."""

    def __init__(self, diagnosis: Diagnosis, certificate: CertificateInfo | None = None) -> None:
        super().__init__(
            diagnosis.code,
            f"{diagnosis.stage}: {diagnosis.code}"
            + (
                f" ({diagnosis.smtp_code} {diagnosis.server_message})"
                if diagnosis.smtp_code
                else ""
            ),
            stage=diagnosis.stage,
        )
        self.diagnosis = diagnosis
        self.certificate = certificate


class DeliveryUncertain(SmtpdeskError):
    """The connection broke after the message data began: it may have been delivered."""

    codes = frozenset({"uncertain"})

    def __init__(self, message: str = "") -> None:
        super().__init__("uncertain", message)


class CredentialsUnavailable(SmtpdeskError):
    """The sign-in secret could not be had (an OAuth2 renewal refused or unreachable).

    `code` is a verify code (`auth_failed`, `timeout`, `server_error`); the message says why.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message)


_SECRETS_SEEN: list[tuple[str, str]] = []


def secrets_seen() -> list[tuple[str, str]]:
    """(user name, secret) of every password and OAuth2 token this process has held,
    oldest first, so logging can mask them wherever they were typed or issued."""
    return _SECRETS_SEEN


def remember_secret(username: str, secret: str | None) -> None:
    if secret:
        _SECRETS_SEEN.append((username, secret))


@dataclass(frozen=True)
class Credentials:
    username: str
    password: str | None = field(default=None, repr=False)
    oauth_token: Callable[[], Awaitable[str]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        remember_secret(self.username, self.password)  # so logging can mask it

    def secrets(self) -> list[str]:
        found = [self.password] if self.password else []
        issued = getattr(self.oauth_token, "issued_tokens", None)
        return found + (issued() if issued is not None else [])

    def forget_token(self) -> bool:
        """The server refused the OAuth2 token: drop the cached one, so the next sign-in
        fetches a fresh one. False when there is nothing that could be renewed."""
        forget = getattr(self.oauth_token, "forget", None)
        if forget is None:
            return False
        forget()
        return True


@dataclass(frozen=True)
class CertificateInfo:
    host: str
    port: int
    sha256: str  # hex, colon separated, as browsers show it
    subject: str
    issuer: str
    not_after: str


@dataclass(frozen=True)
class Reply:
    code: int
    message: str


class Transcript:
    """The dialogue as `S:`/`C:` lines. Credentials are never written: `***` stands in."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def client(self, text: str) -> None:
        self.lines.append(f"C: {text}")

    def server(self, code: int, message: str) -> None:
        parts = (message or "").split("\n") or [""]
        for i, part in enumerate(parts):
            sep = " " if i == len(parts) - 1 else "-"
            self.lines.append(f"S: {code}{sep}{part}".rstrip())

    def note(self, text: str) -> None:
        self.lines.append(f"-- {text}")


class PinFileError(SmtpdeskError):
    """The pin file is there but cannot be read: nothing is pinned or trusted from it, and it
    is never overwritten (that would forget every certificate the user accepted)."""

    codes = frozenset({"pin_file_damaged"})

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__("pin_file_damaged", f"{path}: {reason}", file=path, reason=reason)
        self.path = path
        self.reason = reason


def fingerprint(text: str) -> str:
    """A SHA-256 fingerprint as the user may paste it (any case, with or without colons or
    spaces) in the form pins use (`AB:CD:…`); ValueError unless it is 64 hex digits."""
    digits = re.sub(r"[\s:]", "", text).upper()
    if not re.fullmatch(r"[0-9A-F]{64}", digits):
        raise ValueError("a SHA-256 fingerprint is 64 hexadecimal digits")
    return ":".join(digits[i : i + 2] for i in range(0, 64, 2))


class PinStore:
    """SHA-256 fingerprints of self-signed certificates the user accepted, per host:port.

    Only a Verify the user confirmed adds one (CONTRACT §1): batches only read them."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.pins_file()

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise PinFileError(self.path, str(exc)) from exc
        if not isinstance(data, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in data.items()
        ):
            raise PinFileError(self.path, "not a list of host:port fingerprints")
        return data

    def check(self) -> None:
        """Raises PinFileError when the file is damaged (before any connection is made)."""
        self._read()

    def get(self, host: str, port: int) -> str | None:
        return self._read().get(f"{host.lower()}:{port}")

    def set(self, host: str, port: int, sha256: str) -> None:
        pins = self._read()
        pins[f"{host.lower()}:{port}"] = sha256
        paths.write_private(self.path, json.dumps(pins, indent=1, sort_keys=True))


def tls_context(*, verify: bool = True) -> ssl.SSLContext:
    """A client context that trusts what the operating system trusts: its own verifier on
    Windows and macOS (truststore), so a company or antivirus CA that IT installed there is
    trusted as Outlook and the browser trust it; on Linux the system CA bundle (OpenSSL's,
    else the distribution's usual bundle file). SSL_CERT_FILE / SSL_CERT_DIR, when set, are
    honoured as OpenSSL does (on Windows and macOS as CAs trusted besides the system's).

    `verify=False` checks nothing (probing whether a port speaks TLS, reading a certificate
    to compare with a pin): the caller decides about the certificate itself."""
    if not verify:
        context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    import truststore

    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    cafile, capath = os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")
    # each on its own: a file that is missing must not lose the directory, nor the reverse
    if cafile:
        with contextlib.suppress(OSError, ssl.SSLError):
            context.load_verify_locations(cafile=cafile)
    if capath:
        with contextlib.suppress(OSError, ssl.SSLError):
            context.load_verify_locations(capath=capath)
    return context


def _certificate_info(host: str, port: int, ssl_object: ssl.SSLObject | None) -> CertificateInfo:
    der = ssl_object.getpeercert(binary_form=True) if ssl_object else None
    if not der:
        raise TransportError(Diagnosis("tls", "server_error", detail="no certificate"))
    digest = hashlib.sha256(der).hexdigest().upper()
    subject = issuer = not_after = ""
    try:
        from cryptography import x509

        cert = x509.load_der_x509_certificate(der)
        subject, issuer = cert.subject.rfc4514_string(), cert.issuer.rfc4514_string()
        not_after = cert.not_valid_after_utc.isoformat()
    except (ImportError, ValueError):
        pass
    return CertificateInfo(
        host, port, ":".join(digest[i : i + 2] for i in range(0, 64, 2)), subject, issuer, not_after
    )


def _ehlo_name(sock: socket.socket) -> str:
    """An address literal of our end: valid EHLO without a slow reverse lookup."""
    address = sock.getsockname()[0]
    return f"[IPv6:{address}]" if ":" in address else f"[{address}]"


async def _connect_socket(addresses: list[tuple[Any, ...]], timeout: float) -> socket.socket:
    """The first address that accepts a TCP connection; the last error otherwise."""
    loop = asyncio.get_running_loop()
    error: BaseException | None = None
    for family, type_, proto, address in addresses:
        sock = socket.socket(family, type_, proto)
        sock.setblocking(False)
        try:
            await asyncio.wait_for(loop.sock_connect(sock, address), timeout)
            return sock
        except (OSError, TimeoutError) as exc:
            sock.close()
            error = exc
        except BaseException:
            sock.close()
            raise
    assert error is not None
    raise error


def open_socket(host: str, port: int, timeout: float) -> socket.socket:
    """A blocking TCP connection to host:port, the name looked up as every other (the
    SMTPDESK_DNS server when set): for imaplib, which runs in a worker thread. The caller
    keeps the host name for TLS (SNI and the certificate check)."""
    error: BaseException | None = None
    for family, type_, proto, address in resolver.addresses_blocking(host, port, timeout):
        sock = socket.socket(family, type_, proto)
        sock.settimeout(timeout)
        try:
            sock.connect(address)
            return sock
        except OSError as exc:
            sock.close()
            error = exc
    assert error is not None
    raise error


async def _speaks_tls(address: tuple[Any, ...], host: str, timeout: float) -> bool:
    """Does this address complete a TLS handshake (an implicit-TLS port)?"""
    family, _, _, sockaddr = address
    try:
        _, writer = await asyncio.wait_for(
            asyncio.open_connection(
                sockaddr[0],
                sockaddr[1],
                family=family,
                ssl=tls_context(verify=False),
                server_hostname=ascii_host(host),
                ssl_handshake_timeout=timeout,
            ),
            timeout,
        )
    except (OSError, TimeoutError, ssl.SSLError):
        return False
    writer.close()
    with contextlib.suppress(Exception):
        await asyncio.wait_for(writer.wait_closed(), 1)
    return True


async def probe(host: str, port: int, encryption: str, timeout: float) -> bool:
    """Does an SMTP server answer here with this encryption (EHLO accepted)?"""
    # a guessed host that does not resolve is common here: no second look-up to explain it
    connection = Connection(_probe_profile(host, port, encryption, timeout), explain_dns=False)
    try:
        await connection.open(None)
    except TransportError:
        return False
    finally:
        await connection.close()
    return True


def _probe_profile(host: str, port: int, encryption: str, timeout: float) -> Profile:
    return Profile(
        name="probe",
        host=host,
        port=port,
        sender="probe@example.com",
        encryption=encryption,
        auth=False,
        timeout=timeout,
    )


class Connection:
    """One SMTP session with a profile's settings."""

    def __init__(
        self,
        profile: Profile,
        *,
        transcript: Transcript | None = None,
        pins: PinStore | None = None,
        on_stage: StageCallback | None = None,
        confirm_certificate: Callable[[CertificateInfo], Awaitable[bool]] | None = None,
        trust_sha256: str | None = None,
        explain_dns: bool = True,
    ) -> None:
        """`confirm_certificate` (the window's dialog) or `trust_sha256` (the fingerprint the
        user gave, `verify --trust-certificate`) may pin an untrusted certificate; without
        either (batches, test sends) only a pin made earlier is accepted."""
        self.profile = profile
        self.explain_dns = explain_dns  # a name that does not resolve: offline or misspelt?
        self.transcript = transcript
        self.pins = pins
        self._on_stage = on_stage
        self._confirm_certificate = confirm_certificate
        self._trust_sha256 = fingerprint(trust_sha256) if trust_sha256 else None
        self._smtp: aiosmtplib.SMTP | None = None
        self.facts = SessionFacts(auth_enabled=profile.auth)
        self.certificate: CertificateInfo | None = None
        self.pinned_now = False
        self.max_size: int | None = None
        self.messages_sent = 0

    # -- helpers -------------------------------------------------------------------------

    def _stage(self, stage: str, status: str) -> None:
        if self._on_stage:
            self._on_stage(stage, status)

    def _c(self, text: str) -> None:
        if self.transcript is not None:
            self.transcript.client(text)

    def _s(self, reply: aiosmtplib.SMTPResponse | Reply) -> None:
        if self.transcript is not None:
            self.transcript.server(reply.code, reply.message)

    def _fail(self, stage: str, exc: BaseException) -> TransportError:
        if (
            isinstance(exc, aiosmtplib.SMTPResponseException)
            and self.transcript is not None
            and not isinstance(exc, aiosmtplib.SMTPServerDisconnected)
        ):
            self.transcript.server(exc.code, exc.message)
        diagnosis = classify(
            exc, stage, self.facts, allow_self_signed=self.profile.allow_self_signed
        )
        if self.transcript is not None and diagnosis.smtp_code is None:
            self.transcript.note(f"{type(exc).__name__}: {exc}")
        self._stage(stage, "fail")
        return TransportError(diagnosis, self.certificate)

    async def _explain_dns_failure(self, error: TransportError) -> TransportError:
        """The server's name did not resolve: does any name? No: offline (or DNS not
        working); yes: this name is wrong."""
        online = await resolver.name_service_works(
            self.profile.host, min(self.profile.timeout, 5.0)
        )
        cause = "unknown_name" if online else "offline"
        if self.transcript is not None:
            self.transcript.note(
                "other names resolve: this server name is unknown"
                if online
                else "no name resolves: no network connection, or DNS is not working"
            )
        return TransportError(replace(error.diagnosis, cause=cause), error.certificate)

    @property
    def is_connected(self) -> bool:
        return self._smtp is not None and self._smtp.is_connected

    @property
    def encrypted(self) -> bool:
        return self.facts.encrypted

    # -- opening -------------------------------------------------------------------------

    async def open(self, credentials: Credentials | None) -> None:
        """Connect, encrypt, greet and sign in; raises TransportError naming the stage."""
        profile = self.profile
        timeout = profile.timeout
        self._stage("dns", "start")
        if self.transcript is not None:
            self.transcript.note(f"{profile.host}:{profile.port} {profile.encryption}")
        try:
            addresses = await resolver.addresses(profile.host, profile.port, timeout)
        except (OSError, TimeoutError) as exc:
            error = self._fail("dns", exc)
            if error.diagnosis.code == "dns_failed" and self.explain_dns:
                error = await self._explain_dns_failure(error)
            raise error from exc
        self._stage("dns", "ok")
        try:
            await self._open_session(addresses, verify=True)
        except TransportError as error:
            if not (
                profile.allow_self_signed
                and error.diagnosis.code in ("certificate_untrusted", "hostname_mismatch")
            ):
                raise
            if self.transcript is not None:
                self.transcript.note("certificate not trusted; checking the pinned one")
            await self.close()
            await self._open_session(addresses, verify=False)
        await self._authenticate(credentials)

    async def _open_session(self, addresses: list[tuple[Any, ...]], *, verify: bool) -> None:
        profile = self.profile
        timeout = profile.timeout
        self._stage("connect", "start")
        try:
            sock = await _connect_socket(addresses, timeout)
        except (OSError, TimeoutError) as exc:
            raise self._fail("connect", exc) from exc
        peer = sock.getpeername()
        address = next(a for a in addresses if a[3][:2] == peer[:2])
        implicit_tls = profile.encryption == "ssl"
        context = tls_context(verify=verify) if profile.encryption != "none" else None
        self._smtp = aiosmtplib.SMTP(
            hostname=ascii_host(profile.host),
            sock=sock,
            use_tls=implicit_tls,
            start_tls=False,
            tls_context=context,
            timeout=timeout,
            local_hostname=_ehlo_name(sock),
        )
        if implicit_tls:
            self._stage("connect", "ok")
            self._stage("tls", "start")
        try:
            banner = await self._greet(address, implicit_tls)
        except TransportError:
            raise
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            stage = "tls" if implicit_tls and "ready message" not in str(exc) else "connect"
            raise self._fail(stage, exc) from exc
        self._s(banner)
        if implicit_tls:
            self.facts = SessionFacts(self.profile.auth, encrypted=True)
            await self._check_certificate(verify)
            self._stage("tls", "ok")
        else:
            self._stage("connect", "ok")
        if profile.encryption == "starttls":
            self._stage("tls", "start")
            await self._ehlo("tls")
            if not self._smtp.supports_extension("starttls"):
                if self.transcript is not None:
                    self.transcript.note("the server does not offer STARTTLS")
                self._stage("tls", "fail")
                raise TransportError(Diagnosis("tls", "starttls_unavailable"))
            self._c("STARTTLS")
            try:
                reply = await self._smtp.starttls(
                    tls_context=context, server_hostname=ascii_host(profile.host)
                )
            except aiosmtplib.SMTPResponseException as exc:
                if isinstance(exc, aiosmtplib.SMTPServerDisconnected):
                    raise self._fail("tls", exc) from exc
                if self.transcript is not None:
                    self.transcript.server(exc.code, exc.message)
                self._stage("tls", "fail")
                raise TransportError(
                    Diagnosis("tls", "starttls_unavailable", exc.code, exc.message)
                ) from exc
            except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                raise self._fail("tls", exc) from exc
            self._s(reply)
            self.facts = SessionFacts(self.profile.auth, encrypted=True)
            await self._check_certificate(verify)
            self._stage("tls", "ok")
        elif profile.encryption == "none":
            self._stage("tls", "skip")
        self._stage("ehlo", "start")
        await self._ehlo("ehlo")
        methods = [m.lower() for m in self._smtp.server_auth_methods]
        self.facts = SessionFacts(
            profile.auth, auth_offered=bool(methods), encrypted=self.facts.encrypted
        )
        size = self._smtp.esmtp_extensions.get("size", "")
        self.max_size = int(size) if size.strip().isdigit() and int(size) > 0 else None
        self._stage("ehlo", "ok")

    async def _greet(self, address: tuple[Any, ...], implicit_tls: bool) -> aiosmtplib.SMTPResponse:
        """Connect aiosmtplib; if no banner comes soon on a plain socket, check for TLS."""
        assert self._smtp is not None
        connect = asyncio.ensure_future(self._smtp.connect())
        if implicit_tls:
            return await connect
        done: set[asyncio.Future[Any]]
        done, _ = await asyncio.wait({connect}, timeout=BANNER_GRACE)
        if done:
            return connect.result()
        probe_task = asyncio.ensure_future(
            _speaks_tls(address, self.profile.host, min(self.profile.timeout, 5.0))
        )
        try:
            pending: set[asyncio.Future[Any]] = {connect, probe_task}
            while connect in pending:
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                if probe_task in done and probe_task.result():
                    if self.transcript is not None:
                        self.transcript.note("no greeting; the port answers a TLS handshake")
                    self._stage("connect", "fail")
                    raise TransportError(Diagnosis("tls", "tls_mode_mismatch"))
            return connect.result()
        finally:
            for task in (connect, probe_task):
                if not task.done():
                    task.cancel()
                    with contextlib.suppress(BaseException):
                        await task

    async def _check_certificate(self, verified: bool) -> None:
        assert self._smtp is not None
        self.certificate = _certificate_info(
            self.profile.host, self.profile.port, self._smtp.get_transport_info("ssl_object")
        )
        if verified:
            return
        pins = self.pins or PinStore()
        pinned = pins.get(self.profile.host, self.profile.port)
        sha256 = self.certificate.sha256
        if pinned is not None and hmac.compare_digest(pinned, sha256):
            return
        if self._trust_sha256 is not None:
            if not hmac.compare_digest(self._trust_sha256, sha256):
                self._note(
                    f"the fingerprint given is {self._trust_sha256}, the server sent "
                    f"{sha256}: not trusted"
                )
                self._stage("tls", "fail")
                raise TransportError(
                    Diagnosis(
                        "tls",
                        "certificate_changed" if pinned else "certificate_untrusted",
                        detail="the certificate is not the one whose fingerprint was given",
                    ),
                    self.certificate,
                )
        elif pinned is not None:
            self._note(f"pinned SHA-256 {pinned}, server sent {sha256}")
            self._stage("tls", "fail")
            raise TransportError(Diagnosis("tls", "certificate_changed"), self.certificate)
        elif self._confirm_certificate is None or not await self._confirm_certificate(
            self.certificate
        ):
            self._stage("tls", "fail")
            detail = (
                None
                if self._confirm_certificate
                else "no certificate accepted for this server yet: Verify pins one"
            )
            raise TransportError(
                Diagnosis("tls", "certificate_untrusted", detail=detail), self.certificate
            )
        pins.set(self.profile.host, self.profile.port, sha256)
        self.pinned_now = True
        self._note(f"certificate pinned: SHA-256 {sha256}")

    def _note(self, text: str) -> None:
        if self.transcript is not None:
            self.transcript.note(text)

    async def _ehlo(self, stage: str) -> None:
        assert self._smtp is not None
        self._c(f"EHLO {self._smtp.local_hostname}")
        try:
            reply = await self._smtp.ehlo()
        except aiosmtplib.SMTPHeloError as exc:
            self._s(exc)  # type: ignore[arg-type]
            if not self._smtp.is_connected or exc.code == 421:
                raise self._fail("ehlo", exc) from exc
            self._c(f"HELO {self._smtp.local_hostname}")
            try:
                reply = await self._smtp.helo()
            except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc2:
                raise self._fail("ehlo", exc2) from exc2
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise self._fail("ehlo", exc) from exc
        self._s(reply)

    async def _authenticate(self, credentials: Credentials | None) -> None:
        assert self._smtp is not None
        if not self.profile.auth or credentials is None:
            self._stage("auth", "skip")
            return
        self._stage("auth", "start")
        offered = [m.lower() for m in self._smtp.server_auth_methods]
        if credentials.oauth_token is not None:
            mechanism = "xoauth2" if "xoauth2" in offered else None
        else:
            order = (
                _PREFERRED_MECHANISMS_TLS if self.facts.encrypted else _PREFERRED_MECHANISMS_PLAIN
            )
            mechanism = next((m for m in order if m in offered), None)
        if mechanism is None:
            if self.transcript is not None:
                self.transcript.note(
                    "no usable sign-in method offered: " + (" ".join(offered).upper() or "none")
                )
            if not self.facts.encrypted and self._smtp.supports_extension("starttls"):
                await self._demands_encryption()
            self._stage("auth", "fail")
            raise TransportError(Diagnosis("auth", "auth_unavailable"))
        token = ""
        if mechanism == "xoauth2":
            assert credentials.oauth_token is not None
            try:  # awaited at every sign-in: the provider renews a token near expiry
                token = await credentials.oauth_token()
            except CredentialsUnavailable as exc:
                if self.transcript is not None:
                    self.transcript.note(f"no OAuth2 access token: {exc}")
                self._stage("auth", "fail")
                raise TransportError(Diagnosis("auth", exc.code, detail=str(exc))) from exc
        self._c(f"AUTH {mechanism.upper()} ***")
        try:
            if mechanism == "xoauth2":
                # a refusal comes as 334 <base64 JSON>; aiosmtplib answers it with an empty
                # line and raises on the final 535
                reply = await self._smtp.auth_xoauth2(credentials.username, token)
            else:
                method = {
                    "plain": self._smtp.auth_plain,
                    "login": self._smtp.auth_login,
                    "cram-md5": self._smtp.auth_crammd5,
                }[mechanism]
                reply = await method(credentials.username, credentials.password or "")
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            raise self._fail("auth", exc) from exc
        self._s(reply)
        self.facts = SessionFacts(True, self.facts.auth_offered, self.facts.encrypted, True)
        self._stage("auth", "ok")

    async def _demands_encryption(self) -> None:
        """No sign-in offered before STARTTLS: is encryption merely missing for sign-in, or
        required for everything? Only MAIL tells (Postfix `smtpd_tls_security_level=encrypt`
        answers 530; a "may" server accepts it), so ask, and take it back with RSET."""
        assert self._smtp is not None
        sender = parse_mailbox(self.profile.sender).ascii_address
        self._c(f"MAIL FROM:<{sender}>")
        try:
            self._s(await self._smtp.mail(sender))
        except aiosmtplib.SMTPResponseException as exc:
            if not isinstance(exc, aiosmtplib.SMTPServerDisconnected):
                diagnosis = classify(exc, "sender", self.facts)
                if diagnosis.code == "encryption_required":
                    self._s(exc)  # type: ignore[arg-type]
                    self._stage("auth", "fail")
                    raise TransportError(diagnosis) from exc
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            return
        await self._reset()

    # -- sending -------------------------------------------------------------------------

    async def send(
        self,
        envelope_from: str,
        recipients: Iterable[str],
        data: bytes,
        *,
        before_data: Callable[[], None] | None = None,
        stages: bool = False,
    ) -> tuple[Reply, dict[str, Diagnosis]]:
        """MAIL, RCPT, DATA for one message. Returns the final reply and refused recipients.

        The first recipient is the one that matters: its refusal raises TransportError.
        Others (a BCC archive) may be refused without failing the message.
        `before_data` runs just before DATA (the queue commits `sending` there); a
        connection lost from then on raises DeliveryUncertain.
        """
        smtp = self._smtp
        if smtp is None or not smtp.is_connected:
            raise TransportError(Diagnosis("connect", "server_error", detail="not connected"))
        recipients = list(recipients)
        options = [f"SIZE={len(data)}"] if self.max_size is not None else []
        if stages:
            self._stage("sender", "start")
        self._c(f"MAIL FROM:<{envelope_from}>" + "".join(f" {o}" for o in options))
        try:
            self._s(await smtp.mail(envelope_from, options=options))
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            await self._reset()
            raise self._fail("sender", exc) from exc
        if stages:
            self._stage("sender", "ok")
            self._stage("recipient", "start")
        refused: dict[str, Diagnosis] = {}
        for index, recipient in enumerate(recipients):
            self._c(f"RCPT TO:<{recipient}>")
            try:
                self._s(await smtp.rcpt(recipient))
            except aiosmtplib.SMTPRecipientRefused as exc:
                if index == 0:
                    await self._reset()
                    raise self._fail("recipient", exc) from exc
                self._s(exc)  # type: ignore[arg-type]
                refused[recipient] = classify(exc, "recipient", self.facts)
            except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                await self._reset()
                raise self._fail("recipient", exc) from exc
        if stages:
            self._stage("recipient", "ok")
            self._stage("data", "start")
        if before_data is not None:
            before_data()
        self._c("DATA")
        self._c(f"<message, {len(data)} bytes>")
        try:
            reply = await smtp.data(data)
        except aiosmtplib.SMTPDataError as exc:
            await self._reset()
            raise self._fail("data", exc) from exc
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            # lost, timed out, or a reply that cannot be read: the message may have arrived
            if self.transcript is not None:
                self.transcript.note(f"no readable answer after the data began: {exc}")
            self.close_now()
            raise DeliveryUncertain(str(exc) or type(exc).__name__) from exc
        self._s(reply)
        self.messages_sent += 1
        if stages:
            self._stage("data", "ok")
        return Reply(reply.code, reply.message), refused

    async def _reset(self) -> None:
        """RSET after a refusal so the session can carry the next message."""
        smtp = self._smtp
        if smtp is None or not smtp.is_connected:
            return
        try:
            await smtp.rset()
        except (aiosmtplib.SMTPException, OSError, TimeoutError):
            self.close_now()

    async def close(self) -> None:
        """QUIT politely when possible, then close."""
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        if smtp.is_connected:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(smtp.quit(), 2)
        smtp.close()

    def close_now(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            smtp.close()
