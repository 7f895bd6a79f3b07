"""Screenshot of the Batch page on a laptop screen, under a real X server (Xvfb):

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python docs/take_laptop_screenshot.py sl docs/batch-sl-1366x768.png

The window places itself as on a user's first start; the whole screen is captured with
ImageMagick's `import -window root`, so what is off the screen's edge is missing from it.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("SMTPDESK_HOME", tempfile.mkdtemp(prefix="smtpdesk-shot-"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from take_batch_screenshot import recipients_file


async def scenario(window, out: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    await asyncio.sleep(0.3)
    batch = window.batch_pages.batch_page
    batch.load_recipients(recipients_file(Path(tempfile.mkdtemp()), count=24))
    batch.subject_edit.setText("Anketa za {{ Ime }}")
    batch.body_edit.setPlainText(
        "Pozdravljeni, {{ Ime }}!\n\nPovezava do ankete: "
        "{{ Povezava }}\n\nLep pozdrav,\nRačunovodstvo Novak"
    )
    window.tabs.setCurrentWidget(batch)
    batch.preview_spin.setValue(3)
    batch.refresh_preview()
    window.windowHandle().requestActivate()
    await asyncio.sleep(0.3)
    batch.send_test_button.setFocus()
    QTest.keyClick(batch.send_test_button, Qt.Key.Key_Tab)  # Send, focused from the keyboard
    await asyncio.sleep(0.8)
    subprocess.run(["import", "-window", "root", out], check=True)


def main() -> int:
    from _demo_window import run_in_demo_window

    lang, out = sys.argv[1], sys.argv[2]
    return run_in_demo_window(lang, lambda window: scenario(window, out))


if __name__ == "__main__":
    sys.exit(main())
