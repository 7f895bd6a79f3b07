"""The words for the core's codes: verify hints, stage names, input-error messages.

One place for the CLI and the window alike, built on QtCore's translation functions so the
Slovenian, Czech and Polish catalogues cover both. Strings are marked with
QT_TRANSLATE_NOOP so lupdate finds them, and translated when shown.
"""

from __future__ import annotations

import string
import warnings
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import QCoreApplication

from smtpdesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from smtpdesk.core.profile import Profile

_STAGES = {
    "dns": QT_TRANSLATE_NOOP("Stage", "DNS"),
    "connect": QT_TRANSLATE_NOOP("Stage", "Connect"),
    "tls": QT_TRANSLATE_NOOP("Stage", "Encryption"),
    "ehlo": QT_TRANSLATE_NOOP("Stage", "Greeting"),
    "auth": QT_TRANSLATE_NOOP("Stage", "Sign-in"),
    "sender": QT_TRANSLATE_NOOP("Stage", "Sender"),
    "recipient": QT_TRANSLATE_NOOP("Stage", "Recipient"),
    "data": QT_TRANSLATE_NOOP("Stage", "Message"),
    "done": QT_TRANSLATE_NOOP("Stage", "Done"),
}

# (what happened, what to do next) per verify code; {host} {port} {user} may appear
_HINTS = {
    "ok": (
        QT_TRANSLATE_NOOP("Hint", "The test message was accepted by the server."),
        QT_TRANSLATE_NOOP(
            "Hint",
            "Check the inbox of {to}: the test message should arrive "
            "in a minute. Your settings are ready to use.",
        ),
    ),
    "dns_failed": (
        QT_TRANSLATE_NOOP("Hint", "The server name {host} could not be found."),
        QT_TRANSLATE_NOOP(
            "Hint",
            "Check the spelling of the server (for example "
            "smtp.gmail.com) and that this computer is online.",
        ),
    ),
    "connection_refused": (
        QT_TRANSLATE_NOOP("Hint", "Nothing answers at {host} on port {port}."),
        QT_TRANSLATE_NOOP(
            "Hint",
            "Check the port: usually 465 for SSL/TLS, 587 for "
            "STARTTLS, 25 without encryption. Your provider's help "
            "page lists the right one.",
        ),
    ),
    "timeout": (
        QT_TRANSLATE_NOOP("Hint", "The server {host} did not answer in time on port {port}."),
        QT_TRANSLATE_NOOP(
            "Hint",
            "A firewall or your network may block this port. Try port "
            "587 (STARTTLS) or 465 (SSL/TLS), or ask your IT support.",
        ),
    ),
    "tls_mode_mismatch": (
        QT_TRANSLATE_NOOP(
            "Hint", "The encryption does not match port {port}: the server expects the other kind."
        ),
        QT_TRANSLATE_NOOP(
            "Hint", "Choose SSL/TLS for port 465 and STARTTLS for port 587, then verify again."
        ),
    ),
    "starttls_unavailable": (
        QT_TRANSLATE_NOOP("Hint", "The server does not offer STARTTLS encryption on port {port}."),
        QT_TRANSLATE_NOOP(
            "Hint",
            "Try SSL/TLS on port 465. smtpdesk never falls back to "
            "sending without encryption on its own.",
        ),
    ),
    "certificate_untrusted": (
        QT_TRANSLATE_NOOP(
            "Hint",
            "The server's certificate is not trusted (self-signed, "
            "from an unknown authority, or expired).",
        ),
        QT_TRANSLATE_NOOP(
            "Hint",
            "If this is your company's own server, ask IT whether it "
            'uses a self-signed certificate and turn on "Allow '
            'self-signed certificate". Never do that for a public '
            "provider.",
        ),
    ),
    "certificate_changed": (
        QT_TRANSLATE_NOOP(
            "Hint",
            "Warning: the server's certificate is different from the one you accepted before.",
        ),
        QT_TRANSLATE_NOOP(
            "Hint",
            "Someone may be intercepting the connection. Do not send "
            "until IT confirms the server's certificate was "
            "replaced.",
        ),
    ),
    "hostname_mismatch": (
        QT_TRANSLATE_NOOP(
            "Hint", "The certificate is valid, but for another server name than {host}."
        ),
        QT_TRANSLATE_NOOP(
            "Hint",
            "Use the server name your provider gives (the one in the "
            "certificate), not an alias or an IP address.",
        ),
    ),
    "encryption_required": (
        QT_TRANSLATE_NOOP("Hint", "The server requires encryption before it accepts mail."),
        QT_TRANSLATE_NOOP("Hint", "Choose STARTTLS (port 587) or SSL/TLS (port 465)."),
    ),
    "auth_required": (
        QT_TRANSLATE_NOOP("Hint", "The server only sends mail for users who sign in."),
        QT_TRANSLATE_NOOP(
            "Hint", 'Turn on "Server requires sign-in" and enter your user name and password.'
        ),
    ),
    "auth_unavailable": (
        QT_TRANSLATE_NOOP(
            "Hint", "The server offers no sign-in method smtpdesk can use on this connection."
        ),
        QT_TRANSLATE_NOOP(
            "Hint",
            "Most servers allow sign-in only over an encrypted "
            "connection: choose STARTTLS (587) or SSL/TLS (465).",
        ),
    ),
    "auth_failed": (
        QT_TRANSLATE_NOOP("Hint", "The server refused the user name or password."),
        QT_TRANSLATE_NOOP(
            "Hint",
            "Check the user name ({user}) and the password. Gmail, "
            "Yahoo and Microsoft accounts with two-step verification "
            "need an app password instead of the normal one; "
            "Microsoft 365 may need sign-in with Microsoft (OAuth2).",
        ),
    ),
    "sender_rejected": (
        QT_TRANSLATE_NOOP("Hint", "The server does not let this account send as {sender}."),
        QT_TRANSLATE_NOOP(
            "Hint",
            "Use the address that belongs to the account you sign in "
            "with, or ask your provider to allow this sender address.",
        ),
    ),
    "recipient_rejected": (
        QT_TRANSLATE_NOOP("Hint", "The server refused the test recipient {to}."),
        QT_TRANSLATE_NOOP(
            "Hint", "Check the address, or send the test to another address of yours."
        ),
    ),
    "message_too_large": (
        QT_TRANSLATE_NOOP("Hint", "The message is larger than the server accepts."),
        QT_TRANSLATE_NOOP("Hint", "Make attachments smaller or send them as a link."),
    ),
    "rate_limited": (
        QT_TRANSLATE_NOOP(
            "Hint", "The server is refusing for now because too much was sent or too quickly."
        ),
        QT_TRANSLATE_NOOP(
            "Hint",
            "Wait and try again later; lower the sending limits in "
            "the advanced settings to stay under the provider's "
            "limit.",
        ),
    ),
    "server_error": (
        QT_TRANSLATE_NOOP("Hint", "The server reported a problem."),
        QT_TRANSLATE_NOOP(
            "Hint",
            "Read the server's reply below. If it does not help, "
            "copy the details and send them to your provider or IT "
            "support.",
        ),
    ),
}


