"""GUI fixtures: one qasync loop for the session, the real window from create_window().

The loop is made with `already_running=True` because pytest-qt drives Qt's event processing
(qtbot.waitUntil); it is the running asyncio loop only during a GUI test, so the core's
pytest-asyncio tests in the same session keep their own loops.
"""

from __future__ import annotations

import asyncio
import time

import pytest
import qasync
from PySide6.QtCore import QCoreApplication, QEvent

from smtpdesk import i18n


@pytest.fixture(scope="session")
def qt_loop(qapp):
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.events._set_running_loop(None)  # set per test, below
    yield loop
    # the loop never "stops" (Qt owns the event processing), so close() refuses: stop the
    # executor threads (getaddrinfo runs there) by hand
    executor = loop._QEventLoop__default_executor
    if executor is not None:
        executor.shutdown()


@pytest.fixture(autouse=True)
def _running_qt_loop(qt_loop):
    previous = asyncio.events._get_running_loop()
    asyncio.set_event_loop(qt_loop)
    asyncio.events._set_running_loop(qt_loop)
    yield qt_loop
    tasks = [task for task in asyncio.all_tasks(qt_loop) if not task.done()]
    for task in tasks:
        task.cancel()
    # let them run their cleanup (closing connections) while their loop still runs
    deadline = time.monotonic() + 3
    while any(not task.done() for task in tasks) and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.005)
    asyncio.events._set_running_loop(previous)
    asyncio.set_event_loop(None)


@pytest.fixture
def open_window(home, qtbot):
    """`open_window(demo=..., lang=...)` → the shown main window; closed after the test."""
    from smtpdesk.app import create_window

    windows = []

    def open_(**kwargs):
        window = create_window(**kwargs)
        qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
        windows.append(window)
        qtbot.waitExposed(window)
        return window

    yield open_
    for window in windows:
        window.discard_and_close()
    i18n.install("en")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


@pytest.fixture
def window(open_window):
    return open_window()
