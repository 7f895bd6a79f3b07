"""The words for the incoming server's codes (`smtpdesk.core.mailbox`), for the CLI and the
window alike (context "Mailbox")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smtpdesk.i18n import QT_TRANSLATE_NOOP

_ERRORS = {
    "no_imap": QT_TRANSLATE_NOOP(
        "Mailbox",
        "This profile has no incoming server (IMAP). Add imap_host (and "
        "imap_port, imap_encryption) to its profile file to read bounces and keep "
        "copies in Sent.",
    ),
    "dns_failed": QT_TRANSLATE_NOOP("Mailbox", "The incoming server {host} could not be found."),
    "connection_refused": QT_TRANSLATE_NOOP(
        "Mailbox",
        "Nothing answers at {host} on port {port}. Check the incoming server and "
        "its port (993 for SSL/TLS, 143 for STARTTLS).",
    ),
    "timeout": QT_TRANSLATE_NOOP("Mailbox", "The incoming server {host} did not answer in time."),
    "starttls_unavailable": QT_TRANSLATE_NOOP(
        "Mailbox",
        "The incoming server {host} does not offer STARTTLS, and smtpdesk never "
        "signs in without encryption. Choose SSL/TLS and port 993.",
    ),
    "certificate_untrusted": QT_TRANSLATE_NOOP(
        "Mailbox", "The certificate of the incoming server {host} is not trusted."
    ),
    "hostname_mismatch": QT_TRANSLATE_NOOP(
        "Mailbox", "The certificate of the incoming server is issued for another name than {host}."
    ),
    "tls_failed": QT_TRANSLATE_NOOP(
        "Mailbox",
        "The encrypted connection to {host} failed. Check that SSL/TLS or "
        "STARTTLS matches the port.",
    ),
    "auth_failed": QT_TRANSLATE_NOOP(
        "Mailbox",
        "The incoming server refused the user name or password (the same ones as for sending).",
    ),
    "auth_unavailable": QT_TRANSLATE_NOOP(
        "Mailbox", "The incoming server offers no way to sign in that smtpdesk can use."
    ),
    "no_sent_folder": QT_TRANSLATE_NOOP("Mailbox", "No Sent folder was found in the mailbox."),
    "server_error": QT_TRANSLATE_NOOP("Mailbox", "The incoming server reported a problem."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Mailbox", text)


def error_words(code: str, host: str = "", port: int | str = "") -> str:
    text = _ERRORS.get(code, _ERRORS["server_error"])
    return _tr(text).format(host=host, port=port)  # texts formatted here (test_texts)


def summary_words(reports: int, bounced: int, delayed: int) -> str:
    """One line for the CLI and the window; counts after a colon need no plural forms."""
    return _tr(
        QT_TRANSLATE_NOOP(
            "Mailbox",
            "Delivery reports read: {reports}. Bounced: {bounced}. Delayed (still "
            "being retried, not counted as bounces): {delayed}.",
        )
    ).format(reports=reports, bounced=bounced, delayed=delayed)


def moved_words(folder: str, moved: int) -> str:
    return _tr(QT_TRANSLATE_NOOP("Mailbox", "Reports moved to {folder}: {moved}.")).format(
        folder=folder, moved=moved
    )


_KINDS = {
    "bounced": QT_TRANSLATE_NOOP("Mailbox", "bounced"),
    "delayed": QT_TRANSLATE_NOOP("Mailbox", "delayed"),
}


def kind_words(kind: str) -> str:
    """A matched report's kind, as the CLI lists them."""
    return _tr(_KINDS[kind]) if kind in _KINDS else kind
