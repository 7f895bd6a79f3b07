"""Demo mode (CONTRACT §5): a local capture SMTP server and the `Demo` profile that uses it.

No Qt here: the window listens through `CaptureServer.add_listener`, whose callbacks run on
the server's thread (the UI marshals them into the Qt thread with a signal). The server is
aiosmtpd in its own thread: it is a test inbox on 127.0.0.1, not part of the sending path.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import TYPE_CHECKING

from smtpdesk.core.profile import Profile, ProfileStore

if TYPE_CHECKING:
    from aiosmtpd.controller import Controller

DEMO_PROFILE = "Demo"
DEMO_SENDER = "Demo <demo@smtpdesk.test>"
_HOST = "127.0.0.1"


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class CapturedMessage:
    """One message the demo inbox received, as the envelope and the parsed headers say."""

    envelope_from: str
    envelope_to: tuple[str, ...]
    raw: bytes
    received_at: datetime
    sender: str = ""
    to: str = ""
    subject: str = ""
    text: str = ""
    html: str = ""
    attachments: tuple[Attachment, ...] = field(default_factory=tuple)

    @classmethod
    def parse(cls, envelope_from: str, envelope_to: list[str], raw: bytes) -> CapturedMessage:
        message: EmailMessage = message_from_bytes(raw, policy=policy.default)  # type: ignore
        text, html, attachments = _body_parts(message)
        return cls(
            envelope_from,
            tuple(envelope_to),
            raw,
            datetime.now().astimezone(),
            str(message.get("From", "")),
            str(message.get("To", "")),
            str(message.get("Subject", "")),
            text,
            html,
            tuple(attachments),
        )


def _body_parts(message: EmailMessage) -> tuple[str, str, list[Attachment]]:
    def content_of(part) -> str:
        try:
            return part.get_content() if part is not None else ""
        except (LookupError, ValueError):  # an unknown charset must not hide the message
            return part.get_payload(decode=True).decode("utf-8", "replace")

    text = content_of(message.get_body(preferencelist=("plain",)))
    html = content_of(message.get_body(preferencelist=("html",)))
    attachments = []
    for part in message.iter_attachments():
        payload = part.get_payload(decode=True) or b""
        attachments.append(
            Attachment(part.get_filename() or "", part.get_content_type(), len(payload))
        )
    return text, html, attachments


Listener = Callable[[CapturedMessage], None]


class _CaptureHandler:
    def __init__(self, server: CaptureServer) -> None:
        self._server = server

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        message = CapturedMessage.parse(
            envelope.mail_from, list(envelope.rcpt_tos), envelope.content
        )
        self._server._receive(message)
        return "250 2.0.0 Ok: captured by the smtpdesk demo inbox"


class CaptureServer:
    """Accepts every message on 127.0.0.1 and keeps it in memory."""

    def __init__(self, port: int | None = None) -> None:
        self.host = _HOST
        self._requested_port = port
        self.port = 0
        self._lock = threading.Lock()
        self._messages: list[CapturedMessage] = []
        self._listeners: list[Listener] = []
        self._controller: Controller | None = None

    @property
    def messages(self) -> list[CapturedMessage]:
        with self._lock:
            return list(self._messages)

    @property
    def is_running(self) -> bool:
        return self._controller is not None

    def add_listener(self, listener: Listener) -> None:
        """`listener(message)` runs on the server thread for each new message."""
        with self._lock:
            self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def start(self) -> CaptureServer:
        """Listen on a free port; returns once the server answers."""
        # aiosmtpd only when the demo inbox starts: the normal window never needs it
        from aiosmtpd.controller import Controller

        attempts = 1 if self._requested_port else 5
        for attempt in range(attempts):
            port = self._requested_port or _free_port()
            controller = Controller(
                _CaptureHandler(self),
                hostname=self.host,
                port=port,
                server_hostname="demo.smtpdesk.test",
                ident="smtpdesk demo inbox",
            )
            try:
                controller.start()
            except (OSError, RuntimeError):
                if attempt == attempts - 1:
                    raise
                continue  # another program took the free port in between: try the next
            self._controller, self.port = controller, port
            break
        return self

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def _receive(self, message: CapturedMessage) -> None:
        with self._lock:
            self._messages.append(message)
            listeners = list(self._listeners)
        for listener in listeners:
            listener(message)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((_HOST, 0))
        return sock.getsockname()[1]


def demo_profile(server: CaptureServer) -> Profile:
    return Profile(
        name=DEMO_PROFILE,
        host=server.host,
        port=server.port,
        sender=DEMO_SENDER,
        encryption="none",
        auth=False,
        username="",
    )


def install_demo_profile(server: CaptureServer, store: ProfileStore | None = None) -> Profile:
    """Add the `Demo` profile, or point an existing one at this run's port."""
    store = store or ProfileStore()
    profile = demo_profile(server)
    try:  # keep what the user changed (sender, reply-to); only the address of the inbox moves
        profile = store.load(DEMO_PROFILE).replace(
            host=profile.host,
            port=profile.port,
            encryption="none",
            auth=False,
            allow_self_signed=False,
        )
    except (LookupError, ValueError):
        pass
    store.save(profile, replace_unreadable=True)
    return profile
