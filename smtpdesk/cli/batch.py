"""The batch commands: `send`, `resume`, `status` (CONTRACT §1)."""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from smtpdesk.cli.attachment_check import check_attachments_or_fail
from smtpdesk.cli.common import (
    EXIT_FAILED,
    EXIT_LATER,
    EXIT_OK,
    Output,
    UsageError,
    add_profile_choice,
    check_pins,
    credentials_for,
    load_profile,
)

_RATE = re.compile(r"^\s*(\d+)\s*/\s*(min|minute|m|h|hour|day|d)\s*$", re.IGNORECASE)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Batch", text, None, n)


class Batch(QObject):
    """Sentences with a count: lupdate extracts plurals only from `self.tr` in a class."""

    def dry_run(self, n: int) -> str:
        return self.tr("Dry run: %n message(s) built, nothing sent.", "", n)

    def attached(self, n: int, file: object, size: str) -> str:
        return self.tr("{file} ({size}) goes to %n recipient(s)", "", n).format(
            file=file, size=size)

    def pace(self, pace) -> str:
        """The server's pace in the unit that reads best (95 a minute, 95 an hour)."""
        if pace.span <= 60:
            return self.tr("%n message(s) a minute", "", int(pace.per_minute + 0.01))
        if pace.span <= 3600:
            return self.tr("%n message(s) an hour", "", int(pace.per_minute * 60 + 0.01))
        return self.tr("%n message(s) a day", "", int(pace.per_minute * 1440 + 0.01))

    def pace_learned(self, pace) -> str:
        return self.tr("The server refused more after %n message(s) in {window}: sending at "
                       "{pace} from now on (kept for this profile's next batches).", "",
                       pace.seen).format(window=_duration(pace.span), pace=self.pace(pace))

    def uncertain(self, n: int) -> str:
        return self.tr("%n message(s) may or may not have arrived (the connection broke after "
                       "sending). They are not sent again unless you run resume with "
                       "--resend-uncertain.", "", n)


def parse_rate(text: str) -> dict[str, int]:
    match = _RATE.match(text or "")
    if not match or int(match.group(1)) < 1:
        raise UsageError(f"--rate {text!r}: use N/min, N/h or N/day, e.g. 30/min")
    unit = match.group(2).lower()
    key = {"min": "max_per_minute", "minute": "max_per_minute", "m": "max_per_minute",
           "h": "max_per_hour", "hour": "max_per_hour", "day": "max_per_day",
           "d": "max_per_day"}[unit]
    return {key: int(match.group(1))}


def _read_text(path: str, what: str) -> str:
    from smtpdesk.core.textfile import TextFileError, read_text

    try:
        return read_text(path)
    except TextFileError as exc:
        if exc.code == "unreadable":
            raise UsageError(f"{what} {path}: {exc.params['reason']}",
                             [{"row": None, "column": what, "code": "missing_file",
                               "message": f"{path}: cannot be read"}]) from None
        raise UsageError(f"{what} {path} is not UTF-8 text ({exc.message})",
                         [{"row": None, "column": what, "code": exc.code,
                           "message": exc.message}]) from None


def _problem_json(problem) -> dict:
    return {"row": problem.row, "column": problem.column, "code": problem.code,
            "message": problem.message}


def _run_choices(args: argparse.Namespace) -> dict:
    """What the command line chose for pace and patience; stored with a new batch, so a
    resume keeps the same limits unless it says otherwise."""
    choices: dict = {}
    if getattr(args, "rate", None):
        choices.update(parse_rate(args.rate))
    concurrency = getattr(args, "concurrency", None)
    if concurrency is not None and not 1 <= concurrency <= 8:
        raise UsageError("--concurrency must be between 1 and 8")
    for key, value in (("concurrency", concurrency),
                       ("max_wait", getattr(args, "max_wait", None)),
                       ("retry_base", getattr(args, "retry_delay", None))):
        if value is not None:
            choices[key] = value
    return choices


def _recipients_for_send(args: argparse.Namespace, queue):
    """(columns, recipients, source file, warnings) from --recipients or --from-batch."""
    from smtpdesk.core import recipients as rec
    from smtpdesk.core.queue import STATES, BatchNotFound

    if args.recipients:
        try:
            from smtpdesk.i18n import number_style

            # amounts as the --lang (or the window's) language writes them: 1.250,00 €
            listing = rec.read_recipients(args.recipients, number_style())
        except rec.RecipientsFileError as exc:
            raise UsageError(f"{args.recipients}: {exc}",
                             [{"row": None, "column": None, "code": exc.code,
                               "message": str(exc)}]) from None
        if listing.errors:
            from smtpdesk.recipient_words import located_words

            # in the --lang language, as the window words them (the JSON keeps the codes)
            raise UsageError(
                f"{args.recipients}: " + "; ".join(located_words(p) for p in listing.errors[:5])
                + (f" (+{len(listing.errors) - 5})" if len(listing.errors) > 5 else ""),
                [_problem_json(p) for p in listing.errors])
        return (listing.columns, list(listing.recipients), str(Path(args.recipients).resolve()),
                list(listing.warnings))
    try:
        parent = queue.batch(args.from_batch)
    except BatchNotFound:
        raise UsageError(f"--from-batch: there is no batch {args.from_batch}") from None
    states = args.only_status or ["sent"]
    for state in states:
        if state not in STATES:
            raise UsageError(f"--only-status {state!r}: use one of {', '.join(STATES)}")
    excluded: set[str] = set()
    if args.exclude:
        try:
            excluded = rec.read_address_list(args.exclude)
        except rec.RecipientsFileError as exc:
            raise UsageError(f"--exclude {args.exclude}: {exc}") from None
    chosen = [row.recipient() for row in queue.iter_rows(args.from_batch, states)
              if row.email.casefold() not in excluded]
    problems = rec.recheck_attachments(chosen, parent.spec.recipients_file,
                                       attachment_folder=parent.spec.attachment_folder)
    if problems:
        raise UsageError("; ".join(str(p) for p in problems[:5]),
                         [_problem_json(p) for p in problems])
    return parent.spec.columns, chosen, parent.spec.recipients_file, []


def _check_template(spec, profile):
    from smtpdesk.core import recipients as rec
    from smtpdesk.core.compose import ComposeError
    from smtpdesk.core.sender import template_for

    problems = rec.check_placeholders(
        [spec.subject, spec.text_body, spec.html_body or ""], spec.columns)
    errors = [p for p in problems if not p.is_warning]
    if errors:
        raise UsageError("; ".join(str(p) for p in errors),
                         [_problem_json(p) for p in errors])
    try:
        return template_for(profile, spec)
    except ComposeError as exc:
        raise UsageError(str(exc.message), [exc.to_json()]) from None


def _render_all(template, recipients) -> tuple[int, int, list[dict]]:
    """The dry run: build every message; (count, total bytes, problems)."""
    from smtpdesk.core.compose import ComposeError

    total = largest = 0
    problems = []
    for recipient in recipients:
        try:
            size = template.render(recipient).size
        except ComposeError as exc:
            problems.append(exc.to_json())
            continue
        except OSError as exc:
            problems.append({"row": recipient.row, "column": None,
                             "code": "missing_attachment", "message": str(exc)})
            continue
        total += size
        largest = max(largest, size)
    return total, largest, problems


class _Progress:
    """A one-line progress bar on a terminal (stderr), quiet otherwise."""

    def __init__(self, out: Output, pace=None) -> None:
        self.enabled = sys.stderr.isatty() and not out.as_json
        self.last = 0.0
        self.pace = pace  # the server's pace told so far

    def __call__(self, event) -> None:
        from smtpdesk.core.sender import ProgressEvent

        if not isinstance(event, ProgressEvent):
            return
        if event.pace is not None and event.pace != self.pace:  # learned just now: say so
            self.pace = event.pace
            print(("\r\x1b[K" if self.enabled else "") + Batch().pace_learned(event.pace),
                  file=sys.stderr, flush=True)
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.2:
            return
        self.last = now
        s = event.summary
        done = s.sent + s.failed + s.uncertain + s.cancelled
        width = 24
        filled = int(width * done / s.total) if s.total else width
        parts = [f"[{'#' * filled}{'-' * (width - filled)}] {done}/{s.total}",
                 _tr(QT_TRANSLATE_NOOP("Batch", "sent: {n}")).format(n=s.sent)]
        if s.failed:
            parts.append(_tr(QT_TRANSLATE_NOOP("Batch", "failed: {n}")).format(n=s.failed))
        if s.deferred:
            parts.append(_tr(QT_TRANSLATE_NOOP("Batch", "to retry: {n}")).format(n=s.deferred))
        if event.rate_per_minute:
            parts.append(_tr(QT_TRANSLATE_NOOP("Batch", "{rate}/min")).format(
                rate=f"{event.rate_per_minute:.0f}"))
        if event.eta_seconds:
            parts.append(_tr(QT_TRANSLATE_NOOP("Batch", "about {time} left")).format(
                time=_duration(event.eta_seconds)))
        if event.waiting_until:
            parts.append(_tr(QT_TRANSLATE_NOOP("Batch", "waiting until {time} ({reason})")).format(
                time=time.strftime("%H:%M:%S", time.localtime(event.waiting_until)),
                reason=_tr(_WAITING.get(event.waiting_reason or "", event.waiting_reason or ""))))
        print("\r" + " · ".join(parts) + "\x1b[K", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.enabled:
            print(file=sys.stderr)
            self.enabled = False  # once


# what a batch waits for (ProgressEvent.waiting_reason), for the progress line
_WAITING = {
    "minute": QT_TRANSLATE_NOOP("Batch", "the limit per minute"),
    "hour": QT_TRANSLATE_NOOP("Batch", "the limit per hour"),
    "day": QT_TRANSLATE_NOOP("Batch", "the limit per day"),
    "pace": QT_TRANSLATE_NOOP("Batch", "the even pace"),
    "server": QT_TRANSLATE_NOOP("Batch", "the server's pace"),
    "backoff": QT_TRANSLATE_NOOP("Batch", "the server asked to slow down"),
    "deferred": QT_TRANSLATE_NOOP("Batch", "messages to retry"),
}


def _when(at: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(at))


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 90:
        return f"{seconds} s"
    if seconds < 5400:
        return f"{round(seconds / 60)} min"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"


def _run_batch(queue, prepared, credentials, out: Output, *, lock=None) -> int:
    """Work the batch under its lock (taken here unless the caller holds it)."""
    from smtpdesk import texts
    from smtpdesk.core.batches import pace_json, run_result_json
    from smtpdesk.core.queue import BatchBusy

    batch_id, profile = prepared.batch.id, prepared.profile
    if lock is None:
        lock = queue.lock(batch_id)
        try:
            lock.acquire()
        except BatchBusy:
            raise UsageError(f"batch {batch_id} is being sent by another process") from None
    progress = _Progress(out)
    try:
        sender = prepared.sender(queue, credentials, progress)
        if sender.pace is not None:
            progress.pace = sender.pace
            out.warn(_tr(QT_TRANSLATE_NOOP(
                "Batch", "Starting at the pace the server allowed this profile: {pace} "
                         "(learned {when}).")).format(pace=Batch().pace(sender.pace),
                                                      when=_when(sender.pace.at)))
        outcome = asyncio.run(sender.run())
    except KeyboardInterrupt:  # Ctrl+C: exit 130, but --json still gets where it stands
        progress.close()
        out.result(run_result_json(queue.summary(batch_id), "interrupted"))
        raise
    finally:
        progress.close()
        lock.release()
    summary = outcome.summary
    data = run_result_json(summary, outcome.status)
    data["server_pace"] = pace_json(outcome.pace, outcome.learned)
    if outcome.resume_at:
        data["resume_at"] = time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(
            outcome.resume_at))
    out.say(_tr(QT_TRANSLATE_NOOP("Batch", "Batch {batch}: {sent} sent, {failed} failed, "
                                           "{uncertain} uncertain, {left} left.")).format(
        batch=batch_id, sent=summary.sent, failed=summary.failed,
        uncertain=summary.uncertain, left=summary.pending + summary.deferred))
    if outcome.diagnosis is not None:
        d = outcome.diagnosis
        data["code"] = d.code
        summary_text, step = texts.hint_parts(d.code, cause=d.cause,
                                              self_signed=profile.allow_self_signed,
                                              **texts.profile_params(profile))
        out.say(f"✗ {summary_text} {step}")
        if d.smtp_code or d.reason:
            out.say(f"  {d.smtp_code or ''} {d.reason or ''}".rstrip())
    if outcome.status == "later":
        out.say(_tr(QT_TRANSLATE_NOOP("Batch", "Sending limit reached; continue with: "
                                               "smtpdesk resume {batch} (from {time})")).format(
            batch=batch_id, time=data["resume_at"] or "later"))
    if summary.uncertain:
        out.say(Batch().uncertain(summary.uncertain))
    out.result(data)
    if outcome.status == "later":
        return EXIT_LATER
    if outcome.status == "stopped":
        return EXIT_FAILED if outcome.diagnosis is not None else EXIT_LATER
    return EXIT_FAILED if summary.failed or summary.uncertain or summary.open else EXIT_OK


def cmd_send(args: argparse.Namespace, out: Output) -> int:
    from smtpdesk.core.batches import PreparedRun
    from smtpdesk.core.queue import BatchSpec, Queue
    from smtpdesk.core.recipients import attachment_uses
    from smtpdesk.core.sender import SendOptions

    if bool(args.recipients) == (args.from_batch is not None):
        raise UsageError("give either --recipients FILE or --from-batch ID")
    if (args.only_status or args.exclude) and args.from_batch is None:
        raise UsageError("--only-status and --exclude go with --from-batch")
    profile = load_profile(args)
    choices = _run_choices(args)
    options = SendOptions.for_profile(profile, **choices)
    text_body = _read_text(args.body, "body")
    html_body = _read_text(args.html, "html") if args.html else None
    for attachment in args.attach:
        if not Path(attachment).is_file():
            raise UsageError(f"--attach {attachment}: no such file",
                             [{"row": None, "column": "attach", "code": "missing_attachment",
                               "message": f"{attachment}: no such file"}])
    queue = Queue()
    columns, recipients, source, warnings = _recipients_for_send(args, queue)
    if not recipients:
        raise UsageError("no recipients to send to", [{"row": None, "column": None,
                                                       "code": "empty", "message":
                                                       "no recipients"}])
    for warning in warnings:
        out.warn(f"warning: {warning}")
    # one own file to two addresses warns; with --check-attachments each must name its row
    check_attachments_or_fail(args.check_attachments, columns, recipients, out)
    spec = BatchSpec(
        subject=args.subject, text_body=text_body, html_body=html_body,
        attachments=tuple(str(Path(a).resolve()) for a in args.attach), columns=columns,
        recipients_file=source, list_unsubscribe=args.list_unsubscribe,
        settings={"profile_snapshot": profile.snapshot(), "options": choices})
    template = _check_template(spec, profile)
    if args.dry_run:
        total, largest, problems = _render_all(template, recipients)
        if problems:
            raise UsageError("; ".join(f"row {p['row']}: {p['message']}" for p in problems[:5]),
                             problems)
        out.say(Batch().dry_run(len(recipients)) + f" {total / 1024:.0f} KiB, "
                f"largest {largest / 1024:.1f} KiB")
        uses = attachment_uses(recipients, [Path(a) for a in spec.attachments])
        for use in uses:  # every file that would leave this computer, before it does
            out.say("  " + Batch().attached(use.recipients, use.path,
                                            f"{use.size / 1024:.1f} KiB"))
        out.result({"ok": True, "dry_run": True, "total": len(recipients), "bytes": total,
                    "largest": largest,
                    "attachments": [{"file": str(u.path), "bytes": u.size,
                                     "recipients": u.recipients} for u in uses]})
        return EXIT_OK
    credentials = credentials_for(profile, args, out)
    batch_id = queue.create_batch(profile.name, spec, recipients, parent=args.from_batch)
    del recipients  # the queue has them now: 100 000 rows need not stay in memory
    print(f"batch {batch_id} created", file=sys.stderr, flush=True)
    prepared = PreparedRun(queue.batch(batch_id), profile, template, options)
    return _run_batch(queue, prepared, credentials, out)


