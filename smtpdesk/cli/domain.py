"""`smtpdesk check-domain`: will mail from this sender arrive? (CONTRACT §1 check-domain)"""

from __future__ import annotations

import argparse
import asyncio

from smtpdesk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Output,
    UsageError,
    add_json_option,
    load_profile,
    tr,
)
from smtpdesk.i18n import QT_TRANSLATE_NOOP


def register(sub) -> None:
    check = sub.add_parser(
        "check-domain",
        help=tr(
            QT_TRANSLATE_NOOP("Cli", "will mail from this sender arrive? (SPF, DKIM, DMARC, MX)")
        ),
    )
    choice = check.add_mutually_exclusive_group(required=True)
    choice.add_argument(
        "--profile", metavar="NAME", help=tr(QT_TRANSLATE_NOOP("Cli", "a stored profile"))
    )
    choice.add_argument(
        "--profile-file",
        metavar="FILE",
        help=tr(QT_TRANSLATE_NOOP("Cli", "a profile TOML file, not stored")),
    )
    choice.add_argument(
        "address",
        nargs="?",
        metavar="ADDRESS",
        help=tr(QT_TRANSLATE_NOOP("Cli", "a sender address (its provider's server, if known)")),
    )
    add_json_option(check)
    check.set_defaults(func=cmd_check_domain)


def cmd_check_domain(args: argparse.Namespace, out: Output) -> int:
    from smtpdesk import domain_words
    from smtpdesk.core.domaincheck import check_domain
    from smtpdesk.core.resolver import configured_server

    try:
        configured_server()
    except ValueError as exc:
        message = tr(
            QT_TRANSLATE_NOOP("Cli", "SMTPDESK_DNS is not a DNS server address ({detail}).")
        ).format(detail=exc)
        raise UsageError(message, [{"code": "bad_dns", "message": message}]) from None
    if args.address:
        sender, server = args.address, None
    else:
        profile = load_profile(args)
        sender, server = profile.sender, profile.host
    try:
        result = asyncio.run(check_domain(sender, server))
    except ValueError as exc:
        from smtpdesk.profile_words import address_words

        message = address_words(getattr(exc, "code", "bad_address"), sender)
        raise UsageError(
            message, [{"field": "address", "code": "bad_address", "message": message}]
        ) from None
    data = result.to_json(domain_words.hint)
    if out.as_json:
        out.result(data)
    else:
        server_line = data["domain"]
        if data["server"]:
            server_line += f" — {data['server']}"
            if data["addresses"]:
                server_line += f" ({', '.join(data['addresses'])})"
        out.say(server_line)
        out.say(domain_words.verdict_text(data["verdict"]))
        for finding in data["findings"]:
            out.say(
                f"  {domain_words.severity_text(finding['severity'])} "
                f"[{finding['code']}]: {finding['hint']}"
            )
            if finding["record"]:
                out.say(f"      {finding['record']}")
    return EXIT_FAILED if result.verdict == "problem" else EXIT_OK
