"""A sink SMTP server for the batch benchmarks, run in its own process (no shared GIL).

aiosmtpd on 127.0.0.1 with STARTTLS (the certificate and key given) and AUTH required over
TLS. It accepts every message and discards it; with --log it appends the first recipient
of each message it accepted (after the final dot, before answering 250) to that file, so
a benchmark can count deliveries per address on the server side.

    python benchmarks/_sink.py --port N --cert cert.pem --key key.pem [--log FILE]

Prints "ready" on stdout once it listens; stops on SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import ssl

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

USERNAME = "info@novak.cz"
PASSWORD = "Tr0ub4dor&3-sifra"  # ASCII: smtplib (mailmerge, naive baseline) sends AUTH as ASCII


class _Sink:
    def __init__(self, log_path: str | None) -> None:
        self.log = open(log_path, "a", encoding="utf-8") if log_path else None  # noqa: SIM115

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        if self.log is not None:
            self.log.write(envelope.rcpt_tos[0] + "\n")
            self.log.flush()  # counted before the 250 leaves, so a client kill cannot hide it
        return "250 2.0.0 Ok: queued"


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login.decode() == USERNAME
        and auth_data.password.decode() == PASSWORD
    )
    return AuthResult(success=ok, handled=False)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--log")
    args = parser.parse_args()
    logging.getLogger("mail.log").setLevel(logging.ERROR)  # a deprecation line per login
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)
    handler = _Sink(args.log)

    def factory() -> SMTP:
        return SMTP(
            handler,
            hostname="mail.test",
            ident="sink ESMTP",
            tls_context=context,
            require_starttls=False,
            authenticator=_authenticator,
            auth_required=True,
            auth_require_tls=True,
        )

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(
        loop.create_server(factory, "127.0.0.1", args.port, backlog=256)
    )
    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    print("ready", flush=True)
    try:
        loop.run_forever()
    finally:
        server.close()
        if handler.log is not None:
            handler.log.close()


if __name__ == "__main__":
    main()
