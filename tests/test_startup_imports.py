"""The window opens without loading what its first screen does not need (issue 18 item 4):
the demo inbox's SMTP server, S/MIME's cryptography, OAuth2's authlib, openpyxl."""

from __future__ import annotations

import json
import os
import subprocess
import sys

DEFERRED = ("aiosmtpd", "cryptography", "authlib", "openpyxl")

_OPEN_WINDOW = """
import asyncio, json, sys
from PySide6.QtWidgets import QApplication
import qasync
app = QApplication([])
asyncio.set_event_loop(qasync.QEventLoop(app))
from smtpdesk.app import create_window
window = create_window(demo={demo})
app.processEvents()
assert window.isVisible()
loaded = sorted({{name.split(".")[0] for name in sys.modules}} & set({deferred!r}))
if {demo}:
    window.shutdown()
print(json.dumps(loaded))
"""


def _loaded_by_window(*, demo: bool) -> list[str]:
    code = _OPEN_WINDOW.format(demo=demo, deferred=DEFERRED)
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.splitlines()[-1])


def test_the_window_opens_without_the_demo_server_signing_or_sign_in_libraries(home):
    assert _loaded_by_window(demo=False) == []


def test_demo_mode_loads_the_demo_server_it_starts(home):
    # the same check sees a module that is loaded: the demo inbox needs aiosmtpd
    assert "aiosmtpd" in _loaded_by_window(demo=True)
