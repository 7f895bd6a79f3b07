"""The window fits a laptop screen: the main buttons and the verify answer are in view at
1366×768 and 1024×700, the last size and place come back, pages scroll instead of running off.

`test_on_this_screen` checks the screen the process really has; the tests below it run it in a
child process on an offscreen screen of a laptop's size, and under Xvfb (a real X server, the
xcb platform) when Xvfb is installed — always on CI.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QScrollArea, QToolButton, QWidget

from smtpdesk.core import settings
from smtpdesk.ui import fit

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

LAPTOPS = {"1366x768": QSize(1366, 768), "1024x700": QSize(1024, 700)}
PROFILE_BUTTONS = (
    "addProfileButton",
    "duplicateProfileButton",
    "renameProfileButton",
    "deleteProfileButton",
)
ROOT = Path(__file__).resolve().parents[2]


def out_of_view(widget: QWidget, window: QWidget) -> str:
    """Why the user cannot see all of `widget` in `window`, or "" when they can."""
    name = widget.objectName()
    if not widget.isVisible():
        return f"{name} is hidden"
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not window.rect().contains(rect):
        return f"{name} at {rect} is outside the window {window.rect()}"
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QScrollArea):
            viewport = ancestor.viewport()
            shown = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
            if not viewport.rect().contains(shown):
                return f"{name} at {shown} is scrolled out of {ancestor.objectName()}"
        ancestor = ancestor.parentWidget()
    return ""


def fit_to_screen(window, screen: QSize) -> None:
    """What the window does on a screen of that size (the window frame allowed for)."""
    window.setGeometry(
        fit.window_rect([QRect(QPoint(0, 0), screen)], None, minimum=window.minimumSize())
    )


def check_controls_in_view(qtbot, window) -> None:
    """On Settings: Verify, Save, the profile buttons, then the verify answer; on Batch: Send."""
    find = window.findChild
    window.tabs.setCurrentIndex(0)
    qtbot.wait(50)
    for name in ("verifyButton", "saveButton", *PROFILE_BUTTONS):
        assert out_of_view(find(QPushButton, name), window) == ""
    window.findChild(QToolButton, "advancedButton").setChecked(True)  # a longer page
    qtbot.mouseClick(find(QPushButton, "verifyButton"), Qt.MouseButton.LeftButton)
    result = find(QWidget, "verifyResult")
    qtbot.waitUntil(lambda: result.property("code") == "ok", timeout=10000)
    try:  # scrolled into view once laid out
        qtbot.waitUntil(lambda: out_of_view(result, window) == "", timeout=2000)
    except qtbot.TimeoutError:
        assert out_of_view(result, window) == ""

    window.tabs.setCurrentWidget(window.batch_pages.batch_page)
    qtbot.wait(50)
    for name in ("sendButton", "recipientsButton", *PROFILE_BUTTONS):
        assert out_of_view(find(QPushButton, name), window) == ""


@pytest.mark.parametrize("screen", LAPTOPS, ids=list(LAPTOPS))
def test_main_controls_in_view_at_laptop_sizes(qtbot, open_window, screen):
    window = open_window(demo=True, lang="sl")  # Slovenian: the longest labels
    fit_to_screen(window, LAPTOPS[screen])
    qtbot.wait(50)
    assert window.width() <= LAPTOPS[screen].width()
    assert window.height() <= LAPTOPS[screen].height()

    check_controls_in_view(qtbot, window)


def test_first_window_fits_the_free_area_of_the_screen():
    for size in LAPTOPS.values():
        screen = QRect(QPoint(0, 0), size)
        rect = fit.window_rect([screen], None)
        assert screen.contains(rect.adjusted(-8, -32, 8, 8)), (size, rect)
    desktop = QRect(0, 0, 1920, 1080)
    assert fit.window_rect([desktop], None).size() == fit.DEFAULT_SIZE
    # a panel on the left: the free area starts at x=64
    assert fit.window_rect([QRect(64, 0, 1302, 740)], None).left() >= 64 + 8


def test_a_saved_place_is_used_only_on_a_screen_that_is_still_there():
    laptop, monitor = QRect(0, 0, 1366, 740), QRect(1366, 0, 1920, 1050)
    saved = {"x": 1500, "y": 100, "width": 1200, "height": 900}
    assert fit.window_rect([laptop, monitor], saved) == QRect(1500, 100, 1200, 900)
    # the monitor was unplugged: back to the laptop, at a size that fits it
    alone = fit.window_rect([laptop], saved)
    assert laptop.contains(alone) and alone.height() <= 740 - 40
    # a saved place half over the edge is moved in
    over = fit.window_rect([laptop], {"x": 900, "y": 500, "width": 800, "height": 600})
    assert laptop.contains(over.adjusted(-8, -32, 8, 8)) and over.width() == 800
    assert fit.window_rect([laptop], {"x": "junk"}) == fit.window_rect([laptop], None)


def test_size_and_place_are_remembered_across_restarts(qtbot, open_window, home):
    window = open_window()
    window.setGeometry(QRect(120, 90, 900, 620))
    qtbot.wait(20)
    window.discard_and_close()
    assert settings.load()["window"] == {
        "x": 120,
        "y": 90,
        "width": 900,
        "height": 620,
        "maximized": False,
    }

    again = open_window()
    assert again.geometry() == QRect(120, 90, 900, 620)
    again.discard_and_close()

    settings.update(
        window={"x": 5000, "y": 3000, "width": 900, "height": 620, "maximized": False}
    )  # on a monitor that is gone
    third = open_window()
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.contains(third.frameGeometry())


@pytest.mark.skipif(
    not os.environ.get("SMTPDESK_FIT_SCREEN"),
    reason="runs in a child process with a laptop-sized screen (below)",
)
def test_on_this_screen(qtbot, open_window):
    expected = QSize(*map(int, os.environ["SMTPDESK_FIT_SCREEN"].split("x")))
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.size() == expected, QGuiApplication.platformName()
    window = open_window(demo=True, lang="sl")
    qtbot.wait(200)  # the window manager (if any) places it
    assert screen.contains(window.frameGeometry()), (window.frameGeometry(), screen)
    check_controls_in_view(qtbot, window)


def run_on_screen(size: str, env: dict[str, str], prefix: list[str] = ()) -> None:
    command = [
        *prefix,
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-q",
        f"{Path(__file__)}::test_on_this_screen",
    ]
    environment = {
        **os.environ,
        "SMTPDESK_FIT_SCREEN": size,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        **env,
    }
    done = subprocess.run(
        command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=180
    )
    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    assert done.returncode == 0 and last.startswith("1 passed"), done.stdout + done.stderr


@pytest.mark.slow
@pytest.mark.parametrize("size", LAPTOPS)
def test_offscreen_laptop_screen(tmp_path, size):
    width, height = size.split("x")
    config = tmp_path / "screen.json"
    screen = {
        "name": "laptop",
        "x": 0,
        "y": 0,
        "width": int(width),
        "height": int(height),
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    run_on_screen(size, {"QT_QPA_PLATFORM": f"offscreen:configfile={config}"})


@pytest.mark.slow
@pytest.mark.parametrize("size", LAPTOPS)
def test_under_xvfb(size):
    if not shutil.which("xvfb-run"):
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("xvfb-run is missing: scripts/setup installs xvfb and xauth")
        pytest.skip("xvfb-run is not installed (scripts/setup installs it)")
    run_on_screen(
        size, {"QT_QPA_PLATFORM": "xcb"}, ["xvfb-run", "-a", "-s", f"-screen 0 {size}x24"]
    )
