"""One way for a widget to follow the language: `class Page(Retranslating, QWidget)` and a
`retranslate_ui()` method, called whenever Qt says the language changed (a translator was
installed or removed). The widget still sets its words once itself when it is built."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin, first among the bases: LanguageChange → `self.retranslate_ui()`."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]  # the Qt base class's


__all__ = ["Retranslating"]
