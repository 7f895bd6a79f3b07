"""A profile's problems (the core's FieldError codes), an address's (AddressError codes) and a
message's (ComposeError, TextFileError codes) in the user's words, for the command line and
the window alike (QtCore only, like texts.py). The core's own `message` is for logs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smtpdesk import smime_words
from smtpdesk.core import profile as profiles
from smtpdesk.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "ProfileWords"
_CHOICES = {
    "encryption": profiles.ENCRYPTIONS,
    "imap_encryption": profiles.IMAP_ENCRYPTIONS,
    "auth_method": profiles.AUTH_METHODS,
    "oauth_provider": profiles.OAUTH_PROVIDERS,
}

# a profile key's problem, per FieldError code (bad_choice: code_words)
_FIELD = {
    "required": QT_TRANSLATE_NOOP("ProfileWords", "missing or empty"),
    "bad_name": QT_TRANSLATE_NOOP(
        "ProfileWords",
        'this name cannot be used: a name cannot contain < > : " / \\ | ? * '
        "or start or end with a space, and cannot be a name Windows keeps for itself",
    ),
    "bad_host": QT_TRANSLATE_NOOP(
        "ProfileWords", "this is not a server name (write it like smtp.example.com)"
    ),
    "bad_port": QT_TRANSLATE_NOOP("ProfileWords", "the port must be a number from 1 to 65535"),
    "bad_address": QT_TRANSLATE_NOOP("ProfileWords", "this is not an e-mail address"),
    "bad_username": QT_TRANSLATE_NOOP("ProfileWords", "the user name starts or ends with a space"),
    "bad_limit": QT_TRANSLATE_NOOP("ProfileWords", "must be a whole number above 0"),
    "bad_timeout": QT_TRANSLATE_NOOP("ProfileWords", "must be a number of seconds from 1 to 600"),
    "imap_required": QT_TRANSLATE_NOOP("ProfileWords", "needs the incoming server (imap_host)"),
    "bad_url": QT_TRANSLATE_NOOP("ProfileWords", "must be an https:// address"),
    "bad_tenant": QT_TRANSLATE_NOOP(
        "ProfileWords", "must be a tenant ID, a domain, common, organizations or consumers"
    ),
    "unknown_key": QT_TRANSLATE_NOOP("ProfileWords", "smtpdesk does not know this key"),
    "bad_type": QT_TRANSLATE_NOOP(
        "ProfileWords",
        "the value has the wrong type (a whole number, true or false, or text in quotes)",
    ),
    "unreadable": QT_TRANSLATE_NOOP("ProfileWords", "the file cannot be read"),
    "bad_toml": QT_TRANSLATE_NOOP("ProfileWords", "the file is not a valid profile (TOML)"),
    "too_deep": QT_TRANSLATE_NOOP(
        "ProfileWords", "the file is nested too deeply to be a profile (brackets within brackets)"
    ),
}

# a message that cannot be built, per ComposeError code (smime_* codes: smime_words)
_COMPOSE = {
    "bad_address": QT_TRANSLATE_NOOP("ProfileWords", "an address in the message is not valid"),
    "control_character": QT_TRANSLATE_NOOP(
        "ProfileWords", "a line break or a control character would land in a header"
    ),
    "bad_text": QT_TRANSLATE_NOOP("ProfileWords", "text that cannot be written as UTF-8"),
    "missing_attachment": QT_TRANSLATE_NOOP("ProfileWords", "an attachment cannot be read"),
    "attachment_not_a_file": QT_TRANSLATE_NOOP(
        "ProfileWords", "an attachment is a folder or a device, not a file"
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def code_words(code: str, field: str = "") -> str:
    """One profile key's problem, without the key's name."""
    if code == "bad_choice":
        return _tr(QT_TRANSLATE_NOOP("ProfileWords", "use one of: {choices}")).format(
            choices=", ".join(_CHOICES.get(field, ()))
        )
    return _tr(_FIELD[code]) if code in _FIELD else code


def field_words(error) -> str:
    """A FieldError as `key: problem` (the key is the profile file's own word)."""
    return f"{error.field}: {code_words(error.code, error.field)}"


def error_words(exc) -> str:
    """A ProfileError with where it is: `file, line N: key: problem; …`."""
    detail = "; ".join(field_words(e) for e in exc.errors)
    if exc.path and exc.line:
        where = _tr(QT_TRANSLATE_NOOP("ProfileWords", "{file}, line {line}")).format(
            file=exc.path, line=exc.line
        )
    else:
        where = str(exc.path) if exc.path else _tr(QT_TRANSLATE_NOOP("ProfileWords", "profile"))
    return f"{where}: {detail}"


def address_words(code: str, text: str) -> str:
    """An AddressError's code for the text that was given."""
    if code == "empty":
        return _tr(QT_TRANSLATE_NOOP("ProfileWords", "no address given"))
    if code == "bad_domain":
        return _tr(
            QT_TRANSLATE_NOOP("ProfileWords", "“{address}” has no valid domain after the @")
        ).format(address=text)
    return _tr(
        QT_TRANSLATE_NOOP("ProfileWords", "“{address}” is not a valid e-mail address")
    ).format(address=text)


def compose_words(exc) -> str:
    """A ComposeError (a message that cannot be built) with its row."""
    code = exc.code
    if code.startswith("smime_"):
        words = smime_words.problem_text(code)
    elif code == "unknown_placeholder":
        words = QCoreApplication.translate("Recipients", "There is no column named {name}").format(
            name=exc.column
        )
    else:
        words = _tr(_COMPOSE.get("bad_address" if code in ("bad_domain", "empty") else code, code))
    if exc.row is not None:
        return QCoreApplication.translate("Recipients", "row {row}: {problem}").format(
            row=exc.row, problem=words
        )
    return words


def text_file_words(exc, path: object) -> str:
    """A TextFileError (the body or the HTML file) with the file's name."""
    if exc.code == "unreadable":
        return _tr(QT_TRANSLATE_NOOP("ProfileWords", "The file {file} cannot be read.")).format(
            file=path
        )
    if exc.code == "not_text":
        return _tr(QT_TRANSLATE_NOOP("ProfileWords", "The file {file} is not a text file.")).format(
            file=path
        )
    if exc.code == "mixed_encoding":
        return _tr(
            QT_TRANSLATE_NOOP(
                "ProfileWords",
                "The file {file} mixes two encodings (line {utf8} is UTF-8, line "
                "{other} is not); save it again as UTF-8.",
            )
        ).format(file=path, utf8=exc.params.get("utf8_line"), other=exc.params.get("other_line"))
    return _tr(
        QT_TRANSLATE_NOOP(
            "ProfileWords", "The file {file} is not UTF-8 text; save it again as UTF-8."
        )
    ).format(file=path)
