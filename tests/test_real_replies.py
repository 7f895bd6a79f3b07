"""Real servers' refusals, as public bug reports and provider pages show them, through the
classifier as the transport meets them: the reply's lines parsed by aiosmtplib's own
reader, raised as the exception aiosmtplib raises at that stage, then `classify`.

tests/data/real_replies.json: one entry a reply, with the page that shows it (`url`), the
provider or server software, the stage it came at, its lines as sent, whether the profile
signs in (`auth_enabled`), and the code a user should get.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import aiosmtplib
import pytest
from aiosmtplib.protocol import SMTPProtocol

from smtpdesk.core.diagnose import (
    CODES,
    STAGES,
    SessionFacts,
    classify,
    is_greylisting,
    retry_after,
    speaks_for_account,
)

CORPUS = json.loads((Path(__file__).parent / "data" / "real_replies.json").read_text("utf-8"))
_AFTER_SIGN_IN = ("sender", "recipient", "data")


def server_reply(lines: list[str]) -> aiosmtplib.SMTPResponse:
    """The lines as aiosmtplib reads them off the wire (multi-line replies joined)."""
    loop = asyncio.new_event_loop()  # the reader wants one; it is never run
    try:
        protocol = SMTPProtocol(loop=loop)
        protocol._buffer.extend(("\r\n".join(lines) + "\r\n").encode())
        response = protocol._read_response_from_buffer()
    finally:
        loop.close()
    assert response is not None, f"not a complete SMTP reply: {lines}"
    return response


def refusal(stage: str, response: aiosmtplib.SMTPResponse) -> aiosmtplib.SMTPException:
    """The exception aiosmtplib raises for this reply at this stage."""
    if stage == "sender":
        return aiosmtplib.SMTPSenderRefused(response.code, response.message, "info@novak.cz")
    if stage == "recipient":
        return aiosmtplib.SMTPRecipientRefused(response.code, response.message, "ana@kos.si")
    kind = {
        "connect": aiosmtplib.SMTPConnectResponseError,
        "ehlo": aiosmtplib.SMTPHeloError,
        "auth": aiosmtplib.SMTPAuthenticationError,
        "data": aiosmtplib.SMTPDataError,
    }[stage]
    return kind(response.code, response.message)


def facts_for(entry: dict) -> SessionFacts:
    """What the transport knows when the reply comes: signed in by then when the profile
    signs in (a sign-in refusal stops before MAIL), over an encrypted submission port."""
    auth = entry["auth_enabled"]
    return SessionFacts(
        auth_enabled=auth,
        auth_offered=entry.get("auth_offered", True),
        encrypted=entry.get("encrypted", True),
        authenticated=auth and entry["stage"] in _AFTER_SIGN_IN,
    )


def test_the_corpus_is_well_formed():
    assert len(CORPUS) >= 100
    for entry in CORPUS:
        assert entry["url"].startswith(("https://", "http://")), entry
        assert entry["stage"] in STAGES and entry["code"] in CODES, entry
        assert isinstance(entry["reply"], list) and entry["reply"], entry


@pytest.mark.parametrize("entry", CORPUS, ids=lambda e: f"{e['provider']}-{e['reply'][0][:40]}")
def test_real_reply(entry):
    response = server_reply(entry["reply"])
    diagnosis = classify(refusal(entry["stage"], response), entry["stage"], facts_for(entry))
    assert diagnosis.code == entry["code"], (entry["url"], entry["reply"])
    assert diagnosis.smtp_code == response.code
    assert diagnosis.server_message == response.message


@pytest.mark.parametrize(
    "stage,reply,greylisting,account,delay",
    [
        (
            "recipient",
            "450 4.2.0 <a@kos.si>: Recipient address rejected: Greylisted, try again in 5 seconds",
            True,
            False,
            5,
        ),
        ("recipient", "451 Greylisted, please try again in 900 seconds", True, False, 900),
        (
            "recipient",
            "450 4.2.0 <a@kos.si>: Recipient address rejected: Greylisted for 5 minutes",
            True,
            False,
            300,
        ),
        ("recipient", "451 4.7.1 Please try again later", True, False, None),
        (
            "recipient",
            "450 4.2.1 The user you are trying to contact is receiving mail too quickly.",
            False,
            False,
            None,
        ),
        ("recipient", "421 4.7.0 Try again later, closing connection.", False, True, None),
        ("sender", "450 4.7.1 Error: too much mail from 127.0.0.1", False, True, None),
        (
            "recipient",
            "451 Domain kos.si has exceeded the max emails per hour (123/100 (123%)) allowed.",
            False,
            True,
            None,
        ),
        (
            "recipient",
            "432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded",
            False,
            True,
            None,
        ),
        ("data", "550 5.4.5 Daily user sending quota exceeded.", False, True, None),
    ],
)
def test_who_a_temporary_refusal_speaks_for(stage, reply, greylisting, account, delay):
    response = server_reply([reply])
    diagnosis = classify(refusal(stage, response), stage, SessionFacts(True, True, True, True))
    assert diagnosis.code == "rate_limited"
    assert is_greylisting(diagnosis) == greylisting
    assert speaks_for_account(diagnosis) == account
    assert retry_after(diagnosis.server_message) == delay