# dns_failed, told apart by a second look-up of a name that exists (Diagnosis.cause)
_DNS_CAUSES = {
    "offline": (
        QT_TRANSLATE_NOOP(
            "Hint",
            "The server name {host} could not be looked up: this "
            "computer seems to have no internet connection.",
        ),
        QT_TRANSLATE_NOOP(
            "Hint",
            "Check that this computer is online (network cable or "
            "Wi-Fi), then try again. If other programs can reach the "
            "internet, the network's name service (DNS) is not "
            "working: ask your IT support.",
        ),
    ),
    "unknown_name": (
        QT_TRANSLATE_NOOP("Hint", "The server name {host} does not exist."),
        QT_TRANSLATE_NOOP(
            "Hint",
            "Check the spelling of the server name. Your provider's help page gives the right one.",
        ),
    ),
}

# auth_failed for a profile that signs in with OAuth2: a password hint would mislead
_OAUTH_AUTH_FAILED = (
    QT_TRANSLATE_NOOP(
        "Hint", "The sign-in with your provider (OAuth2) was refused, has expired, or was revoked."
    ),
    QT_TRANSLATE_NOOP(
        "Hint",
        'Sign in again ("Sign in" button, or smtpdesk login). If it '
        "keeps failing, check that {user} is the account you signed in "
        "with; for Microsoft 365 an administrator must also allow "
        "SMTP AUTH for the mailbox.",
    ),
)


