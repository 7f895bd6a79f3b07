"""The Queue page's export for Excel, opened as a spreadsheet would open it (for the README).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/take_export_screenshot.py sl /tmp/izvoz.csv
    soffice --headless --infilter="CSV:59,34,76,1" --convert-to pdf --outdir /tmp /tmp/izvoz.csv

Sends 12 recipients (one refused by the server) with the demo profile, then exports the batch
exactly as the Export button does; LibreOffice Calc opens the file with its own CSV import.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("SMTPDESK_HOME", tempfile.mkdtemp(prefix="smtpdesk-shot-"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from take_batch_screenshot import recipients_file


async def scenario(window, out: Path) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    await asyncio.sleep(0.3)
    pages = window.batch_pages
    batch = pages.batch_page
    batch.load_recipients(recipients_file(Path(tempfile.mkdtemp()), count=12))
    batch.subject_edit.setText("Račun za december, {{ Ime }}")
    batch.body_edit.setPlainText("Pozdravljeni, {{ Ime }}!\n\nRačun je v prilogi.\n")
    batch.refresh_preview()
    batch.send_button.click()
    await asyncio.sleep(0.3)
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    default = boxes[-1].defaultButton()
    (boxes[-1].button(QMessageBox.StandardButton.Yes) or default).click()
    for _ in range(300):
        event = pages.queue_page._last_progress
        if event is not None and event.summary.sent + event.summary.failed >= 12:
            break
        await asyncio.sleep(0.1)
    await asyncio.sleep(0.3)
    count = pages.queue_page.export(out)
    print(f"{count} rows in {out}")


def main() -> int:
    from _demo_window import run_in_demo_window

    lang, out = sys.argv[1], Path(sys.argv[2])
    return run_in_demo_window(lang, lambda window: scenario(window, out))


if __name__ == "__main__":
    sys.exit(main())