def _profile_for_batch(batch, args):
    """The stored profile of that name (settings fixed since count), else the snapshot."""
    from smtpdesk.core.batches import ProfileGone, profile_for_batch

    if getattr(args, "profile_file", None) or getattr(args, "profile", None):
        return load_profile(args)
    try:
        return check_pins(profile_for_batch(batch))
    except ProfileGone:
        raise UsageError(f"the profile {batch.profile!r} of batch {batch.id} is gone; "
                         "give --profile or --profile-file") from None


def cmd_resume(args: argparse.Namespace, out: Output) -> int:
    from smtpdesk.core.batches import prepare_run
    from smtpdesk.core.compose import ComposeError
    from smtpdesk.core.queue import BatchBusy, BatchNotFound, Queue

    queue = Queue()
    try:
        batch = queue.batch(args.batch)
    except BatchNotFound:
        raise UsageError(f"there is no batch {args.batch} (see: smtpdesk status)") from None
    lock = queue.lock(args.batch)
    try:  # first: nothing in the batch is touched while another process works it
        lock.acquire()
    except BatchBusy:
        raise UsageError(f"batch {args.batch} is being sent by another process") from None
    try:
        profile = _profile_for_batch(batch, args)
        choices = _run_choices(args)
        credentials = credentials_for(profile, args, out)
        try:  # before changing rows: a gone attachment or an unusable signing certificate
            prepared = prepare_run(queue, args.batch, profile, **choices)
        except ComposeError as exc:
            raise UsageError(str(exc.message), [exc.to_json()]) from None
        queue.recover(args.batch)
        if args.resend_uncertain:
            count = queue.requeue(args.batch, ("uncertain",))
            out.warn(f"{count} uncertain message(s) will be sent again")
        if args.retry_deferred:
            queue.requeue(args.batch, ("deferred",))
        return _run_batch(queue, prepared, credentials, out, lock=lock)
    finally:
        lock.release()


def cmd_status(args: argparse.Namespace, out: Output) -> int:
    from smtpdesk.core.batches import pace_json
    from smtpdesk.core.queue import BatchNotFound, Queue

    queue = Queue()
    if args.batch is None:
        if args.export:
            raise UsageError("--export needs a batch id")
        summaries = queue.summaries()
        if out.as_json:
            out.result([s.to_json() for s in summaries])
        elif not summaries:
            out.say(_tr(QT_TRANSLATE_NOOP("Batch", "No batches yet.")))
        for s in summaries if not out.as_json else []:
            out.say(f"{s.batch:>5}  {s.created[:16]}  {s.status:<9} {s.sent}/{s.total} sent, "
                    f"{s.failed} failed, {s.uncertain} uncertain, {s.open} left  "
                    f"{s.profile}: {s.subject[:40]}")
        return EXIT_OK
    try:
        summary = queue.summary(args.batch)
    except BatchNotFound:
        raise UsageError(f"there is no batch {args.batch}") from None
    if args.export:
        try:
            count = queue.export_csv(args.batch, Path(args.export),
                                     args.export_states or None)
        except OSError as exc:
            raise UsageError(f"--export {args.export}: {exc.strerror or exc}",
                             [{"field": "export", "code": "unwritable",
                               "message": str(exc)}]) from None
        out.warn(f"{count} row(s) written to {args.export}")
    data = summary.to_json()
    data["locked"] = queue.is_locked(args.batch)
    server_pace = _pace_of(queue.batch(args.batch))
    data["server_pace"] = pace_json(server_pace)
    if out.as_json:
        out.result(data)
    else:
        out.say(f"batch {summary.batch} ({summary.status}): {summary.total} recipients, "
                f"{summary.sent} sent, {summary.failed} failed, {summary.deferred} deferred, "
                f"{summary.uncertain} uncertain, {summary.cancelled} cancelled, "
                f"{summary.pending} pending")
        if server_pace is not None:
            out.say(_tr(QT_TRANSLATE_NOOP(
                "Batch", "The server's pace for the profile {profile}: {pace} (learned {when} "
                         "from a refusal after {seen} messages in {window}).")).format(
                profile=summary.profile, pace=Batch().pace(server_pace),
                when=_when(server_pace.at), seen=server_pace.seen,
                window=_duration(server_pace.span)))
    return EXIT_OK


