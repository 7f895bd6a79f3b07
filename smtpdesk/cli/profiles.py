"""`smtpdesk profiles`: list, import, delete, set-password."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from smtpdesk.cli.common import (
    EXIT_OK,
    Output,
    Parser,
    UsageError,
    profile_error_json,
    read_stdin_password,
    tr,
)


def register(sub) -> None:
    profiles = sub.add_parser("profiles", help="list, import, delete profiles")
    profiles.add_argument("--json", action="store_true")
    profiles.set_defaults(func=cmd_profiles, action="list")
    actions = profiles.add_subparsers(dest="action", parser_class=Parser)
    imp = actions.add_parser("import", help="store a profile file")
    imp.add_argument("file")
    imp.add_argument("--name")
    imp.add_argument("--json", action="store_true")
    delete = actions.add_parser("delete", help="delete a stored profile")
    delete.add_argument("name")
    delete.add_argument("--json", action="store_true")
    setpw = actions.add_parser("set-password", help="store the password in the OS keyring")
    setpw.add_argument("name")
    setpw.add_argument("--password-stdin", action="store_true")
    setpw.add_argument("--json", action="store_true")


def _profile_json(profile) -> dict:
    from smtpdesk.core import secrets

    return {
        "name": profile.name,
        "host": profile.host,
        "port": profile.port,
        "encryption": profile.encryption,
        "auth": profile.auth,
        "username": profile.username,
        "sender": profile.sender,
        "has_password": secrets.has_password(profile.name),
    }


def cmd_profiles(args: argparse.Namespace, out: Output) -> int:
    from smtpdesk.core import secrets
    from smtpdesk.core.profile import ProfileError, ProfileNotFound, ProfileStore

    store = ProfileStore()
    action = args.action
    try:
        if action == "import":
            profile = store.import_file(Path(args.file), args.name)
            out.say(
                tr(QT_TRANSLATE_NOOP("Cli", "Profile {name} stored.")).format(name=profile.name)
            )
            out.result(_profile_json(profile))
            return EXIT_OK
        if action == "delete":
            store.delete(args.name)
            out.say(tr(QT_TRANSLATE_NOOP("Cli", "Profile {name} deleted.")).format(name=args.name))
            out.result({"ok": True, "deleted": args.name})
            return EXIT_OK
        if action == "set-password":
            if not args.password_stdin:
                raise UsageError(
                    "set-password reads the password from standard input: add --password-stdin"
                )
            if not store.exists(args.name):
                raise ProfileNotFound(args.name)
            try:
                secrets.set_password(args.name, read_stdin_password())
            except secrets.KeyringUnavailable as exc:
                raise UsageError(
                    f"the system keyring is not available ({exc}); the password "
                    "can still be given with --password-stdin or "
                    "SMTPDESK_PASSWORD when sending"
                ) from None
            out.say(
                tr(
                    QT_TRANSLATE_NOOP("Cli", "Password stored in the system keyring for {name}.")
                ).format(name=args.name)
            )
            out.result({"ok": True, "name": args.name})
            return EXIT_OK
    except FileNotFoundError as exc:
        raise UsageError(f"{exc.filename}: no such file") from None
    except ProfileNotFound as exc:
        raise UsageError(str(exc)) from None
    except ProfileError as exc:
        raise UsageError(str(exc), profile_error_json(exc)) from None
    profiles, errors = store.list()
    for error in errors:
        out.warn(f"{error}")
    rows = [_profile_json(p) for p in profiles]
    if out.as_json:
        out.result(rows)
    elif not rows:
        out.say(
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli", "No profiles yet. Import one with: smtpdesk profiles import FILE"
                )
            )
        )
    for row in rows if not out.as_json else []:
        key = "✓" if row["has_password"] or not row["auth"] else " "
        out.say(
            f"{row['name']:<20} {row['host']}:{row['port']} {row['encryption']:<8} "
            f"{row['sender']}  [{key}]"
        )
    return EXIT_OK
