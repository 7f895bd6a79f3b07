"""The `smtpdesk` command: with no arguments the window, with a subcommand headless work.

Exit codes (CONTRACT §1): 0 done, 1 usage or input error (nothing sent), 2 verify failed /
detect found nothing / batch ended with failures, 3 batch stopped with work left, 130
interrupted. With `--json` the last line on stdout is one JSON value; words go to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any, NoReturn

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from smtpdesk import __version__

EXIT_OK, EXIT_INPUT, EXIT_FAILED, EXIT_LATER, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class UsageError(Exception):
    """Bad arguments or input: exit 1 with one line that says what and where."""

    def __init__(self, message: str, errors: list[dict] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or [{"code": "usage", "message": message}]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's own exit 2 becomes 1
        raise UsageError(f"{self.prog}: {message}")


def _tr(text: str, n: int = -1) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("Cli", ...)."""
    return QCoreApplication.translate("Cli", text, None, n)


def _pop_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """`--lang X` may stand before or after the subcommand."""
    from smtpdesk.i18n import LANGUAGES

    lang, rest, i = None, [], 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--lang" or arg.startswith("--lang="):
            if "=" in arg:
                value = arg.split("=", 1)[1]
            elif i + 1 < len(argv):
                value, i = argv[i + 1], i + 1
            else:
                raise UsageError("smtpdesk: --lang needs one of: " + ", ".join(LANGUAGES))
            if value not in LANGUAGES:
                raise UsageError(
                    f"smtpdesk: unknown language {value!r}; use one of: " + ", ".join(LANGUAGES)
                )
            lang = value
        else:
            rest.append(arg)
        i += 1
    return lang, rest


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


# -- profiles and passwords ---------------------------------------------------------------


def _profile_error_json(exc) -> list[dict]:
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
        raise UsageError(str(exc), _profile_error_json(exc)) from None


def _run_guarded(args: argparse.Namespace, out: Output) -> int:
    """The command, with damaged data on disk turned into one clear line (exit 1)."""
    from smtpdesk.core.queue import QueueDamaged, QueueWriteFailed

    try:
        return args.func(args, out)
    except QueueWriteFailed as exc:
        message = (f"the batch database {exc.path} cannot be written ({exc.reason}); free "
                   "some disk space, then run the command again")
        raise UsageError(message, [{"code": "queue_write_failed", "file": str(exc.path),
                                    "message": message}]) from None
    except QueueDamaged as exc:
        message = (f"the batch database {exc.path} cannot be used ({exc.reason}); move it "
                   "aside (rename it) and smtpdesk starts a new one; nothing was sent")
        raise UsageError(message, [{"code": "queue_damaged", "file": str(exc.path),
                                    "message": message}]) from None


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
        out.warn(_tr(QT_TRANSLATE_NOOP("Cli", "Warning: the password is sent without encryption.")))
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


# -- commands -----------------------------------------------------------------------------


def cmd_login(args: argparse.Namespace, out: Output) -> int:
    import webbrowser

    from smtpdesk.core import oauth

    profile = load_profile(args)
    if profile.auth_method != "oauth2":
        raise UsageError(
            f"profile {profile.name!r} signs in with a password; set auth_method = \"oauth2\" "
            "and oauth_provider to sign in with Google or Microsoft",
            [{"field": "auth_method", "code": "not_oauth2", "message": "not an OAuth2 profile"}],
        )

    def show_url(url: str) -> None:
        out.warn(_tr(QT_TRANSLATE_NOOP("Cli", "Opening the browser to sign in. If it does not "
                                              "open, visit this address:")))
        out.warn(url)

    pages = {
        "done": (_tr(QT_TRANSLATE_NOOP("Cli", "Signed in")),
                 _tr(QT_TRANSLATE_NOOP("Cli", "smtpdesk is signed in. You can close this "
                                              "tab."))),
        "error": (_tr(QT_TRANSLATE_NOOP("Cli", "Sign-in not completed")),
                  _tr(QT_TRANSLATE_NOOP("Cli", "smtpdesk was not signed in. You can close "
                                               "this tab and try again."))),
    }
    try:
        result = asyncio.run(oauth.sign_in(profile, open_browser=webbrowser.open,
                                           on_url=show_url, pages=pages))
    except oauth.OAuthError as exc:
        if exc.code == "config":
            raise UsageError(str(exc), [{"field": "oauth", "code": exc.reason,
                                         "message": str(exc)}]) from None
        message = {
            "cancelled": QT_TRANSLATE_NOOP("Cli", "Sign-in was declined in the browser."),
            "timeout": QT_TRANSLATE_NOOP("Cli", "Sign-in was not finished in time."),
            "auth_failed": QT_TRANSLATE_NOOP("Cli", "The provider refused the sign-in."),
        }.get(exc.code, QT_TRANSLATE_NOOP("Cli", "The sign-in server could not be reached."))
        out.say(f"✗ {_tr(message)} ({exc})")
        out.result({"ok": False, "profile": profile.name, "code": exc.code,
                    "reason": exc.reason, "message": str(exc)})
        return EXIT_FAILED
    if result.account:
        out.say("✓ " + _tr(QT_TRANSLATE_NOOP("Cli", "Signed in as {account}.")).format(
            account=result.account))
    else:
        out.say("✓ " + _tr(QT_TRANSLATE_NOOP("Cli", "Signed in.")))
    out.result({"ok": True, "profile": profile.name, "account": result.account})
    return EXIT_OK



