"""The batch commands: `send`, `resume`, `status` (CONTRACT §1)."""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from smtpdesk.cli.attachment_check import check_attachments_or_fail
from smtpdesk.cli.common import (
    EXIT_FAILED,
    EXIT_LATER,
    EXIT_OK,
    Output,
    UsageError,
    add_json_option,
    add_password_option,
    add_profile_choice,
    check_pins,
    credentials_for,
    load_profile,
)
from smtpdesk.i18n import QT_TRANSLATE_NOOP

_RATE = re.compile(r"^\s*(\d+)\s*/\s*(min|minute|m|h|hour|day|d)\s*$", re.IGNORECASE)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Batch", text, None, n)


class Batch(QObject):
    """Sentences with a count: lupdate extracts plurals only from `self.tr` in a class."""

    def dry_run(self, n: int) -> str:
        return self.tr("Dry run: %n message(s) built, nothing sent.", "", n)

    def attached(self, n: int, file: object, size: str) -> str:
        return self.tr("{file} ({size}) goes to %n recipient(s)", "", n).format(
            file=file, size=size
        )

    def resend(self, n: int) -> str:
        return self.tr("%n uncertain message(s) will be sent again.", "", n)

    def exported(self, n: int, file: object) -> str:
        return self.tr("%n row(s) written to {file}", "", n).format(file=file)

    def pace(self, pace) -> str:
        """The server's pace in the unit that reads best (95 a minute, 95 an hour)."""
        if pace.span <= 60:
            return self.tr("%n message(s) a minute", "", int(pace.per_minute + 0.01))
        if pace.span <= 3600:
            return self.tr("%n message(s) an hour", "", int(pace.per_minute * 60 + 0.01))
        return self.tr("%n message(s) a day", "", int(pace.per_minute * 1440 + 0.01))

    def pace_learned(self, pace) -> str:
        return self.tr(
            "The server refused more after %n message(s) in {window}: sending at "
            "{pace} from now on (kept for this profile's next batches).",
            "",
            pace.seen,
        ).format(window=_duration(pace.span), pace=self.pace(pace))

    def uncertain(self, n: int) -> str:
        return self.tr(
            "%n message(s) may or may not have arrived (the connection broke after "
            "sending). They are not sent again unless you run resume with "
            "--resend-uncertain.",
            "",
            n,
        )


# a batch's status (Queue: open | finished | cancelled), as `status` shows it
_STATUS = {
    "open": QT_TRANSLATE_NOOP("Batch", "open"),
    "finished": QT_TRANSLATE_NOOP("Batch", "finished"),
    "cancelled": QT_TRANSLATE_NOOP("Batch", "cancelled"),
}


def _status_word(status: str) -> str:
    return _tr(_STATUS[status]) if status in _STATUS else status


def _decimal(value: float) -> str:
    """One decimal, with the --lang language's decimal sign (0,3 in sl, cs and pl)."""
    from smtpdesk.i18n import number_style

    return f"{value:.1f}".replace(".", number_style().decimal)


def _busy(batch) -> str:
    return _tr(
        QT_TRANSLATE_NOOP("Batch", "Batch {batch} is being sent by another process.")
    ).format(batch=batch)


def _warning(words: str) -> str:
    return _tr(QT_TRANSLATE_NOOP("Batch", "Warning: {problem}")).format(problem=words)


def parse_rate(text: str) -> dict[str, int]:
    match = _RATE.match(text or "")
    if not match or int(match.group(1)) < 1:
        raise UsageError(
            _tr(
                QT_TRANSLATE_NOOP("Batch", "--rate {rate}: write N/min, N/h or N/day, e.g. 30/min")
            ).format(rate=text)
        )
    unit = match.group(2).lower()
    key = {
        "min": "max_per_minute",
        "minute": "max_per_minute",
        "m": "max_per_minute",
        "h": "max_per_hour",
        "hour": "max_per_hour",
        "day": "max_per_day",
        "d": "max_per_day",
    }[unit]
    return {key: int(match.group(1))}


