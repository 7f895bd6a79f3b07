"""The application style: the platform's own, with two fixes our users need.

Fusion shifts unselected tabs down and clips their text at the top, which cuts the háček
off capitals (Č, Ř, Ž: "Čakalna vrsta" showed as "Cakalna vrsta"); no shift, no clipping.

Fusion marks a button that has the keyboard focus by a faint tint of its border, which
nobody sees: a button reached with Tab gets a clear ring in the highlight colour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

_State = QStyle.StateFlag
FOCUS_RING_WIDTH = 2


class _Style(QProxyStyle):
    def pixelMetric(self, metric, option=None, widget=None):  # noqa: N802 (Qt's name)
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)

    def drawControl(self, element, option, painter, widget=None):  # noqa: N802
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton:
            _focus_ring(option, painter)

    def drawComplexControl(self, control, option, painter, widget=None):  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_ToolButton:
            _focus_ring(option, painter)


def _focus_ring(option, painter: QPainter) -> None:
    """A ring inside the button's edge once the keyboard (not the mouse) put focus there."""
    state = option.state
    if not (state & _State.State_HasFocus and state & _State.State_KeyboardFocusChange):
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), FOCUS_RING_WIDTH)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = FOCUS_RING_WIDTH
    painter.drawRoundedRect(option.rect.adjusted(inset, inset, -inset, -inset), 3, 3)
    painter.restore()


def install(app: QApplication) -> None:
    if not isinstance(app.style(), _Style):
        app.setStyle(_Style(app.style().name()))
