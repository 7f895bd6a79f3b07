"""`smtpdesk detect ADDRESS`: propose settings for an address."""

from __future__ import annotations

import argparse
import asyncio

from smtpdesk.cli.common import EXIT_FAILED, EXIT_OK, Output, UsageError, add_json_option, tr
from smtpdesk.i18n import QT_TRANSLATE_NOOP

# where detect's proposal came from (Detection.source, core.providers.SOURCES)
_SOURCES = {
    "database": QT_TRANSLATE_NOOP("Cli", "from the provider database"),
    "srv": QT_TRANSLATE_NOOP("Cli", "from the domain's DNS (SRV)"),
    "mx": QT_TRANSLATE_NOOP("Cli", "from the domain's mail server (MX)"),
    "probe": QT_TRANSLATE_NOOP("Cli", "found by probing"),
}


def _source_word(source: str | None) -> str:
    return tr(_SOURCES[source]) if source in _SOURCES else str(source)


def register(sub) -> None:
    detect = sub.add_parser(
        "detect", help=tr(QT_TRANSLATE_NOOP("Cli", "propose settings for an address"))
    )
    detect.add_argument("address", metavar="ADDRESS")
    detect.add_argument(
        "--probe",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "also ask DNS (SRV, MX) and probe the candidate servers")),
    )
    add_json_option(detect)
    detect.set_defaults(func=cmd_detect)


def cmd_detect(args: argparse.Namespace, out: Output) -> int:
    from smtpdesk.core import providers

    try:
        if args.probe:
            detection = asyncio.run(providers.detect(args.address, probe=True))
        else:
            detection = providers.detect_offline(args.address)
    except ValueError as exc:
        from smtpdesk.profile_words import address_words

        message = address_words(getattr(exc, "code", "bad_address"), args.address)
        raise UsageError(
            message,
            [{"field": "address", "code": "bad_address", "message": message}],
        ) from None
    if detection is None:
        out.say(
            tr(QT_TRANSLATE_NOOP("Cli", "No settings found for {address}.")).format(
                address=args.address
            )
            + (
                ""
                if args.probe
                else " "
                + tr(QT_TRANSLATE_NOOP("Cli", "Try again with --probe to ask the network."))
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
        out.say(f"{data['provider'] or data['host']} ({_source_word(data['source'])})")
        out.say(
            f"  host={data['host']} port={data['port']} encryption={data['encryption']} "
            f"username={data['username']}"
        )
        if data["limits"]:
            out.say(
                "  "
                + tr(QT_TRANSLATE_NOOP("Cli", "limits:"))
                + " "
                + ", ".join(f"{k}={v}" for k, v in data["limits"].items() if v is not None)
            )
        if data["help_url"]:
            out.say(f"  {data['help_url']}")
        if not detection.confirmed:
            out.say(
                "  "
                + tr(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "The provider does not publish the port: {port} is a guess. "
                        "`detect --probe` or `verify` tells whether it is right.",
                    )
                ).format(port=detection.port)
            )
    return EXIT_OK