# a known provider's own next step (its key and source: sd:step in resources/providers):
# it replaces the general step, or follows it for `ok` and `auth_required`
_PROVIDER_STEPS = {
    "google": QT_TRANSLATE_NOOP(
        "Hint",
        'Google accepts no normal password from mail programs: choose "Sign in with '
        'Google instead of a password", or turn on 2-Step Verification in your Google '
        "Account and enter an app password instead.",
    ),
    "gmail_ok": QT_TRANSLATE_NOOP(
        "Hint",
        "Look in Spam too. A test message to your own Gmail address is filed under "
        "Sent, not in the inbox.",
    ),
    "outlook_com": QT_TRANSLATE_NOOP(
        "Hint",
        "Outlook.com has accepted no passwords from mail programs since September 2024: "
        'choose "Sign in with Microsoft instead of a password".',
    ),
    "microsoft_365": QT_TRANSLATE_NOOP(
        "Hint",
        "Microsoft 365 lets a mail program send only when an administrator has switched "
        "on Authenticated SMTP for this mailbox (Microsoft 365 admin center: the user, "
        'Mail, Manage email apps). Or choose "Sign in with Microsoft instead of a '
        'password".',
    ),
    "yahoo": QT_TRANSLATE_NOOP(
        "Hint",
        "Yahoo accepts an app password, not your normal password: create one in the "
        "security settings of your Yahoo account and enter it here.",
    ),
    "icloud": QT_TRANSLATE_NOOP(
        "Hint",
        "iCloud Mail always needs an app-specific password: create one at "
        "account.apple.com (Sign-In and Security, App-Specific Passwords) and enter it "
        "instead of your Apple Account password.",
    ),
    "seznam": QT_TRANSLATE_NOOP(
        "Hint",
        "If two-factor authentication is on for your Seznam account, mail programs "
        "need a separate application password: set it in your Seznam account under "
        "two-factor authentication and enter it here.",
    ),
    "enable_mail_programs": QT_TRANSLATE_NOOP(
        "Hint",
        "{provider_name} lets mail programs send only when access for them is switched "
        "on: in webmail, open the settings and switch on access for mail programs "
        "(IMAP, POP3, SMTP), then check the password and verify again.",
    ),
    "intercepted": QT_TRANSLATE_NOOP(
        "Hint",
        "The real certificate of {provider_name} is trusted everywhere, so something "
        "between this computer and the server replaced it: usually antivirus e-mail "
        "scanning (turn off its scanning of encrypted e-mail) or a company proxy (ask "
        "IT). Never allow a self-signed certificate for {provider_name}.",
    ),
}
_PROVIDER_STEP_FOLLOWS = {"ok", "auth_required"}


def provider_step(code: str, provider: str | None) -> str | None:
    """The key of `provider`'s own next step after `code` (None: the general step)."""
    if not provider:
        return None
    from smtpdesk.core.providers import load_database

    found = load_database().by_id(provider)
    key = found.step_for(code) if found else None
    return key if key in _PROVIDER_STEPS else None


# the message Verify sends, in the language of the window or of --lang
_TEST_SUBJECT = QT_TRANSLATE_NOOP("TestMessage", "smtpdesk test message")
_TEST_BODY = QT_TRANSLATE_NOOP(
    "TestMessage",
    "This is a test message from smtpdesk.\n\nYour outgoing mail settings work: "
    "profile {profile}, server {host}:{port} ({encryption}).\nYou can delete "
    "this message.\n",
)
_ENCRYPTION_NAMES = {
    "none": QT_TRANSLATE_NOOP("TestMessage", "no encryption"),
    "ssl": "SSL/TLS",
    "starttls": "STARTTLS",
}


def _translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def stage_name(stage: str) -> str:
    return _translate("Stage", _STAGES.get(stage, stage))


# a profile that allows self-signed certificates, and no certificate accepted yet for the
# server: only a Verify the user confirms pins one (batches and test sends never do)
_UNPINNED = (
    QT_TRANSLATE_NOOP(
        "Hint",
        "No certificate of {host} has been accepted yet, and a batch never accepts one on its own.",
    ),
    QT_TRANSLATE_NOOP(
        "Hint",
        "Press Verify first: it shows the server's certificate and "
        "asks whether you trust it (on the command line: smtpdesk "
        "verify --trust-certificate with its SHA-256).",
    ),
)


