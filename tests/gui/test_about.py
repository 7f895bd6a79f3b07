"""About and crash report: versions and licences one key away; a crash leaves a useful,
secret-free report and never takes the window down silently."""

from __future__ import annotations

import asyncio
import json
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel

from smtpdesk import __version__
from smtpdesk.core import secrets
from smtpdesk.core.resources import resource_path
from smtpdesk.ui.about import CrashHandler

# the offscreen platform says this whenever a dialog opens; it is not ours to fix
pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def test_f1_opens_about_with_versions_and_licences(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "aboutDialog") is not None)
    dialog = window.findChild(QDialog, "aboutDialog")
    qtbot.waitUntil(dialog.isVisible)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in text and "PySide6" in text and "LGPL" in text
    # the bundled provider data: Thunderbird's ISPDB, where it comes from, its licence
    source = json.loads(resource_path("ispdb", "ispdb.json").read_text("utf-8"))["source"]
    assert re.search(
        r"Thunderbird ISPDB \(https://github\.com/thunderbird/autoconfig, "
        rf"ispdb/ at {source['commit'][:12]}\): MPL-2\.0, "
        r"https://mozilla\.org/MPL/2\.0/",
        text,
    )
    assert "truststore: MIT" in text
    dialog.reject()


@pytest.mark.expected_log  # logs on purpose
def test_a_crash_in_a_task_is_reported_with_a_file_and_no_secret(window, qtbot, home):
    secrets.set_password(window.settings_page.current_profile().name or "x", "S3cret-pw")
    handler = CrashHandler(window, lambda: "host = 'smtp.example.com'")
    loop = asyncio.get_event_loop()
    handler.install(loop)
    try:

        async def broken():
            raise RuntimeError("boom in a task")

        task = loop.create_task(broken())
        del task  # an unretrieved exception reaches the loop's handler when collected
        import gc

        qtbot.waitUntil(
            lambda: (gc.collect() or True) and window.findChild(QDialog, "crashDialog") is not None,
            timeout=5000,
        )
    finally:
        handler.uninstall()
        loop.set_exception_handler(None)
    dialog = window.findChild(QDialog, "crashDialog")
    reports = list(home.glob("crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    assert "boom in a task" in text and __version__ in text and "smtp.example.com" in text
    assert "S3cret-pw" not in text
    qtbot.mouseClick(dialog.findChild(object, "copyCrashReport"), Qt.MouseButton.LeftButton)
    assert "boom in a task" in QGuiApplication.clipboard().text()
    dialog.reject()
