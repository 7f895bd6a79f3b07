"""Turning what the server did or said into a stable (stage, code) pair (CONTRACT §1 verify).

Codes are decided from the reply code, the enhanced status code (RFC 3463) and the text
real servers send (Postfix, Exim, Exchange/Microsoft 365, Gmail, aiosmtpd), never from
the port number. The words for each code live outside the core (smtpdesk/texts.py).
"""

from __future__ import annotations

import re
import socket
import ssl
from dataclasses import dataclass
from typing import Any

import aiosmtplib

STAGES = ("dns", "connect", "tls", "ehlo", "auth", "sender", "recipient", "data", "done")
CODES = (
    "ok",
    "dns_failed",
    "connection_refused",
    "timeout",
    "tls_mode_mismatch",
    "starttls_unavailable",
    "certificate_untrusted",
    "certificate_changed",
    "hostname_mismatch",
    "encryption_required",
    "auth_required",
    "auth_unavailable",
    "auth_failed",
    "sender_rejected",
    "recipient_rejected",
    "message_too_large",
    "rate_limited",
    "server_error",
)
_TLS_STAGE_CODES = {
    "tls_mode_mismatch",
    "starttls_unavailable",
    "certificate_untrusted",
    "certificate_changed",
    "hostname_mismatch",
    "encryption_required",
}
_ENHANCED = re.compile(r"^\s*([245])\.(\d{1,3})\.(\d{1,3})\b")
_ENHANCED_INSIDE = re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.])")
# OpenSSL reasons seen when one side speaks TLS and the other plain SMTP
_PLAINTEXT_REASONS = {
    "WRONG_VERSION_NUMBER",
    "RECORD_LAYER_FAILURE",
    "PACKET_LENGTH_TOO_LONG",
    "UNKNOWN_PROTOCOL",
    "HTTP_REQUEST",
    "UNEXPECTED_RECORD",
    "TLSV1_ALERT_PROTOCOL_VERSION",
}
# the certificate is for another name: OpenSSL's X509_V_ERR_HOSTNAME_MISMATCH and
# X509_V_ERR_IP_ADDRESS_MISMATCH; Windows' CERT_E_CN_NO_MATCH and macOS's
# errSecHostNameMismatch, which the system's own verifier (truststore) reports
_NAME_MISMATCH = {62, 64, 0x800B010F, -67602}


@dataclass(frozen=True)
class Diagnosis:
    """Where a dialogue ended and why; `smtp_code`/`server_message` when a reply says so."""

    stage: str
    code: str
    smtp_code: int | None = None
    server_message: str | None = None
    # what went wrong when no server reply says it (a closed connection, a TLS alert): for
    # the transcript, the log and a row's reason, never in `server_message` (CONTRACT §1)
    detail: str | None = None
    # why, when the code alone does not say: for `dns_failed`, "offline" (no name resolves:
    # no connection, or DNS not working) or "unknown_name" (other names do: a wrong name)
    cause: str | None = None

    @property
    def reason(self) -> str | None:
        """The server's reply, else our own detail."""
        return self.server_message or self.detail

    @property
    def ok(self) -> bool:
        return self.code == "ok"

    def to_json(self) -> dict[str, Any]:
        data = {
            "ok": self.ok,
            "stage": self.stage,
            "code": self.code,
            "smtp_code": self.smtp_code,
            "server_message": self.server_message,
        }
        if self.cause is not None:
            data["cause"] = self.cause
        return data


@dataclass(frozen=True)
class SessionFacts:
    """What the client knows of the session when a refusal comes."""

    auth_enabled: bool = False
    auth_offered: bool = False
    encrypted: bool = False
    authenticated: bool = False


def enhanced_status(message: str, smtp_code: int | None = None) -> tuple[int, int, int] | None:
    """The RFC 3463 code of a reply: at the start of the text, else the first one inside it
    ("5.7.57 SMTP; …", "sorry, too many emails (#5.7.1)") whose class agrees with the reply
    code (never a number in an IP address)."""
    message = message or ""
    match = _ENHANCED.match(message)
    if match:
        return tuple(int(g) for g in match.groups())  # type: ignore[return-value]
    for found in _ENHANCED_INSIDE.finditer(message):
        status = tuple(int(g) for g in found.groups())
        if smtp_code is None or status[0] == smtp_code // 100:
            return status  # type: ignore[return-value]
    return None


def reply_text(message: str) -> str:
    """The reply as one lower-case line: continuation lines joined, the enhanced code Gmail
    and Microsoft repeat at the start of each line dropped, so a phrase split across lines
    ("Please log" / "in via your web browser") reads whole."""
    lines = [
        _ENHANCED.sub("", line, count=1) if i else line
        for i, line in enumerate((message or "").split("\n"))
    ]
    return re.sub(r"\s+", " ", " ".join(lines)).strip().lower()


def _has(text: str, *needles: str) -> bool:
    return any(n in text for n in needles)


# What a reply means, by its words (real servers' wording: Postfix, Exim, Exchange and
# Microsoft 365, Gmail, Yahoo, Zoho, Amazon SES, GMX/IONOS, hMailServer, greylisting
# daemons); see tests/data/real_replies.json for the replies these were built from.
_NEEDS_SIGN_IN = re.compile(
    r"authentication (is )?required|auth(entication)? required|must (first )?authenticate"
    r"|not authenticated|was not authenticated|client not authenticated"
    r"|authenticate first|please authenticate|login required|log ?in first|not logged in"
    r"|smtp auth(entication)? (is )?required|requires? (smtp )?auth"
    r"|relay(ing)? (access )?(is )?denied|relay(ing)? not (permitted|allowed)"
    r"|not permitted to relay|unable to relay|relay(ing)? (is )?prohibited"
    r"|we do not relay|sender must be authenticated"
    r"|unauthenticated (senders?|relay(ing)?|sending|users?) (is |are )?not (allowed|permitted)"
)
_NAMES_SENDER = re.compile(
    r"sender address rejected|sender (address )?(is )?(rejected|not allowed|refused|denied"
    r"|not permitted|invalid|unknown|blocked)|not owned by|send(ing)? ?as\b|sendas"
    r"|send mail as|on behalf of|permissions? to send|not allowed to send"
    r"|relaying disallowed as|disallowed as\b|(header|envelope)[ -]from|from[ -]header"
    r"|from address|sender verif|address is not verified|not verified.*identit"
    r"|identities failed|mail from address|invalid sender|bad sender|sender domain"
    r"|sender's domain|domain of sender|envelope sender|sender not|return-path"
    r"|\bdmarc\b|\bspf\b|\bdkim\b|sender is unauthenticated|unauthenticated (e-?mail|mail) "
    r"|from: domain|valid from\b"
)
# a throttle on the account, the connection or the recipient's intake
_RATE = re.compile(
    r"too many|too much|too quickly|too fast|rate ?limit|\brate\b|ratelimit|overlimit"
    r"|throttl|quota|exceed|limit (reached|exceeded|of)|(maximum|max) (number|limit)"
    r"|(daily|hourly|sending|relay|message|recipient|connection|hour|day) limit"
    r"|per (second|minute|hour|day)\b|thread limit|slow down|unusual .{0,20}activity"
    r"|unexpected volume|excessive|grey ?list|gray ?list|greylisted|graylisted"
    r"|deferred due to|temporarily (deferred|rate limited)|try again in \d|retry in \d"
)
# "try again later" alone: a rate limit only in a temporary refusal whose code does not say
# otherwise (4.3.x, 4.4.x: the server's own trouble)
_TRY_LATER = re.compile(r"try (again )?later|come back later|retry later|temporarily deferred")
_GREYLISTING = re.compile(
    r"grey ?list|gray ?list|greylisted|graylisted|grey-list|gray-list"
    r"|try again in \d|come back (later|in)|retry in \d|please retry"
)
_SIZE = re.compile(
    r"too (large|big)|message (line )?is too long|size|bytes long"
    r"|maxsubmission|message length"
)
_SIZE_CODES = {(5, 3, 4), (5, 2, 3), (4, 3, 4)}
_BLOCKED = re.compile(
    r"block ?list|blacklist|blocked|dnsbl|spamhaus|spam|reputation"
    r"|local policy|content|helo command rejected|client host rejected"
    r"|host not found|hostname|reverse dns|\bptr\b|not accepted from this ip"
    r"|invalid (helo|ehlo)|(helo|ehlo) (name|command|rejected|not)"
    r"|virus|malware|illegal attachment"
)
_SERVER_TROUBLE = re.compile(
    r"temporary (local |system |server )?(problem|error|failure)"
    r"|local problem|server error|system problem|internal error"
    r"|server busy|service (temporarily )?unavailable"
    r"|unable to verify|try again later.*problem"
)
_MAILBOX = re.compile(
    r"mailbox (is )?full|over quota|overquota|quota exceeded.*(mailbox"
    r"|user|account)|insufficient (storage|space)|storage (allocation|space)"
    r"|mailbox size|out of storage|receiving mail (too quickly|at a rate)"
)
_NAMES_RECIPIENT = re.compile(
    r"recipient address rejected|recipient (rejected|unknown|not found|not allowed|invalid"
    r"|refused)|user unknown|unknown user|no such (user|mailbox|recipient|address)"
    r"|mailbox (is )?(unavailable|not found|does not exist|disabled|inactive)|does not exist"
    r"|doesn't exist|address rejected|invalid recipient|recipientnotfound|not a valid"
    r"|undeliverable|unrouteable|unroutable|account (is )?disabled"
    # relaying refused although signed in: this account may not send to that address
    r"|relay(ing)? (access )?(is )?denied|relay(ing)? not (permitted|allowed)"
)
_AUTH_FAILED = re.compile(
    r"authentication (failed|unsuccessful|failure|credentials invalid)|invalid (credentials"
    r"|login|user ?name|password)|(username|user name|login) (and|or) password"
    r"|password (not accepted|incorrect|invalid)|bad (credentials|password)|badcredentials"
    r"|incorrect (password|authentication)|application-specific password|app password"
    r"|log ?in via your web browser|web login required|login denied|access denied"
)
_AUTH_UNAVAILABLE = re.compile(
    r"mechanism|unrecognized authentication|authentication (type|method) (not|un)"
    r"|not (enabled|supported|available|implemented)|auth(entication)? (is )?disabled"
    r"|no (such|supported) (auth|mechanism)"
)
_ENCRYPTION = re.compile(
    r"starttls|must issue a|encryption required|requires? (tls|ssl"
    r"|encryption|secure)|tls required|secure connection required"
    r"|ssl required|must use tls|use tls"
)


def _is_mailbox_full(enhanced: tuple[int, int, int] | None, text: str) -> bool:
    if enhanced is not None and enhanced[1] == 3:
        return False  # 4.3.1 "insufficient system storage": the server's own trouble
    return enhanced in ((4, 2, 2), (5, 2, 2)) or bool(_MAILBOX.search(text))


def is_greylisting(diagnosis: Diagnosis) -> bool:
    """A temporary refusal of one recipient that says so (greylisting, "try again in 300
    seconds"): that recipient waits; the batch keeps its pace."""
    code = diagnosis.smtp_code
    if code is None or not 400 <= code < 500 or diagnosis.stage != "recipient":
        return False
    text = reply_text(diagnosis.server_message or "")
    return (
        bool(_GREYLISTING.search(text))
        or enhanced_status(diagnosis.server_message or "", code) in ((4, 2, 0), (4, 7, 1))
        and not _ACCOUNT.search(text)
    )


_ACCOUNT = re.compile(
    r"too many|too much|too quickly|quota|exceed|limit|rate|throttl"
    r"|thread|per (second|minute|hour|day)|volume|complaints"
)


def speaks_for_account(diagnosis: Diagnosis) -> bool:
    """A refusal about the account or the connection, not one message or recipient: 421,
    "too much mail", 4.3.2 limits, 5.4.5 daily quota, any throttle at MAIL FROM or DATA.
    Only these slow the whole batch."""
    code = diagnosis.smtp_code
    if code is None:
        return False
    if code == 421:
        return True
    if diagnosis.code != "rate_limited" or is_greylisting(diagnosis):
        return False
    message = diagnosis.server_message or ""
    enhanced = enhanced_status(message, code)
    if enhanced in ((4, 3, 2), (5, 4, 5), (4, 7, 0)) or diagnosis.stage != "recipient":
        return True
    text = reply_text(message)
    if enhanced is not None and enhanced[1] == 2 or "receiving" in text:
        return False  # the recipient's mailbox takes mail slowly: that recipient waits
    return bool(_ACCOUNT.search(text)) and enhanced != (4, 5, 3)


_DELAY = re.compile(
    r"(?:in|after|for|wait)\s+(\d{1,6})\s*(seconds?|secs?|s|minutes?|mins?"
    r"|m)\b"
)


def retry_after(message: str | None) -> float | None:
    """The wait a reply states ("try again in 300 seconds", "Greylisted for 5 minutes"), in
    seconds; None when it names none."""
    match = _DELAY.search(reply_text(message or ""))
    if not match:
        return None
    value = float(match.group(1))
    return value * 60 if match.group(2).startswith("m") else value


def classify_reply(
    stage: str, smtp_code: int, message: str, facts: SessionFacts = SessionFacts()
) -> Diagnosis:
    """A refusal from the server at `stage` → Diagnosis.

    Decided by what the server says first (the enhanced status code and the words), then by
    the stage, then by the basic code: a refusal that names the sender is `sender_rejected`
    wherever it comes, a throttle `rate_limited`, a demand to sign in `auth_required`."""
    message = (message or "").strip()
    text = reply_text(message)
    enhanced = enhanced_status(message, smtp_code)
    subject = enhanced[1:] if enhanced else None
    temporary = 400 <= smtp_code < 500

    def result(code: str) -> Diagnosis:
        where = "tls" if code in _TLS_STAGE_CODES else stage
        return Diagnosis(where, code, smtp_code, message)

    # "530 5.7.0 Must issue a STARTTLS command first", "538 Encryption required ..."
    if (
        smtp_code in (523, 538)
        or (
            smtp_code in (530, 421, 454, 550, 554)
            and not facts.encrypted
            and _ENCRYPTION.search(text)
        )
        or (smtp_code == 530 and _has(text, "starttls", "tls", "encrypt"))
    ):
        return result("encryption_required")
    if stage == "auth":
        return result(_auth_stage_code(smtp_code, enhanced, text))
    mail_stage = stage in ("sender", "recipient", "data")
    greylisting = bool(_GREYLISTING.search(text))
    # the sender's domain does not let this server send for it (DMARC/SPF): the sender
    if _has(text, "dmarc", " spf", "spf ", "dkim") and not greylisting:
        return result("sender_rejected")
    if (
        mail_stage
        and not facts.authenticated
        and (smtp_code == 530 or enhanced == (5, 7, 57) or _NEEDS_SIGN_IN.search(text))
    ):
        return result("auth_required")
    if (
        stage in ("recipient", "data")
        and _is_mailbox_full(enhanced, text)
        and not _has(text, "sending", "relay quota", "outgoing")
    ):
        # "receiving mail too quickly": the recipient's intake is throttled, try later
        return result("rate_limited" if "receiving mail" in text else "recipient_rejected")
    if _SIZE.search(text) and enhanced != (4, 5, 3) or enhanced in _SIZE_CODES:
        return result("message_too_large")
    if (_NAMES_SENDER.search(text) or subject == (7, 60)) and not greylisting:
        return result("sender_rejected")
    if _RATE.search(text):
        return result("rate_limited")
    if stage in ("recipient", "data") and _NAMES_RECIPIENT.search(text):
        return result("recipient_rejected")
    if _BLOCKED.search(text):
        return result("server_error")  # a block list, spam, content or host policy
    if _rate_code(smtp_code, enhanced):
        return result("rate_limited")
    if _SERVER_TROUBLE.search(text):
        return result("server_error")
    if temporary and _TRY_LATER.search(text) and not (subject and subject[0] in (3, 4)):
        return result("rate_limited")
    if smtp_code == 552 and mail_stage:
        return result("message_too_large")
    if stage == "sender" and subject is not None and subject[0] == 1:
        return result("sender_rejected")  # 4.1.8, 5.1.7: the sender's address or domain
    if stage == "recipient" and subject is not None and subject[0] in (1, 2):
        return result("recipient_rejected")
    if (
        mail_stage
        and not facts.authenticated
        and facts.auth_offered
        and stage != "data"
        and subject is not None
        and subject[0] == 7
        and not temporary
    ):
        return result("auth_required")  # a policy refusal before sign-in, on a server
    # that offers it: signing in is what it wants
    # no words that say more: the stage says what was refused, unless the enhanced code
    # names a policy (5.7.x: spam, a blocked account) rather than an address
    if stage == "sender" and not temporary and (subject is None or subject[0] != 7):
        return result("sender_rejected")
    if stage == "recipient" and not temporary and (subject is None or subject[0] != 7):
        return result("recipient_rejected")
    return result("server_error")


