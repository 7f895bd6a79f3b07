"""How long does the window freeze while Verify runs? (target: no stall above 100 ms)

Opens the real window (offscreen), starts a 5 ms QTimer that records the gaps between its
ticks, and runs Verify from the window against (1) a tarpit that accepts and never answers,
cancelled after a few seconds, and (2) a good STARTTLS+AUTH server. Prints the longest gap
of each run next to an idle baseline measured the same way on the same machine.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_verify_stall.py
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _stall import StallMeter, run_in_window, trusted_server

TARGET_MS = 100.0


async def measure(
    window,
    meter: StallMeter,
    *,
    port: int,
    encryption: str,
    auth: bool,
    cancel_after: float | None,
    password: str = "",
) -> tuple[float, str]:
    page = window.settings_page
    page.host_edit.setText("127.0.0.1")
    page.encryption_combo.setCurrentIndex(page.encryption_combo.findData(encryption))
    page.port_spin.setValue(port)
    page.auth_check.setChecked(auth)
    page.password_edit.setText(password)
    result = window.findChild(object, "verifyResult")
    meter.start()
    page.verify_button.click()
    started = time.monotonic()
    while page.is_verifying():
        if cancel_after is not None and time.monotonic() - started > cancel_after:
            page.verify_button.click()  # the button is Cancel while verifying
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.1)
    return meter.stop(), result.property("code") or "cancelled"


async def run(window) -> int:
    from servers import PASSWORD, USERNAME, Tarpit

    window.settings_page.sender_edit.setText("Jan Novák <info@novak.cz>")
    meter = StallMeter()
    await asyncio.sleep(1)  # the window's first layout and paint are not part of the baseline
    meter.start()
    await asyncio.sleep(2)
    baseline = meter.stop()

    tarpit = Tarpit()
    try:
        tarpit_stall, tarpit_code = await measure(
            window, meter, port=tarpit.port, encryption="none", auth=False, cancel_after=4.0
        )
    finally:
        tarpit.stop()

    server = trusted_server()
    try:
        window.settings_page.sender_edit.setText(f"Jan Novák <{USERNAME}>")
        window.settings_page.username_edit.setText(USERNAME)
        good_stall, good_code = await measure(
            window,
            meter,
            port=server.port,
            encryption="starttls",
            auth=True,
            cancel_after=None,
            password=PASSWORD,
        )
    finally:
        server.stop()

    print(f"idle baseline        longest gap {baseline:7.1f} ms")
    print(
        f"verify vs tarpit     longest gap {tarpit_stall:7.1f} ms  ({tarpit_code}, "
        f"{tarpit_stall / max(baseline, 0.1):.1f}x baseline)"
    )
    print(
        f"verify vs good server longest gap {good_stall:6.1f} ms  ({good_code}, "
        f"{good_stall / max(baseline, 0.1):.1f}x baseline)"
    )
    worst = max(tarpit_stall, good_stall)
    verdict = "within" if worst < TARGET_MS else "ABOVE"
    print(f"worst stall {worst:.1f} ms: {verdict} the {TARGET_MS:.0f} ms target")
    return 0 if worst < TARGET_MS else 1


def main() -> int:
    return run_in_window(lambda window, _pages: run(window))


if __name__ == "__main__":
    sys.exit(main())
