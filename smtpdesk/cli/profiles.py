"""`smtpdesk profiles`: list, import, delete, set-password."""

from __future__ import annotations

import argparse
from pathlib import Path

from smtpdesk import profile_words
from smtpdesk.cli.common import (
    EXIT_OK,
    Output,
    Parser,
    UsageError,
    add_json_option,
    add_password_option,
    not_found_words,
    profile_error_json,
    read_stdin_password,
    tr,
)
from smtpdesk.i18n import QT_TRANSLATE_NOOP


def register(sub) -> None:
    profiles = sub.add_parser(
        "profiles", help=tr(QT_TRANSLATE_NOOP("Cli", "list, import, delete profiles"))
    )
    add_json_option(profiles)
    profiles.set_defaults(func=cmd_profiles, action="list")
    actions = profiles.add_subparsers(dest="action", parser_class=Parser, metavar="ACTION")
    imp = actions.add_parser("import", help=tr(QT_TRANSLATE_NOOP("Cli", "store a profile file")))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--name", metavar="NAME", help=tr(QT_TRANSLATE_NOOP("Cli", "store it under this name"))
    )
    add_json_option(imp)
    delete = actions.add_parser(
        "delete", help=tr(QT_TRANSLATE_NOOP("Cli", "delete a stored profile"))
    )
    delete.add_argument("name", metavar="NAME")
    add_json_option(delete)
    setpw = actions.add_parser(
        "set-password",
        help=tr(QT_TRANSLATE_NOOP("Cli", "store the password in the system keyring")),
    )
    setpw.add_argument("name", metavar="NAME")
    add_password_option(setpw)
    add_json_option(setpw)


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
                    tr(
                        QT_TRANSLATE_NOOP(
                            "Cli",
                            "set-password reads the password from standard input: add "
                            "--password-stdin.",
                        )
                    )
                )
            if not store.exists(args.name):
                raise ProfileNotFound(args.name)
            try:
                secrets.set_password(args.name, read_stdin_password())
            except secrets.KeyringUnavailable:
                raise UsageError(
                    tr(
                        QT_TRANSLATE_NOOP(
                            "Cli",
                            "The system keyring is not available; the password can still be "
                            "given with --password-stdin or SMTPDESK_PASSWORD when sending.",
                        )
                    )
                ) from None
            out.say(
                tr(
                    QT_TRANSLATE_NOOP("Cli", "Password stored in the system keyring for {name}.")
                ).format(name=args.name)
            )
            out.result({"ok": True, "name": args.name})
            return EXIT_OK
    except FileNotFoundError as exc:
        raise UsageError(
            tr(QT_TRANSLATE_NOOP("Cli", "{file}: the file does not exist.")).format(
                file=exc.filename
            )
        ) from None
    except ProfileNotFound as exc:
        message = not_found_words(exc.name)
        raise UsageError(
            message, [{"field": "profile", "code": "not_found", "message": message}]
        ) from None
    except ProfileError as exc:
        raise UsageError(profile_words.error_words(exc), profile_error_json(exc)) from None
    profiles, errors = store.list()
    for error in errors:
        out.warn(profile_words.error_words(error))
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
