"""The Queue page's *Check for bounces* button (`bouncesButton`, CONTRACT §6): the same core
call as `smtpdesk bounces`, then the rows shown again. Also run by itself a few minutes
after a batch ends while the window is open, when the profile has an incoming server.

Kept in its own module: `install(page)` adds the button next to Export and a result line
under the actions, so the Queue page itself needs one hook line.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QLayout, QPushButton, QWidget

from smtpdesk import mailbox_texts
from smtpdesk.core import mailbox
from smtpdesk.core.queue import BatchNotFound
from smtpdesk.ui.bridge import start_task
from smtpdesk.ui.wrap_label import WrapLabel

log = logging.getLogger(__name__)
AUTO_CHECK_MS = 5 * 60 * 1000  # bounces mostly come back within minutes


def _layout_holding(layout: QLayout, widget: QWidget) -> QBoxLayout | None:
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.layout() if item is not None else None
        if child is not None:
            found = _layout_holding(child, widget)
            if found is not None:
                return found
    return None


def _parent_of(root: QLayout, wanted: QLayout) -> tuple[QBoxLayout, int] | None:
    for i in range(root.count()):
        item = root.itemAt(i)
        child = item.layout() if item is not None else None
        if child is wanted and isinstance(root, QBoxLayout):
            return root, i
        if child is not None:
            found = _parent_of(child, wanted)
            if found is not None:
                return found
    return None


class BouncesControl(QObject):
    """The button, its result line, and the check it runs."""

    checked = Signal(object)  # BounceResult, after the rows were shown again
    failed = Signal(str)  # the code

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.button = QPushButton(objectName="bouncesButton")
        self.result_label = WrapLabel(objectName="bouncesResult")
        self.result_label.hide()
        self._task: asyncio.Task | None = None
        self.auto_timer = QTimer(self, singleShot=True, interval=AUTO_CHECK_MS)
        self.auto_timer.timeout.connect(lambda: self.check(quiet=True))
        self._auto_batch: int | None = None
        row = _layout_holding(page.layout(), page.export_button) or _layout_holding(
            page.findChild(QWidget, "queueContent").layout(), page.export_button
        )
        if row is not None:
            row.insertWidget(row.indexOf(page.export_button) + 1, self.button)
            found = _parent_of(page.findChild(QWidget, "queueContent").layout(), row)
            if found is not None:
                found[0].insertWidget(found[1] + 1, self.result_label)
        self.button.clicked.connect(lambda: self.check())
        page.batch_ended.connect(self._batch_ended)
        page.installEventFilter(self)
        page.model.modelReset.connect(self.update_state)
        page.run.progress.connect(lambda _event: self.update_state())
        page.run.finished.connect(lambda _outcome: self.update_state())
        self.retranslate()
        self.update_state()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.page and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.button.setText(
            self.tr("Chec&k for bounces") if not self.running else self.tr("Checking for bounces…")
        )
        self.button.setToolTip(
            self.tr(
                "Read the delivery reports in your inbox (IMAP) and mark the messages that came "
                "back as bounced"
            )
        )

    def update_state(self) -> None:
        page = self.page
        shown = page.shown_batch
        mine = page.run.running and page.run.batch_id == shown
        self.button.setEnabled(shown is not None and not mine and not self.running)

    def _batch_ended(self, _outcome) -> None:
        self._auto_batch = self.page.run.batch_id or self.page.shown_batch
        self.auto_timer.start()

    def _say(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.setVisible(bool(text))

    def check(self, *, quiet: bool = False) -> bool:
        """Start the check for the batch shown (the batch that ended, when automatic).
        False when it cannot start (no batch, no incoming server, no password)."""
        from smtpdesk.ui.batch.source import NoPassword

        page = self.page
        batch_id = self._auto_batch if quiet and self._auto_batch else page.shown_batch
        if batch_id is None or self.running or (page.run.running and page.run.batch_id == batch_id):
            return False
        try:
            batch = page.queue.batch(batch_id)
        except BatchNotFound:
            return False
        profile = page.profiles.for_batch(batch)
        if profile is None or not mailbox.has_imap(profile):
            if not quiet:
                self._say(mailbox_texts.error_words("no_imap"))
            return False
        try:
            credentials = page.profiles.credentials(profile)
        except NoPassword as missing:
            if not quiet:
                self._say(
                    (
                        self.tr(
                            "The profile {name} is not signed in. Press "
                            "Sign in on the Settings page."
                        )
                        if missing.sign_in
                        else self.tr(
                            "There is no password for the profile {name}. Enter it on the Settings "
                            "page."
                        )
                    ).format(name=profile.name)
                )
            return False
        self._task = start_task(self._run(batch_id, profile, credentials, quiet))
        self.retranslate()
        self.update_state()
        return True

    async def _run(self, batch_id: int, profile, credentials, quiet: bool) -> None:
        try:
            result = await mailbox.check_bounces(self.page.queue, batch_id, profile, credentials)
        except mailbox.MailboxError as exc:
            self._task = None
            words = mailbox_texts.error_words(
                exc.code, profile.imap_host, profile.imap_port_or_default
            )
            if not quiet:
                self._say(words + (f" ({exc.detail})" if exc.detail else ""))
            self._finish()
            self.failed.emit(exc.code)
            return
        except Exception:
            self._task = None
            log.exception("checking for bounces failed")
            self._finish()
            raise
        self._task = None
        if result.changed or not quiet:
            self._say(
                mailbox_texts.summary_words(
                    result.reports, len(result.bounced), len(result.delayed)
                )
            )
        if self.page.shown_batch == batch_id:  # show the rows as they are now
            self.page.model.load(self.page.queue, batch_id)
            self.page.refresh_history(select=batch_id)
        self._finish()
        self.checked.emit(result)

    def _finish(self) -> None:
        self.retranslate()
        self.update_state()


def install(page) -> BouncesControl:
    return BouncesControl(page)
