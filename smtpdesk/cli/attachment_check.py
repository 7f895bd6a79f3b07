"""`send --check-attachments COLUMN`: every per-recipient file must name its row (CONTRACT §1,
§4); a mismatch or an unreadable file is an input error (exit 1), before anything is sent."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject

from smtpdesk.cli.common import Output, UsageError


class AttachmentCheck(QObject):
    """Sentences with a count: lupdate extracts plurals only from `self.tr` in a class."""

    def more(self, n: int) -> str:
        return self.tr("(and %n more)", "", n)


def check_attachments_or_fail(
    column: str | None, columns: Sequence[str], recipients: Sequence, out: Output
) -> None:
    """Warn about one own file going to two addresses; with a `column`, raise UsageError with
    every row whose own files do not mention its value of that column."""
    from smtpdesk.attachment_words import problem_words, unknown_column_words
    from smtpdesk.core.attachment_check import check_attachments, shared_files
    from smtpdesk.core.recipients import match_column
    from smtpdesk.recipient_words import located_words

    for warning in shared_files(recipients):
        out.warn(
            QCoreApplication.translate("Batch", "Warning: {problem}").format(
                problem=located_words(warning)
            )
        )
    if not column:
        return
    found = match_column(column, columns)
    if found is None:
        words = unknown_column_words(column)
        raise UsageError(
            words, [{"row": None, "column": column, "code": "unknown_column", "message": words}]
        )
    show = sys.stderr.isatty() and not out.as_json

    def progress(done: int, total: int) -> None:
        if show and (done == total or not done % 25):
            words = QCoreApplication.translate(
                "Batch", "checking attachments {done}/{total}"
            ).format(done=done, total=total)
            print("\r" + words + "\x1b[K", end="", file=sys.stderr, flush=True)

    problems = check_attachments(recipients, found, progress=progress)
    if show:
        print(file=sys.stderr)
    if problems:
        lines = [located_words(p) for p in problems]
        more = AttachmentCheck().more(len(lines) - 20)
        raise UsageError(
            "\n".join(lines[:20]) + (f"\n{more}" if len(lines) > 20 else ""),
            [
                {
                    "row": p.row,
                    "column": p.column,
                    "code": p.code,
                    "message": problem_words(p),
                    "file": p.path,
                    "value": p.expected,
                    "holder_row": p.holder_row,
                }
                for p in problems
            ],
        )
