"""The one adapter between the core and Qt: core coroutines and callbacks become signals.

Network work runs as asyncio tasks on the loop qasync shares with Qt (no threads). Each
runner keeps a reference to its task, so it can be cancelled and is never collected early.
The demo inbox is the one exception: its server thread reports through a queued signal.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from smtpdesk.core import oauth, providers, verify
from smtpdesk.core.profile import Profile
from smtpdesk.core.transport import CertificateInfo, Credentials, PinFileError
from smtpdesk.demo import CapturedMessage, CaptureServer

log = logging.getLogger(__name__)


def event_loop() -> asyncio.AbstractEventLoop:
    """The running loop, else the current one (qasync's loop set by the app or the tests)."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.get_event_loop_policy().get_event_loop()


def start_task(coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task:
    task = event_loop().create_task(coroutine)
    task.add_done_callback(_log_failure)
    return task


def _log_failure(task: asyncio.Task) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("background task failed", exc_info=task.exception())


class TaskRunner(QObject):
    """Runs one task at a time; starting again cancels the previous one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: asyncio.Task | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def cancel(self) -> None:
        if self.running:
            assert self._task is not None
            self._task.cancel()

    def _start(self, coroutine: Coroutine[Any, Any, Any]) -> None:
        self.cancel()
        self._task = start_task(coroutine)

    def _release(self) -> None:
        """Called by the task itself before it reports, so `running` is already False."""
        if self._task is asyncio.current_task():
            self._task = None


class VerifyRun(TaskRunner):
    """One verify at a time: stage progress, then exactly one of finished/cancelled/crashed."""

    stage_changed = Signal(str, str)  # (stage, "start" | "ok" | "skip" | "fail")
    finished = Signal(object)  # VerifyResult
    cancelled = Signal()
    crashed = Signal(str)  # a bug, not a server problem: the text of the exception
    pins_damaged = Signal(str, str)  # (the pin file, why it cannot be read): nothing was sent

    def __init__(
        self,
        confirm_certificate: Callable[[CertificateInfo], Awaitable[bool]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._confirm_certificate = confirm_certificate

    def start(
        self, profile: Profile, credentials: Credentials | None, *, subject: str, body: str
    ) -> None:
        """`body`: a template for verify.test_message (texts.test_message_texts)."""
        self._start(self._run(profile, credentials, subject, body))

    async def _run(
        self, profile: Profile, credentials: Credentials | None, subject: str, body: str
    ) -> None:
        try:
            result = await verify.verify(
                profile,
                credentials,
                on_stage=self.stage_changed.emit,
                confirm_certificate=self._confirm_certificate,
                subject=subject,
                body=body,
            )
        except asyncio.CancelledError:
            self._release()
            self.cancelled.emit()
            raise
        except PinFileError as exc:  # damaged data, not a bug: say which file
            self._release()
            self.pins_damaged.emit(str(exc.path), exc.reason)
            return
        except Exception as exc:  # shown to the user instead of a silent stop
            log.exception("verify failed unexpectedly")
            self._release()
            self.crashed.emit(f"{type(exc).__name__}: {exc}")
            return
        self._release()
        self.finished.emit(result)


class SignInRun(TaskRunner):
    """One OAuth2 sign-in in the system browser: exactly one of finished/failed/cancelled."""

    url_ready = Signal(str)  # the address opened in the browser, to show if none opens
    finished = Signal(object)  # oauth.SignIn
    failed = Signal(str, str, str)  # (OAuthError code, reason, message)
    cancelled = Signal()

    def start(
        self, profile: Profile, *, open_browser: oauth.Opener, pages: dict[str, tuple[str, str]]
    ) -> None:
        self._start(self._run(profile, open_browser, pages))

    async def _run(
        self, profile: Profile, open_browser: oauth.Opener, pages: dict[str, tuple[str, str]]
    ) -> None:
        try:
            result = await oauth.sign_in(
                profile,
                open_browser=open_browser,
                on_url=self.url_ready.emit,
                pages=pages,
                session_fallback=True,
            )
        except asyncio.CancelledError:
            self._release()
            self.cancelled.emit()
            raise
        except oauth.OAuthError as exc:
            self._release()
            self.failed.emit(exc.code, exc.reason, str(exc))
            return
        self._release()
        self.finished.emit(result)


class DetectionRun(TaskRunner):
    """Looks for settings of an unknown domain (SRV, MX, probing) with short timeouts, or
    confirms the port of a known provider that does not publish it."""

    found = Signal(str, object)  # (address, Detection | None)
    port_checked = Signal(object, object)  # (the Detection asked about, the answer)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prober: providers.Prober | None = None  # None: probe with the real transport

    def start(self, address: str, *, timeout: float = 3.0) -> None:
        self._start(self._run(address, timeout))

    def confirm(self, detection: providers.Detection, *, timeout: float = 3.0) -> None:
        """Probe only this proposal's own candidates (a port the provider does not publish)."""
        self._start(self._confirm(detection, timeout))

    async def _confirm(self, detection: providers.Detection, timeout: float) -> None:
        answer = await providers.confirm_port(detection, prober=self.prober, timeout=timeout)
        self._release()
        self.port_checked.emit(detection, answer)

    async def _run(self, address: str, timeout: float) -> None:
        try:
            detection = await providers.detect(
                address, probe=True, timeout=timeout, prober=self.prober
            )
        except ValueError:  # not an address after all
            detection = None
        self._release()
        self.found.emit(address, detection)


class InboxFeed(QObject):
    """Delivers the demo server's messages in the Qt thread (a queued signal)."""

    received = Signal(object)  # CapturedMessage

    def __init__(self, server: CaptureServer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = server
        server.add_listener(self._on_message)

    def _on_message(self, message: CapturedMessage) -> None:
        # runs on the server thread: emitting to a receiver in the GUI thread queues the call
        self.received.emit(message)

    def close(self) -> None:
        self.server.remove_listener(self._on_message)
        with contextlib.suppress(Exception):
            self.server.stop()
