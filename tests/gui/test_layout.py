"""Long translations must fit: in the 40 % stress mode no label or button text is clipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QToolButton, QWidget

from smtpdesk.ui.mnemonics import plain

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def clipped_texts(window: QWidget) -> list[str]:
    """Visible one-line labels and buttons whose text is wider than the widget."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if (
                widget.wordWrap()
                or widget.textFormat() == Qt.TextFormat.RichText
                or not widget.text()
            ):
                continue
            available = widget.contentsRect().width()
            shown = plain(widget.text()) if widget.buddy() else widget.text()  # "&" not drawn
            needed = max(
                widget.fontMetrics().horizontalAdvance(line) for line in shown.splitlines()
            )
        elif isinstance(widget, QAbstractButton):
            if not widget.text():
                continue
            # a button needs its text plus its frame / indicator: the size hint says how much
            available = widget.width()
            needed = widget.sizeHint().width()
            if isinstance(widget, QToolButton | QPushButton):
                needed = max(needed, widget.fontMetrics().horizontalAdvance(plain(widget.text())))
        else:
            continue
        if needed > available:
            problems.append(
                f"{type(widget).__name__} {widget.objectName()!r} "
                f"{widget.text()!r}: needs {needed}px, has {available}px"
            )
    return problems


def wrapped_label_problems(window: QWidget) -> list[str]:
    """Visible word-wrapped labels cut short at the bottom, or with blank bands of more than a
    line around their text."""
    problems = []
    for label in window.findChildren(QLabel):
        if (
            not label.isVisibleTo(window)
            or not label.wordWrap()
            or not label.text()
            or label.width() <= 0
        ):
            continue
        margins = label.height() - label.contentsRect().height()
        needed = label.heightForWidth(label.width()) - margins
        has = label.contentsRect().height()
        if has < needed or has > needed + label.fontMetrics().lineSpacing():
            problems.append(
                f"{label.objectName()!r} {label.text()[:40]!r}: needs {needed}px high, has {has}px"
            )
    return problems


def test_wrapped_sentences_take_the_height_they_need(qtbot, window):
    from tests.gui.test_window import _probe_with

    _probe_with(window, {})  # the port check answers "nobody there" without the network
    window.resize(1100, 800)
    window.findChild(QWidget, "senderEdit").setText("Janez Novak <janez.novak@siol.net>")
    status = window.findChild(QLabel, "detectionStatus")
    qtbot.waitUntil(lambda: "465" in status.text(), timeout=3000)  # two lines, at this width
    qtbot.wait(50)

    assert status.heightForWidth(status.width()) > status.fontMetrics().lineSpacing()
    assert wrapped_label_problems(window) == []


@pytest.mark.parametrize("lang", ["en", "sl", "cs", "pl"])
def test_nothing_is_clipped_with_40_percent_longer_texts(qtbot, open_window, monkeypatch, lang):
    monkeypatch.setenv("SMTPDESK_TRANS_SCALE", "1.4")
    window = open_window(demo=True, lang=lang)
    assert window.findChild(QPushButton, "verifyButton").text().endswith("~")  # padded

    qtbot.mouseClick(window.findChild(QPushButton, "verifyButton"), Qt.MouseButton.LeftButton)
    result = window.findChild(QWidget, "verifyResult")
    qtbot.waitUntil(lambda: result.property("code") != "", timeout=10000)
    window.findChild(QToolButton, "advancedButton").setChecked(True)
    window.findChild(QPushButton, "detailsButton").setChecked(True)
    qtbot.wait(50)  # let the layouts settle at the window's default size

    assert clipped_texts(window) == []
    assert wrapped_label_problems(window) == []


def test_capital_hacek_survives_on_unselected_tabs(window, qtbot):
    """ "Čakalna vrsta" once showed as "Cakalna vrsta": the style clipped the caron."""
    from PySide6.QtWidgets import QLabel, QTabWidget

    def rendered(title: str):
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        tabs.addTab(QLabel("x"), "Nastavitve")
        tabs.addTab(QLabel("y"), title)  # not the current tab
        qtbot.addWidget(tabs)
        tabs.resize(300, 60)
        tabs.show()
        qtbot.waitExposed(tabs)
        bar = tabs.tabBar()
        return bar.grab(bar.tabRect(1)).toImage()

    assert rendered("Ž") != rendered("Z")
