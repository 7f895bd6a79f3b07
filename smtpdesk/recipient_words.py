"""A recipients file's problems in the user's words (the core's codes, CONTRACT §4), for the
window and the command line alike (QtCore only, like texts.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smtpdesk import attachment_words
from smtpdesk.core.attachment_check import AttachmentProblem
from smtpdesk.core.recipients import InputProblem

# problems of the whole file: leaving rows out does not help
FILE_CODES = {
    "bad_file",
    "empty_file",
    "missing_email_column",
    "duplicate_column",
    "missing_attachment_column",
}


def problem_words(problem: InputProblem) -> str:
    """A recipients-file problem in the user's language (the core's codes, CONTRACT §4)."""
    translate = QCoreApplication.translate
    value = problem.value
    code = problem.code
    if isinstance(problem, AttachmentProblem):  # the attachment check's codes (issue 19)
        return attachment_words.problem_words(problem)
    if code == "bad_address" and value:
        return translate("Recipients", "“{address}” is not a valid e-mail address").format(
            address=value
        )
    if code == "bad_address":
        return translate("Recipients", "The row has no e-mail address")
    if code == "missing_attachment":
        return translate("Recipients", "The attachment {file} does not exist").format(file=value)
    if code == "attachment_outside_folder":
        return translate(
            "Recipients",
            "The attachment {file} is not in the list's folder: "
            "only files in that folder or below it are sent",
        ).format(file=value)
    if code == "attachment_not_a_file":
        return translate(
            "Recipients", "The attachment {file} is a folder or a device, not a file"
        ).format(file=value)
    if code == "attachment_too_large":
        return translate("Recipients", "The attachment {file} is larger than 25 MB").format(
            file=value
        )
    if code == "control_character":
        return translate(
            "Recipients", "A cell in {column} has a line break; merge values must be one line"
        ).format(column=problem.column or "")
    if code == "duplicate_row":
        return translate("Recipients", "The same as row {row}: sent once").format(row=value)
    if code == "duplicate_column":
        return translate("Recipients", "The column name {column} appears more than once").format(
            column=(problem.column or value).strip()
        )
    if code == "missing_email_column":
        return translate(
            "Recipients", "No column holds the e-mail addresses: name one “email” or “e-mail”"
        )
    if code == "empty_file":
        return translate("Recipients", "The file has no recipients")
    if code == "missing_attachment_column":
        return translate(
            "Recipients", "The file has no column {column} to name each recipient's files"
        ).format(column=value.strip())
    if code == "unknown_placeholder":
        return translate("Recipients", "There is no column named {name}").format(name=value)
    return problem.message


def located_words(problem: InputProblem) -> str:
    """The problem with the row it is on, as the command line prints it."""
    words = problem_words(problem)
    if problem.row is None:
        return words
    if words[:1].isupper() and words[1:2].islower():  # a sentence goes on after "row 4:"
        words = words[0].lower() + words[1:]
    return QCoreApplication.translate("Recipients", "row {row}: {problem}").format(
        row=problem.row, problem=words
    )
