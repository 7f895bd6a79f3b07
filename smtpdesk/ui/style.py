"""The application style: the platform's own, with one fix our languages need.

Fusion shifts unselected tabs down and clips their text at the top, which cuts the háček
off capitals (Č, Ř, Ž: "Čakalna vrsta" showed as "Cakalna vrsta"); no shift, no clipping.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle


class _Style(QProxyStyle):
    def pixelMetric(self, metric, option=None, widget=None):  # noqa: N802 (Qt's name)
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)


def install(app: QApplication) -> None:
    if not isinstance(app.style(), _Style):
        app.setStyle(_Style(app.style().name()))
