"""`smtpdesk bounces BATCH_ID [--move-to FOLDER] [--json]` (CONTRACT §1): delivery reports
read from the profile's inbox (IMAP), matched to the batch's rows, those rows `bounced`."""

from __future__ import annotations

import argparse
import asyncio

from smtpdesk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Output,
    UsageError,
    add_json_option,
    add_password_option,
    credentials_for,
    tr,
)
from smtpdesk.i18n import QT_TRANSLATE_NOOP

_SERVER_FAILED = EXIT_FAILED  # the incoming server could not be read (not in CONTRACT yet)


def cmd_bounces(args: argparse.Namespace, out: Output) -> int:
    from smtpdesk import mailbox_texts
    from smtpdesk.cli.batch import _no_batch, _profile_for_batch
    from smtpdesk.core import mailbox
    from smtpdesk.core.queue import BatchNotFound, Queue

    queue = Queue()
    try:
        batch = queue.batch(args.batch)
    except BatchNotFound:
        raise UsageError(_no_batch(args.batch)) from None
    profile = _profile_for_batch(batch, args)
    if not mailbox.has_imap(profile):
        message = mailbox_texts.error_words("no_imap")
        raise UsageError(message, [{"field": "imap_host", "code": "no_imap", "message": message}])
    credentials = credentials_for(profile, args, out)
    try:
        result = asyncio.run(
            mailbox.check_bounces(queue, args.batch, profile, credentials, move_to=args.move_to)
        )
    except mailbox.MailboxError as exc:
        words = mailbox_texts.error_words(exc.code, profile.imap_host, profile.imap_port_or_default)
        out.warn(words + (f" ({exc.detail})" if exc.detail else ""))
        out.result(
            {
                "batch": args.batch,
                "ok": False,
                "code": exc.code,
                "message": words,
                "detail": exc.detail or None,
            }
        )
        return _SERVER_FAILED
    data = result.to_json()
    out.say(mailbox_texts.summary_words(result.reports, len(result.bounced), len(result.delayed)))
    for kind, items in (("bounced", data["bounced"]), ("delayed", data["delayed"])):
        for item in items:
            out.say(
                f"  {mailbox_texts.kind_words(kind)}  {item['row']:>6}  {item['email']}  "
                f"{item['status']}  {item['diagnostic'][:120]}"
            )
    if args.move_to:
        out.say(mailbox_texts.moved_words(args.move_to, result.moved))
    out.result(data)
    return EXIT_OK


def register(sub) -> None:
    bounces = sub.add_parser(
        "bounces",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "read delivery reports (bounces) from the inbox over IMAP and mark those rows "
                "bounced",
            )
        ),
    )
    bounces.add_argument("batch", type=int, metavar="BATCH_ID")
    bounces.add_argument(
        "--move-to",
        metavar="FOLDER",
        help=tr(
            QT_TRANSLATE_NOOP("Cli", "move the matched reports to this folder (never deleted)")
        ),
    )
    bounces.add_argument("--profile", metavar="NAME", help=argparse.SUPPRESS)
    bounces.add_argument("--profile-file", metavar="FILE", help=argparse.SUPPRESS)
    add_password_option(bounces)
    add_json_option(bounces)
    bounces.set_defaults(func=cmd_bounces)
