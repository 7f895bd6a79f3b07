"""What every command shares: exit codes, the usage error, output, profile and password.

Exit codes (CONTRACT §1): 0 done, 1 usage or input error (nothing sent), 2 verify failed /
detect found nothing / batch ended with failures, 3 batch stopped with work left, 130
interrupted. With `--json` the last line on stdout is one JSON value; words go to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, NoReturn

from PySide6.QtCore import QCoreApplication

from smtpdesk import profile_words
from smtpdesk.i18n import QT_TRANSLATE_NOOP

EXIT_OK, EXIT_INPUT, EXIT_FAILED, EXIT_LATER, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

__all__ = [
    "EXIT_FAILED",
    "EXIT_INPUT",
    "EXIT_INTERRUPTED",
    "EXIT_LATER",
    "EXIT_OK",
    "Output",
    "Parser",
    "UsageError",
    "add_json_option",
    "add_password_option",
    "add_profile_choice",
    "check_pins",
    "credentials_for",
    "load_profile",
    "not_found_words",
    "profile_error_json",
    "read_stdin_password",
    "tr",
]


class UsageError(Exception):
    """Bad arguments or input: exit 1 with one line that says what and where."""

    def __init__(self, message: str, errors: list[dict] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or [{"code": "usage", "message": message}]


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's own exit 2 becomes 1
        raise UsageError(f"{self.prog}: {message}")


def tr(text: str, n: int = -1) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("Cli", ...)."""
    return QCoreApplication.translate("Cli", text, None, n)


class Output:
    """stdout for results (JSON last), stderr for words and progress."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def say(self, text: str = "") -> None:
        print(text, file=sys.stderr if self.as_json else sys.stdout, flush=True)

    def warn(self, text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    def result(self, value: Any) -> None:
        if self.as_json:
            print(json.dumps(value, ensure_ascii=False), flush=True)


def profile_error_json(exc) -> list[dict]:
    return [
        {
            "file": str(exc.path) if exc.path else None,
            "line": exc.line,
            "field": e.field,
            "code": e.code,
            "message": profile_words.field_words(e),
        }
        for e in exc.errors
    ]


def not_found_words(name: str) -> str:
    return tr(
        QT_TRANSLATE_NOOP("Cli", "There is no profile named {name} (see: smtpdesk profiles).")
    ).format(name=name)


def load_profile(args: argparse.Namespace):
    from smtpdesk.core.profile import ProfileError, ProfileNotFound, ProfileStore, load_file

    try:
        if getattr(args, "profile_file", None):
            return check_pins(load_file(Path(args.profile_file)))
        return check_pins(ProfileStore().load(args.profile))
    except FileNotFoundError:
        raise UsageError(
            tr(QT_TRANSLATE_NOOP("Cli", "The profile file {file} does not exist.")).format(
                file=args.profile_file
            )
        ) from None
    except ProfileNotFound as exc:
        message = not_found_words(exc.name)
        raise UsageError(
            message, [{"field": "profile", "code": "not_found", "message": message}]
        ) from None
    except ProfileError as exc:
        raise UsageError(profile_words.error_words(exc), profile_error_json(exc)) from None


def check_pins(profile):
    """A profile that accepts self-signed certificates needs a readable pin file: a damaged
    one is an input error naming the file, never silently replaced (nothing is sent)."""
    from smtpdesk.core.transport import PinFileError, PinStore

    if profile.allow_self_signed:
        try:
            PinStore().check()
        except PinFileError as exc:
            message = tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The certificate pin file {file} cannot be read ({reason}); move it "
                    "aside and run verify again.",
                )
            ).format(file=exc.path, reason=exc.reason)
            raise UsageError(
                message,
                [
                    {
                        "field": "pins",
                        "code": "pin_file_damaged",
                        "file": str(exc.path),
                        "message": message,
                    }
                ],
            ) from None
    return profile


def read_stdin_password() -> str:
    line = sys.stdin.readline()
    if not line:
        raise UsageError(
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli", "--password-stdin was given, but nothing came on standard input."
                )
            )
        )
    return line.rstrip("\r\n")


def credentials_for(profile, args: argparse.Namespace, out: Output):
    """Credentials for the profile, or UsageError saying where a password can come from."""
    from smtpdesk.core import batches

    given = None
    if profile.auth and profile.auth_method != "oauth2" and getattr(args, "password_stdin", False):
        given = read_stdin_password()
    try:
        credentials = batches.credentials_for(profile, given=given)
    except batches.NoCredentials as exc:
        raise UsageError(*_no_credentials(profile, exc)) from None
    if (
        credentials is not None
        and credentials.password is not None
        and profile.encryption == "none"
    ):
        out.warn(tr(QT_TRANSLATE_NOOP("Cli", "Warning: the password is sent without encryption.")))
    return credentials


def _no_credentials(profile, exc) -> tuple[str, list[dict]]:
    """The line and JSON errors for a missing password or sign-in."""
    if exc.code == "keyring_unavailable":
        message = tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "The system keyring is not available, so no stored password can be read; "
                "give the password with --password-stdin or SMTPDESK_PASSWORD.",
            )
        )
        return message, [{"field": "password", "code": "keyring_unavailable", "message": message}]
    if exc.code == "missing":
        message = tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "There is no password for the profile {name}: store one with "
                "“smtpdesk profiles set-password {name} --password-stdin”, or give it with "
                "--password-stdin or SMTPDESK_PASSWORD.",
            )
        ).format(name=profile.name)
        return message, [{"field": "password", "code": "missing", "message": message}]
    if exc.params["reason"] == "not_signed_in":
        message = tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "The profile {name} is not signed in: run “smtpdesk login --profile {name}” first.",
            )
        ).format(name=profile.name)
        return message, [{"field": "oauth", "code": "not_signed_in", "message": message}]
    message = tr(
        QT_TRANSLATE_NOOP(
            "Cli",
            "The sign-in of the profile {name} cannot be used ({reason}): run "
            "“smtpdesk login --profile {name}” again.",
        )
    ).format(name=profile.name, reason=exc.params["reason"])
    return message, [{"field": "oauth", "code": exc.params["reason"], "message": message}]


def add_profile_choice(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--profile", metavar="NAME", help=tr(QT_TRANSLATE_NOOP("Cli", "a stored profile"))
    )
    group.add_argument(
        "--profile-file",
        metavar="FILE",
        help=tr(QT_TRANSLATE_NOOP("Cli", "a profile TOML file, not stored")),
    )


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "the result as JSON on the last line of standard output")),
    )


def add_password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP("Cli", "read the password from the first line of standard input")
        ),
    )
