"""The Batch and Queue pages and what joins them to the main window.

`MainWindow` builds `BatchPages(window, WindowProfiles(window))` itself (as
`window.batch_pages`): both tabs, the profile and password from the window's Settings page
and Profiles list (the profile source, vorta's `ProfileProvider` pattern), a CSV/XLSX/ODS
dropped on the window, the question before the window closes mid-batch, and the offer to
continue unfinished batches once the window is up.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QWidget

from smtpdesk.core import batches, draft
from smtpdesk.core.profile import Profile, ProfileError, ProfileNotFound, ProfileStore
from smtpdesk.core.queue import Batch, Queue, QueueDamaged
from smtpdesk.core.sender import SendOptions
from smtpdesk.core.transport import Credentials
from smtpdesk.ui.batch.compose_page import RECIPIENT_SUFFIXES, BatchPage
from smtpdesk.ui.batch.queue_page import QueuePage
from smtpdesk.ui.batch.runs import BatchRun
from smtpdesk.ui.batch.source import NoPassword
from smtpdesk.ui.bridge import start_task
from smtpdesk.ui.dialogs import ask

if TYPE_CHECKING:
    from smtpdesk.ui.main_window import MainWindow

Button = QMessageBox.StandardButton


class WindowProfiles:
    """The profile open on the Settings page and its password, for the batch pages; the
    Batch page's own choice among the Profiles list's entries. A token is the list's item,
    so a renamed profile stays chosen and a deleted one is seen to be gone."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def current(self) -> Profile | None:
        return self.window.current_profile()

    def choices(self) -> list[tuple[object, str]]:
        """(token, name) of every profile in the Profiles list, in its order."""
        listing = self.window.profiles.list
        items = (listing.item(row) for row in range(listing.count()))
        return [(item, item.data(Qt.ItemDataRole.UserRole)) for item in items]

    def selected(self) -> object | None:
        """The token of the profile selected in the Profiles list."""
        return self.window.profiles.list.currentItem()

    def name_of(self, token: object | None) -> str | None:
        """The token's profile name now, or None when it left the list."""
        if token is None:
            current = self.current()
            return current.name if current is not None else None
        if (
            not isinstance(token, QListWidgetItem)
            or not shiboken6.isValid(token)
            or token.listWidget() is None
        ):
            return None
        return token.data(Qt.ItemDataRole.UserRole)

    def named(self, name: str) -> Profile | None:
        """A profile by name: the one open in Settings with its unsaved edits, a new one not
        saved yet, or the stored file."""
        current = self.current()
        if current is not None and current.name == name:
            return current
        draft_profile = self.window.draft(name)
        if draft_profile is not None:
            return draft_profile
        try:
            return ProfileStore().load(name)
        except (ProfileNotFound, ProfileError, OSError):
            return None

    def credentials(self, profile: Profile) -> Credentials | None:
        """The password typed on Settings (or this session's), the environment's or the
        keyring's; XOAUTH2 for a signed-in profile. NoPassword says which is missing."""
        typed = self.window.typed_password(profile.name)
        try:
            return batches.credentials_for(profile, given=typed, given_source="session")
        except batches.NoCredentials as exc:  # Settings' password field or Sign in fixes it
            raise NoPassword(profile.name, sign_in=exc.sign_in) from None

    def for_batch(self, batch: Batch) -> Profile | None:
        """Like `smtpdesk resume`: the stored profile of that name, else the batch's copy."""
        try:
            return batches.profile_for_batch(batch, current=self.current())
        except batches.ProfileGone:
            return None