def _pace_of(batch):
    """The pace learned for the batch's profile, if it still sends through that account."""
    from smtpdesk.core import pace
    from smtpdesk.core.batches import ProfileGone, profile_for_batch
    from smtpdesk.core.sender import account_key

    try:
        account = account_key(profile_for_batch(batch))
    except (ProfileGone, ValueError):
        account = None
    return pace.last(batch.profile, account)


def register(sub) -> None:
    send = sub.add_parser("send", help="send a personal batch from a CSV/XLSX file")
    add_profile_choice(send)
    source = send.add_argument_group("recipients")
    source.add_argument("--recipients", metavar="FILE")
    source.add_argument("--from-batch", metavar="ID", type=int)
    source.add_argument("--only-status", metavar="STATUS", action="append", default=[])
    source.add_argument("--exclude", metavar="FILE")
    send.add_argument("--subject", required=True)
    send.add_argument("--body", metavar="FILE", required=True)
    send.add_argument("--html", metavar="FILE")
    send.add_argument("--attach", metavar="FILE", action="append", default=[])
    send.add_argument("--list-unsubscribe", action="store_true",
                      help="add a List-Unsubscribe header (mailto: the reply-to or sender)")
    _add_run_options(send)
    send.add_argument("--check-attachments", metavar="COLUMN",
                      help="each recipient's own files must mention the row's value of COLUMN")
    send.add_argument("--dry-run", action="store_true")
    send.set_defaults(func=cmd_send)

    resume = sub.add_parser("resume", help="continue a batch after a stop or a crash")
    resume.add_argument("batch", type=int, metavar="BATCH_ID")
    resume.add_argument("--resend-uncertain", action="store_true")
    resume.add_argument("--retry-deferred", action="store_true",
                        help="try deferred messages now instead of at their set time")
    resume.add_argument("--profile", metavar="NAME", help=argparse.SUPPRESS)
    resume.add_argument("--profile-file", metavar="FILE", help=argparse.SUPPRESS)
    _add_run_options(resume)
    resume.set_defaults(func=cmd_resume)

    status = sub.add_parser("status", help="show batches, or one batch; export its rows")
    status.add_argument("batch", type=int, nargs="?", metavar="BATCH_ID")
    status.add_argument("--export", metavar="FILE.csv")
    status.add_argument("--export-state", dest="export_states", action="append", default=[],
                        metavar="STATE", help="export only rows in this state (repeatable)")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=cmd_status)


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rate", metavar="N/min|N/h|N/day")
    parser.add_argument("--concurrency", type=int, metavar="N")
    parser.add_argument("--max-wait", type=float, metavar="SECONDS",
                        help="stop (exit 3) rather than wait longer (default 600)")
    parser.add_argument("--retry-delay", type=float, metavar="SECONDS",
                        help="first wait before retrying a temporary failure (default 30; "
                             "doubles each time)")
    parser.add_argument("--password-stdin", action="store_true")
    parser.add_argument("--json", action="store_true")

