"""Real SMTP servers on 127.0.0.1 for the tests: aiosmtpd with trustme certificates,
AUTH, and small scripted handlers for refusals and faults. No mocks of SMTP."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USERNAME = "info@novak.cz"
PASSWORD = "Tr0ub4dor&3-šifra"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    at: float = field(default_factory=time.monotonic)  # when the data arrived

    @property
    def message(self):
        return message_from_bytes(self.data, policy=policy.default)


@dataclass
class Handler:
    """Records messages; `replies` scripts refusals per command: {"MAIL": "550 ..."}.

    A reply may be a callable taking the argument (address) and returning a reply or None.
    "DATA_DROP" closes the connection after the final dot, without answering.
    """

    replies: dict[str, object] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    sessions: set[int] = field(default_factory=set)

    def _scripted(self, command: str, argument: str = "") -> str | None:
        reply = self.replies.get(command)
        if callable(reply):
            return reply(argument)
        return reply  # type: ignore[return-value]

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        self.sessions.add(id(session))
        reply = self._scripted("MAIL", address)
        if reply:
            return reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self._scripted("RCPT", address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        if self._scripted("DATA_DROP", envelope.rcpt_tos[0] if envelope.rcpt_tos else ""):
            with self.lock:
                self.received.append(
                    Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content)
                )
            server.transport.abort()
            return "250 never seen"
        reply = self._scripted("DATA", envelope.rcpt_tos[0] if envelope.rcpt_tos else "")
        if reply:
            return reply
        with self.lock:
            self.received.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content)
            )
        return "250 2.0.0 Ok: queued as TEST"


class WindowLimit:
    """A throttle as Postfix's anvil keeps it: `limit` MAIL commands in a fixed window of
    `window` seconds that starts with the first one after the last window ended; past the
    limit every MAIL gets `reply`. Refused commands count too, as anvil counts them. Use it
    as `replies={"MAIL": WindowLimit(...)}`."""

    def __init__(self, limit: int, window: float, reply: str) -> None:
        self.limit, self.window, self.reply = limit, window, reply
        self.lock = threading.Lock()
        self.start: float | None = None
        self.count = 0
        self.refusals = 0
        self.most_let_through = 0  # the most MAIL commands let through in one window

    def __call__(self, _address: str) -> str | None:
        with self.lock:
            now = time.monotonic()
            if self.start is None or now > self.start + self.window:
                self.start, self.count = now, 0
            self.count += 1
            if self.count > self.limit:
                self.refusals += 1
                return self.reply
            self.most_let_through = max(self.most_let_through, self.count)
            return None


def make_authenticator(username: str = USERNAME, password: str = PASSWORD):
    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == username
            and auth_data.password.decode() == password
        )
        return AuthResult(success=ok, handled=False)

    return authenticator


class _Controller(Controller):
    """A Controller that knows it serves implicit TLS when triggering readiness."""

    def _trigger_server(self):
        # the stock trigger fails on implicit-TLS servers with untrusted certificates
        hostname = self.hostname
        with contextlib.ExitStack() as stack:
            sock = stack.enter_context(socket.create_connection((hostname, self.port), 1.0))
            if self.ssl_context:
                client = ssl.create_default_context()
                client.check_hostname = False
                client.verify_mode = ssl.CERT_NONE
                sock = stack.enter_context(client.wrap_socket(sock))
            sock.recv(1024)


@dataclass
class Server:
    controller: Controller
    handler: Handler
    host: str
    port: int

    stopped: bool = False

    def stop(self) -> None:
        if not self.stopped:
            self.stopped = True
            self.controller.stop()

    @property
    def received(self) -> list[Received]:
        return self.handler.received


def start_server(
    *,
    mode: str = "starttls",
    auth: bool = True,
    auth_required: bool = False,
    auth_require_tls: bool = True,
    require_starttls: bool = False,
    server_context: ssl.SSLContext | None = None,
    replies: dict | None = None,
    port: int | None = None,
    data_size_limit: int | None = None,
    authenticator: Callable | None = None,
    handler: Handler | None = None,
) -> Server:
    """mode: "plain" (no TLS offered), "starttls" (offered), "ssl" (implicit TLS).
    `handler` may add AUTH mechanisms (its `auth_*` methods, e.g. XOAUTH2)."""
    handler = handler or Handler()
    handler.replies.update(replies or {})
    port = port or free_port()
    smtp_kwargs: dict = {"server_hostname": "mail.test", "ident": "test ESMTP"}
    if auth:
        smtp_kwargs.update(
            authenticator=authenticator or make_authenticator(),
            auth_required=auth_required,
            auth_require_tls=auth_require_tls,
        )
    if mode == "starttls":
        smtp_kwargs.update(tls_context=server_context, require_starttls=require_starttls)
    if data_size_limit is not None:
        smtp_kwargs["data_size_limit"] = data_size_limit
    controller = _Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        ssl_context=server_context if mode == "ssl" else None,
        **smtp_kwargs,
    )
    controller.start()
    return Server(controller, handler, "127.0.0.1", port)


class Tarpit:
    """Accepts connections and never says a word."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.clients: list[socket.socket] = []
        self._stop = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        self.sock.settimeout(0.2)
        while not self._stop:
            try:
                client, _ = self.sock.accept()
                self.clients.append(client)
            except OSError:
                continue

    def stop(self) -> None:
        self._stop = True
        self._thread.join(2)
        for client in self.clients:
            client.close()
        self.sock.close()


class ScriptedServer:
    """A tiny line-based SMTP server for dialogues aiosmtpd cannot play (fixed replies per
    command, e.g. a 535 with a Postfix text, or an EHLO without AUTH)."""

    def __init__(
        self,
        script: Callable[[str], str | None],
        banner: str = "220 mail.test ESMTP",
        ehlo: str = "250-mail.test\r\n250 8BITMIME",
    ) -> None:
        self.script = script
        self.banner = banner
        self.ehlo = ehlo
        self.loop = asyncio.new_event_loop()
        self.port = free_port()
        self.data_lines: list[bytes] = []
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), daemon=True)
        self._thread.start()
        ready.wait(5)

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        self.server = self.loop.run_until_complete(
            asyncio.start_server(self._client, "127.0.0.1", self.port)
        )
        ready.set()
        self.loop.run_forever()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(self.banner.encode() + b"\r\n")
        in_data = False
        try:
            while line := await reader.readline():
                text = line.decode("utf-8", "replace").rstrip("\r\n")
                if in_data:
                    if text == ".":
                        in_data = False
                        reply = self.script("END_DATA") or "250 2.0.0 Ok"
                    else:
                        self.data_lines.append(line)
                        continue
                else:
                    verb = text.split(" ", 1)[0].upper()
                    reply = self.script(text)
                    if reply is None:
                        if verb in ("EHLO",):
                            reply = self.ehlo
                        elif verb == "HELO":
                            reply = "250 mail.test"
                        elif verb == "DATA":
                            reply, in_data = "354 End data with <CR><LF>.<CR><LF>", True
                        elif verb == "QUIT":
                            writer.write(b"221 Bye\r\n")
                            break
                        else:
                            reply = "250 2.0.0 Ok"
                if reply == "DROP":
                    break
                writer.write(reply.encode() + b"\r\n")
                await writer.drain()
        finally:
            writer.close()

    def stop(self) -> None:
        async def _close():
            self.server.close()
            await self.server.wait_closed()

        asyncio.run_coroutine_threadsafe(_close(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)
        self.loop.close()


def wait_for(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()
