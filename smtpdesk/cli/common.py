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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

EXIT_OK, EXIT_INPUT, EXIT_FAILED, EXIT_LATER, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

__all__ = [
    "EXIT_FAILED", "EXIT_INPUT", "EXIT_INTERRUPTED", "EXIT_LATER", "EXIT_OK", "Output",
    "Parser", "UsageError", "add_profile_choice", "check_pins", "credentials_for",
    "load_profile", "profile_error_json", "read_stdin_password", "tr",
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
            "message": e.message,
        }
        for e in exc.errors
    ]


def load_profile(args: argparse.Namespace):
    from smtpdesk.core.profile import ProfileError, ProfileNotFound, ProfileStore, load_file

    try:
        if getattr(args, "profile_file", None):
            return check_pins(load_file(Path(args.profile_file)))
        return check_pins(ProfileStore().load(args.profile))
    except FileNotFoundError:
        raise UsageError(f"profile file {args.profile_file} does not exist") from None
    except ProfileNotFound as exc:
        raise UsageError(
            f"no profile named {exc.name!r} (see: smtpdesk profiles)",
            [{"field": "profile", "code": "not_found", "message": str(exc)}],
        ) from None
    except ProfileError as exc:
        raise UsageError(str(exc), profile_error_json(exc)) from None


def check_pins(profile):
    """A profile that accepts self-signed certificates needs a readable pin file: a damaged
    one is an input error naming the file, never silently replaced (nothing is sent)."""
    from smtpdesk.core.transport import PinFileError, PinStore

    if profile.allow_self_signed:
        try:
            PinStore().check()
        except PinFileError as exc:
            message = (f"the certificate pin file {exc.path} cannot be read ({exc.reason}); "
                       "move it aside and run verify again")
            raise UsageError(message, [{"field": "pins", "code": "pin_file_damaged",
                                        "file": str(exc.path), "message": message}]) from None
    return profile


def read_stdin_password() -> str:
    line = sys.stdin.readline()
    if not line:
        raise UsageError("--password-stdin given but nothing came on standard input")
    return line.rstrip("\r\n")


def credentials_for(profile, args: argparse.Namespace, out: Output):
    """Credentials for the profile, or UsageError saying where a password can come from."""
    from smtpdesk.core import batches

    given = None
    if profile.auth and profile.auth_method != "oauth2" and getattr(args, "password_stdin",
                                                                    False):
        given = read_stdin_password()
    try:
        credentials = batches.credentials_for(profile, given=given)
    except batches.NoCredentials as exc:
        raise UsageError(*_no_credentials(profile, exc)) from None
    if credentials is not None and credentials.password is not None \
            and profile.encryption == "none":
        out.warn(tr(QT_TRANSLATE_NOOP("Cli", "Warning: the password is sent without encryption.")))
    return credentials


def _no_credentials(profile, exc) -> tuple[str, list[dict]]:
    """The line and JSON errors for a missing password or sign-in."""
    if exc.code == "keyring_unavailable":
        return ("the system keyring is not available, so no stored password can be read; "
                "give the password with --password-stdin or SMTPDESK_PASSWORD",
                [{"field": "password", "code": "keyring_unavailable",
                  "message": "no keyring backend"}])
    if exc.code == "missing":
        return (f"no password for profile {profile.name!r}: store one with "
                f"'smtpdesk profiles set-password {profile.name} --password-stdin', "
                "or give it with --password-stdin or SMTPDESK_PASSWORD",
                [{"field": "password", "code": "missing", "message": "no password"}])
    if exc.params["reason"] == "not_signed_in":
        return (f"profile {profile.name!r} is not signed in: run "
                f"'smtpdesk login --profile {profile.name}' first",
                [{"field": "oauth", "code": "not_signed_in", "message": "no sign-in stored"}])
    return exc.message, [{"field": "oauth", "code": exc.params["reason"],
                          "message": exc.message}]


def add_profile_choice(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--profile", metavar="NAME", help="a stored profile")
    group.add_argument("--profile-file", metavar="FILE", help="a profile TOML file, not stored")
