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
    from _demo_window import run_in_demo_window

    lang, out = sys.argv[1], sys.argv[2]
    mode = sys.argv[3] if len(sys.argv) > 3 else "ok"
    return run_in_demo_window(lang, lambda window: scenario(window, mode, out), readme_size=True)


if __name__ == "__main__":
    sys.exit(main())
