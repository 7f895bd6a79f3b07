"""The signing certificate's problems (the core's `smime_*` codes) in the user's words, for
the settings form, the batch page and the command line alike (QtCore only, like texts.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smtpdesk.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "SmimeRow"  # where the catalogues have kept these words since the settings form

_PROBLEMS = {
    "smime_file_missing": QT_TRANSLATE_NOOP(
        "SmimeRow", "The signing certificate file cannot be found or read."
    ),
    "smime_unreadable": QT_TRANSLATE_NOOP(
        "SmimeRow", "This is not a PKCS#12 certificate file (.p12, .pfx)."
    ),
    "smime_password_missing": QT_TRANSLATE_NOOP(
        "SmimeRow", "The signing certificate needs its password."
    ),
    "smime_wrong_password": QT_TRANSLATE_NOOP(
        "SmimeRow", "The password of the signing certificate is wrong."
    ),
    "smime_no_key": QT_TRANSLATE_NOOP(
        "SmimeRow",
        "The file holds no private key for its certificate. Export the "
        "certificate again together with its private key.",
    ),
    "smime_unsupported_key": QT_TRANSLATE_NOOP(
        "SmimeRow", "This kind of key cannot sign e-mail. Use an RSA or EC certificate."
    ),
    "smime_expired": QT_TRANSLATE_NOOP(
        "SmimeRow", "The signing certificate has expired. Choose a new one or remove it."
    ),
    "smime_not_yet_valid": QT_TRANSLATE_NOOP(
        "SmimeRow", "The signing certificate is not valid yet."
    ),
    "smime_keyring_unavailable": QT_TRANSLATE_NOOP(
        "SmimeRow",
        "This computer has no keyring (password store) for the certificate's "
        "password. Enter it in Settings (it is kept until smtpdesk closes) or "
        "set the environment variable SMTPDESK_SMIME_PASSWORD.",
    ),
    "smime_session_only": QT_TRANSLATE_NOOP(
        "SmimeRow",
        "This computer has no keyring (password store): the certificate's "
        "password is kept only until smtpdesk closes.",
    ),
}


def problem_text(code: str) -> str:
    """The translated sentence for an `smime_*` code (also used by the batch page)."""
    return QCoreApplication.translate(_CONTEXT, _PROBLEMS[code]) if code in _PROBLEMS else ""
