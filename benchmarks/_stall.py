"""The event-loop stall meter shared by the window benchmarks."""

from __future__ import annotations

import time

TICK_MS = 5


class StallMeter:
    """A 5 ms timer: the longest gap between ticks is the longest the loop was blocked."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return max(self.gaps, default=0.0)

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.gaps)
        return ordered[int(fraction * (len(ordered) - 1))] if ordered else 0.0


def run_in_window(run) -> int:
    """Open the real window (offscreen, English) on the app's qasync loop, with the Batch and
    Queue pages, and run `await run(window, pages)` there; its result is the exit code."""
    import asyncio
    import os
    import sys
    import tempfile

    os.environ.setdefault("SMTPDESK_HOME", tempfile.mkdtemp(prefix="smtpdesk-bench-"))
    import qasync
    from PySide6.QtWidgets import QApplication

    from smtpdesk.app import create_window

    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = create_window(lang="en")
    pages = window.batch_pages
    try:
        return loop.run_until_complete(run(window, pages))
    finally:
        pages.run.stop_now()
        window.discard_and_close()
        loop.close()


def trusted_server():
    """A STARTTLS+AUTH aiosmtpd server (tests/servers.py) whose certificate comes from a
    fresh test CA that this process trusts through SSL_CERT_FILE."""
    import os
    import ssl
    import tempfile
    from pathlib import Path

    from servers import start_server
    from trustme import CA

    ca = CA()
    ca_file = Path(tempfile.mkdtemp()) / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    os.environ["SSL_CERT_FILE"] = str(ca_file)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return start_server(mode="starttls", server_context=context)
