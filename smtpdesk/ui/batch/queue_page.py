"""The Queue page: one batch's rows as they go out, its progress, and what to do next.

The page lists earlier batches (history), continues unfinished ones, retries failures,
settles `uncertain` rows with the user's word, exports rows to CSV and starts a reminder
from a finished batch. Its table model is in `queue_model`, its dialogs in `dialogs`.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSystemTrayIcon,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smtpdesk import texts
from smtpdesk.core import batches
from smtpdesk.core.profile import Profile
from smtpdesk.core.queue import STATES, BatchBusy, BatchNotFound, BatchSummary, Queue
from smtpdesk.core.sender import Outcome, ProgressEvent, SendOptions
from smtpdesk.core.transport import Credentials
from smtpdesk.ui import fit
from smtpdesk.ui.batch.dialogs import ReminderDialog, UncertainDialog, open_file_dialog
from smtpdesk.ui.batch.export import documents_folder, export_file_name, write_excel_csv
from smtpdesk.ui.batch.queue_model import (
    _CODE,
    _EMAIL,
    _REPLY,
    _STATE,
    _TIME,
    QueueFilter,
    QueueModel,
)
from smtpdesk.ui.batch.runs import BatchRun
from smtpdesk.ui.batch.source import NoPassword, ProfileSource
from smtpdesk.ui.batch.words import (
    _shorten,
    _state_icon,
    format_duration,
    pace_words,
    state_word,
    when_text,
)
from smtpdesk.ui.dialogs import ask
from smtpdesk.ui.retranslate import Retranslating
from smtpdesk.ui.wrap_label import WrapLabel

Button = QMessageBox.StandardButton

LONG_BATCH_SECONDS = 60.0  # a batch that took longer ends with a tray message


class QueuePage(Retranslating, QWidget):
    """Progress, the rows, and the actions of the batch shown; the history of batches."""

    reminder_ready = Signal(object, list, str, str)  # (parent Batch, recipients, subject, body)
    title_changed = Signal()
    batch_ended = Signal(object)  # Outcome

    def __init__(
        self, queue: Queue, profiles: ProfileSource, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("queuePage")
        self.queue = queue
        self.profiles = profiles
        self.run = BatchRun(queue, self)
        self.model = QueueModel(self)
        self.proxy = QueueFilter(self)
        self.proxy.setSourceModel(self.model)
        self._shown: int | None = None
        self._last_progress: ProgressEvent | None = None
        self._outcome: Outcome | None = None
        self._continue_timer = QTimer(self, singleShot=True)
        self._continue_timer.timeout.connect(self._continue_later)
        self._continue_at: float | None = None
        self._tray: QSystemTrayIcon | None = None
        self.notify_after_seconds = LONG_BATCH_SECONDS
        self._build()
        self._connect()
        self.retranslate_ui()
        self.refresh_history()
        from smtpdesk.ui import bounces_button  # Check for bounces (IMAP): its own module

        self.bounces = bounces_button.install(self)

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        top = self._build_history()
        self._build_status()
        actions, filter_row = self._build_actions()
        self._build_uncertain_banner()
        self._build_view()
        content = QWidget(objectName="queueContent")  # scrolls on a small screen
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(fit.scroll_area(content, name="queueScroll"))
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problem_label)
        layout.addLayout(actions)
        layout.addWidget(self.export_result)
        layout.addWidget(self.uncertain_banner)
        layout.addLayout(filter_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)

    def _build_history(self) -> QHBoxLayout:
        """The batch chosen from the history, and what can be done with a whole batch."""
        self.history_label = QLabel()
        self.batch_combo = QComboBox(objectName="batchCombo")
        self.history_label.setBuddy(self.batch_combo)
        self.batch_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.batch_combo.setMinimumContentsLength(30)
        self.batch_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.reminder_button = QPushButton(objectName="reminderButton")
        self.delete_button = QPushButton(objectName="deleteBatchButton")
        top = QHBoxLayout()
        top.addWidget(self.history_label)
        top.addWidget(self.batch_combo, 1)
        top.addWidget(self.reminder_button)
        top.addWidget(self.delete_button)
        return top

    def _build_status(self) -> None:
        """Progress, what is happening, a problem that stopped the batch, the export."""
        self.progress_bar = QProgressBar(objectName="batchProgress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(True)
        self.status_label = WrapLabel(objectName="batchStatus")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label = WrapLabel(objectName="batchProblem")
        self.problem_label.setStyleSheet("color: #b71c1c;")
        self.problem_label.hide()
        # "Saved: <file>. Open folder": the link opens the folder the export went to
        self.export_result = WrapLabel(objectName="exportResult")
        self.export_result.setTextFormat(Qt.TextFormat.RichText)
        self.export_result.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.export_result.linkActivated.connect(self._open_export_folder)
        self.export_result.hide()
        self._exported: Path | None = None
        self._export_count = 0

    def _build_actions(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The running batch's buttons, and the filter over the table."""
        self.pause_button = QPushButton(objectName="pauseButton")
        self.resume_button = QPushButton(objectName="resumeButton")
        self.cancel_button = QPushButton(objectName="cancelButton")
        self.retry_button = QPushButton(objectName="retryButton")
        self.export_button = QPushButton(objectName="exportButton")
        self.export_menu = QMenu(self.export_button)
        self.export_all_action = self.export_menu.addAction("")
        self.export_failed_action = self.export_menu.addAction("")
        self.export_button.setMenu(self.export_menu)
        self.filter_label = QLabel()
        self.state_filter = QComboBox(objectName="stateFilter")
        self.state_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_label.setBuddy(self.state_filter)
        actions = QHBoxLayout()
        for button in (
            self.pause_button,
            self.resume_button,
            self.cancel_button,
            self.retry_button,
            self.export_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        # the filter on a row of its own, over the table it filters: the action buttons keep
        # their room for longer words (Czech, Polish) on a laptop-wide window
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.state_filter)
        filter_row.addStretch(1)
        return actions, filter_row

    def _build_uncertain_banner(self) -> None:
        self.uncertain_banner = QFrame(objectName="uncertainBanner")
        self.uncertain_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.uncertain_banner.setStyleSheet(
            "#uncertainBanner { background: #fff3e0; border: 1px solid #ef6c00; }"
        )
        self.uncertain_label = WrapLabel(objectName="uncertainLabel")
        self.uncertain_button = QPushButton(objectName="uncertainButton")
        banner = QHBoxLayout(self.uncertain_banner)
        banner.addWidget(self.uncertain_label, 1)
        banner.addWidget(self.uncertain_button)
        self.uncertain_banner.hide()

    def _build_view(self) -> None:
        """The table of the batch's messages, one row each."""
        self.view = QTableView(objectName="queueView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the batch's own order
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # one Tab stop: the arrow keys move inside
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 8
        )  # fixed: no per-row size calculations
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(_REPLY, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(_EMAIL, 230)
        header.resizeSection(_STATE, 120)
        header.resizeSection(_CODE, 220)
        header.resizeSection(_TIME, 90)

        self.empty_label = WrapLabel(objectName="queueEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _connect(self) -> None:
        self.run.row_changed.connect(self.model.apply)
        self.run.progress.connect(self._progress)
        self.run.finished.connect(self._finished)
        self.run.crashed.connect(self._crashed)
        self.run.paused_changed.connect(lambda _paused: self._update_actions())
        self.model.flushed.connect(self._rows_flushed)
        self.batch_combo.currentIndexChanged.connect(self._batch_chosen)
        self.state_filter.currentIndexChanged.connect(self._filter_chosen)
        self.pause_button.clicked.connect(self.pause)
        self.resume_button.clicked.connect(self.resume)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.retry_button.clicked.connect(self.retry)
        self.export_all_action.triggered.connect(lambda: self._choose_export(None))
        self.export_failed_action.triggered.connect(
            lambda: self._choose_export(("failed", "deferred", "uncertain"))
        )
        self.uncertain_button.clicked.connect(lambda: self.show_uncertain())
        self.view.doubleClicked.connect(self._row_double_clicked)
        self.delete_button.clicked.connect(self.ask_delete)
        self.reminder_button.clicked.connect(self.open_reminder)

    # -- language ------------------------------------------------------------------------

    def title(self) -> str:
        if self.run.running and self._last_progress is not None:
            s = self._last_progress.summary
            return self.tr("Queue ({done}/{total})").format(done=_done(s), total=s.total)
        return self.tr("Queue")

    def retranslate_ui(self) -> None:
        self.history_label.setText(self.tr("&Batch:"))
        self.batch_combo.setAccessibleName(self.tr("Batches sent so far"))
        self.reminder_button.setText(self.tr("Ne&w reminder…"))
        self.reminder_button.setToolTip(
            self.tr(
                "Send a follow-up to this batch's recipients, e.g. only to those who have not "
                "answered yet"
            )
        )
        self.delete_button.setText(self.tr("De&lete batch"))
        self.delete_button.setToolTip(self.tr("Remove this batch and its recipients' data"))
        self.pause_button.setText(self.tr("&Pause"))
        self.pause_button.setToolTip(
            self.tr("Stop after the messages being sent right now; nothing is lost")
        )
        self.resume_button.setText(self.tr("&Continue"))
        self.resume_button.setToolTip(self.tr("Continue sending this batch"))
        self.cancel_button.setText(self.tr("Ca&ncel batch"))
        self.cancel_button.setToolTip(self.tr("Do not send the messages still waiting"))
        self.retry_button.setText(self.tr("&Retry failed"))
        self.retry_button.setToolTip(self.tr("Send the failed and postponed messages again"))
        self.export_button.setText(self.tr("E&xport"))
        self.export_all_action.setText(self.tr("All rows to CSV…"))
        self.export_failed_action.setText(self.tr("Failed and uncertain rows to CSV…"))
        self.filter_label.setText(self.tr("&Show:"))
        current = self.state_filter.currentData()
        self.state_filter.blockSignals(True)
        self.state_filter.clear()
        self.state_filter.addItem(self.tr("All recipients"), "")
        self.state_filter.addItem(
            self.tr("Problems (failed, uncertain, retrying)"), "failed,uncertain,deferred"
        )
        for state in STATES:
            self.state_filter.addItem(_state_icon(state), state_word(state), state)
        self.state_filter.setCurrentIndex(max(self.state_filter.findData(current or ""), 0))
        self.state_filter.blockSignals(False)
        self.uncertain_button.setText(self.tr("D&ecide…"))
        self.view.setAccessibleName(self.tr("Recipients of the batch"))
        self.progress_bar.setAccessibleName(self.tr("Batch progress"))
        self.empty_label.setText(
            self.tr(
                "No batch yet. Load recipients and write the message on the Batch page, then "
                "press Send."
            )
        )
        self.model.retranslate()
        self._fill_history_texts()
        self._show_export_result()
        self._show_status()

    # -- history -------------------------------------------------------------------------

    def refresh_history(
        self, select: int | None = None, *, row_states: list[tuple] | None = None
    ) -> None:
        """The batch list again, `select` (else the batch shown) shown; `row_states`: that
        batch's rows, already read (a batch just stored), so they are not read again."""
        wanted = select if select is not None else self._shown
        summaries = self.queue.summaries()
        self.batch_combo.blockSignals(True)
        self.batch_combo.clear()
        for summary in summaries:
            self.batch_combo.addItem("", summary.batch)
        self._summaries = {s.batch: s for s in summaries}
        self._fill_history_texts()
        index = self.batch_combo.findData(wanted) if wanted is not None else -1
        self.batch_combo.setCurrentIndex(index if index >= 0 else (0 if summaries else -1))
        self.batch_combo.blockSignals(False)
        shown = self.batch_combo.currentData()
        self._show_batch(shown, row_states if shown == select else None)

    def _fill_history_texts(self) -> None:
        summaries = getattr(self, "_summaries", {})
        for i in range(self.batch_combo.count()):
            summary = summaries.get(self.batch_combo.itemData(i))
            if summary is None:
                continue
            created = QDateTime.fromString(summary.created, Qt.DateFormat.ISODate)
            when = QLocale().toString(created, QLocale.FormatType.ShortFormat)
            text = self.tr("#{batch} · {when} · {subject} · {sent}/{total} sent").format(
                batch=summary.batch,
                when=when,
                subject=_shorten(summary.subject, 40),
                sent=summary.sent,
                total=summary.total,
            )
            self.batch_combo.setItemText(i, text)
            self.batch_combo.setItemData(
                i, self._summary_text(summary), Qt.ItemDataRole.ToolTipRole
            )

    def _summary_text(self, s: BatchSummary) -> str:
        parts = [self.tr("{done} of %n message(s) sent", "", s.total).format(done=s.sent)]
        if s.failed:
            parts.append(self.tr("%n failed", "", s.failed))
        if s.uncertain:
            parts.append(self.tr("%n uncertain", "", s.uncertain))
        if s.deferred:
            parts.append(self.tr("%n will be retried", "", s.deferred))
        if s.cancelled:
            parts.append(self.tr("%n cancelled", "", s.cancelled))
        if s.pending and not self.run.running:
            parts.append(self.tr("%n not sent yet", "", s.pending))
        return ", ".join(parts)

    def _batch_chosen(self, _index: int) -> None:
        self._show_batch(self.batch_combo.currentData())

    def _show_batch(self, batch_id: int | None, row_states: list[tuple] | None = None) -> None:
        if batch_id != self._shown:
            self._shown = batch_id
            self._exported = None
            self._show_export_result()
            self.model.load(self.queue, batch_id, row_states=row_states)
            if not (self.run.running and self.run.batch_id == batch_id):
                self._last_progress = None
                self._outcome = None
        self._show_status()

    @property
    def shown_batch(self) -> int | None:
        return self._shown

    # -- running -------------------------------------------------------------------------

    def start_batch(
        self,
        batch_id: int,
        profile: Profile,
        credentials: Credentials | None,
        options: SendOptions | None = None,
        *,
        row_states: list[tuple] | None = None,
    ) -> bool:
        """Show the batch and send it; False (and a message) if it cannot start.
        `row_states`: the rows of a batch just stored (`StoredBatch`), not read again."""
        try:  # resuming (no options): the limits and pace the batch was started with
            prepared = batches.prepare_run(self.queue, batch_id, profile, options=options)
        except (BatchNotFound, ValueError, OSError) as exc:
            self._show_problem(
                self.tr("This batch cannot be sent: {reason}").format(reason=str(exc))
            )
            return False
        self._continue_timer.stop()
        self._continue_at = None
        self._outcome = None
        self._last_progress = None
        self.problem_label.hide()
        try:
            self.run.start(prepared, credentials)
        except BatchBusy:
            self._show_problem(
                self.tr(
                    "Batch {batch} is being sent by another smtpdesk right now (another window or "
                    "the command line). Wait until it ends."
                ).format(batch=batch_id)
            )
            return False
        self._shown = None  # load it afresh: recover() may have changed rows
        self.refresh_history(select=batch_id, row_states=row_states)
        self._update_actions()
        self.title_changed.emit()
        return True

    def resume_batch(self, batch_id: int) -> bool:
        """Continue a stored batch with its profile (the stored one of that name)."""
        try:
            batch = self.queue.batch(batch_id)
        except BatchNotFound:
            return False
        if self.queue.is_locked(batch_id):
            self._show_problem(
                self.tr(
                    "Batch {batch} is being sent by another smtpdesk right now (another window or "
                    "the command line). Wait until it ends."
                ).format(batch=batch_id)
            )
            return False
        profile = self.profiles.for_batch(batch)
        if profile is None:
            self._show_problem(
                self.tr(
                    "The profile {name} of this batch no longer exists. Create it again on the "
                    "Settings page to continue."
                ).format(name=batch.profile)
            )
            return False
        try:
            credentials = self.profiles.credentials(profile)
        except NoPassword as missing:
            self._show_problem(
                (
                    self.tr(
                        "The profile {name} is not signed in. Press Sign in on the Settings page, "
                        "then press Continue."
                    )
                    if missing.sign_in
                    else self.tr(
                        "There is no password for the profile {name}. "
                        "Enter it on the Settings page, "
                        "then press Continue."
                    )
                ).format(name=profile.name)
            )
            return False
        return self.start_batch(batch_id, profile, credentials)

    def pause(self) -> None:
        self.run.pause()
        self._update_actions()
        self._show_status()

    def resume(self) -> None:
        if self.run.running:
            self.run.resume()
        elif self._shown is not None:
            self.resume_batch(self._shown)
        self._update_actions()
        self._show_status()

    def ask_cancel(self) -> None:
        if self._shown is None:
            return
        left = self._current_summary().open

        def answered(button: Button) -> None:
            if button != Button.Yes:
                return
            if self.run.running and self.run.batch_id == self._shown:
                self.run.cancel()
            else:
                shown = self._shown
                if shown is None or not self._change_rows(
                    shown, lambda: self.queue.cancel_open(shown)
                ):
                    return
                self.model.load(self.queue, shown)
                self.refresh_history()
            self._update_actions()

        ask(
            self,
            self.tr("Cancel the batch?"),
            self.tr("%n message(s) not sent yet will not be sent.", "", left),
            Button.Yes | Button.No,
            Button.No,
            answered,
            informative=self.tr(
                "Messages already sent stay sent. You can send the "
                "cancelled ones later with a reminder."
            ),
            icon=QMessageBox.Icon.Warning,
        )

    def retry(self) -> None:
        """Failed and postponed rows go back to the queue and the batch continues."""
        if self._shown is None or self.run.running:
            return
        shown, requeued = self._shown, []
        if not self._change_rows(
            shown, lambda: requeued.append(self.queue.requeue(shown, ("failed", "deferred")))
        ):
            return
        count = requeued[0]
        if count:
            self.resume_batch(self._shown)
        self.model.load(self.queue, self._shown)
        self._update_actions()

    def _progress(self, event: ProgressEvent) -> None:
        self._last_progress = event
        summaries = getattr(self, "_summaries", {})
        stored = summaries.get(self.run.batch_id)
        if stored is not None:  # the history entry follows the live counts
            counts = {
                k: getattr(event.summary, k)
                for k in (
                    "total",
                    "sent",
                    "failed",
                    "deferred",
                    "uncertain",
                    "cancelled",
                    "pending",
                    "sending",
                )
            }
            summaries[stored.batch] = replace(stored, **counts)
            self._fill_history_texts()
        self._show_status()
        self.title_changed.emit()

    def _rows_flushed(self) -> None:
        self._update_uncertain()

    def _finished(self, outcome: Outcome) -> None:
        self.model.flush()
        self._outcome = outcome
        self._last_progress = None
        batch_id = self.run.batch_id
        if outcome.status == "later" and outcome.resume_at:
            self._continue_at = outcome.resume_at
            self._continue_timer.start(int(max(outcome.resume_at - time.time(), 1) * 1000))
        self.refresh_history(select=batch_id)
        if self._shown == batch_id and outcome.status == "cancelled":
            self.model.load(self.queue, batch_id)  # cancel_open() reports no row events
        self._update_uncertain()
        self._show_status()
        self.title_changed.emit()
        elapsed = time.monotonic() - self.run.started_at
        if elapsed >= self.notify_after_seconds and outcome.status in (
            "finished",
            "later",
            "stopped",
            "cancelled",
        ):
            self.notify(outcome)
        self.batch_ended.emit(outcome)

    def _crashed(self, text: str) -> None:
        self._show_problem(
            self.tr("Sending stopped because of an error in smtpdesk: {error}").format(error=text)
        )
        self.refresh_history()
        self.title_changed.emit()

    def _continue_later(self) -> None:
        if not self.run.running and self.run.batch_id is not None:
            self.resume_batch(self.run.batch_id)

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    # -- status --------------------------------------------------------------------------

    def _current_summary(self) -> BatchSummary:
        if (
            self._last_progress is not None
            and self.run.running
            and self.run.batch_id == self._shown
        ):
            return self._last_progress.summary
        counts = self.model.counts()
        return BatchSummary(
            self._shown or 0,
            self.model.rowCount(),
            sent=counts["sent"],
            failed=counts["failed"],
            deferred=counts["deferred"],
            uncertain=counts["uncertain"],
            cancelled=counts["cancelled"],
            pending=counts["pending"],
            sending=counts["sending"],
        )

    def _show_status(self) -> None:
        has_batch = self._shown is not None
        self.view.setVisible(has_batch)
        self.empty_label.setVisible(not has_batch)
        if not has_batch:
            self.progress_bar.setValue(0)
            self.progress_bar.setFormat("")
            self.status_label.setText("")
            self._update_actions()
            return
        s = self._current_summary()
        done = _done(s)
        # QProgressBar.setValue repaints at once, and with it the queue view just filled
        # (30-40 ms for 10 000 rows): let the next paint of the window draw it instead
        self.progress_bar.setUpdatesEnabled(False)
        self.progress_bar.setMaximum(max(s.total, 1))
        self.progress_bar.setValue(done if s.total else 1)
        self.progress_bar.setUpdatesEnabled(True)
        self.progress_bar.update()
        percent = round(100 * done / s.total) if s.total else 100
        self.progress_bar.setFormat(
            self.tr("{done} of {total} ({percent} %)").format(
                done=done, total=s.total, percent=percent
            )
        )
        parts = [self._summary_text(s)]
        mine = self.run.running and self.run.batch_id == self._shown
        event = self._last_progress if mine else None
        if mine and self.run.paused:
            parts.append(self.tr("Paused."))
        elif event is not None:
            parts.append(self._rate_text(event.rate_per_minute))
            sender = self.run.batch_sender
            if (
                event.pace is not None
                and sender is not None
                and sender.limiter.pace_window == "server"
            ):  # not when a limit of yours is lower
                parts.append(
                    self.tr("keeping to the server's pace of {pace}").format(
                        pace=pace_words(event.pace)
                    )
                )
            if event.waiting_until and event.waiting_until > time.time():
                parts.append(self._waiting_text(event.waiting_reason, event.waiting_until, s))
            elif event.eta_seconds:
                parts.append(
                    self.tr("about {duration} left").format(
                        duration=format_duration(event.eta_seconds)
                    )
                )
        elif self._outcome is not None and self.run.batch_id == self._shown:
            parts.append(self._outcome_text(self._outcome))
        elif self.queue_status() == "open" and s.open:
            parts.append(self.tr("Not finished: press Continue to send the rest."))
        self.status_label.setText(" · ".join(p for p in parts if p))
        self._update_actions()

    def _rate_text(self, per_minute: float) -> str:
        """The measured rate, rounded down so it never reads above the limit (10 a minute
        must not show as 11); slow paces per hour (100 an hour is not "2 a minute")."""
        if per_minute >= 10:
            return self.tr("%n message(s) a minute", "", int(per_minute + 0.01))
        if per_minute * 60 >= 1:
            return self.tr("%n message(s) an hour", "", int(per_minute * 60 + 0.01))
        return ""

    def queue_status(self) -> str:
        summary = getattr(self, "_summaries", {}).get(self._shown)
        return summary.status if summary else ""

    def _waiting_text(self, reason: str | None, until: float, s: BatchSummary) -> str:
        when = when_text(until)
        if reason == "day":
            return self.tr("Daily sending limit reached: continues {when}.").format(when=when)
        if reason in ("minute", "hour"):
            return self.tr("Keeping to the sending limit: next message {when}.").format(when=when)
        if reason == "server":
            return self.tr("Keeping to the server's pace: next message {when}.").format(when=when)
        if reason == "backoff":
            return self.tr("The server asked to slow down: continuing {when}.").format(when=when)
        return self.tr("%n message(s) will be retried {when}.", "", s.deferred).format(when=when)

    def _outcome_text(self, outcome: Outcome) -> str:
        s = outcome.summary
        if outcome.status == "finished":
            return self.tr("Done.")
        if outcome.status == "cancelled":
            return self.tr("Cancelled.")
        if outcome.status == "later":
            when = when_text(outcome.resume_at) if outcome.resume_at else ""
            if outcome.reason == "day":
                return self.tr("Daily sending limit reached: continues {when}.").format(when=when)
            return self.tr(
                "%n message(s) will be retried {when}.", "", s.deferred or s.pending
            ).format(when=when)
        if outcome.status == "stopped" and outcome.diagnosis is not None:
            d = outcome.diagnosis
            profile = self.run.batch_sender.profile if self.run.batch_sender is not None else None
            summary, step = texts.hint_parts(d.code, cause=d.cause, **texts.profile_params(profile))
            reply = (
                f" ({d.smtp_code or ''} {d.reason or ''})".replace("( ", "(")
                if d.smtp_code or d.reason
                else ""
            )
            return self.tr("Sending stopped: {what}{reply} {step}").format(
                what=summary, reply=reply, step=step
            )
        return ""

    def _update_actions(self) -> None:
        shown = self._shown
        mine = self.run.running and self.run.batch_id == shown
        s = self._current_summary() if shown is not None else None
        self.pause_button.setEnabled(mine and not self.run.paused)
        open_rows = bool(s and s.pending + s.deferred + s.sending)
        # Continue also makes the copies in Sent an earlier run could not make
        missing_copies = (
            shown is not None and not self.run.running and self.queue.has_missing_sent_copies(shown)
        )
        self.resume_button.setEnabled(
            (mine and self.run.paused)
            or missing_copies
            or (
                shown is not None
                and not self.run.running
                and open_rows
                and self.queue_status() != "cancelled"
            )
        )
        self.cancel_button.setEnabled(
            mine or (shown is not None and not self.run.running and open_rows)
        )
        self.retry_button.setEnabled(
            bool(shown is not None and not self.run.running and s and (s.failed or s.deferred))
        )
        self.export_button.setEnabled(shown is not None)
        self.delete_button.setEnabled(shown is not None and not mine)
        self.reminder_button.setEnabled(shown is not None and not mine)
        self.batch_combo.setEnabled(self.batch_combo.count() > 0)

    # -- uncertain rows ------------------------------------------------------------------

    def _update_uncertain(self) -> None:
        count = self.model.counts()["uncertain"] if self._shown is not None else 0
        self.uncertain_banner.setVisible(count > 0)
        if count:
            self.uncertain_label.setText(
                self.tr(
                    "%n message(s) may or may not have arrived: the connection broke before the "
                    "server confirmed. Nothing is sent twice unless you say so.",
                    "",
                    count,
                )
            )

    def _row_double_clicked(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if self.model.state(source.row()) == "uncertain":
            self.show_uncertain([self.model.row_id(source.row())])

    def show_uncertain(self, row_ids: list[int] | None = None) -> UncertainDialog | None:
        """Explain the uncertain rows (all, or these) and act on the user's choice."""
        if self._shown is None:
            return None
        batch_id = self._shown
        rows = [
            r
            for r in range(self.model.rowCount())
            if self.model.state(r) == "uncertain"
            and (row_ids is None or self.model.row_id(r) in row_ids)
        ]
        if not rows:
            return None
        ids = [self.model.row_id(r) for r in rows]
        dialog = UncertainDialog([self.model.email(r) for r in rows], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(result: int) -> None:
            if result == UncertainDialog.MARK_SENT:
                change = lambda: self.queue.mark_uncertain_as_sent(batch_id, ids)  # noqa: E731
            elif result == UncertainDialog.RESEND:
                change = lambda: self.queue.requeue(batch_id, ("uncertain",), ids)  # noqa: E731
            else:
                return
            if not self._change_rows(batch_id, change):
                return
            if result == UncertainDialog.RESEND and not self.run.running:
                self.resume_batch(batch_id)
            self.model.load(self.queue, batch_id)
            self.refresh_history(select=batch_id)
            self._update_uncertain()

        dialog.finished.connect(answered)
        dialog.open()
        return dialog

    # -- export, delete, reminders -------------------------------------------------------

    def default_export_path(self, states: Sequence[str] | None = None) -> Path | None:
        """Where the export is proposed: Documents, named after the batch and today."""
        if self._shown is None:
            return None
        try:
            subject = self.queue.batch(self._shown).spec.subject
        except BatchNotFound:
            return None
        return documents_folder() / export_file_name(
            self._shown, subject, bool(states), date.today()
        )

    def _choose_export(self, states: Sequence[str] | None) -> QFileDialog | None:
        target = self.default_export_path(states)
        if target is None:
            return None
        return open_file_dialog(
            self,
            self.tr("Export rows"),
            self.tr("CSV files (*.csv)"),
            lambda path: self.export(Path(path), states),
            save=True,
            default_name=str(target),
        )

    def export(self, path: Path, states: Sequence[str] | None = None) -> int:
        """Write the shown batch's rows for Excel (`write_excel_csv`); returns how many."""
        if self._shown is None:
            return 0
        try:
            count = write_excel_csv(self.queue, self._shown, path, states)
        except (OSError, BatchNotFound) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            self._show_problem(
                self.tr("{file} cannot be written: {reason}").format(file=path.name, reason=reason)
            )
            return 0
        self._exported = path
        self._export_count = count
        self._show_export_result()
        return count

    def _show_export_result(self) -> None:
        path = self._exported
        self.export_result.setVisible(path is not None)
        if path is None:
            return
        saved = self.tr("Saved: %n row(s) in {file}.", "", self._export_count).format(
            file=html.escape(path.name)
        )
        link = QUrl.fromLocalFile(str(path.parent)).toString()
        words = self.tr("Open folder")  # lupdate does not look inside f-strings
        self.export_result.setText(
            f'{saved} <a href="{html.escape(link)}">{html.escape(words)}</a>'
        )
        self.export_result.setToolTip(str(path))

    def _open_export_folder(self, link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))

    def ask_delete(self) -> None:
        batch_id = self._shown
        if batch_id is None:
            return
        if self.run.running and self.run.batch_id == batch_id:
            return
        if self.queue.is_locked(batch_id):
            self._show_problem(
                self.tr(
                    "Batch {batch} is being sent by another smtpdesk right now (another window or "
                    "the command line). Wait until it ends."
                ).format(batch=batch_id)
            )
            return

        def answered(button: Button) -> None:
            if button == Button.Yes:
                self.delete_batch(batch_id)

        ask(
            self,
            self.tr("Delete batch"),
            self.tr("Delete batch {batch} and its recipients' data?").format(batch=batch_id),
            Button.Yes | Button.No,
            Button.No,
            answered,
            informative=self.tr(
                "The list of recipients, their merge fields and the "
                "results are removed from this computer. Sent messages "
                "cannot be called back."
            ),
            icon=QMessageBox.Icon.Warning,
        )

    def _change_rows(self, batch_id: int, change: Callable[[], object]) -> bool:
        """Change a batch's rows only while holding its lock (or while this window sends
        it): another process working the batch must not see rows change under it."""
        if self.run.running and self.run.batch_id == batch_id:
            change()
            return True
        try:
            with self.queue.lock(batch_id):
                change()
        except BatchBusy:
            self._show_problem(
                self.tr(
                    "Batch {batch} is being sent by another smtpdesk right now (another window or "
                    "the command line). Wait until it ends."
                ).format(batch=batch_id)
            )
            return False
        return True

    def delete_batch(self, batch_id: int) -> None:
        if not self._change_rows(batch_id, lambda: self.queue.delete_batch(batch_id)):
            return
        if self._shown == batch_id:
            self._shown = None
            self.model.load(None, None)
        self.refresh_history()

    def open_reminder(self) -> ReminderDialog | None:
        if self._shown is None:
            return None
        batch = self.queue.batch(self._shown)
        dialog = ReminderDialog(batch, self.queue.summary(batch.id), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.set_queue(self.queue)

        def answered(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.reminder_ready.emit(
                    batch,
                    dialog.recipients(),
                    dialog.subject_edit.text(),
                    dialog.body_edit.toPlainText(),
                )

        dialog.finished.connect(answered)
        dialog.open()
        return dialog

    # -- notifications -------------------------------------------------------------------

    def notify(self, outcome: Outcome) -> None:
        """A tray message when a long batch ends (where the desktop has a tray)."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            icon = self.window().windowIcon()
            if icon.isNull():
                icon = _state_icon("sent")
            self._tray = QSystemTrayIcon(icon, self)
        s = outcome.summary
        self._tray.show()
        title = self.tr("Batch {batch} ended").format(batch=s.batch)
        body = self._summary_text(s)
        status = self._outcome_text(outcome)
        self._tray.showMessage(
            title, f"{body}. {status}".strip(), QSystemTrayIcon.MessageIcon.Information, 10000
        )

    # -- filtering -----------------------------------------------------------------------

    def _filter_chosen(self, _index: int) -> None:
        value = self.state_filter.currentData() or ""
        self.proxy.set_states([s for s in value.split(",") if s])

    def shutdown(self) -> None:
        self._continue_timer.stop()
        self.run.stop_now()
        if self._tray is not None:
            self._tray.hide()


def _done(s: BatchSummary) -> int:
    return s.sent + s.failed + s.uncertain + s.cancelled


__all__ = ["QueuePage"]
