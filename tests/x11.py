"""Run a program's window under a real X server (Xvfb, Qt's xcb platform) and look at it.

The README's first command opens `smtpdesk --demo` on a user's display: offscreen Qt needs
fewer system libraries than xcb does, so only a real X server proves the window can open.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def require_xvfb() -> None:
    if shutil.which("xvfb-run") and shutil.which("import"):
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("xvfb-run or ImageMagick is missing: scripts/setup installs them")
    pytest.skip("xvfb-run or ImageMagick is not installed (scripts/setup installs them)")


def screenshot_of(
    command: list[str], home: Path, shot: Path, size: str = "1366x768"
) -> tuple[float, str, subprocess.CompletedProcess]:
    """Start `command` under Xvfb, wait until something is drawn on the screen, capture the
    whole screen; returns (mean brightness 0..1, the centre pixel, the finished run)."""
    require_xvfb()
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SMTPDESK_") and k != "QT_QPA_PLATFORM"
    }
    environment.update(SMTPDESK_HOME=str(home), QT_QPA_PLATFORM="xcb")
    program = " ".join(f"'{part}'" for part in command)
    script = f"""
{program} > '{home}/window.log' 2>&1 &
pid=$!
for i in $(seq 1 150); do
  sleep 0.2
  if import -window root '{shot}' 2>/dev/null &&
     [ "$(convert '{shot}' -format '%[fx:mean>0.05]' info:)" = "1" ]; then break; fi
done
sleep 0.5
import -window root '{shot}'
kill $pid; wait $pid
"""
    run = subprocess.run(
        ["xvfb-run", "-a", "-s", f"-screen 0 {size}x24", "bash", "-c", script],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    width, height = (int(n) for n in size.split("x"))
    mean = float(
        subprocess.run(
            ["convert", str(shot), "-format", "%[fx:mean]", "info:"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    centre = subprocess.run(
        ["convert", str(shot), "-format", f"%[pixel:p{{{width // 2},{height // 2}}}]", "info:"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return mean, centre, run
