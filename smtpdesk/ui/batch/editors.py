"""Small editors of the Batch page: placeholders highlighted in the message, and a row
number box that speaks spreadsheet rows."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QAbstractSpinBox, QSpinBox

from smtpdesk.core import recipients as rec


class PlaceholderHighlighter(QSyntaxHighlighter):
    """`{{ Known }}` in blue, `{{ Unknown }}` in red with a wavy underline."""

    def __init__(self, document, columns: Callable[[], Sequence[str]]) -> None:
        super().__init__(document)
        self._columns = columns
        self._known = QTextCharFormat()
        self._known.setForeground(QColor("#1565c0"))
        self._unknown = QTextCharFormat()
        self._unknown.setForeground(QColor("#c62828"))
        self._unknown.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._unknown.setUnderlineColor(QColor("#c62828"))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        columns = self._columns()
        for match in rec.PLACEHOLDER_PATTERN.finditer(text):
            known = rec.match_column(match.group(1), columns) is not None
            self.setFormat(
                match.start(), match.end() - match.start(), self._known if known else self._unknown
            )


class RowSpinBox(QSpinBox):
    """A spreadsheet row number among the rows that will be sent: the arrows skip the
    others, a typed number of another row is kept (the preview says why it is not sent)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._rows: list[int] = []

    def set_rows(self, rows: Iterable[int]) -> None:
        self._rows = sorted(rows)
        blocked = self.blockSignals(True)
        try:
            self.setRange(self._rows[0] if self._rows else 0, self._rows[-1] if self._rows else 0)
        finally:
            self.blockSignals(blocked)

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt's name)
        if not self._rows:
            return
        at = bisect.bisect_left(self._rows, self.value())
        if steps > 0:
            if at < len(self._rows) and self._rows[at] == self.value():
                at += 1
            target = at + steps - 1
        else:
            target = at + steps
        self.setValue(self._rows[max(0, min(target, len(self._rows) - 1))])

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 (Qt's name)
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self._rows and self.value() > self._rows[0]:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self._rows and self.value() < self._rows[-1]:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags
