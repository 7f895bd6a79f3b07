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
    "ok", "dns_failed", "connection_refused", "timeout", "tls_mode_mismatch",
    "starttls_unavailable", "certificate_untrusted", "certificate_changed",
    "hostname_mismatch", "encryption_required", "auth_required", "auth_unavailable",
    "auth_failed", "sender_rejected", "recipient_rejected", "message_too_large",
    "rate_limited", "server_error",
)
_TLS_STAGE_CODES = {"tls_mode_mismatch", "starttls_unavailable", "certificate_untrusted",
                    "certificate_changed", "hostname_mismatch", "encryption_required"}
_ENHANCED = re.compile(r"^\s*([245])\.(\d{1,3})\.(\d{1,3})\b")
# OpenSSL reasons seen when one side speaks TLS and the other plain SMTP
_PLAINTEXT_REASONS = {"WRONG_VERSION_NUMBER", "RECORD_LAYER_FAILURE", "PACKET_LENGTH_TOO_LONG",
                      "UNKNOWN_PROTOCOL", "HTTP_REQUEST", "UNEXPECTED_RECORD",
                      "TLSV1_ALERT_PROTOCOL_VERSION"}
# X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH
_NAME_MISMATCH = {62, 64}


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
        data = {"ok": self.ok, "stage": self.stage, "code": self.code,
                "smtp_code": self.smtp_code, "server_message": self.server_message}
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


def enhanced_status(message: str) -> tuple[int, int, int] | None:
    match = _ENHANCED.match(message or "")
    return tuple(int(g) for g in match.groups()) if match else None  # type: ignore[return-value]


def _has(text: str, *needles: str) -> bool:
    return any(n in text for n in needles)


def _is_rate_limit(code: int, enhanced: tuple[int, int, int] | None, text: str) -> bool:
    if _has(text, "rate limit", "too many messages", "too many emails", "sending quota",
            "sending limit", "daily limit", "quota exceeded", "exceeded the", "throttl",
            "try again later", "greylist", "graylist", "too many recipients",
            "too many connections", "too many concurrent"):
        return True
    if enhanced is None:
        return False
    cls, subject, detail = enhanced
    return (
        (code == 421 and (cls, subject) == (4, 7))
        or (code in (450, 451) and (cls, subject) == (4, 7))
        or (code == 452 and enhanced == (4, 5, 3))
        or (cls == 5 and (subject, detail) == (4, 5))  # Gmail's 550 5.4.5 daily limit
    )


def classify_reply(stage: str, smtp_code: int, message: str,
                   facts: SessionFacts = SessionFacts()) -> Diagnosis:
    """A refusal from the server at `stage` → Diagnosis."""
    message = (message or "").strip()
    text = message.lower()
    enhanced = enhanced_status(message)
    subject = enhanced[1:] if enhanced else None

    def result(code: str) -> Diagnosis:
        where = "tls" if code in _TLS_STAGE_CODES else stage
        return Diagnosis(where, code, smtp_code, message)

    # "530 5.7.0 Must issue a STARTTLS command first", "538 Encryption required ..."
    if smtp_code in (523, 538) or (smtp_code == 530 and _has(text, "starttls", "tls", "encrypt")):
        return result("encryption_required")
    if _is_rate_limit(smtp_code, enhanced, text) and not (
            stage == "auth" and smtp_code == 454):
        return result("rate_limited")
    if smtp_code == 552 or enhanced in ((5, 3, 4), (5, 2, 3), (4, 3, 4)):
        if enhanced == (5, 2, 2) or _has(text, "mailbox full", "quota"):
            return result("recipient_rejected")
        return result("message_too_large")
    if stage == "auth":
        if smtp_code in (535, 534) or subject in ((7, 8), (7, 9), (7, 14), (7, 3), (7, 139)):
            return result("auth_failed")
        if smtp_code in (504, 503) or subject in ((5, 4), (7, 4)) or \
                _has(text, "mechanism", "not enabled", "unrecognized authentication"):
            return result("auth_unavailable")
        return result("server_error")
    if stage in ("sender", "recipient", "data") and smtp_code >= 500 or smtp_code == 530:
        if not facts.authenticated and (
                smtp_code == 530
                or _has(text, "authentication required", "not authenticated",
                        "not logged in", "must authenticate", "auth required",
                        "relay access denied", "relaying denied", "not permitted to relay",
                        "relay not permitted", "unable to relay")
                or (facts.auth_offered and subject is not None and subject[0] == 7)):
            return result("auth_required")
        if stage == "sender" or _has(
                text, "sender address rejected", "not owned by", "sender rejected",
                "sendasdenied", "send as", "send mail as", "permission to send",
                "not allowed to send", "from address", "from header", "sender address",
                "sender not", "envelope sender", "mail from") or subject == (7, 60):
            return result("sender_rejected")
        if stage == "recipient":
            return result("recipient_rejected")
        return result("server_error")
    if stage == "recipient" and subject is not None and subject[0] == 1:
        return result("recipient_rejected")  # 4.1.x: the mailbox cannot be checked now
    if stage == "sender" and subject is not None and subject[0] == 1:
        return result("sender_rejected")
    return result("server_error")


def _tls_diagnosis(exc: ssl.SSLError, allow_self_signed: bool) -> Diagnosis:
    if isinstance(exc, ssl.SSLCertVerificationError):
        if exc.verify_code in _NAME_MISMATCH:
            return Diagnosis("tls", "hostname_mismatch")
        return Diagnosis("tls", "certificate_untrusted")
    if getattr(exc, "reason", None) in _PLAINTEXT_REASONS:
        return Diagnosis("tls", "tls_mode_mismatch")
    return Diagnosis("tls", "server_error", detail=str(exc))


def classify(exc: BaseException, stage: str, facts: SessionFacts = SessionFacts(), *,
             allow_self_signed: bool = False) -> Diagnosis:
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
        if isinstance(current, aiosmtplib.SMTPResponseException) and \
                not isinstance(current, aiosmtplib.SMTPServerDisconnected):
            return classify_reply(stage, current.code, current.message, facts)
        if isinstance(current, (TimeoutError, aiosmtplib.SMTPTimeoutError)):
            return Diagnosis(stage, "timeout")
        if isinstance(current, OSError) and current.errno in (101, 113, 10051, 10065):
            return Diagnosis(stage, "timeout")  # network or host unreachable: a firewall's doing
        current = current.__cause__ or current.__context__
    return Diagnosis(stage, "server_error", detail=str(exc) or type(exc).__name__)
