"""The list of sending profiles on the left, with its add / duplicate / rename / delete buttons.

A plain view: the main window decides what the buttons do. Each item keeps the profile's name
in `Qt.UserRole` (its text may be mid-edit) and whether it is an unsaved draft.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smtpdesk.ui.mnemonics import plain
from smtpdesk.ui.retranslate import Retranslating

NAME_ROLE = Qt.ItemDataRole.UserRole
DRAFT_ROLE = Qt.ItemDataRole.UserRole + 1


class ProfilesPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(objectName="profilesHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget(objectName="profileList")
        self.heading.setBuddy(self.list)  # Alt+its letter goes to the list
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setUniformItemSizes(True)
        self.add_button = QPushButton(objectName="addProfileButton")
        self.duplicate_button = QPushButton(objectName="duplicateProfileButton")
        self.rename_button = QPushButton(objectName="renameProfileButton")
        self.delete_button = QPushButton(objectName="deleteProfileButton")
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.duplicate_button, 0, 1)
        buttons.addWidget(self.rename_button, 1, 0)
        buttons.addWidget(self.delete_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 4, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Pr&ofiles"))
        self.list.setAccessibleName(plain(self.heading.text()))
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setToolTip(self.tr("Add a new sending profile"))
        self.duplicate_button.setText(self.tr("D&uplicate"))
        self.duplicate_button.setToolTip(self.tr("Copy the selected profile"))
        self.rename_button.setText(self.tr("Rena&me"))
        self.rename_button.setToolTip(self.tr("Rename the selected profile (F2)"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected profile and its stored password")
        )
        for row in range(self.list.count()):
            self._decorate(self.list.item(row))

    # -- items ---------------------------------------------------------------------------

    def names(self) -> list[str]:
        return [self.list.item(row).data(NAME_ROLE) for row in range(self.list.count())]

    def item_named(self, name: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(NAME_ROLE) == name:
                return item
        return None

    def add(self, name: str, *, draft: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(NAME_ROLE, name)
        item.setData(DRAFT_ROLE, draft)
        self._decorate(item)
        self.list.addItem(item)
        return item

    def set_name(self, item: QListWidgetItem, name: str, *, draft: bool | None = None) -> None:
        blocked = self.list.blockSignals(True)  # a programmatic change is not a user rename
        try:
            item.setText(name)
            item.setData(NAME_ROLE, name)
            if draft is not None:
                item.setData(DRAFT_ROLE, draft)
            self._decorate(item)
        finally:
            self.list.blockSignals(blocked)

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(NAME_ROLE) if item else None

    @staticmethod
    def is_draft(item: QListWidgetItem) -> bool:
        return bool(item.data(DRAFT_ROLE))

    def _decorate(self, item: QListWidgetItem) -> None:
        font = item.font()
        font.setItalic(self.is_draft(item))
        item.setFont(font)
        item.setToolTip(self.tr("Not saved yet") if self.is_draft(item) else "")

    def _update_buttons(self) -> None:
        has_current = self.list.currentItem() is not None
        for button in (self.duplicate_button, self.rename_button, self.delete_button):
            button.setEnabled(has_current)
