"""The recipients table of the Batch page: the file's rows, its problems marked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from smtpdesk.core.recipients import InputProblem, Recipient
from smtpdesk.recipient_words import FILE_CODES, problem_words


class RecipientsModel(QAbstractTableModel):
    """Every data row of the file with all its cells; a row with a problem is marked beside
    them: an icon by its row number, the reason in the Problem column and in every cell's
    tooltip, the row's colour, and the offending cell in dark red.

    Column 0 is the spreadsheet row number (the number errors and the preview use); then
    the file's columns; then, with a per-recipient attachment rule, the files found; last
    the problems.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns: tuple[str, ...] = ()
        self.show_files = False
        self._rows: list[tuple[int, Recipient | None, list[InputProblem], bool]] = []
        self._position: dict[int, int] = {}  # spreadsheet row -> model row

    def set_rows(
        self,
        columns: Sequence[str],
        recipients: Sequence[Recipient],
        problems: Sequence[InputProblem],
        rejected: Sequence[Recipient] = (),
        *,
        show_files: bool = False,
    ) -> None:
        self.beginResetModel()
        self.columns = tuple(columns)
        self.show_files = show_files
        by_row: dict[int, tuple[int, Recipient | None, list[InputProblem], bool]] = {
            r.row: (r.row, r, [], True) for r in recipients
        }
        for r in rejected:
            by_row.setdefault(r.row, (r.row, r, [], False))
        for problem in problems:
            if problem.row is None or problem.code in FILE_CODES:
                continue
            if problem.row not in by_row:  # a duplicate row: it has no cells of its own
                by_row[problem.row] = (problem.row, None, [], False)
            by_row[problem.row][2].append(problem)
        self._rows = sorted(by_row.values(), key=lambda entry: entry[0])
        self._position = {entry[0]: i for i, entry in enumerate(self._rows)}
        self.endResetModel()

    @property
    def problem_column(self) -> int:
        return len(self.columns) + 1 + int(self.show_files)

    @property
    def files_column(self) -> int:
        return len(self.columns) + 1 if self.show_files else -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.problem_column + 1

    def row_number(self, model_row: int) -> int | None:
        """The spreadsheet row number shown in the table's row `model_row`."""
        return self._rows[model_row][0] if 0 <= model_row < len(self._rows) else None

    def model_row(self, number: int) -> int:
        """The table row showing spreadsheet row `number`, or -1."""
        return self._position.get(number, -1)

    def problems_of(self, number: int) -> list[InputProblem]:
        at = self._position.get(number)
        return list(self._rows[at][2]) if at is not None else []

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        number, recipient, problems, _sendable = self._rows[index.row()]
        column = index.column()
        errors = [p for p in problems if not p.is_warning]
        name = self.columns[column - 1] if 0 < column <= len(self.columns) else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(number)
            if column == self.problem_column:
                return "; ".join(problem_words(p) for p in problems)
            if column == self.files_column:
                return "; ".join(p.name for p in recipient.attachments) if recipient else ""
            if recipient is not None and name is not None:
                return recipient.fields.get(name, "")
            for problem in problems:
                if problem.column == name:
                    return problem.value
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if problems:
                return "\n".join(problem_words(p) for p in problems)
            if column == self.files_column and recipient is not None:
                return "\n".join(str(p) for p in recipient.attachments) or None
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and problems:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if errors
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QColor("#ffcdd2") if errors else QColor("#fff9c4")
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            offending = name is not None and any(p.column == name for p in problems)
            return QColor("#b71c1c") if offending else QColor("#000000")
        if (
            role == Qt.ItemDataRole.FontRole
            and name is not None
            and any(p.column == name for p in errors)
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return "error" if errors else ("warning" if problems else "ok")
        return None

    def headerData(  # noqa: N802 (Qt's name)
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Row")
        if section == self.problem_column:
            return self.tr("Problem")
        if section == self.files_column:
            return self.tr("Own files")
        return self.columns[section - 1]

    def first_row_of(self, state: str) -> int:
        for i, (_number, _recipient, problems, _sendable) in enumerate(self._rows):
            kind = (
                "error"
                if any(not p.is_warning for p in problems)
                else ("warning" if problems else "ok")
            )
            if kind == state:
                return i
        return -1