def _read_text(path: str, what: str) -> str:
    from smtpdesk.core.textfile import TextFileError, read_text
    from smtpdesk.profile_words import text_file_words

    if not Path(path).exists():
        message = _tr(
            QT_TRANSLATE_NOOP("Batch", "--{option} {file}: the file does not exist.")
        ).format(option=what, file=path)
        raise UsageError(
            message, [{"row": None, "column": what, "code": "missing_file", "message": message}]
        )
    try:
        return read_text(path)
    except TextFileError as exc:
        message = f"--{what} " + text_file_words(exc, path)
        code = "missing_file" if exc.code == "unreadable" else exc.code
        raise UsageError(
            message, [{"row": None, "column": what, "code": code, "message": message}]
        ) from None


def _problem_json(problem) -> dict:
    from smtpdesk.recipient_words import problem_words

    return {
        "row": problem.row,
        "column": problem.column,
        "code": problem.code,
        "message": problem_words(problem),
    }


def _run_choices(args: argparse.Namespace) -> dict:
    """What the command line chose for pace and patience; stored with a new batch, so a
    resume keeps the same limits unless it says otherwise."""
    choices: dict = {}
    if getattr(args, "rate", None):
        choices.update(parse_rate(args.rate))
    concurrency = getattr(args, "concurrency", None)
    if concurrency is not None and not 1 <= concurrency <= 8:
        raise UsageError(_tr(QT_TRANSLATE_NOOP("Batch", "--concurrency must be from 1 to 8.")))
    for key, value in (
        ("concurrency", concurrency),
        ("max_wait", getattr(args, "max_wait", None)),
        ("retry_base", getattr(args, "retry_delay", None)),
    ):
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
            message = _file_error_words(exc, args.recipients)
            raise UsageError(
                message, [{"row": None, "column": None, "code": exc.code, "message": message}]
            ) from None
        if listing.errors:
            from smtpdesk.recipient_words import located_words

            # in the --lang language, as the window words them (the JSON keeps the codes)
            raise UsageError(
                f"{args.recipients}: "
                + "; ".join(located_words(p) for p in listing.errors[:5])
                + (f" (+{len(listing.errors) - 5})" if len(listing.errors) > 5 else ""),
                [_problem_json(p) for p in listing.errors],
            )
        return (
            listing.columns,
            list(listing.recipients),
            str(Path(args.recipients).resolve()),
            list(listing.warnings),
        )
    try:
        parent = queue.batch(args.from_batch)
    except BatchNotFound:
        raise UsageError(_no_batch(args.from_batch, "--from-batch: ")) from None
    states = args.only_status or ["sent"]
    for state in states:
        if state not in STATES:
            raise UsageError(
                _tr(
                    QT_TRANSLATE_NOOP("Batch", "--only-status {state}: use one of {states}")
                ).format(state=state, states=", ".join(STATES))
            )
    excluded: set[str] = set()
    if args.exclude:
        try:
            excluded = rec.read_address_list(args.exclude)
        except rec.RecipientsFileError as exc:
            raise UsageError("--exclude " + _file_error_words(exc, args.exclude)) from None
    chosen = [
        row.recipient()
        for row in queue.iter_rows(args.from_batch, states)
        if row.email.casefold() not in excluded
    ]
    problems = rec.recheck_attachments(
        chosen, parent.spec.recipients_file, attachment_folder=parent.spec.attachment_folder
    )
    if problems:
        from smtpdesk.recipient_words import located_words

        raise UsageError(
            "; ".join(located_words(p) for p in problems[:5]), [_problem_json(p) for p in problems]
        )
    return parent.spec.columns, chosen, parent.spec.recipients_file, []


def _file_error_words(exc, path) -> str:
    """A recipients file that cannot be read at all (RecipientsFileError's codes)."""
    if exc.code == "not_found" or not Path(path).exists():
        return _tr(QT_TRANSLATE_NOOP("Batch", "{file}: the file does not exist.")).format(file=path)
    if exc.code == "unreadable":
        return _tr(
            QT_TRANSLATE_NOOP(
                "Batch",
                "{file}: the file cannot be read (is it a folder, or open in another program?).",
            )
        ).format(file=path)
    return _tr(
        QT_TRANSLATE_NOOP(
            "Batch", "{file}: this is not a list of recipients that can be read (CSV, XLSX or ODS)."
        )
    ).format(file=path)


def _no_batch(batch, prefix: str = "") -> str:
    return prefix + _tr(
        QT_TRANSLATE_NOOP("Batch", "There is no batch {batch} (see: smtpdesk status).")
    ).format(batch=batch)


