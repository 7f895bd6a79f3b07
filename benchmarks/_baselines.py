"""The two hand-written baselines of bench_throughput, each run as its own process.

naive: smtplib, a new connection per message (STARTTLS + login each time), each message
       built with EmailMessage (set_content + add_alternative) and flattened by smtplib.
bare:  aiosmtplib, 4 worker coroutines with one connection each (STARTTLS + login once),
       each message built with EmailMessage inside the loop.

    python benchmarks/_baselines.py naive|bare --port N --ca ca.pem --count N [--workers 4]

Prints one JSON line: {"seconds": time spent sending, imports and setup excluded}.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import smtplib
import ssl
import sys
import time
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import HTML, PASSWORD, SENDER, SUBJECT, TEXT, USERNAME, fill, person


def build(number: int) -> EmailMessage:
    fields = person(number)
    message = EmailMessage()
    message["From"] = SENDER
    message["To"] = fields["E-pošta"]
    message["Subject"] = fill(SUBJECT, fields)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="novak.cz")
    message.set_content(fill(TEXT, fields))
    message.add_alternative(fill(HTML, fields), subtype="html")
    return message


def naive(port: int, context: ssl.SSLContext, count: int) -> None:
    for number in range(count):
        message = build(number)
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
            smtp.starttls(context=context)
            smtp.login(USERNAME, PASSWORD)
            smtp.send_message(message)


async def bare(port: int, context: ssl.SSLContext, count: int, workers: int) -> None:
    import aiosmtplib

    numbers = iter(range(count))

    async def worker() -> None:
        smtp = aiosmtplib.SMTP(
            hostname="127.0.0.1", port=port, start_tls=True, tls_context=context, timeout=30
        )
        await smtp.connect()
        await smtp.login(USERNAME, PASSWORD)
        for number in numbers:  # shared iterator: each worker takes the next message
            await smtp.send_message(build(number))
        await smtp.quit()

    await asyncio.gather(*(worker() for _ in range(workers)))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("naive", "bare"))
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--ca", required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    context = ssl.create_default_context(cafile=args.ca)
    start = time.perf_counter()
    if args.mode == "naive":
        naive(args.port, context, args.count)
    else:
        asyncio.run(bare(args.port, context, args.count, args.workers))
    print(json.dumps({"seconds": time.perf_counter() - start}))


if __name__ == "__main__":
    main()
