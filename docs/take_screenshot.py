"""Take a screenshot of the window in demo mode after a Verify (for the README).

    xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python docs/take_screenshot.py \\
        sl docs/screenshot-sl.png [ok|fail|inbox|details]

"fail" turns sign-in and STARTTLS on against the plain demo server, to show a refusal.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile

os.environ.setdefault("SMTPDESK_HOME", tempfile.mkdtemp(prefix="smtpdesk-shot-"))


async def scenario(window, mode: str, out: str) -> None:
    page = window.settings_page
    await asyncio.sleep(0.3)
    if mode == "fail":
        page.auth_check.setChecked(True)
        page.password_edit.setText("secret")
        page.encryption_combo.setCurrentIndex(page.encryption_combo.findData("starttls"))
    page.verify_button.click()
    result = window.findChild(object, "verifyResult")
    for _ in range(150):
        if result.property("code"):
            break
        await asyncio.sleep(0.1)
    if mode == "inbox":
        window.tabs.setCurrentIndex(1)
    if mode == "details":
        page.verify_panel.details_button.setChecked(True)
        page.advanced_button.setChecked(True)
    await asyncio.sleep(0.5)
    window.grab().save(out)


def main() -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    from smtpdesk.app import create_window

    lang, out = sys.argv[1], sys.argv[2]
    mode = sys.argv[3] if len(sys.argv) > 3 else "ok"
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = create_window(demo=True, lang=lang)
    window.resize(1100, 800)  # offscreen's screen is 800×800: the README's size, not a fitted one
    try:
        loop.run_until_complete(scenario(window, mode, out))
    finally:
        window.discard_and_close()
        loop.close()  # stops the executor threads before Qt goes away
    return 0


if __name__ == "__main__":
    sys.exit(main())
