"""The README's first command: `smtpdesk --demo` opens a real window on an X display."""

from __future__ import annotations

import sys
from pathlib import Path

from x11 import screenshot_of


def test_the_demo_window_opens_on_a_real_x_display(home, tmp_path):
    smtpdesk = Path(sys.executable).with_name("smtpdesk")
    mean, centre, run = screenshot_of([str(smtpdesk), "--demo"], home, tmp_path / "demo.png")
    log = (home / "window.log").read_text(encoding="utf-8", errors="replace")
    assert "Could not load the Qt platform plugin" not in log, log[-2000:]
    # Xvfb's screen is black until a window is drawn: the demo window covers most of it
    assert mean > 0.3, (mean, log[-2000:], run.stderr[-2000:])
    assert centre.startswith(("srgb", "gray")) and centre != "srgb(0,0,0)", centre
    assert "window shown" in (home / "logs" / "smtpdesk.log").read_text(encoding="utf-8")
