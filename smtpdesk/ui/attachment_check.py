"""The Batch page's "Each attachment must mention: [column ▾]" (`attachmentCheckCombo`).

With a column chosen, every recipient's own file is opened in a worker thread (progress
shown, Send waits) and must contain that row's value of the column (core.attachment_check);
the rows whose file does not, or cannot be read, join the table's problem rows (red, with
the reason and the row whose value the file holds) and keep Send disabled until the list is
fixed and reloaded or they are left out. The choice is kept with the composed batch.
Without a column, one own file going to two different addresses is still marked (a warning,
yellow): a shifted or filled-down file column.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import threading

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from smtpdesk.core.attachment_check import check_attachments, shared_files
from smtpdesk.core.recipients import RecipientList
from smtpdesk.ui.bridge import TaskRunner
from smtpdesk.ui.wrap_label import WrapLabel

log = logging.getLogger(__name__)

DRAFT_KEY = "check_attachments"  # in the draft's `extra`: the column, as written


class _CheckRun(TaskRunner):
    """One check at a time in a worker thread; starting another stops the one before."""

    done = Signal(object, object)  # (the listing checked, [AttachmentProblem])

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = (0, 0)
        self._stop = threading.Event()

    def start(self, listing: RecipientList, column: str) -> None:
        self._stop.set()  # the thread of an earlier check ends at its next file
        self._stop = threading.Event()
        self.progress = (0, 0)
        self._start(self._run(listing, column, self._stop))

    def stop(self) -> None:
        self._stop.set()
        self.cancel()

    async def _run(self, listing: RecipientList, column: str, stop: threading.Event) -> None:
        def progress(done: int, total: int) -> None:
            self.progress = (done, total)  # read by the page's timer; a tuple swap is atomic

        try:
            problems = await asyncio.to_thread(
                check_attachments,
                listing.recipients,
                column,
                attachment_column=listing.attachment_column,
                progress=progress,
                should_stop=stop.is_set,
            )
        except asyncio.CancelledError:
            stop.set()
            raise
        except Exception:  # a bug: say nothing is known rather than check forever
            log.exception("checking the attachments failed")
            problems = None
        self._release()
        if not stop.is_set():
            self.done.emit(listing, problems)


class AttachmentCheck(QWidget):
    """The label, the combo and one line of state; `page` is the BatchPage it serves."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.setObjectName("attachmentCheck")
        self.page = page
        self.column: str | None = None
        self._source: RecipientList | None = None  # the listing as read, before the check
        self._shared: list = []  # attachment_shared warnings of the source
        self._shown: RecipientList | None = None  # what this widget gave the page to show
        self._outcome = ""  # "ok" | "problems" | "nothing" | "failed" | ""
        self._run = _CheckRun(self)
        self._run.done.connect(self._checked)
        self._tick = QTimer(self, interval=150)
        self._tick.timeout.connect(self._show_state)
        self.label = QLabel()
        self.combo = QComboBox(objectName="attachmentCheckCombo")
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(10)
        self.label.setBuddy(self.combo)
        self.state = WrapLabel(objectName="attachmentCheckState")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.state)
        self.combo.activated.connect(self._chosen)
        self.retranslate_ui()

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Each attachment must me&ntion:"))
        self.combo.setToolTip(
            self.tr(
                "Before sending, each recipient's own file is opened and must contain this "
                "column's value of its row (the invoice number), so a shifted column cannot send "
                "one client's invoice to another"
            )
        )
        self._fill()
        self._show_state()

    # -- the page's hooks ----------------------------------------------------------------

    def listing_shown(self, listing: RecipientList | None) -> None:
        """The page shows a listing: a new one (read from the file) is checked anew, and one
        own file going to two addresses is marked at once (a warning)."""
        if listing is not None and listing is self._shown:
            return
        self._run.stop()
        self._source = listing
        self._shown = None
        self._outcome = ""
        self._shared = (
            shared_files(listing.recipients, attachment_column=listing.attachment_column)
            if listing is not None
            else []
        )
        self._fill()
        if listing is not None and self._shared:
            self._show(listing, [])
        self._start()

    def blocked_reason(self) -> str:
        """Why Send waits: a check runs, or the chosen check cannot be made."""
        if self._run.running:
            done, total = self._run.progress
            return self.tr("Checking the attachments ({done} of {total})…").format(
                done=done, total=total or "…"
            )
        if self._outcome in ("no_column", "failed"):
            return self.tr(
                "Choose a column the attachments must mention, or “(do not check)”, to send."
            )
        return ""

    def draft_extra(self) -> dict[str, str]:
        return {DRAFT_KEY: self.column} if self.column else {}

    def restore(self, extra: dict) -> None:
        column = extra.get(DRAFT_KEY) if isinstance(extra, dict) else None
        self.column = str(column) if column else None
        self._fill()

    def choose(self, column: str | None) -> None:
        """What choosing an entry does (also for tests): check by `column`, or stop."""
        self.column = column or None
        self._fill()
        source = self._source
        if source is not None and self._shown is not None:
            # the rows the last check marked come back unmarked; the new check marks anew
            self._show(source, [])
        self._start()
        self.page._composition_changed()

    # -- inside --------------------------------------------------------------------------

    def _chosen(self, index: int) -> None:
        self.choose(self.combo.itemData(index) or None)

    def _fill(self) -> None:
        combo = self.combo
        blocked = combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("(do not check)"), "")
            columns = self._source.columns if self._source is not None else ()
            for column in columns:
                combo.addItem(column.strip(), column)
            at = combo.findData(self.column or "")
            if at < 0 and self.column:  # kept with the draft, not in this file: say so
                combo.addItem(self.column.strip(), self.column)
                at = combo.count() - 1
            combo.setCurrentIndex(max(at, 0))
        finally:
            combo.blockSignals(blocked)
        combo.setEnabled(self._source is not None)

    def _start(self) -> None:
        source = self._source
        self._outcome = ""
        if source is None or not self.column:
            self._run.stop()
        elif source.attachment_column is None or not any(r.attachments for r in source.recipients):
            self._run.stop()
            self._outcome = "nothing"
        elif self.column not in source.columns:
            self._run.stop()
            self._outcome = "no_column"
        else:
            self._run.start(source, self.column)
            self._tick.start()
        self._show_state()
        self.page._refresh()

    def _checked(self, listing: RecipientList, problems) -> None:
        self._tick.stop()
        if listing is not self._source:
            return
        if problems is None:
            self._outcome = "failed"
        elif not problems:
            self._outcome = "ok"
        else:
            self._outcome = "problems"
            self._show(listing, problems)
        self._show_state()
        self.page._refresh()

    def _show(self, listing: RecipientList, problems: list) -> None:
        """Have the page show `listing` with the shared-file warnings and the check's
        problems; a row with a problem leaves the rows that are sent."""
        marked = {p.row for p in problems}
        shown = dataclasses.replace(
            listing,
            recipients=tuple(r for r in listing.recipients if r.row not in marked),
            problems=listing.problems + tuple(self._shared) + tuple(problems),
            rejected=listing.rejected + tuple(r for r in listing.recipients if r.row in marked),
        )
        self._shown = shown
        self.page._show_listing(listing.path, shown)

    def _show_state(self) -> None:
        column = (self.column or "").strip()
        if self._run.running:
            text = self.blocked_reason()
        elif self._outcome == "ok":
            text = self.tr("✓ Every attachment mentions its row's {column}.").format(column=column)
        elif self._outcome == "problems":
            text = self.tr(
                "✗ Some attachments do not mention their row's {column}: see the rows marked red."
            ).format(column=column)
        elif self._outcome == "nothing":
            text = self.tr("This list has no own files per recipient to check.")
        elif self._outcome == "no_column":
            text = self.tr("This list has no column {column}.").format(column=column)
        elif self._outcome == "failed":
            text = self.tr("The attachments could not be checked.")
        else:
            text = ""
        self.state.setText(text)
        self.state.setVisible(bool(text))
        if self._run.running:
            self.page._refresh()  # Send's hint shows the progress too

    def shutdown(self) -> None:
        self._run.stop()
        self._tick.stop()


__all__ = ["AttachmentCheck", "DRAFT_KEY"]