def hint_parts(
    code: str,
    *,
    oauth: bool = False,
    cause: str | None = None,
    self_signed: bool = False,
    provider: str | None = None,
    **params: object,
) -> tuple[str, str]:
    """(what happened, next step), translated, with {host} {port} {user} {to} {sender} filled.
    `oauth`: the profile signs in with OAuth2 (another hint for `auth_failed`); `cause`: the
    Diagnosis's cause (`dns_failed`: "offline" or "unknown_name"); `self_signed`: the
    profile allows self-signed certificates (another hint for an untrusted one); `provider`:
    the id of the known provider whose server it is (profile_params() finds it), whose own
    step replaces the general one (follows it for `ok` and `auth_required`).

    Every placeholder the chosen sentences hold must be given: a missing one is a bug (the
    sentence would read "the server name  could not be found"), reported as a
    RuntimeWarning (an error in the tests) and shown as "?"."""
    if oauth and code == "auth_failed":
        summary, step = _OAUTH_AUTH_FAILED
    elif code == "dns_failed" and cause in _DNS_CAUSES:
        summary, step = _DNS_CAUSES[cause]
    elif self_signed and code == "certificate_untrusted":
        summary, step = _UNPINNED
    else:
        summary, step = _HINTS.get(code, _HINTS["server_error"])
    values = {k: str(v) for k, v in params.items() if v is not None and str(v) != ""}
    step = _fill(_translate("Hint", step), values)
    key = (
        None
        if (oauth and code == "auth_failed") or (self_signed and code == "certificate_untrusted")
        else provider_step(code, provider)
    )
    if key is not None:
        from smtpdesk.core.providers import load_database

        found = load_database().by_id(provider or "")
        values.setdefault("provider_name", found.display_name if found else "?")
        own = _fill(_translate("Hint", _PROVIDER_STEPS[key]), values)
        step = f"{step} {own}" if code in _PROVIDER_STEP_FOLLOWS else own
    return _fill(_translate("Hint", summary), values), step


def test_message_texts(profile) -> tuple[str, str]:
    """The Verify test message's subject and body for `profile`, translated; the body is
    escaped for verify's str.format (it holds no placeholders of its own any more)."""
    encryption = _ENCRYPTION_NAMES.get(profile.encryption, profile.encryption)
    body = _fill(
        _translate("TestMessage", _TEST_BODY),
        {
            "profile": profile.name,
            "host": profile.host,
            "port": str(profile.port),
            "encryption": _translate("TestMessage", encryption),
        },
    )
    return (_translate("TestMessage", _TEST_SUBJECT), body.replace("{", "{{").replace("}", "}}"))


class ProfileParams(TypedDict, total=False):
    """hint_parts()'s keywords that a profile gives (none without a profile)."""

    host: str
    port: int
    user: str
    sender: str
    oauth: bool
    provider: str | None


def profile_params(profile: Profile | None) -> ProfileParams:
    """What a profile gives hint_parts(): {host} {port} {user} {sender} and `oauth`."""
    if profile is None:
        return {}
    return {
        "host": profile.host,
        "port": profile.port,
        "user": profile.login_name,
        "sender": profile.sender,
        "oauth": profile.auth_method == "oauth2",
        "provider": provider_of(profile.host, profile.sender),
    }


def provider_of(host: str | None, sender: str | None) -> str | None:
    """The id of the known provider whose server `host` is (for hint_parts' `provider`)."""
    from smtpdesk.core.providers import load_database

    try:
        serving = load_database().serving(host, sender)
    except (OSError, ValueError):  # no bundled database: the general steps
        return None
    return serving.id if serving else None


def placeholders(text: str) -> set[str]:
    """The {name} fields of a str.format text."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _fill(text: str, values: dict[str, str]) -> str:
    missing = placeholders(text) - set(values)
    if missing:
        warnings.warn(f"shown without {sorted(missing)}: {text!r}", RuntimeWarning, stacklevel=3)
        values = {**values, **{name: "?" for name in missing}}
    return text.format(**values)


def all_codes() -> list[str]:
    return list(_HINTS)


def all_hint_sources() -> list[str]:
    """Every hint sentence as written in the source (for the placeholder checks)."""
    pairs = [*_HINTS.values(), *_DNS_CAUSES.values(), _OAUTH_AUTH_FAILED]
    return [text for pair in pairs for text in pair] + list(_PROVIDER_STEPS.values())
