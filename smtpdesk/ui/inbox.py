"""The demo inbox tab: one row per message the local capture server received, and a reader.

Messages arrive from the server thread through `bridge.InboxFeed`'s queued signal; the model
inserts them newest first.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smtpdesk.demo import CapturedMessage
from smtpdesk.ui.data_size import data_size
from smtpdesk.ui.retranslate import Retranslating
from smtpdesk.ui.sealed_browser import SealedBrowser
from smtpdesk.ui.wrap_label import WrapLabel

Index = QModelIndex | QPersistentModelIndex


class InboxModel(QAbstractTableModel):
    COLUMNS = ("from", "to", "subject", "time")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._messages: list[CapturedMessage] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._messages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def message(self, row: int) -> CapturedMessage:
        return self._messages[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        message = self._messages[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "from":
                return message.sender or message.envelope_from
            if column == "to":
                return message.to or ", ".join(message.envelope_to)
            if column == "subject":
                return message.subject
            return QLocale().toString(message.received_at.time(), QLocale.FormatType.ShortFormat)
        if role == Qt.ItemDataRole.UserRole:
            return message
        return None

    def headerData(  # noqa: N802 (Qt's name)
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("From"), self.tr("To"), self.tr("Subject"), self.tr("Time"))[section]

    @Slot(object)
    def add_message(self, message: CapturedMessage) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._messages.insert(0, message)
        self.endInsertRows()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)


class InboxPage(Retranslating, QWidget):
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = InboxModel(self)
        self.intro = WrapLabel(objectName="inboxIntro")
        self.view = QTableView(objectName="inboxView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 220)
        header.resizeSection(1, 200)
        self.reader = SealedBrowser(objectName="messageView")
        self.reader.setOpenLinks(False)  # a message's links are shown, not followed
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        self.model.rowsInserted.connect(self._rows_inserted)
        self.view.selectionModel().currentRowChanged.connect(self._show_current)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        count = self.model.rowCount()
        self.intro.setText(
            self.tr(
                "The demo inbox: messages sent with the Demo profile arrive here and "
                "nothing leaves this computer."
            )
            + " "
            + self.tr("%n message(s) received.", "", count)
        )
        self.view.setAccessibleName(self.tr("Received messages"))
        self.reader.setAccessibleName(self.tr("Message"))
        self.model.retranslate()
        self._show_current(self.view.currentIndex())

    def _rows_inserted(self) -> None:
        self.retranslate_ui()
        self.count_changed.emit(self.model.rowCount())
        if not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    def _show_current(self, index: Index, _previous: Index | None = None) -> None:
        if not index.isValid():
            self.reader.setHtml(
                "<p style='color:gray'>"
                + html.escape(
                    self.tr(
                        "No messages yet. Press Verify with the Demo profile to send a test "
                        "message here."
                    )
                )
                + "</p>"
            )
            return
        self.reader.setHtml(self._render(self.model.message(index.row())))

    def _render(self, message: CapturedMessage) -> str:
        rows = (
            (self.tr("From"), message.sender or message.envelope_from),
            (self.tr("To"), message.to or ", ".join(message.envelope_to)),
            (self.tr("Subject"), message.subject),
            (
                self.tr("Received"),
                QLocale().toString(
                    message.received_at.replace(tzinfo=None), QLocale.FormatType.LongFormat
                ),
            ),
        )
        parts = ["<table cellspacing='0' cellpadding='2'>"]
        parts += [
            f"<tr><td><b>{html.escape(label)}:</b>&nbsp;</td><td>{html.escape(value)}</td></tr>"
            for label, value in rows
        ]
        parts.append("</table>")
        if message.attachments:
            items = "".join(
                f"<li>{html.escape(a.filename or self.tr('(no name)'))} — "
                f"{html.escape(a.content_type)}, {data_size(a.size)}</li>"
                for a in message.attachments
            )
            parts.append(f"<p><b>{html.escape(self.tr('Attachments'))}:</b></p><ul>{items}</ul>")
        parts.append("<hr>")
        if message.html:
            parts.append(message.html)  # QTextBrowser runs no scripts and loads no web images
        else:
            text = message.text.replace("\r\n", "\n")  # the wire's CRLF would show twice
            parts.append(f"<p style='white-space: pre-wrap'>{html.escape(text)}</p>")
        return "".join(parts)
