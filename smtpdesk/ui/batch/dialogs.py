"""The Queue page's questions (uncertain rows, a reminder) and the file dialogs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smtpdesk.core import recipients as rec
from smtpdesk.core.queue import Batch, BatchSummary, Queue
from smtpdesk.core.recipients import Recipient
from smtpdesk.ui.batch.words import state_word


class UncertainDialog(QDialog):
    """Rows that may or may not have arrived: the user says resend or mark as sent."""

    RESEND, MARK_SENT = 10, 11

    def __init__(self, addresses: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uncertainDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        count = len(addresses)
        self.setWindowTitle(self.tr("Messages that may have arrived"))
        heading = QLabel(self.tr("%n message(s) may or may not have arrived.", "", count))
        heading.setObjectName("uncertainHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "The connection to the server broke after the message was handed over and before "
                "the server confirmed it. The message may well have been delivered. smtpdesk "
                "never sends such a message again on its own, so nobody gets it twice."
            )
        )
        explanation.setObjectName("uncertainExplanation")
        explanation.setWordWrap(True)
        advice = QLabel(
            self.tr(
                "Look in your mail program's Sent folder or ask the recipient, then choose: send "
                "it again (the recipient may get it twice), or mark it as sent."
            )
        )
        advice.setWordWrap(True)
        listing = QPlainTextEdit("\n".join(addresses[:500]) + ("\n…" if count > 500 else ""))
        listing.setReadOnly(True)
        listing.setObjectName("uncertainAddresses")
        listing.setMaximumHeight(120)
        buttons = QDialogButtonBox()
        self.resend_button = buttons.addButton(
            self.tr("Send again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.resend_button.setObjectName("resendButton")
        self.mark_button = buttons.addButton(
            self.tr("Mark as sent"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.mark_button.setObjectName("markSentButton")
        later = buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("decideLaterButton")
        self.resend_button.clicked.connect(lambda: self.done(self.RESEND))
        self.mark_button.clicked.connect(lambda: self.done(self.MARK_SENT))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(advice)
        layout.addWidget(listing)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)


class ReminderDialog(QDialog):
    """A follow-up from a batch: its recipients by state, minus the addresses in a file."""

    def __init__(self, batch: Batch, summary: BatchSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.batch = batch
        self.exclude_path: Path | None = None
        self.setWindowTitle(self.tr("New reminder"))
        intro = QLabel(
            self.tr(
                "A reminder goes to recipients of batch {batch} with the same merge fields. "
                "Choose who gets it, and leave out the people who already answered."
            ).format(batch=batch.id)
        )
        intro.setWordWrap(True)
        who = QLabel(self.tr("Send to the recipients whose message was:"))
        who.setWordWrap(True)
        self.state_checks: dict[str, QCheckBox] = {}
        checks = QVBoxLayout()
        for state in ("sent", "failed", "uncertain", "cancelled"):
            count = getattr(summary, state)
            check = QCheckBox(f"{state_word(state)} ({count})")
            check.setObjectName(f"reminder_{state}")
            check.setChecked(state == "sent")
            check.setEnabled(count > 0)
            self.state_checks[state] = check
            checks.addWidget(check)
        exclude_row = QHBoxLayout()
        self.exclude_button = QPushButton(self.tr("Leave out addresses in a file…"))
        self.exclude_button.setObjectName("excludeButton")
        self.exclude_label = QLabel(self.tr("Nobody left out."))
        self.exclude_label.setObjectName("excludeLabel")
        self.exclude_label.setWordWrap(True)
        exclude_row.addWidget(self.exclude_button)
        exclude_row.addWidget(self.exclude_label, 1)
        self.subject_edit = QLineEdit(
            self.tr("Reminder: {subject}").format(subject=batch.spec.subject)
        )
        self.subject_edit.setObjectName("reminderSubjectEdit")
        self.body_edit = QPlainTextEdit(batch.spec.text_body)
        self.body_edit.setObjectName("reminderBodyEdit")
        self.count_label = QLabel()
        self.count_label.setObjectName("reminderCount")
        self.count_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            self.tr("Prepare reminder"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("prepareReminderButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(who)
        layout.addLayout(checks)
        layout.addLayout(exclude_row)
        layout.addWidget(QLabel(self.tr("Subject")))
        layout.addWidget(self.subject_edit)
        layout.addWidget(QLabel(self.tr("Message")))
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.setMinimumSize(560, 480)
        self.excluded: set[str] = set()
        self._queue: Queue | None = None
        for check in self.state_checks.values():
            check.toggled.connect(self.update_count)
        self.exclude_button.clicked.connect(self._choose_exclude)

    def states(self) -> list[str]:
        return [s for s, check in self.state_checks.items() if check.isChecked()]

    def set_queue(self, queue: Queue) -> None:
        self._queue = queue
        self.update_count()

    def set_exclude_file(self, path: Path) -> bool:
        try:
            self.excluded = rec.read_address_list(path)
        except rec.RecipientsFileError as exc:
            self.exclude_label.setText(
                self.tr("{file} cannot be read: {reason}").format(
                    file=path.name, reason=exc.message
                )
            )
            return False
        self.exclude_path = path
        self.exclude_label.setText(
            self.tr("Leaving out %n address(es) from {file}.", "", len(self.excluded)).format(
                file=path.name
            )
        )
        self.update_count()
        return True

    def _choose_exclude(self) -> None:
        open_file_dialog(
            self,
            self.tr("Addresses to leave out"),
            self.tr("Spreadsheets and text (*.csv *.xlsx *.ods *.txt);;All files (*)"),
            lambda path: self.set_exclude_file(Path(path)),
        )

    def recipients(self) -> list[Recipient]:
        """Mirrors `smtpdesk send --from-batch --only-status --exclude`."""
        if self._queue is None or not self.states():
            return []
        return [
            row.recipient()
            for row in self._queue.iter_rows(self.batch.id, self.states())
            if row.email.casefold() not in self.excluded
        ]

    def update_count(self) -> None:
        count = len(self.recipients())
        self.count_label.setText(self.tr("The reminder will go to %n recipient(s).", "", count))
        self.ok_button.setEnabled(count > 0)


def open_file_dialog(
    parent: QWidget,
    title: str,
    filters: str,
    on_chosen: Callable[[str], object],
    *,
    save: bool = False,
    default_name: str = "",
) -> QFileDialog:
    """A file dialog opened with open(), never exec() (the shared loop keeps running)."""
    dialog = QFileDialog(parent, title, default_name, filters)
    dialog.setObjectName("fileDialog")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda path: path and on_chosen(path))
    dialog.open()
    return dialog
