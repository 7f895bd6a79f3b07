"""Verify: walk every stage against the real server and send one real test message."""

from __future__ import annotations

import asyncio
import base64
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, make_msgid
from typing import TYPE_CHECKING, Any

from smtpdesk import __version__
from smtpdesk.core import smime
from smtpdesk.core.address import parse_mailbox
from smtpdesk.core.diagnose import Diagnosis
from smtpdesk.core.profile import Profile
from smtpdesk.core.providers import keeping_sent_copy
from smtpdesk.core.transport import (
    CertificateInfo,
    Connection,
    Credentials,
    DeliveryUncertain,
    PinStore,
    StageCallback,
    Transcript,
    TransportError,
)

if TYPE_CHECKING:
    from datetime import datetime

log = logging.getLogger(__name__)
_SIGNED_POLICY = policy.SMTP.clone(cte_type="7bit")
DEFAULT_SUBJECT = "smtpdesk test message"
DEFAULT_BODY = (
    "This is a test message from smtpdesk.\n\n"
    "Your outgoing mail settings work: profile {profile}, server {host}:{port} "
    "({encryption}).\nYou can delete this message.\n"
)


@dataclass(frozen=True)
class VerifyResult:
    diagnosis: Diagnosis
    transcript: tuple[str, ...]
    to: str
    message_id: str | None = None
    certificate: CertificateInfo | None = None
    pinned_now: bool = False
    elapsed: float = 0.0
    # with save_sent_copy: the Sent folder the test message was copied to, or why not
    sent_copy: str | None = None
    sent_copy_error: str | None = None
    # the provider whose SMTP server files the message in Sent itself (no copy of ours)
    sent_copy_kept_by: str | None = None

    @property
    def ok(self) -> bool:
        return self.diagnosis.ok

    def to_json(self) -> dict[str, Any]:
        data = self.diagnosis.to_json()
        data["transcript"] = list(self.transcript)
        data["to"] = self.to
        data["message_id"] = self.message_id
        data["elapsed"] = round(self.elapsed, 3)
        if self.sent_copy or self.sent_copy_error or self.sent_copy_kept_by:
            data["sent_copy"] = {"folder": self.sent_copy, "error": self.sent_copy_error}
            if self.sent_copy_kept_by:
                data["sent_copy"]["kept_by_provider"] = self.sent_copy_kept_by
        if self.certificate is not None:
            data["certificate_sha256"] = self.certificate.sha256
            data["certificate_pinned_now"] = self.pinned_now
        return data


async def _copy_to_sent(
    profile: Profile, credentials: Credentials | None, data: bytes
) -> tuple[str | None, str | None]:
    """The test message into the mailbox's Sent folder, as a batch's messages go (issue 20);
    a copy that cannot be made never fails the verify: (folder, None) or (None, why)."""
    from smtpdesk.core import mailbox  # imaplib and the report parser: only when asked

    try:
        return await mailbox.append_to_sent(profile, credentials, data), None
    except mailbox.MailboxError as exc:
        return None, str(exc)
    except OSError as exc:
        return None, f"connection: {exc}"


def test_message(
    profile: Profile,
    to: str,
    *,
    subject: str = DEFAULT_SUBJECT,
    body: str = DEFAULT_BODY,
    signer: smime.Signer | None = None,
) -> tuple[bytes, str]:
    """A small, well-formed message (From, To, Date, Message-ID) and its Message-ID; signed
    with `signer`, else with the profile's certificate if it names one (SmimeError)."""
    sender = parse_mailbox(profile.sender)
    message = EmailMessage()
    message["From"] = sender.header_address()
    message["To"] = parse_mailbox(to).header_address()
    if profile.reply_to:
        message["Reply-To"] = parse_mailbox(profile.reply_to).header_address()
    message["Subject"] = subject
    message["Date"] = format_datetime(_now())
    message_id = make_msgid(domain=sender.ascii_address.rpartition("@")[2])
    message["Message-ID"] = message_id
    message["X-Mailer"] = f"smtpdesk {__version__}"
    text = body.format(
        profile=profile.name, host=profile.host, port=profile.port, encryption=profile.encryption
    )
    signer = signer or smime.signer_for(profile)
    if signer is None:
        message.set_content(text)
        return message.as_bytes(), message_id
    # the signed entity: 7-bit, CRLF, headers folded once and never again after signing
    content = MIMEPart(policy=_SIGNED_POLICY)
    content.set_content(text)
    message["MIME-Version"] = "1.0"
    head = message.as_bytes(policy=_SIGNED_POLICY)[:-2]  # without the blank line
    return head + signer.sign(content.as_bytes(policy=_SIGNED_POLICY)), message_id


def _now() -> datetime:
    from datetime import datetime

    return datetime.now().astimezone()


def _token_refused(error: TransportError, credentials: Credentials | None) -> bool:
    """The server refused a held OAuth2 token at AUTH; True after dropping it for renewal."""
    return (
        error.diagnosis.code == "auth_failed"
        and error.diagnosis.smtp_code is not None
        and credentials is not None
        and credentials.forget_token()
    )