def cmd_verify(args: argparse.Namespace, out: Output) -> int:
    from smtpdesk import texts
    from smtpdesk.core.address import AddressError, parse_address
    from smtpdesk.core.verify import verify

    profile = load_profile(args)
    if args.to:
        try:
            parse_address(args.to)
        except AddressError as exc:
            raise UsageError(
                f"--to: {exc}", [{"field": "to", "code": exc.code, "message": str(exc)}]
            ) from None
    if args.trust_certificate:
        from smtpdesk.core.transport import fingerprint

        try:
            fingerprint(args.trust_certificate)
        except ValueError as exc:
            raise UsageError(f"--trust-certificate: {exc}", [
                {"field": "trust_certificate", "code": "bad_fingerprint",
                 "message": str(exc)}]) from None
    credentials = credentials_for(profile, args, out)

    def on_stage(stage: str, status: str) -> None:
        if status in ("ok", "fail") and stage != "done" and not out.as_json:
            mark = "✓" if status == "ok" else "✗"
            print(f"  {mark} {texts.stage_name(stage)}", file=sys.stderr, flush=True)

    from smtpdesk.core.smime import SmimeError

    try:
        subject, body = texts.test_message_texts(profile)
        result = asyncio.run(verify(profile, credentials, to=args.to, on_stage=on_stage,
                                    subject=subject, body=body,
                                    trust_sha256=args.trust_certificate))
    except SmimeError as exc:  # the signing certificate: nothing was sent
        raise UsageError(f"S/MIME certificate {profile.smime_pkcs12}: {exc.message}",
                         [exc.to_json()]) from None
    d = result.diagnosis
    if getattr(args, "profile", None):  # a stored profile: the window shows its last verify
        import contextlib

        from smtpdesk.core import verified

        with contextlib.suppress(OSError):
            verified.record(profile, d)
    # without --trust-certificate, a self-signed certificate is never pinned: say how
    unpinned = profile.allow_self_signed and not args.trust_certificate
    summary, step = texts.hint_parts(d.code, cause=d.cause, to=result.to,
                                     self_signed=unpinned, **texts.profile_params(profile))
    if d.code == "certificate_untrusted" and unpinned and result.certificate:
        step += " SHA-256: " + result.certificate.sha256
    if result.pinned_now and result.certificate:
        out.warn(
            _tr(
                QT_TRANSLATE_NOOP(
                    "Cli", "Certificate accepted and pinned for {host}:{port}: SHA-256 {sha}"
                )
            ).format(host=profile.host, port=profile.port, sha=result.certificate.sha256)
        )
    if out.as_json:
        data = result.to_json()
        data["hint"] = f"{summary} {step}"
        out.result(data)
    else:
        mark = "✓" if d.ok else "✗"
        out.say(f"{mark} {summary}")
        out.say(f"  {step}")
        if not d.ok:
            out.say(f"  [{texts.stage_name(d.stage)}: {d.code}]")
        if d.smtp_code is not None or d.server_message:
            out.say(
                "  "
                + _tr(QT_TRANSLATE_NOOP("Cli", "Server reply:"))
                + f" {d.smtp_code or ''} {d.server_message or ''}".rstrip()
            )
        elif d.detail:
            out.say(f"  ({d.detail})")
        if args.transcript:
            out.say()
            for line in result.transcript:
                out.say(line)
    return EXIT_OK if d.ok else EXIT_FAILED


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
                _tr(QT_TRANSLATE_NOOP("Cli", "Profile {name} stored.")).format(name=profile.name)
            )
            out.result(_profile_json(profile))
            return EXIT_OK
        if action == "delete":
            store.delete(args.name)
            out.say(_tr(QT_TRANSLATE_NOOP("Cli", "Profile {name} deleted.")).format(name=args.name))
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
                _tr(
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
        raise UsageError(str(exc), _profile_error_json(exc)) from None
    profiles, errors = store.list()
    for error in errors:
        out.warn(f"{error}")
    rows = [_profile_json(p) for p in profiles]
    if out.as_json:
        out.result(rows)
    elif not rows:
        out.say(
            _tr(
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


def cmd_detect(args: argparse.Namespace, out: Output) -> int:
    from smtpdesk.core import providers

    try:
        if args.probe:
            detection = asyncio.run(providers.detect(args.address, probe=True))
        else:
            detection = providers.detect_offline(args.address)
    except ValueError as exc:
        raise UsageError(
            f"{args.address!r} is not an e-mail address ({exc})",
            [{"field": "address", "code": "bad_address", "message": str(exc)}],
        ) from None
    if detection is None:
        out.say(
            _tr(QT_TRANSLATE_NOOP("Cli", "No settings found for {address}.")).format(
                address=args.address
            )
            + (
                ""
                if args.probe
                else " "
                + _tr(QT_TRANSLATE_NOOP("Cli", "Try again with --probe to ask the network."))
            )
        )
        out.result(
            {
                "address": args.address,
                "provider": None,
                "source": None,
                "host": None,
                "port": None,
                "encryption": None,
                "username": None,
                "limits": None,
                "help_url": None,
                "candidates": [],
                "confirmed": None,
            }
        )
        return EXIT_FAILED
    data = detection.to_json()
    if out.as_json:
        out.result(data)
    else:
        out.say(f"{data['provider'] or data['host']} ({data['source']})")
        out.say(
            f"  host={data['host']} port={data['port']} encryption={data['encryption']} "
            f"username={data['username']}"
        )
        if data["limits"]:
            out.say("  limits: " + ", ".join(f"{k}={v}" for k, v in data["limits"].items()
                                             if v is not None))
        if data["help_url"]:
            out.say(f"  {data['help_url']}")
        if not detection.confirmed:
            out.say("  " + _tr(QT_TRANSLATE_NOOP(
                "Cli", "The provider does not publish the port: {port} is a guess. "
                "`detect --probe` or `verify` tells whether it is right.")).format(
                    port=detection.port))
    return EXIT_OK


# -- parser -------------------------------------------------------------------------------


def _add_profile_choice(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--profile", metavar="NAME", help="a stored profile")
    group.add_argument("--profile-file", metavar="FILE", help="a profile TOML file, not stored")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="smtpdesk",
        description="Outgoing mail that works: verify your "
        "SMTP settings and send personal batches.",
    )
    parser.add_argument("--version", action="version", version=f"smtpdesk {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the window with the built-in local test inbox"
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    verify = sub.add_parser("verify", help="check a profile by sending a real test message")
    _add_profile_choice(verify)
    verify.add_argument("--to", metavar="ADDRESS", help="test recipient (default: the sender)")
    verify.add_argument("--transcript", action="store_true", help="print the dialogue")
    verify.add_argument("--trust-certificate", metavar="SHA256",
                        help="accept (pin) the server's self-signed certificate with this "
                             "SHA-256 fingerprint (64 hex digits; colons and case ignored)")
    verify.add_argument("--password-stdin", action="store_true")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=cmd_verify)

    profiles = sub.add_parser("profiles", help="list, import, delete profiles")
    profiles.add_argument("--json", action="store_true")
    profiles.set_defaults(func=cmd_profiles, action="list")
    actions = profiles.add_subparsers(dest="action", parser_class=_Parser)
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

    login = sub.add_parser("login", help="sign in with Google or Microsoft (OAuth2) in the "
                           "browser and keep the sign-in in the system keyring")
    _add_profile_choice(login)
    login.add_argument("--json", action="store_true")
    login.set_defaults(func=cmd_login)

    from smtpdesk import cli_batch  # imports this module: registered here, not at the top

    cli_batch.add_parsers(sub)

    detect = sub.add_parser("detect", help="propose settings for an address")
    detect.add_argument("address")
    detect.add_argument(
        "--probe",
        action="store_true",
        help="also ask DNS (SRV, MX) and probe the candidate servers",
    )
    detect.add_argument("--json", action="store_true")
    detect.set_defaults(func=cmd_detect)
    return parser


def _ensure_qt_core(lang: str | None) -> None:
    from PySide6.QtCore import QCoreApplication

    from smtpdesk import i18n

    if QCoreApplication.instance() is None:
        _ensure_qt_core.app = QCoreApplication([sys.argv[0] if sys.argv else "smtpdesk"])
    i18n.install(i18n.choose_language(lang))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in argv
    out = Output(as_json)
    try:
        lang, argv = _pop_lang(argv)
        if not argv or argv == ["--demo"]:
            from smtpdesk.app import main as gui_main

            return gui_main(demo=bool(argv), lang=lang)
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise UsageError("smtpdesk: choose a command (see smtpdesk --help)")
        _ensure_qt_core(lang)
        from smtpdesk import logs

        logs.setup()
        return _run_guarded(args, out)
    except UsageError as exc:
        print(
            f"smtpdesk: {exc}" if not str(exc).startswith("smtpdesk") else str(exc), file=sys.stderr
        )
        if as_json:
            print(json.dumps({"ok": False, "errors": exc.errors}, ensure_ascii=False))
        return EXIT_INPUT
    except KeyboardInterrupt:
        print(_tr(QT_TRANSLATE_NOOP("Cli", "Interrupted.")), file=sys.stderr)
        return EXIT_INTERRUPTED
