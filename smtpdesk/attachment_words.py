"""The words for the attachment check's codes (`attachment_mismatch`,
`attachment_unreadable`), for the CLI and the window alike (QtCore's translation only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smtpdesk.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "AttachmentCheck"

_REASONS = {
    "no_text": QT_TRANSLATE_NOOP("AttachmentCheck", "it has no text, only an image (a scan?)"),
    "encrypted": QT_TRANSLATE_NOOP("AttachmentCheck", "it is locked with a password"),
    "unknown_format": QT_TRANSLATE_NOOP(
        "AttachmentCheck",
        "its type cannot be checked (PDF, Word, Excel, OpenDocument, XML and text files can)",
    ),
    "damaged": QT_TRANSLATE_NOOP("AttachmentCheck", "it is damaged"),
    "too_large": QT_TRANSLATE_NOOP("AttachmentCheck", "it is too large to check"),
    "too_slow": QT_TRANSLATE_NOOP("AttachmentCheck", "reading it took too long"),
    "unreadable": QT_TRANSLATE_NOOP("AttachmentCheck", "it cannot be opened"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def problem_words(problem) -> str:
    """An AttachmentProblem (smtpdesk.core.attachment_check) in the user's language."""
    file = problem.value
    if problem.code == "attachment_unreadable":
        reason = _tr(_REASONS.get(problem.reason, _REASONS["unreadable"]))
        return _tr(
            QT_TRANSLATE_NOOP(
                "AttachmentCheck", "The attachment {file} cannot be checked: {reason}"
            )
        ).format(file=file, reason=reason)
    if problem.code == "attachment_shared":
        return _tr(
            QT_TRANSLATE_NOOP(
                "AttachmentCheck",
                "The attachment {file} also goes to row {row}, {who}: is the "
                "file column shifted or copied?",
            )
        ).format(file=file, row=problem.holder_row, who=problem.holder_label)
    if problem.reason == "empty_value":
        return _tr(
            QT_TRANSLATE_NOOP(
                "AttachmentCheck",
                "The attachment {file} cannot be checked: the row has nothing "
                "in the column it must mention",
            )
        ).format(file=file)
    if problem.holder_row is not None:
        return _tr(
            QT_TRANSLATE_NOOP(
                "AttachmentCheck",
                "The attachment {file} does not mention {value}: it belongs to row {row}, {who}",
            )
        ).format(
            file=file, value=problem.expected, row=problem.holder_row, who=problem.holder_label
        )
    return _tr(
        QT_TRANSLATE_NOOP("AttachmentCheck", "The attachment {file} does not mention {value}")
    ).format(file=file, value=problem.expected)


def unknown_column_words(column: str) -> str:
    return _tr(
        QT_TRANSLATE_NOOP(
            "AttachmentCheck", "There is no column {column} to check the attachments against"
        )
    ).format(column=column)


__all__ = ["problem_words", "unknown_column_words"]
