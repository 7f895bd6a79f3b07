"""`QueueModel` keeps one small list per recipient and takes the sender's row events as they
come, but tells the views only every 100 ms, with one `dataChanged` per run of neighbouring
rows — never a reset per message — so a 10 000-row batch stays smooth. `QueueFilter` sorts
and filters by state."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)

from smtpdesk.core.queue import STATES, Queue
from smtpdesk.core.sender import RowEvent
from smtpdesk.ui.batch.words import _state_icon, code_words, state_word

Index = QModelIndex | QPersistentModelIndex

COALESCE_MS = 100
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("email", "state", "code", "reply", "time")
_EMAIL, _STATE, _CODE, _REPLY, _TIME = range(5)
# the record kept per row: [row id, email, state, code, smtp code, reply, updated]
_ID, _R_EMAIL, _R_STATE, _R_CODE, _R_SMTP, _R_REPLY, _R_TIME = range(7)

_STATE_ORDER = {
    state: n
    for n, state in enumerate(
        ("bounced", "failed", "uncertain", "deferred", "sending", "pending", "cancelled", "sent")
    )
}


class QueueModel(QAbstractTableModel):
    """One batch's rows. Column 0 is the address; `Qt.UserRole` of column 0 is the state."""

    flushed = Signal()  # after a batch of row changes reached the views

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.batch_id: int | None = None
        self._rows: list[list[Any]] = []
        self._by_position: dict[int, int] = {}
        self._by_id: dict[int, int] = {}
        self._pending: dict[int, RowEvent] = {}
        self._timer = QTimer(self, interval=COALESCE_MS, singleShot=True)
        self._timer.timeout.connect(self.flush)
        self._headers: list[str] = []
        self.retranslate()

    def load(
        self, queue: Queue | None, batch_id: int | None, *, row_states: list[tuple] | None = None
    ) -> None:
        """Show a batch (its rows' states, without the merge fields) or nothing;
        `row_states`: the batch's `Queue.row_states`, when they were just read elsewhere."""
        self._timer.stop()
        self._pending.clear()
        self.beginResetModel()
        self.batch_id = batch_id
        self._rows = []
        self._by_position = {}
        self._by_id = {}
        if queue is not None and batch_id is not None:
            states = queue.row_states(batch_id) if row_states is None else row_states
            # comprehensions: a 10 000-row batch is shown as Send is pressed, keep it short
            self._rows = [
                [row_id, email, state, code, smtp_code, reply, updated]
                for row_id, _, email, state, code, smtp_code, reply, updated in states
            ]
            self._by_position = {record[1]: n for n, record in enumerate(states)}
            self._by_id = {record[0]: n for n, record in enumerate(states)}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def state(self, row: int) -> str:
        return self._rows[row][_R_STATE]

    def row_id(self, row: int) -> int:
        return self._rows[row][_ID]

    def email(self, row: int) -> str:
        return self._rows[row][_R_EMAIL]

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATES, 0)
        for record in self._rows:
            counts[record[_R_STATE]] += 1
        return counts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return record[_R_STATE] if column == _EMAIL else None
        if role == ROW_ID_ROLE:
            return record[_ID]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            if column == _EMAIL:
                return record[_R_EMAIL]
            if column == _STATE:
                return state_word(record[_R_STATE])
            if column == _CODE:
                return code_words(record[_R_CODE])
            if column == _REPLY:
                reply = record[_R_REPLY] or ""
                smtp = record[_R_SMTP]
                return f"{smtp} {reply}".strip() if smtp else reply
            if column == _TIME:
                if record[_R_TIME] is None or record[_R_STATE] == "pending":
                    return ""
                moment = QDateTime.fromMSecsSinceEpoch(int(record[_R_TIME] * 1000))
                if moment.date() == QDateTime.currentDateTime().date():
                    return QLocale().toString(moment.time(), "HH:mm:ss")
                return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        if role == Qt.ItemDataRole.DecorationRole and column == _STATE:
            return _state_icon(record[_R_STATE])
        if role == SORT_ROLE:
            if column == _STATE:
                return _STATE_ORDER.get(record[_R_STATE], 9)
            if column == _TIME:
                return record[_R_TIME] or 0.0
            if column == _EMAIL:
                return record[_R_EMAIL].casefold()
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def headerData(  # noqa: N802 (Qt's name)
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def retranslate(self) -> None:
        self._headers = [
            self.tr("Recipient"),
            self.tr("State"),
            self.tr("Result"),
            self.tr("Server reply"),
            self.tr("Time"),
        ]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            )

    # -- live updates ---------------------------------------------------------------------

    def apply(self, event: RowEvent) -> None:
        """Note a row event; the views hear of it with the next flush (≤ 100 ms)."""
        if event.position in self._by_position:
            self._pending[event.position] = event  # only the newest state of a row counts
            if not self._timer.isActive():
                self._timer.start()

    def flush(self) -> None:
        if not self._pending:
            return
        pending, self._pending = self._pending, {}
        changed = []
        for position, event in pending.items():
            row = self._by_position[position]
            record = self._rows[row]
            record[_R_STATE] = event.state
            record[_R_CODE] = event.code or record[_R_CODE]
            record[_R_SMTP] = event.smtp_code
            record[_R_REPLY] = event.smtp_reply
            record[_R_TIME] = event.time or time.time()
            changed.append(row)
        changed.sort()
        last_column = len(COLUMNS) - 1
        start = previous = changed[0]
        for row in changed[1:]:
            if row == previous + 1:
                previous = row
                continue
            self.dataChanged.emit(self.index(start, 0), self.index(previous, last_column))
            start = previous = row
        self.dataChanged.emit(self.index(start, 0), self.index(previous, last_column))
        self.flushed.emit()


class QueueFilter(QSortFilterProxyModel):
    """Sorts by meaning (state order, time) and shows only the chosen states."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._states: frozenset[str] = frozenset()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_states(self, states: Sequence[str]) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            self._states = frozenset(states)
            self.invalidateFilter()
            return
        self.beginFilterChange()  # Qt 6.10 deprecates invalidateFilter() for this pair
        self._states = frozenset(states)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._states:
            return True
        source = cast(QueueModel, self.sourceModel())  # the queue page sets a QueueModel
        return source.state(source_row) in self._states
