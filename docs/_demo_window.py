"""Run a scripted scenario in the demo window, for the screenshot scripts beside this file."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable


def run_in_demo_window(
    lang: str, scenario: Callable[..., Awaitable[None]], *, readme_size: bool = False
) -> int:
    """`scenario(window)` on qasync's loop in a demo window of `lang`; `readme_size`: the
    README's 1100×800 instead of a size fitted to the screen (offscreen's is 800×800)."""
    import qasync
    from PySide6.QtWidgets import QApplication

    from smtpdesk.app import create_window

    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = create_window(demo=True, lang=lang)
    if readme_size:
        window.resize(1100, 800)
    try:
        loop.run_until_complete(scenario(window))
    finally:
        window.batch_pages.run.stop_now()
        window.discard_and_close()
        loop.close()  # stops the executor threads before Qt goes away
    return 0