def secret_forms(username: str, secret: str) -> list[str]:
    """A secret and the base64 forms in which it may cross the wire (AUTH PLAIN/LOGIN,
    XOAUTH2)."""
    forms = {
        secret,
        base64.b64encode(secret.encode()).decode(),
        base64.b64encode(f"\0{username}\0{secret}".encode()).decode(),
        base64.b64encode(f"{username}\0{username}\0{secret}".encode()).decode(),
        base64.b64encode(f"user={username}\1auth=Bearer {secret}\1\1".encode()).decode(),
    }
    return sorted((f for f in forms if len(f) >= 3), key=len, reverse=True)


def mask(lines: list[str], username: str, secrets: list[str]) -> tuple[str, ...]:
    """Belt and braces: nothing we write carries a secret, but a server might echo one."""
    forms = [form for secret in secrets for form in secret_forms(username, secret)]
    out = []
    for line in lines:
        for form in forms:
            line = line.replace(form, "***")
        out.append(line)
    return tuple(out)


async def verify(
    profile: Profile,
    credentials: Credentials | None,
    *,
    to: str | None = None,
    on_stage: StageCallback | None = None,
    pins: PinStore | None = None,
    confirm_certificate: Callable[[CertificateInfo], Awaitable[bool]] | None = None,
    subject: str = DEFAULT_SUBJECT,
    body: str = DEFAULT_BODY,
    trust_sha256: str | None = None,
) -> VerifyResult:
    """DNS → TCP → TLS → EHLO → AUTH → MAIL → RCPT → DATA; never raises for server trouble.

    With `allow_self_signed`, an untrusted certificate is pinned only when the user says so:
    `confirm_certificate` answers True, or its SHA-256 is `trust_sha256`.
    Raises, before connecting, SmimeError when the profile's signing certificate is unusable
    and PinFileError when the pin file is damaged.
    """
    started = time.monotonic()
    signer = smime.signer_for(profile)
    if profile.allow_self_signed:
        (pins or PinStore()).check()
    recipient = to or profile.sender_address
    transcript = Transcript()

    def new_connection() -> Connection:
        return Connection(
            profile,
            transcript=transcript,
            pins=pins,
            on_stage=on_stage,
            confirm_certificate=confirm_certificate,
            trust_sha256=trust_sha256,
        )

    connection = new_connection()
    pinned_before = False
    message_id = None
    try:
        try:
            await connection.open(credentials)
        except TransportError as error:
            if not _token_refused(error, credentials):
                raise
            # the server refused an OAuth2 token we held for valid (revoked or expired
            # early): the cached one is dropped; fetch a fresh one and sign in once more
            pinned_before = connection.pinned_now
            await connection.close()
            transcript.note("the server refused the access token: renewing it")
            connection = new_connection()
            await connection.open(credentials)
        data, message_id = test_message(
            profile, recipient, subject=subject, body=body, signer=signer
        )
        envelope_to = parse_mailbox(recipient).ascii_address
        await connection.send(
            parse_mailbox(profile.sender).ascii_address, [envelope_to], data, stages=True
        )
        diagnosis = Diagnosis("done", "ok")
        if on_stage:
            on_stage("done", "ok")
    except TransportError as error:
        diagnosis = error.diagnosis
    except DeliveryUncertain as exc:
        diagnosis = Diagnosis(
            "data",
            "server_error",
            detail=f"the connection was lost after the message was sent: {exc}",
        )
    except asyncio.CancelledError:
        connection.close_now()
        raise
    except BaseException:
        connection.close_now()  # an unexpected error must not leave the socket open
        raise
    await connection.close()
    copied, copy_error, kept_by = None, None, None
    if diagnosis.ok and profile.save_sent_copy and profile.imap_host:
        keeper = keeping_sent_copy(profile.host, profile.sender)
        if keeper is not None:  # a copy of ours would be the second one
            kept_by = keeper.display_name
            transcript.note(f"copy in Sent: kept by the provider ({kept_by})")
        else:
            copied, copy_error = await _copy_to_sent(profile, credentials, data)
            transcript.note(
                f"copy in Sent: {copied}" if copied else f"no copy in Sent: {copy_error}"
            )
    if diagnosis.detail:  # no server reply says what happened: the transcript does
        transcript.note(diagnosis.detail)
    secrets = credentials.secrets() if credentials else []
    username = credentials.username if credentials else ""
    result = VerifyResult(
        diagnosis,
        mask(transcript.lines, username, secrets),
        recipient,
        message_id,
        connection.certificate,
        connection.pinned_now or pinned_before,
        time.monotonic() - started,
        copied,
        copy_error,
        kept_by,
    )
    log.info(
        "verify %s (%s:%s %s): %s at %s%s\n%s",
        profile.name,
        profile.host,
        profile.port,
        profile.encryption,
        diagnosis.code,
        diagnosis.stage,
        f" [{diagnosis.smtp_code} {diagnosis.server_message}]" if diagnosis.smtp_code else "",
        "\n".join(result.transcript),
    )
    return result
