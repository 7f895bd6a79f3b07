"""XLSX amounts in the window as the UI language writes them: the table, the preview and the
message the server receives."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit, QTextBrowser

from gui.test_batch import SEND_TIMEOUT, pages_of, set_profile, start_sending, states

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.mark.parametrize(
    "lang, amount", [("sl", "1.250,00 €"), ("pl", "1\u00a0250,00 €"), ("en", "1,250.00 €")]
)
def test_amounts_in_the_table_preview_and_message(
    qtbot, open_window, tmp_path, servers, lang, amount
):
    server = servers()
    book = openpyxl.Workbook()
    book.active.append(["Ime", "E-pošta", "Znesek"])
    book.active.append(["Ana", "ana@example.si", 1250])
    book.active["C2"].number_format = '#,##0.00 "€"'
    book.save(tmp_path / "racuni.xlsx")
    window = open_window(lang=lang)
    pages = pages_of(window)
    set_profile(window, server.port)
    pages.batch_page.load_recipients(tmp_path / "racuni.xlsx")
    window.findChild(QLineEdit, "subjectEdit").setText("Račun")
    window.findChild(QPlainTextEdit, "bodyEdit").setPlainText("Znesek: {{ Znesek }}")

    table = window.findChild(QAbstractItemView, "recipientsTable")
    model = table.model()
    cells = [
        model.index(0, c).data(Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())
    ]
    assert amount in cells
    pages.batch_page.refresh_preview()
    preview = window.findChild(QTextBrowser, "previewView").toPlainText()
    assert f"Znesek: {amount}".replace("\u00a0", " ") in preview  # plain text: no nbsp

    start_sending(qtbot, window)
    qtbot.waitUntil(lambda: states(window) == ["sent"], timeout=SEND_TIMEOUT)
    assert server.received[0].message.get_content().strip() == f"Znesek: {amount}"
