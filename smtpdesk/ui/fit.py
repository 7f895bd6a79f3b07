"""The window on the user's screen: a first size that fits, the last size and place
remembered, pages that scroll instead of running off the screen's edge.

A laptop with a 1366×768 (or 1024×700) screen must show every page's main buttons: the window
never opens larger than the screen's free area (task bar and panels excluded), and a size
saved on another monitor is used only while that monitor is still there.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

DEFAULT_SIZE = QSize(1100, 800)
# the window frame (title bar, borders) is unknown before the window is shown: keep room for it
FRAME_ALLOWANCE = QSize(16, 40)


def available_screens() -> list[QRect]:
    """The free area of every screen; the one under the mouse pointer first."""
    screens = QGuiApplication.screens()
    current = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    ordered = [current, *(s for s in screens if s is not current)] if current else screens
    return [screen.availableGeometry() for screen in ordered]


def window_rect(
    screens: Sequence[QRect],
    saved: dict | None,
    *,
    frame: QSize = FRAME_ALLOWANCE,
    default: QSize = DEFAULT_SIZE,
    minimum: QSize | None = None,
) -> QRect:
    """Where the window (its inside, without the frame) goes: the saved place when it is
    still on one of `screens`, else `default` centred on the first screen; always shrunk to
    fit that screen's free area with `frame` around it."""
    minimum = minimum or QSize(0, 0)
    if not screens:
        return QRect(QPoint(0, 0), default)
    screen: QRect = screens[0]
    wanted: QRect | None = None
    if saved:
        try:
            wanted = QRect(
                int(saved["x"]), int(saved["y"]), int(saved["width"]), int(saved["height"])
            )
        except (KeyError, TypeError, ValueError):
            wanted = None
    if wanted is not None and wanted.width() > 0 and wanted.height() > 0:
        title = QPoint(wanted.center().x(), wanted.top())  # the title bar must be reachable
        holding = next((s for s in screens if s.contains(title)), None)
        if holding is None:
            wanted = None  # off every screen now: centred on the first
        else:
            screen = holding
    else:
        wanted = None
    room = QSize(
        max(screen.width() - frame.width(), minimum.width()),
        max(screen.height() - frame.height(), minimum.height()),
    )
    size = (wanted.size() if wanted is not None else default).boundedTo(room)
    side = frame.width() // 2
    title_bar = frame.height() - side
    if wanted is None:  # centred, frame included
        left = screen.left() + (screen.width() - size.width() - frame.width()) // 2 + side
        top = screen.top() + (screen.height() - size.height() - frame.height()) // 2 + title_bar
        return QRect(left, top, size.width(), size.height())
    # keep it whole on its screen: move it in where it reaches over an edge
    left = min(max(wanted.left(), screen.left() + side), screen.right() + 1 - side - size.width())
    top = min(
        max(wanted.top(), screen.top() + title_bar), screen.bottom() + 1 - side - size.height()
    )
    return QRect(left, top, size.width(), size.height())


def saved_geometry(window: QWidget) -> dict:
    """What `window_rect` needs next time (the size before maximizing, when maximized)."""
    rect = window.normalGeometry() if window.isMaximized() else window.geometry()
    return {
        "x": rect.x(),
        "y": rect.y(),
        "width": rect.width(),
        "height": rect.height(),
        "maximized": window.isMaximized(),
    }


def scroll_area(page: QWidget, *, name: str = "") -> QScrollArea:
    """`page` in a frameless scroll area that resizes it: bars appear only when needed."""
    area = QScrollArea(objectName=name) if name else QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; it follows them
    area.setWidget(page)
    return area


def scroll_into_view(widget: QWidget, margin: int = 12) -> None:
    """Scroll every scroll area around `widget` so that it shows (its top, if it is taller)."""
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QScrollArea):
            ancestor.ensureWidgetVisible(widget, margin, margin)
        ancestor = ancestor.parentWidget()


__all__ = [
    "DEFAULT_SIZE",
    "available_screens",
    "saved_geometry",
    "scroll_area",
    "scroll_into_view",
    "window_rect",
]
