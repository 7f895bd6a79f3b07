"""What does a copy in Sent cost a batch? (issue 20: not more than 20 % slower)

Sends the same batch through a local SMTP server (tests/servers.py) twice: without and with
`save_sent_copy`, the copies appended to a real Dovecot on 127.0.0.1 (tests/imap_server.py;
needs `dovecot` installed, as scripts/setup does). Prints the medians and the ratio. Two
paces: as fast as the server takes them (the worst case: every append competes with the
next message for this machine's two cores), and at a provider's usual limit of 30 a minute
scaled to 300 a minute (the appends fit in the gaps). Two incoming servers: Dovecot as it is
(each round of copies in one MULTIAPPEND) and Dovecot announcing neither MULTIAPPEND nor
LITERAL+ (APPENDs in flight one by one, each literal after the server's go-ahead).

    .venv/bin/python benchmarks/bench_sent_copy.py [--quick]
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import trustme
from conftest import server_context
from imap_server import start_dovecot
from servers import PASSWORD, USERNAME, start_server

TARGET = 1.20


async def _batch(
    root: Path, smtp_port: int, imap_port: int, n: int, copy: bool, per_minute: int | None
) -> float:
    from smtpdesk.core.profile import Profile
    from smtpdesk.core.queue import BatchSpec, Queue
    from smtpdesk.core.recipients import Recipient
    from smtpdesk.core.sender import Sender, SendOptions, template_for
    from smtpdesk.core.transport import Credentials

    spec = BatchSpec(
        subject="Račun {{ Ime }}",
        columns=("email", "Ime"),
        text_body="Pozdravljeni, {{Ime}}!\n" + "Vrstica računa.\n" * 1000,
    )
    queue = Queue(root / f"queue-{time.monotonic_ns()}.sqlite3")
    profile = Profile(
        name="Bench",
        host="127.0.0.1",
        port=smtp_port,
        sender=USERNAME,
        username=USERNAME,
        imap_host="127.0.0.1",
        imap_port=imap_port,
        save_sent_copy=copy,
        timeout=30,
    )
    batch = queue.create_batch(
        "Bench",
        spec,
        [
            Recipient(
                i + 2, f"oseba{i}@example.si", {"email": f"oseba{i}@example.si", "Ime": str(i)}
            )
            for i in range(n)
        ],
    )
    sender = Sender(
        queue,
        batch,
        profile,
        Credentials(USERNAME, PASSWORD),
        template_for(profile, spec),
        account=f"bench-{time.monotonic_ns()}",
        options=SendOptions.for_profile(profile, concurrency=2, max_per_minute=per_minute),
    )
    started = time.perf_counter()
    outcome = await sender.run()
    elapsed = time.perf_counter() - started
    assert outcome.summary.sent == n, outcome
    queue.close()
    return elapsed


def main() -> int:
    quick = "--quick" in sys.argv
    n, runs = (40, 1) if quick else (200, 5)
    ca = trustme.CA()
    root = Path(tempfile.mkdtemp(prefix="bench-sent-copy-"))
    ca.cert_pem.write_to_path(str(root / "ca.pem"))
    os.environ["SSL_CERT_FILE"] = str(root / "ca.pem")
    os.environ["SMTPDESK_HOME"] = str(root / "home")
    smtp = start_server(mode="starttls", server_context=server_context(ca.issue_cert("127.0.0.1")))
    worst = 1.0
    print(f"{n} messages of ~16 KB, median of {runs}")
    try:
        for server, without in (
            ("Dovecot (MULTIAPPEND)", ()),
            ("Dovecot without MULTIAPPEND, LITERAL+", ("MULTIAPPEND", "LITERAL+")),
        ):
            imap = start_dovecot(ca, root / f"dovecot-{len(without)}", without=without)
            try:
                imap.create("Sent")
                print(server)
                for label, pace in (("as fast as possible", None), ("300 a minute", 300)):
                    count = n if pace is None else min(n, 50)
                    # interleaved, so that other work on the machine weighs on both alike
                    runs_of: dict[bool, list[float]] = {False: [], True: []}
                    for _ in range(runs):
                        for copy in (False, True):
                            runs_of[copy].append(
                                asyncio.run(
                                    _batch(root, smtp.port, imap.ssl_port, count, copy, pace)
                                )
                            )
                    times = {copy: statistics.median(values) for copy, values in runs_of.items()}
                    ratio = times[True] / times[False]
                    worst = max(worst, ratio)
                    print(
                        f"  {label:<20} without {times[False]:7.2f} s   with copies "
                        f"{times[True]:7.2f} s   ratio {ratio:4.2f}"
                    )
                print(f"  copies in Sent: {len(imap.messages('Sent'))}")
            finally:
                imap.stop()
    finally:
        smtp.stop()
    print(
        f"worst ratio {worst:.2f}: {'OK' if worst <= TARGET else 'OVER'} (target ≤ {TARGET:.2f}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