class BatchPages(QObject):
    """The two pages and their wiring; `window.batch_pages` after installing."""

    def __init__(self, window: MainWindow, profiles: WindowProfiles) -> None:
        super().__init__(window)
        self.window = window
        try:
            self.queue = Queue()
        except QueueDamaged as exc:  # the window opens all the same, and asks what to do
            self.queue = Queue(exc.path, memory=True)
            damage = exc
            QTimer.singleShot(0, lambda: self._offer_move_aside(damage))
        self.profiles = profiles
        self.queue_page = QueuePage(self.queue, self.profiles)
        self.batch_page = BatchPage(self.queue, self.profiles, self._start)
        self._closing = False
        self._close_confirmed = False
        self._draft_answered = False
        self._profiles_pending = False
        self._offered: set[int] = set()
        self.queue_page.title_changed.connect(self._retitle)
        self.queue_page.reminder_ready.connect(self._reminder_ready)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        listing = window.profiles.list  # the Batch page's profile combo lists them
        model = listing.model()
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            listing.currentItemChanged,
        ):
            signal.connect(self._profiles_changed)

    def window_ready(self) -> None:
        """The window is built and its Profiles list filled: the Batch page lists them and
        the batch composed at the last close comes back; unfinished batches are offered
        once the window is up."""
        self.batch_page.refresh_profiles()
        kept = draft.load()
        if kept is not None:
            self.batch_page.restore_draft(kept)
        QTimer.singleShot(0, self.offer_unfinished)

    def _profiles_changed(self, *_args) -> None:
        if not self._profiles_pending:
            self._profiles_pending = True
            QTimer.singleShot(0, self._refresh_profiles)

    def _refresh_profiles(self) -> None:
        self._profiles_pending = False
        with contextlib.suppress(RuntimeError):  # the page went with its window
            self.batch_page.refresh_profiles()
            self.batch_page.refresh_preview()

    def _offer_move_aside(self, damage: QueueDamaged) -> None:
        def answered(button: Button) -> None:
            if button != Button.Yes:
                return  # batches of this session are kept in memory only
            try:
                moved = Queue.move_aside(damage.path)
                self.queue.reopen()
            except (OSError, QueueDamaged) as exc:
                ask(
                    self.window,
                    self.tr("Batch history"),
                    self.tr("The file could not be moved: {reason}").format(reason=exc),
                    Button.Ok,
                    Button.Ok,
                    lambda _b: None,
                    icon=QMessageBox.Icon.Warning,
                )
                return
            self.queue_page.refresh_history()
            ask(
                self.window,
                self.tr("Batch history"),
                self.tr("The damaged file is now {file}. A new batch history has started.").format(
                    file=moved.name
                ),
                Button.Ok,
                Button.Ok,
                lambda _b: None,
                icon=QMessageBox.Icon.Information,
            )

        ask(
            self.window,
            self.tr("Batch history"),
            self.tr("smtpdesk cannot read its batch history ({file}): {reason}").format(
                file=damage.path, reason=damage.reason
            ),
            Button.Yes | Button.No,
            Button.Yes,
            answered,
            informative=self.tr(
                "Move the file aside and start a new history? Nothing is "
                "deleted. If you choose No, batches you send now are kept "
                "only until smtpdesk closes."
            ),
            icon=QMessageBox.Icon.Warning,
        )

    # -- pages ---------------------------------------------------------------------------

    def _start(
        self,
        batch_id: int,
        profile: Profile,
        credentials: Credentials | None,
        options: SendOptions,
        row_states: list[tuple] | None = None,
    ) -> bool:
        started = self.queue_page.start_batch(
            batch_id, profile, credentials, options, row_states=row_states
        )
        self.show_queue()
        return started

    def show_queue(self) -> None:
        self.window.tabs.setCurrentWidget(self.queue_page)

    def show_batch(self) -> None:
        self.window.tabs.setCurrentWidget(self.batch_page)

    def _retitle(self) -> None:
        tabs = self.window.tabs
        tabs.setTabText(tabs.indexOf(self.queue_page), self.queue_page.title())

    def _reminder_ready(self, batch: Batch, recipients: list, subject: str, body: str) -> None:
        self.batch_page.load_reminder(batch, recipients, subject, body)
        self.show_batch()

    @property
    def run(self) -> BatchRun:
        return self.queue_page.run

    # -- drag and drop -------------------------------------------------------------------

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(RECIPIENT_SUFFIXES):
                return Path(url.toLocalFile())
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if not isinstance(event, QDropEvent):  # drag enter and move events are drop events too
            return super().eventFilter(watched, event)
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._dropped_file(event) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            path = self._dropped_file(event)
            if path is not None:
                event.acceptProposedAction()
                self.batch_page.open_recipients(path, new_file=True)
                self.show_batch()
                return True
        return super().eventFilter(watched, event)

    # -- closing mid-batch ---------------------------------------------------------------

    def close_requested(self, event: QCloseEvent) -> bool:
        """Before the window closes (its closeEvent asks first): while a batch sends, ask
        (the batch continues at the next start); an unsent composed batch, ask to keep it.
        True when the event was ignored and a question is open."""
        run = self.run
        if self._close_confirmed:
            return False  # the window's own closeEvent decides (and calls shutdown)
        if self.batch_page.is_storing:  # a second or so: then close, the batch kept open
            event.ignore()
            self.batch_page.after_storing = self._close_after_storing
            return True
        if not run.running:
            return self._ask_about_draft(event)
        event.ignore()
        if self._closing:
            return True
        self._closing = True
        summary = run.batch_sender.summary() if run.batch_sender is not None else None
        left = summary.open if summary is not None else 0

        def answered(button: Button) -> None:
            self._closing = False
            if button != Button.Yes:
                return
            start_task(self._settle_and_close())

        ask(
            self.window,
            self.tr("A batch is being sent"),
            self.tr("%n message(s) of this batch are not sent yet. Close anyway?", "", left),
            Button.Yes | Button.No,
            Button.No,
            answered,
            informative=self.tr(
                "Sending stops after the messages on their way right now. "
                "The next time you open smtpdesk it offers to continue."
            ),
            icon=QMessageBox.Icon.Warning,
        )
        return True

    def _close_after_storing(self, batch_id: int | None) -> None:
        """The batch is stored (it is offered at the next start) or was not (the draft
        question follows): the close asked for while storing goes on. The Queue page shows
        the stored batch, not started, in case the window stays open after all."""
        self.batch_page.after_storing = None
        if batch_id is not None:
            self.queue_page.refresh_history(select=batch_id)
        self.window.close()

    def _ask_about_draft(self, event: QCloseEvent) -> bool:
        """An unsent composed batch: keep it for the next start, discard it, or stay."""
        page = self.batch_page
        if self._draft_answered or not page.has_unsent():
            return False
        event.ignore()
        if self._closing:
            return True
        self._closing = True

        def answered(button: Button) -> None:
            self._closing = False
            if button == Button.Save:
                page.save_draft()
            elif button == Button.Discard:
                page.discard_draft()
            else:
                return
            self._draft_answered = True
            self.window.close()

        box = ask(
            self.window,
            self.tr("Keep the batch?"),
            self.tr(
                "The batch you are composing was not sent. Keep it for the next "
                "time you open smtpdesk?"
            ),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
            answered,
            informative=self.tr(
                "Kept: the recipients file, subject, message, "
                "attachments and profile come back as they are now."
            ),
        )
        box.button(Button.Save).setText(self.tr("Keep"))
        return True

    async def _settle_and_close(self) -> None:
        await self.run.settle()
        self._close_confirmed = True
        self.run.stop_now()
        self.window.close()

    def shutdown(self) -> None:
        self.queue_page.shutdown()
        self.batch_page.shutdown()

    # -- unfinished batches --------------------------------------------------------------

    def offer_unfinished(self) -> QWidget | None:
        """At start: a batch left open (not held by another process) is offered."""
        if self.run.running:
            return None
        for summary in self.queue.summaries():
            if summary.status != "open" or not summary.open or summary.batch in self._offered:
                continue
            if self.queue.is_locked(summary.batch):
                continue  # another smtpdesk is sending it: never touch
            self._offered.add(summary.batch)
            batch_id = summary.batch

            def answered(button: Button, batch_id: int = batch_id) -> None:
                self.queue_page.refresh_history(select=batch_id)
                self.show_queue()
                if button == Button.Yes:
                    self.queue_page.resume_batch(batch_id)

            return ask(
                self.window,
                self.tr("Unfinished batch"),
                self.tr(
                    "Batch {batch} ({subject}) was not finished: %n message(s) are not sent yet.",
                    "",
                    summary.open,
                ).format(batch=batch_id, subject=summary.subject),
                Button.Yes | Button.No,
                Button.Yes,
                answered,
                informative=self.tr(
                    "Continue sending it now? Messages already sent are not sent again."
                ),
            )
        return None


__all__ = ["BatchPages", "WindowProfiles"]
