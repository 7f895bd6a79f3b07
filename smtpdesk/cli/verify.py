"""`smtpdesk verify` (a real test message) and `smtpdesk login` (OAuth2 in the browser)."""

from __future__ import annotations

import argparse
import asyncio
import sys

from smtpdesk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Output,
    UsageError,
    add_json_option,
    add_password_option,
    add_profile_choice,
    credentials_for,
    load_profile,
    tr,
)
from smtpdesk.i18n import QT_TRANSLATE_NOOP


def register(sub) -> None:
    verify = sub.add_parser(
        "verify",
        help=tr(QT_TRANSLATE_NOOP("Cli", "check a profile by sending a real test message")),
    )
    add_profile_choice(verify)
    verify.add_argument(
        "--to",
        metavar="ADDRESS",
        help=tr(QT_TRANSLATE_NOOP("Cli", "where the test message goes (default: the sender)")),
    )
    verify.add_argument(
        "--transcript",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "print the dialogue with the server")),
    )
    verify.add_argument(
        "--trust-certificate",
        metavar="SHA256",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "accept (pin) the server's self-signed certificate with this SHA-256 "
                "fingerprint (64 hex digits; colons and case ignored)",
            )
        ),
    )
    add_password_option(verify)
    add_json_option(verify)
    verify.set_defaults(func=cmd_verify)


def register_login(sub) -> None:
    login = sub.add_parser(
        "login",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "sign in with Google or Microsoft (OAuth2) in the browser and keep the sign-in "
                "in the system keyring",
            )
        ),
    )
    add_profile_choice(login)
    add_json_option(login)
    login.set_defaults(func=cmd_login)


def cmd_verify(args: argparse.Namespace, out: Output) -> int:
    from smtpdesk import texts
    from smtpdesk.core.address import AddressError, parse_address
    from smtpdesk.core.verify import verify

    profile = load_profile(args)
    if args.to:
        try:
            parse_address(args.to)
        except AddressError as exc:
            from smtpdesk.profile_words import address_words

            message = "--to: " + address_words(exc.code, args.to)
            raise UsageError(
                message, [{"field": "to", "code": exc.code, "message": message}]
            ) from None
    if args.trust_certificate:
        from smtpdesk.core.transport import fingerprint

        try:
            fingerprint(args.trust_certificate)
        except ValueError:
            message = "--trust-certificate: " + tr(
                QT_TRANSLATE_NOOP("Cli", "this is not a SHA-256 fingerprint (64 hex digits)")
            )
            raise UsageError(
                message,
                [{"field": "trust_certificate", "code": "bad_fingerprint", "message": message}],
            ) from None
    credentials = credentials_for(profile, args, out)

    def on_stage(stage: str, status: str) -> None:
        if status in ("ok", "fail") and stage != "done" and not out.as_json:
            mark = "✓" if status == "ok" else "✗"
            print(f"  {mark} {texts.stage_name(stage)}", file=sys.stderr, flush=True)

    from smtpdesk.core.smime import SmimeError

    try:
        subject, body = texts.test_message_texts(profile)
        result = asyncio.run(
            verify(
                profile,
                credentials,
                to=args.to,
                on_stage=on_stage,
                subject=subject,
                body=body,
                trust_sha256=args.trust_certificate,
            )
        )
    except SmimeError as exc:  # the signing certificate: nothing was sent
        from smtpdesk.smime_words import problem_text

        message = f"S/MIME {profile.smime_pkcs12}: {problem_text(exc.code) or exc.code}"
        raise UsageError(message, [{**exc.to_json(), "message": message}]) from None
    d = result.diagnosis
    if getattr(args, "profile", None):  # a stored profile: the window shows its last verify
        import contextlib

        from smtpdesk.core import verified

        with contextlib.suppress(OSError):
            verified.record(profile, d)
    # without --trust-certificate, a self-signed certificate is never pinned: say how
    unpinned = profile.allow_self_signed and not args.trust_certificate
    summary, step = texts.hint_parts(
        d.code, cause=d.cause, to=result.to, self_signed=unpinned, **texts.profile_params(profile)
    )
    if d.code == "certificate_untrusted" and unpinned and result.certificate:
        step += " SHA-256: " + result.certificate.sha256
    if result.pinned_now and result.certificate:
        out.warn(
            tr(
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
                + tr(QT_TRANSLATE_NOOP("Cli", "Server reply:"))
                + f" {d.smtp_code or ''} {d.server_message or ''}".rstrip()
            )
        elif d.detail:
            out.say(f"  ({d.detail})")
        if args.transcript:
            out.say()
            for line in result.transcript:
                out.say(line)
    return EXIT_OK if d.ok else EXIT_FAILED


def cmd_login(args: argparse.Namespace, out: Output) -> int:
    import webbrowser

    from smtpdesk.core import oauth

    profile = load_profile(args)
    if profile.auth_method != "oauth2":
        message = tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "The profile {name} signs in with a password; to sign in with Google or "
                'Microsoft, set auth_method = "oauth2" and oauth_provider in it.',
            )
        ).format(name=profile.name)
        raise UsageError(
            message, [{"field": "auth_method", "code": "not_oauth2", "message": message}]
        )

    def show_url(url: str) -> None:
        out.warn(
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Opening the browser to sign in. If it does not open, visit this address:",
                )
            )
        )
        out.warn(url)

    pages = {
        "done": (
            tr(QT_TRANSLATE_NOOP("Cli", "Signed in")),
            tr(QT_TRANSLATE_NOOP("Cli", "smtpdesk is signed in. You can close this tab.")),
        ),
        "error": (
            tr(QT_TRANSLATE_NOOP("Cli", "Sign-in not completed")),
            tr(
                QT_TRANSLATE_NOOP(
                    "Cli", "smtpdesk was not signed in. You can close this tab and try again."
                )
            ),
        ),
    }
    try:
        result = asyncio.run(
            oauth.sign_in(profile, open_browser=webbrowser.open, on_url=show_url, pages=pages)
        )
    except oauth.OAuthError as exc:
        if exc.code == "config":
            message = tr(
                QT_TRANSLATE_NOOP(
                    "Cli", "The profile's sign-in settings cannot be used ({reason})."
                )
            ).format(reason=exc.reason)
            raise UsageError(
                message, [{"field": "oauth", "code": exc.reason, "message": message}]
            ) from None
        message = {
            "cancelled": QT_TRANSLATE_NOOP("Cli", "Sign-in was declined in the browser."),
            "timeout": QT_TRANSLATE_NOOP("Cli", "Sign-in was not finished in time."),
            "auth_failed": QT_TRANSLATE_NOOP("Cli", "The provider refused the sign-in."),
        }.get(exc.code, QT_TRANSLATE_NOOP("Cli", "The sign-in server could not be reached."))
        out.say(f"✗ {tr(message)} ({exc.reason})")
        out.result(
            {
                "ok": False,
                "profile": profile.name,
                "code": exc.code,
                "reason": exc.reason,
                "message": tr(message),
            }
        )
        return EXIT_FAILED
    if result.account:
        out.say(
            "✓ "
            + tr(QT_TRANSLATE_NOOP("Cli", "Signed in as {account}.")).format(account=result.account)
        )
    else:
        out.say("✓ " + tr(QT_TRANSLATE_NOOP("Cli", "Signed in.")))
    out.result({"ok": True, "profile": profile.name, "account": result.account})
    return EXIT_OK
