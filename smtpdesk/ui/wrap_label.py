"""A word-wrapped label that is as tall as its text at the width it really has.

QLabel's own size hint for wrapped text assumes a narrow width, so inside a scroll area (which
does not ask for height-for-width) a two-line sentence got the height of five lines, with
blank bands above and below it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel


class WrapLabel(QLabel):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("wordWrap", True)
        super().__init__(*args, **kwargs)

    def _at_width(self, hint: QSize) -> QSize:
        if self.wordWrap() and self.width() > 0 and self.text():
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._at_width(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._at_width(super().minimumSizeHint())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # another width, another height
        super().resizeEvent(event)
