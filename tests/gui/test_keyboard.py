"""Keyboard use: Alt-letter keys without clashes in every language, Tab in reading order with the
recipients table as one stop, Insert field reachable, a visible ring on the focused button."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from smtpdesk.core.transport import CertificateInfo
from smtpdesk.ui.mnemonics import letter, plain

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

LANGUAGES = ["en", "sl", "cs", "pl"]
# every language marks an Alt key on these
MAIN_BUTTONS = (
    "verifyButton",
    "saveButton",
    "addProfileButton",
    "deleteProfileButton",
    "recipientsButton",
    "insertFieldButton",
    "sendTestButton",
    "sendButton",
    "pauseButton",
    "resumeButton",
    "cancelButton",
    "retryButton",
)


def mnemonic_owners(top: QWidget) -> dict[str, list[str]]:
    """Alt letter → the visible buttons, labels with a buddy and tabs of `top` that use it."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisible():
            continue
        texts = []
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel)
            and widget.buddy() is not None
            and widget.textFormat() != Qt.TextFormat.RichText
        ):
            texts = [widget.text()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        for text in texts:
            if key := letter(text):
                found[key].append(f"{type(widget).__name__} {plain(text)!r}")
    return found


def clashes(top: QWidget) -> dict[str, list[str]]:
    return {key: owners for key, owners in mnemonic_owners(top).items() if len(owners) > 1}


def labels_without_buddy(top: QWidget) -> list[str]:
    """Visible plain labels that mark a letter but would not move the focus anywhere."""
    return [
        label.text()
        for label in top.findChildren(QLabel)
        if label.isVisible()
        and label.buddy() is None
        and letter(label.text())
        and label.textFormat() == Qt.TextFormat.PlainText
    ]


def recipients_csv(folder: Path) -> Path:
    path = folder / "prejemniki.csv"
    path.write_text(
        "Ime;E-pošta\nAna;ana@example.si\nMarko;marko@example.si\nPetra;petra@example.si\n",
        encoding="utf-8",
    )
    return path


def dialogs_open() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_alt_keys_do_not_clash_on_any_page_or_dialog(qtbot, open_window, tmp_path, lang):
    window = open_window(demo=True, lang=lang)
    find = window.findChild
    pages = window.batch_pages
    for name in MAIN_BUTTONS:
        assert letter(find(QPushButton, name).text()), (lang, name)

    def check(where: str, top: QWidget = window) -> None:
        qtbot.wait(10)
        assert clashes(top) == {}, (lang, where)
        assert labels_without_buddy(top) == [], (lang, where)

    # Settings: with a password, with each OAuth2 sign-in, advanced open, after a verify
    check("settings")
    methods = find(QComboBox, "authMethodCombo")
    for value in ("google", "microsoft"):
        methods.setCurrentIndex(methods.findData(value))
        check(f"settings, sign in with {value}")
    methods.setCurrentIndex(methods.findData("password"))
    find(QToolButton, "advancedButton").setChecked(True)
    check("settings, advanced")
    find(QPushButton, "verifyButton").click()
    result = find(QWidget, "verifyResult")
    qtbot.waitUntil(lambda: result.property("code") != "", timeout=10000)
    check("settings after verify")

    # Batch: recipients loaded, the HTML version on (its buttons show)
    window.tabs.setCurrentWidget(pages.batch_page)
    pages.batch_page.load_recipients(recipients_csv(tmp_path))
    pages.batch_page.html_check.setChecked(True)
    check("batch")
    for page in (pages.queue_page, window.inbox_page):
        window.tabs.setCurrentWidget(page)
        check(page.objectName() or type(page).__name__)

    # dialogs: a question with Yes/No, one with Save/Discard/Cancel, About, a certificate
    window.tabs.setCurrentIndex(0)
    window.delete_profile()
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    check("delete question", box)
    box.reject()
    window.settings_page.sender_edit.setText("Ana <ana@example.si>")
    window.add_profile()  # unsaved changes: asks first
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    check("unsaved changes question", box)
    box.reject()
    window.show_about()
    about = next(w for w in dialogs_open() if not isinstance(w, QMessageBox))
    check("about", about)
    about.reject()
    from smtpdesk.ui.dialogs import CertificateDialog

    certificate = CertificateDialog(
        CertificateInfo(
            "mail.pisarna.si",
            465,
            ":".join(["AB"] * 32),
            "CN=mail.pisarna.si",
            "CN=mail.pisarna.si",
            "2030-01-01",
        ),
        window,
    )
    qtbot.addWidget(certificate)
    certificate.show()
    check("certificate", certificate)
    certificate.reject()
    from smtpdesk.ui.batch.dialogs import UncertainDialog

    uncertain = UncertainDialog(["ana@example.si", "marko@example.si"], window)
    qtbot.addWidget(uncertain)
    uncertain.show()
    check("uncertain messages", uncertain)


def test_an_alt_key_moves_the_focus_to_its_field(qtbot, window):
    page = window.batch_pages.batch_page
    window.tabs.setCurrentWidget(page)
    activate(qtbot, window)
    page.recipients_button.setFocus()
    key = letter(page.subject_label.text())
    QTest.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.subject_edit


def activate(qtbot, window: QWidget) -> None:
    """Make `window` the active one, as a click on it does (keys go there, focus shows)."""
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def walk_with_tab(start: QWidget, stop: QWidget, limit: int = 60) -> list[str]:
    """Object names of the widgets Tab visits from `start` until `stop`."""
    window = start.window()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    names = [start.objectName()]
    for _ in range(limit):
        QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        focused = window.focusWidget()
        if focused.objectName() != names[-1]:
            names.append(focused.objectName())
        if focused is stop:
            break
    return names


def test_tab_walks_the_batch_page_in_reading_order(qtbot, open_window, tmp_path):
    window = open_window(demo=True)
    page = window.batch_pages.batch_page
    window.tabs.setCurrentWidget(page)
    activate(qtbot, window)
    page.load_recipients(recipients_csv(tmp_path))
    page.subject_edit.setText("Račun za {{ Ime }}")

    names = walk_with_tab(page.recipients_button, page.send_button)

    assert names[-1] == "sendButton", " ".join(names)
    assert names.count("recipientsTable") == 1, names  # one stop, not one per cell
    order = [
        "recipientsButton",
        "recipientsTable",
        "subjectEdit",
        "insertFieldButton",
        "bodyEdit",
        "attachmentsList",
        "previewRowSpin",
        "sendTestButton",
        "sendButton",
    ]
    assert [n for n in names if n in order] == order
    assert len(names) < 25


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_insert_field_works_from_the_keyboard(qtbot, window, tmp_path):
    page = window.batch_pages.batch_page
    window.tabs.setCurrentWidget(page)
    activate(qtbot, window)
    page.load_recipients(recipients_csv(tmp_path))
    page.subject_edit.setFocus()
    page.subject_edit.setText("Račun za ")
    QTest.keyClick(page.subject_edit, Qt.Key.Key_Tab)
    assert window.focusWidget() is page.insert_button
    menu = page.insert_menu

    QTest.keyClick(page.insert_button, Qt.Key.Key_Space)
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    menu.close()
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)
    page.insert_button.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(page.insert_button, Qt.Key.Key_Return)
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    menu.close()
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)
    page.subject_edit.setFocus()  # from the text, Alt and the button's letter
    QTest.keyClick(
        page.subject_edit, letter(page.insert_button.text()), Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    QTest.keyClick(menu, Qt.Key.Key_Down)
    QTest.keyClick(menu, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: page.subject_edit.text() == "Račun za {{ Ime }}", timeout=2000)
    assert window.focusWidget() is page.subject_edit  # typing goes on where it was


def test_tab_walks_the_settings_page_in_reading_order(qtbot, open_window):
    window = open_window(demo=True)
    activate(qtbot, window)
    page = window.settings_page
    page.reply_to_edit.setText("racunovodstvo@example.si")  # a change: Save is enabled
    names = walk_with_tab(page.sender_edit, page.save_button)
    order = [
        "senderEdit",
        "providerCombo",
        "replyToEdit",
        "authCheck",
        "hostEdit",
        "encryptionCombo",
        "portSpin",
        "selfSignedCheck",
        "bccArchiveEdit",
        "advancedButton",
        "verifyButton",
        "saveButton",
    ]
    assert [n for n in names if n in order] == order, " ".join(names)


def highlight_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    ring = widget.palette().color(widget.palette().ColorRole.Highlight)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = QColor(image.pixel(x, y))
            if (
                abs(pixel.red() - ring.red())
                + abs(pixel.green() - ring.green())
                + abs(pixel.blue() - ring.blue())
                < 60
            ):
                count += 1
    return count


def test_the_focused_button_shows_a_ring(qtbot, open_window):
    window = open_window(demo=True)
    activate(qtbot, window)
    page = window.settings_page
    page.reply_to_edit.setText("racunovodstvo@example.si")  # a change: Save is enabled
    save = page.save_button
    before = highlight_pixels(save)
    page.verify_button.setFocus()
    QTest.keyClick(page.verify_button, Qt.Key.Key_Tab)  # as a user reaches it: with Tab
    assert QApplication.focusWidget() is save, QApplication.focusWidget().text()
    ring = highlight_pixels(save)
    # a two-pixel ring all around the button, not a faint tint of one edge
    assert ring - before >= 2 * (save.width() + save.height()), (before, ring)