def _check_template(spec, profile):
    from smtpdesk.core import recipients as rec
    from smtpdesk.core.compose import ComposeError
    from smtpdesk.core.sender import template_for

    problems = rec.check_placeholders(
        [spec.subject, spec.text_body, spec.html_body or ""], spec.columns
    )
    errors = [p for p in problems if not p.is_warning]
    if errors:
        from smtpdesk.recipient_words import problem_words

        raise UsageError(
            "; ".join(problem_words(p) for p in errors), [_problem_json(p) for p in errors]
        )
    try:
        return template_for(profile, spec)
    except ComposeError as exc:
        raise UsageError(*_compose_error(exc)) from None


def _compose_error(exc) -> tuple[str, list[dict]]:
    from smtpdesk.profile_words import compose_words

    message = compose_words(exc)
    return message, [{**exc.to_json(), "message": message}]


def _render_all(template, recipients) -> tuple[int, int, list[dict]]:
    """The dry run: build every message; (count, total bytes, problems)."""
    from smtpdesk.core.compose import ComposeError

    total = largest = 0
    problems = []
    for recipient in recipients:
        try:
            size = template.render(recipient).size
        except ComposeError as exc:
            problems.append(_compose_error(exc)[1][0])
            continue
        except OSError:
            problems.append(
                {
                    "row": recipient.row,
                    "column": None,
                    "code": "missing_attachment",
                    "message": QCoreApplication.translate(
                        "Recipients", "row {row}: {problem}"
                    ).format(
                        row=recipient.row,
                        problem=_tr(QT_TRANSLATE_NOOP("Batch", "an attachment cannot be read")),
                    ),
                }
            )
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
            print(
                ("\r\x1b[K" if self.enabled else "") + Batch().pace_learned(event.pace),
                file=sys.stderr,
                flush=True,
            )
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
        parts = [
            f"[{'#' * filled}{'-' * (width - filled)}] {done}/{s.total}",
            _tr(QT_TRANSLATE_NOOP("Batch", "sent: {n}")).format(n=s.sent),
        ]
        if s.failed:
            parts.append(_tr(QT_TRANSLATE_NOOP("Batch", "failed: {n}")).format(n=s.failed))
        if s.deferred:
            parts.append(_tr(QT_TRANSLATE_NOOP("Batch", "to retry: {n}")).format(n=s.deferred))
        if event.rate_per_minute:
            parts.append(
                _tr(QT_TRANSLATE_NOOP("Batch", "{rate}/min")).format(
                    rate=f"{event.rate_per_minute:.0f}"
                )
            )
        if event.eta_seconds:
            parts.append(
                _tr(QT_TRANSLATE_NOOP("Batch", "about {time} left")).format(
                    time=_duration(event.eta_seconds)
                )
            )
        if event.waiting_until:
            parts.append(
                _tr(QT_TRANSLATE_NOOP("Batch", "waiting until {time} ({reason})")).format(
                    time=time.strftime("%H:%M:%S", time.localtime(event.waiting_until)),
                    reason=_tr(
                        _WAITING.get(event.waiting_reason or "", event.waiting_reason or "")
                    ),
                )
            )
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
            raise UsageError(_busy(batch_id)) from None
    progress = _Progress(out)
    try:
        sender = prepared.sender(queue, credentials, progress)
        if sender.pace is not None:
            progress.pace = sender.pace
            out.warn(
                _tr(
                    QT_TRANSLATE_NOOP(
                        "Batch",
                        "Starting at the pace the server allowed this profile: {pace} "
                        "(learned {when}).",
                    )
                ).format(pace=Batch().pace(sender.pace), when=_when(sender.pace.at))
            )
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
        data["resume_at"] = time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(outcome.resume_at))
    out.say(
        _tr(
            QT_TRANSLATE_NOOP(
                "Batch",
                "Batch {batch}: {sent} sent, {failed} failed, {uncertain} uncertain, {left} left.",
            )
        ).format(
            batch=batch_id,
            sent=summary.sent,
            failed=summary.failed,
            uncertain=summary.uncertain,
            left=summary.pending + summary.deferred,
        )
    )
    if outcome.diagnosis is not None:
        d = outcome.diagnosis
        data["code"] = d.code
        summary_text, step = texts.hint_parts(
            d.code,
            cause=d.cause,
            self_signed=profile.allow_self_signed,
            **texts.profile_params(profile),
        )
        out.say(f"✗ {summary_text} {step}")
        if d.smtp_code or d.reason:
            out.say(f"  {d.smtp_code or ''} {d.reason or ''}".rstrip())
    if outcome.status == "later":
        out.say(
            _tr(
                QT_TRANSLATE_NOOP(
                    "Batch",
                    "Sending limit reached; continue with: smtpdesk resume {batch} (from {time})",
                )
            ).format(batch=batch_id, time=data["resume_at"] or "?")
        )
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
        raise UsageError(
            _tr(
                QT_TRANSLATE_NOOP(
                    "Batch", "Give either --recipients FILE or --from-batch ID (one of them)."
                )
            )
        )
    if (args.only_status or args.exclude) and args.from_batch is None:
        raise UsageError(
            _tr(QT_TRANSLATE_NOOP("Batch", "--only-status and --exclude go with --from-batch."))
        )
    profile = load_profile(args)
    choices = _run_choices(args)
    options = SendOptions.for_profile(profile, **choices)
    text_body = _read_text(args.body, "body")
    html_body = _read_text(args.html, "html") if args.html else None
    for attachment in args.attach:
        if not Path(attachment).is_file():
            message = _tr(
                QT_TRANSLATE_NOOP("Batch", "--attach {file}: the file does not exist.")
            ).format(file=attachment)
            raise UsageError(
                message,
                [
                    {
                        "row": None,
                        "column": "attach",
                        "code": "missing_attachment",
                        "message": message,
                    }
                ],
            )
    queue = Queue()
    columns, recipients, source, warnings = _recipients_for_send(args, queue)
    if not recipients:
        message = _tr(QT_TRANSLATE_NOOP("Batch", "There are no recipients to send to."))
        raise UsageError(
            message, [{"row": None, "column": None, "code": "empty", "message": message}]
        )
    for warning in warnings:
        from smtpdesk.recipient_words import located_words

        out.warn(_warning(located_words(warning) if hasattr(warning, "code") else str(warning)))
    # one own file to two addresses warns; with --check-attachments each must name its row
    check_attachments_or_fail(args.check_attachments, columns, recipients, out)
    spec = BatchSpec(
        subject=args.subject,
        text_body=text_body,
        html_body=html_body,
        attachments=tuple(str(Path(a).resolve()) for a in args.attach),
        columns=columns,
        recipients_file=source,
        list_unsubscribe=args.list_unsubscribe,
        settings={"profile_snapshot": profile.snapshot(), "options": choices},
    )
    template = _check_template(spec, profile)
    if args.dry_run:
        total, largest, problems = _render_all(template, recipients)
        if problems:
            raise UsageError("; ".join(p["message"] for p in problems[:5]), problems)
        out.say(
            Batch().dry_run(len(recipients))
            + " "
            + _tr(
                QT_TRANSLATE_NOOP("Batch", "{total} KiB, the largest message {largest} KiB")
            ).format(total=f"{total / 1024:.0f}", largest=_decimal(largest / 1024))
        )
        uses = attachment_uses(recipients, [Path(a) for a in spec.attachments])
        for use in uses:  # every file that would leave this computer, before it does
            out.say(
                "  "
                + Batch().attached(use.recipients, use.path, f"{_decimal(use.size / 1024)} KiB")
            )
        out.result(
            {
                "ok": True,
                "dry_run": True,
                "total": len(recipients),
                "bytes": total,
                "largest": largest,
                "attachments": [
                    {"file": str(u.path), "bytes": u.size, "recipients": u.recipients} for u in uses
                ],
            }
        )
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
        raise UsageError(
            _tr(
                QT_TRANSLATE_NOOP(
                    "Batch",
                    "The profile {profile} of batch {batch} is gone; give --profile or "
                    "--profile-file.",
                )
            ).format(profile=batch.profile, batch=batch.id)
        ) from None