def _rate_code(code: int, enhanced: tuple[int, int, int] | None) -> bool:
    """Codes that mean a throttle whatever the words (CONTRACT §1)."""
    if enhanced is None:
        return False
    cls, subject, detail = enhanced
    return (
        (code in (421, 450, 451) and (cls, subject) == (4, 7))
        or enhanced == (4, 5, 3)
        or enhanced == (4, 3, 2)
        or (cls == 5 and (subject, detail) == (4, 5))  # Gmail's 550 5.4.5 daily limit
    )


def _auth_stage_code(smtp_code: int, enhanced: tuple[int, int, int] | None, text: str) -> str:
    subject = enhanced[1:] if enhanced else None
    if smtp_code == 454 or (smtp_code < 500 and not _RATE.search(text)):
        return "server_error"  # a temporary failure during sign-in (CONTRACT §1)
    if (
        smtp_code in (504,)
        or subject in ((5, 4), (7, 4))
        or (smtp_code != 535 and _AUTH_UNAVAILABLE.search(text))
    ):
        return "auth_unavailable"
    if (
        smtp_code in (535, 534)
        or subject in ((7, 8), (7, 9), (7, 14), (7, 3), (7, 139), (7, 0), (7, 1))
        or _AUTH_FAILED.search(text)
    ):
        return "auth_failed"
    if _RATE.search(text):
        return "rate_limited"
    if smtp_code == 503 or _AUTH_UNAVAILABLE.search(text):
        return "auth_unavailable"
    return "server_error"


def certificate_code(exc: ssl.SSLCertVerificationError) -> str:
    """`hostname_mismatch` when the certificate names another host, else
    `certificate_untrusted` (unknown CA, self-signed, expired), whichever verifier said it."""
    return "hostname_mismatch" if exc.verify_code in _NAME_MISMATCH else "certificate_untrusted"


def _tls_diagnosis(exc: ssl.SSLError, allow_self_signed: bool) -> Diagnosis:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return Diagnosis("tls", certificate_code(exc))
    if getattr(exc, "reason", None) in _PLAINTEXT_REASONS:
        return Diagnosis("tls", "tls_mode_mismatch")
    return Diagnosis("tls", "server_error", detail=str(exc))


def classify(
    exc: BaseException,
    stage: str,
    facts: SessionFacts = SessionFacts(),
    *,
    allow_self_signed: bool = False,
) -> Diagnosis:
    """An exception raised while working on `stage` → Diagnosis."""
    seen: set[int] = set()
    current: BaseException | None = exc
    # aiosmtplib wraps OSError and SSLError in its own exceptions: look at the cause too
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, socket.gaierror):
            return Diagnosis("dns", "dns_failed")
        if isinstance(current, ssl.SSLError):
            return _tls_diagnosis(current, allow_self_signed)
        if isinstance(current, ConnectionRefusedError):
            return Diagnosis(stage, "connection_refused")
        if isinstance(current, aiosmtplib.SMTPResponseException) and not isinstance(
            current, aiosmtplib.SMTPServerDisconnected
        ):
            return classify_reply(stage, current.code, current.message, facts)
        if isinstance(current, (TimeoutError, aiosmtplib.SMTPTimeoutError)):
            return Diagnosis(stage, "timeout")
        if isinstance(current, OSError) and current.errno in (101, 113, 10051, 10065):
            return Diagnosis(stage, "timeout")  # network or host unreachable: a firewall's doing
        current = current.__cause__ or current.__context__
    return Diagnosis(stage, "server_error", detail=str(exc) or type(exc).__name__)
