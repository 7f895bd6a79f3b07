"""Take a screenshot of a batch in progress in demo mode (for the README).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/take_batch_screenshot.py sl docs/batch-sl.png

Loads 120 recipients, sends them with the Demo profile at 30 messages a minute (one every 2 s),
and grabs the Queue page once a few are out, with the rate and the time left showing.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("SMTPDESK_HOME", tempfile.mkdtemp(prefix="smtpdesk-shot-"))

NAMES = [
    "Ana Novak",
    "Marko Horvat",
    "Petra Kovačič",
    "Jan Dvořák",
    "Eva Svobodová",
    "Tomáš Černý",
    "Katarzyna Wójcik",
    "Piotr Kowalski",
    "Maja Zupančič",
    "Łukasz Nowak",
]


def recipients_file(folder: Path, count: int = 120) -> Path:
    lines = ["Ime;E-pošta;Povezava"]
    for i in range(count):
        name = NAMES[i % len(NAMES)]
        user = name.split()[0].lower().replace("ł", "l").replace("á", "a").replace("š", "s")
        lines.append(f"{name};{user}.{i + 1}@example.si;https://anketa.si/a/{i + 1:04d}")
    path = folder / "prejemniki.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


async def scenario(window, pages, out: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    await asyncio.sleep(0.3)
    window.settings_page.limit_spins["max_per_minute"].setValue(30)
    batch = pages.batch_page
    batch.load_recipients(recipients_file(Path(tempfile.mkdtemp())))
    batch.subject_edit.setText("Anketa za {{ Ime }}")
    batch.body_edit.setPlainText("Pozdravljeni, {{ Ime }}!\n\nPovezava do ankete: {{ Povezava }}\n")
    batch.refresh_preview()
    batch.send_button.click()
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    boxes[-1].button(QMessageBox.StandardButton.Yes).click()
    for _ in range(200):
        event = pages.queue_page._last_progress
        if event is not None and event.summary.sent >= 5 and event.eta_seconds:
            break
        await asyncio.sleep(0.1)
    await asyncio.sleep(0.5)
    window.grab().save(out)
    if len(sys.argv) > 3:  # the Batch page too, for checking its layout
        window.tabs.setCurrentWidget(batch)
        batch.preview_spin.setValue(3)
        await asyncio.sleep(0.3)
        window.grab().save(sys.argv[3])


def main() -> int:
    from _demo_window import run_in_demo_window

    lang, out = sys.argv[1], sys.argv[2]
    return run_in_demo_window(
        lang, lambda window: scenario(window, window.batch_pages, out), readme_size=True
    )


if __name__ == "__main__":
    sys.exit(main())