def cmd_resume(args: argparse.Namespace, out: Output) -> int:
    from smtpdesk.core.batches import prepare_run
    from smtpdesk.core.compose import ComposeError
    from smtpdesk.core.queue import BatchBusy, BatchNotFound, Queue

    queue = Queue()
    try:
        batch = queue.batch(args.batch)
    except BatchNotFound:
        raise UsageError(_no_batch(args.batch)) from None
    lock = queue.lock(args.batch)
    try:  # first: nothing in the batch is touched while another process works it
        lock.acquire()
    except BatchBusy:
        raise UsageError(_busy(args.batch)) from None
    try:
        profile = _profile_for_batch(batch, args)
        choices = _run_choices(args)
        credentials = credentials_for(profile, args, out)
        try:  # before changing rows: a gone attachment or an unusable signing certificate
            prepared = prepare_run(queue, args.batch, profile, **choices)
        except ComposeError as exc:
            raise UsageError(*_compose_error(exc)) from None
        queue.recover(args.batch)
        if args.resend_uncertain:
            count = queue.requeue(args.batch, ("uncertain",))
            out.warn(Batch().resend(count))
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
            raise UsageError(_tr(QT_TRANSLATE_NOOP("Batch", "--export needs a batch number.")))
        summaries = queue.summaries()
        if out.as_json:
            out.result([s.to_json() for s in summaries])
        elif not summaries:
            out.say(_tr(QT_TRANSLATE_NOOP("Batch", "No batches yet.")))
        for s in summaries if not out.as_json else []:
            out.say(
                f"{s.batch:>5}  {s.created[:16]}  {_status_word(s.status)}  "
                + _tr(
                    QT_TRANSLATE_NOOP(
                        "Batch",
                        "sent {sent} of {total}, failed: {failed}, "
                        "uncertain: {uncertain}, left: {left}",
                    )
                ).format(
                    sent=s.sent, total=s.total, failed=s.failed, uncertain=s.uncertain, left=s.open
                )
                + f"  {s.profile}: {s.subject[:40]}"
            )
        return EXIT_OK
    try:
        summary = queue.summary(args.batch)
    except BatchNotFound:
        raise UsageError(_no_batch(args.batch)) from None
    if args.export:
        try:
            count = queue.export_csv(args.batch, Path(args.export), args.export_states or None)
        except OSError:
            message = _tr(
                QT_TRANSLATE_NOOP("Batch", "--export {file}: the file cannot be written.")
            ).format(file=args.export)
            raise UsageError(
                message, [{"field": "export", "code": "unwritable", "message": message}]
            ) from None
        out.warn(Batch().exported(count, args.export))
    data = summary.to_json()
    data["locked"] = queue.is_locked(args.batch)
    server_pace = _pace_of(queue.batch(args.batch))
    data["server_pace"] = pace_json(server_pace)
    if out.as_json:
        out.result(data)
    else:
        out.say(
            _tr(
                QT_TRANSLATE_NOOP(
                    "Batch",
                    "Batch {batch} ({status}): recipients: {total}, sent: {sent}, failed: "
                    "{failed}, to retry: {deferred}, uncertain: "
                    "{uncertain}, cancelled: {cancelled}, "
                    "waiting: {pending}",
                )
            ).format(
                batch=summary.batch,
                status=_status_word(summary.status),
                total=summary.total,
                sent=summary.sent,
                failed=summary.failed,
                deferred=summary.deferred,
                uncertain=summary.uncertain,
                cancelled=summary.cancelled,
                pending=summary.pending,
            )
        )
        if server_pace is not None:
            out.say(
                _tr(
                    QT_TRANSLATE_NOOP(
                        "Batch",
                        "The server's pace for the profile {profile}: {pace} (learned {when} "
                        "from a refusal after {seen} messages in {window}).",
                    )
                ).format(
                    profile=summary.profile,
                    pace=Batch().pace(server_pace),
                    when=_when(server_pace.at),
                    seen=server_pace.seen,
                    window=_duration(server_pace.span),
                )
            )
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
    send = sub.add_parser(
        "send",
        help=_tr(
            QT_TRANSLATE_NOOP("Batch", "send a personalized batch from a CSV, XLSX or ODS file")
        ),
    )
    add_profile_choice(send)
    source = send.add_argument_group(_tr(QT_TRANSLATE_NOOP("Batch", "recipients")))
    source.add_argument(
        "--recipients",
        metavar="FILE",
        help=_tr(
            QT_TRANSLATE_NOOP(
                "Batch", "the list of recipients (CSV, XLSX or ODS, one row per recipient)"
            )
        ),
    )
    source.add_argument(
        "--from-batch",
        metavar="ID",
        type=int,
        help=_tr(QT_TRANSLATE_NOOP("Batch", "the recipients of an earlier batch (a reminder)")),
    )
    source.add_argument(
        "--only-status",
        metavar="STATUS",
        action="append",
        default=[],
        help=_tr(
            QT_TRANSLATE_NOOP(
                "Batch", "with --from-batch: only rows in this state (repeatable; default “sent”)"
            )
        ),
    )
    source.add_argument(
        "--exclude",
        metavar="FILE",
        help=_tr(
            QT_TRANSLATE_NOOP("Batch", "with --from-batch: leave out every address in this file")
        ),
    )
    send.add_argument(
        "--subject",
        metavar="TEXT",
        required=True,
        help=_tr(QT_TRANSLATE_NOOP("Batch", "the subject; may hold {{ column }} fields")),
    )
    send.add_argument(
        "--body",
        metavar="FILE",
        required=True,
        help=_tr(QT_TRANSLATE_NOOP("Batch", "the text of the message (UTF-8)")),
    )
    send.add_argument(
        "--html",
        metavar="FILE",
        help=_tr(QT_TRANSLATE_NOOP("Batch", "an HTML version of the message")),
    )
    send.add_argument(
        "--attach",
        metavar="FILE",
        action="append",
        default=[],
        help=_tr(QT_TRANSLATE_NOOP("Batch", "a file for every recipient (repeatable)")),
    )
    send.add_argument(
        "--list-unsubscribe",
        action="store_true",
        help=_tr(
            QT_TRANSLATE_NOOP(
                "Batch", "add a List-Unsubscribe header (mailto: the reply-to or sender)"
            )
        ),
    )
    _add_run_options(send)
    send.add_argument(
        "--check-attachments",
        metavar="COLUMN",
        help=_tr(
            QT_TRANSLATE_NOOP(
                "Batch", "each recipient's own files must mention the row's value of COLUMN"
            )
        ),
    )
    send.add_argument(
        "--dry-run",
        action="store_true",
        help=_tr(QT_TRANSLATE_NOOP("Batch", "build every message, send nothing")),
    )
    send.set_defaults(func=cmd_send)

    resume = sub.add_parser(
        "resume", help=_tr(QT_TRANSLATE_NOOP("Batch", "continue a batch after a stop or a crash"))
    )
    resume.add_argument("batch", type=int, metavar="BATCH_ID")
    resume.add_argument(
        "--resend-uncertain",
        action="store_true",
        help=_tr(
            QT_TRANSLATE_NOOP("Batch", "send the uncertain messages again (they may arrive twice)")
        ),
    )
    resume.add_argument(
        "--retry-deferred",
        action="store_true",
        help=_tr(
            QT_TRANSLATE_NOOP("Batch", "try deferred messages now instead of at their set time")
        ),
    )
    resume.add_argument("--profile", metavar="NAME", help=argparse.SUPPRESS)
    resume.add_argument("--profile-file", metavar="FILE", help=argparse.SUPPRESS)
    _add_run_options(resume)
    resume.set_defaults(func=cmd_resume)

    status = sub.add_parser(
        "status",
        help=_tr(QT_TRANSLATE_NOOP("Batch", "show batches, or one batch; export its rows")),
    )
    status.add_argument("batch", type=int, nargs="?", metavar="BATCH_ID")
    status.add_argument(
        "--export",
        metavar="FILE.csv",
        help=_tr(QT_TRANSLATE_NOOP("Batch", "write one CSV row per recipient")),
    )
    status.add_argument(
        "--export-state",
        dest="export_states",
        action="append",
        default=[],
        metavar="STATE",
        help=_tr(QT_TRANSLATE_NOOP("Batch", "export only rows in this state (repeatable)")),
    )
    add_json_option(status)
    status.set_defaults(func=cmd_status)


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rate",
        metavar="N/min|N/h|N/day",
        help=_tr(QT_TRANSLATE_NOOP("Batch", "at most this many messages per minute, hour or day")),
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        metavar="N",
        help=_tr(QT_TRANSLATE_NOOP("Batch", "connections at once (1 to 8)")),
    )
    parser.add_argument(
        "--max-wait",
        type=float,
        metavar="SECONDS",
        help=_tr(QT_TRANSLATE_NOOP("Batch", "stop (exit 3) rather than wait longer (default 600)")),
    )
    parser.add_argument(
        "--retry-delay",
        type=float,
        metavar="SECONDS",
        help=_tr(
            QT_TRANSLATE_NOOP(
                "Batch",
                "first wait before retrying a temporary failure (default 30; doubles each time)",
            )
        ),
    )
    add_password_option(parser)
    add_json_option(parser)
