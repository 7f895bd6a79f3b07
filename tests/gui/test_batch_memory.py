"""The Batch page as an office user meets it on a second day: problem rows that still say
whose they are, a warning before the same batch goes out twice, the profile chosen on the
page and its last Verify, each client's own invoice, and the batch kept across restarts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QToolButton,
)
from servers import free_port

from gui.test_batch import (
    SEND_TIMEOUT,
    compose,
    loaded_window,
    pages_of,
    questions,
    set_profile,
    start_sending,
    states,
    widget,
    write_people,
)
from gui.test_window import verify
from smtpdesk import texts
from smtpdesk.core.profile import Profile, ProfileStore
from smtpdesk.core.queue import Queue
from smtpdesk.ui.when import when_words

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

Button = QMessageBox.StandardButton


def press_send(qtbot, window) -> QMessageBox:
    """Press Send and return the confirmation it opens."""
    send = widget(window, QPushButton, "sendButton")
    qtbot.waitUntil(send.isEnabled, timeout=5000)
    before = set(map(id, questions(window)))
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    found = {}

    def opened() -> bool:
        new = [q for q in questions(window) if id(q) not in before]
        found["box"] = new[-1] if new else None
        return found["box"] is not None

    qtbot.waitUntil(opened, timeout=5000)
    return found["box"]


def cancel(qtbot, box: QMessageBox) -> None:
    box.button(Button.Cancel).click()
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)


def choose_in(combo: QComboBox, value: str) -> None:
    """What picking an entry with the mouse does: the index changes and `activated` fires."""
    index = combo.findData(value)
    assert index >= 0, (value, [combo.itemData(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def table_cells(model, row: int) -> list[str]:
    return [model.index(row, c).data() or "" for c in range(model.columnCount())]


# --- item 4: a problem row shows all its cells ---------------------------------------------


def test_a_row_with_a_missing_attachment_still_shows_whose_it_is(qtbot, open_window, tmp_path):
    (tmp_path / "racun-ana.pdf").write_bytes(b"%PDF-1.4 ana")
    recipients = tmp_path / "racuni.csv"
    recipients.write_text(
        "Ime;Priimek;E-pošta;Priloga\n"
        "Ana;Novak;ana@example.si;racun-ana.pdf\n"
        "Bor;Kranjc;bor@example.si;racun-bor.pdf\n",
        encoding="utf-8",
    )
    window = open_window()
    page = pages_of(window).batch_page
    page.load_recipients(recipients)
    model = widget(window, QAbstractItemView, "recipientsTable").model()

    bor = model.model_row(3)
    cells = table_cells(model, bor)
    assert "Bor" in cells and "Kranjc" in cells and "bor@example.si" in cells
    assert model.index(bor, 0).data(Qt.ItemDataRole.UserRole) == "error"
    assert model.index(bor, 0).data(Qt.ItemDataRole.DecorationRole) is not None  # the mark
    assert "racun-bor.pdf" in cells[-1]  # the Problem column, beside the cells
    name_cell = model.index(bor, 1)
    assert "racun-bor.pdf" in name_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert name_cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    # the good row lists the file it will get
    assert "racun-ana.pdf" in table_cells(model, model.model_row(2))


# --- item 5: the same batch twice ----------------------------------------------------------


def test_sending_the_same_list_and_subject_again_asks_first(qtbot, open_window, tmp_path, servers):
    server = servers()
    window, pages = loaded_window(qtbot, open_window, tmp_path, server, 3)
    start_sending(qtbot, window)
    qtbot.waitUntil(
        lambda: not pages.run.running and states(window).count("sent") == 3, timeout=SEND_TIMEOUT
    )
    queue = Queue()
    first = queue.batch(queue.batch_ids()[0])

    # two minutes later: the same file and subject prepared again
    pages.batch_page.load_recipients(write_people(tmp_path / "ljudje-znova.csv", 3))
    compose(window)
    window.tabs.setCurrentWidget(pages.batch_page)
    box = press_send(qtbot, window)
    assert f"Batch {first.id}" in box.text()
    assert when_words(first.created) in box.text()
    assert box.defaultButton() is box.button(Button.Cancel)
    assert box.icon() == QMessageBox.Icon.Warning
    cancel(qtbot, box)
    assert len(queue.batch_ids()) == 1 and len(server.received) == 3

    # another subject: the calm question
    pages.batch_page.subject_edit.setText("Opomnik za {{ Ime }}")
    box = press_send(qtbot, window)
    assert "Batch" not in box.text() and "Send 3 messages" in box.text()
    assert box.defaultButton() is box.button(Button.Yes)
    cancel(qtbot, box)


# --- item 6: the page's own profile and its last verify ------------------------------------


def test_the_confirmation_tells_the_profiles_last_verify(qtbot, open_window, tmp_path, servers):
    server = servers()
    window, pages = loaded_window(qtbot, open_window, tmp_path, server, 3)
    combo = widget(window, QComboBox, "batchProfileCombo")
    assert combo.currentText() == window.profiles.current_name()

    box = press_send(qtbot, window)
    assert "never verified" in box.informativeText()
    assert box.icon() == QMessageBox.Icon.Warning
    cancel(qtbot, box)

    port = widget(window, QSpinBox, "portSpin")
    port.setValue(free_port())  # nothing listens there
    assert verify(qtbot, window) == "connection_refused"
    box = press_send(qtbot, window)
    refused = texts.hint_parts("connection_refused", host="127.0.0.1", port=port.value())[0]
    assert "failed" in box.informativeText() and refused in box.informativeText()
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.defaultButton() is box.button(Button.Cancel)
    cancel(qtbot, box)

    port.setValue(server.port)
    assert verify(qtbot, window) == "ok"
    box = press_send(qtbot, window)
    assert "passed Verify" in box.informativeText() and "⚠" not in box.informativeText()
    assert box.icon() == QMessageBox.Icon.Question
    assert box.defaultButton() is box.button(Button.Yes)
    box.button(Button.Yes).click()
    qtbot.waitUntil(
        lambda: not pages.run.running and states(window).count("sent") == 3, timeout=SEND_TIMEOUT
    )


def test_the_batch_profile_follows_the_list_until_chosen_and_then_stays(qtbot, open_window, home):
    store = ProfileStore()
    for name in ("Agent", "Pisarna"):
        store.save(
            Profile(
                name=name,
                host="smtp.example.si",
                port=587,
                sender=f"{name} <{name.lower()}@example.si>",
            )
        )
    window = open_window()
    page = pages_of(window).batch_page
    combo = widget(window, QComboBox, "batchProfileCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Agent", "Pisarna"]

    window.profiles.list.setCurrentItem(window.profiles.item_named("Pisarna"))
    qtbot.waitUntil(lambda: combo.currentText() == "Pisarna", timeout=2000)
    choose_in(combo, "Agent")
    window.profiles.list.setCurrentItem(window.profiles.item_named("Pisarna"))
    qtbot.wait(50)
    assert combo.currentText() == "Agent" and page.current_profile().name == "Agent"

    # renamed in the Profiles list: still the chosen one, by its new name
    window.profiles.item_named("Agent").setText("Agentka")
    qtbot.waitUntil(lambda: combo.currentText() == "Agentka", timeout=2000)
    assert page.current_profile().name == "Agentka"
    assert page.current_profile().sender == "Agent <agent@example.si>"

    # deleted: back to the profile selected in the list
    window.profiles.list.setCurrentItem(window.profiles.item_named("Agentka"))
    window.delete_profile()
    questions(window)[-1].button(Button.Yes).click()
    qtbot.waitUntil(lambda: combo.count() == 1, timeout=2000)
    assert combo.currentText() == "Pisarna" and page.current_profile().name == "Pisarna"


# --- item 11: each recipient's own files, the draft, the linked preview ---------------------


def test_a_folder_and_a_column_attach_each_clients_invoice(qtbot, open_window, tmp_path, servers):
    server = servers()
    invoices = tmp_path / "Računi"
    invoices.mkdir()
    (invoices / "2026-0142.pdf").write_bytes(b"%PDF-1.4 racun 0142")
    (invoices / "2026-0143.pdf").write_bytes(b"%PDF-1.4 racun 0143")
    recipients = tmp_path / "stranke.csv"
    recipients.write_text(
        "Ime;E-pošta;Račun\n"
        "Ana;ana@example.si;2026-0142\n"
        "Bor;bor@example.si;2026-0143\n"
        "Cene;cene@example.si;2026-0144\n",
        encoding="utf-8",
    )
    window = open_window()
    pages = pages_of(window)
    page = pages.batch_page
    set_profile(window, server.port)
    page.load_recipients(recipients)
    page.subject_edit.setText("Račun {{ Račun }}")
    page.body_edit.setPlainText("Pozdravljeni, {{ Ime }}! V prilogi je račun.")
    window.tabs.setCurrentWidget(page)

    choose_in(widget(window, QComboBox, "ownFilesColumnCombo"), "Račun")
    qtbot.waitUntil(
        lambda: not page.is_reading() and page.attachment_column == "Račun", timeout=5000
    )
    assert len(page.recipients) == 0  # no such files next to the list

    qtbot.mouseClick(widget(window, QPushButton, "ownFilesFolderButton"), Qt.MouseButton.LeftButton)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()
    )
    dialog.fileSelected.emit(str(invoices))
    dialog.close()
    qtbot.waitUntil(lambda: not page.is_reading() and len(page.recipients) == 2, timeout=5000)

    model = page.model
    assert "2026-0142.pdf" in table_cells(model, model.model_row(2))
    cene = table_cells(model, model.model_row(4))
    assert "cene@example.si" in cene and "2026-0144" in cene[-1]
    assert "Računi" in widget(window, object, "ownAttachmentsLabel").text()

    widget(window, QCheckBox, "excludeProblemsCheck").setChecked(True)
    start_sending(qtbot, window)
    qtbot.waitUntil(
        lambda: not pages.run.running and states(window).count("sent") == 2, timeout=SEND_TIMEOUT
    )
    files = {
        r.rcpt_tos[0]: [
            (p.get_filename(), p.get_payload(decode=True)) for p in r.message.iter_attachments()
        ]
        for r in server.received
    }
    assert files == {
        "ana@example.si": [("2026-0142.pdf", b"%PDF-1.4 racun 0142")],
        "bor@example.si": [("2026-0143.pdf", b"%PDF-1.4 racun 0143")],
    }
    spec = Queue().batch(Queue().batch_ids()[0]).spec
    assert spec.attachment_column == "Račun" and spec.attachment_folder == str(invoices)


def test_the_composed_batch_is_kept_across_restarts_and_asked_about_on_close(
    qtbot, open_window, tmp_path
):
    everybody = tmp_path / "pogoji.pdf"
    everybody.write_bytes(b"%PDF-1.4")
    window = open_window()
    page = pages_of(window).batch_page
    page.load_recipients(write_people(tmp_path / "ljudje.csv", 3))
    compose(window)
    widget(window, QCheckBox, "htmlCheck").setChecked(True)
    page.html_edit.setPlainText("<p>Pozdravljeni, {{ Ime }}</p>")
    page.add_attachment(everybody)

    window.close()
    box = questions(window)[-1]
    assert box.defaultButton() is box.button(Button.Save)
    box.button(Button.Cancel).click()
    qtbot.wait(50)
    assert window.isVisible()  # Cancel stays

    window.close()
    questions(window)[-1].button(Button.Save).click()  # Keep
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)

    again = open_window()
    restored = pages_of(again).batch_page
    qtbot.waitUntil(lambda: len(restored.recipients) == 3, timeout=5000)
    assert restored.subject_edit.text() == "Vabilo za {{ Ime }}"
    assert "{{ Povezava }}" in restored.body_edit.toPlainText()
    assert restored.html_check.isChecked()
    assert restored.html_edit.toPlainText() == "<p>Pozdravljeni, {{ Ime }}</p>"
    assert restored.attachments == [everybody.resolve()]

    again.close()
    questions(again)[-1].button(Button.Discard).click()
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=5000)
    third = open_window()
    assert pages_of(third).batch_page.subject_edit.text() == ""
    assert pages_of(third).batch_page.recipients == []

    pages_of(third).batch_page.subject_edit.setText("Nekaj")
    third.discard_and_close()  # tests and a session that ends: no question
    assert not third.isVisible() and not questions(third)


def test_the_table_and_the_preview_count_spreadsheet_rows_and_follow_each_other(
    qtbot, open_window, tmp_path, servers
):
    server = servers()
    # spreadsheet rows 2..7; row 4 (the third person) has no valid address
    window, _pages = loaded_window(qtbot, open_window, tmp_path, server, 6, bad_rows=(3,))
    table = widget(window, QAbstractItemView, "recipientsTable")
    model = table.model()
    spin = widget(window, QSpinBox, "previewRowSpin")
    preview = widget(window, QTextBrowser, "previewView")
    assert spin.value() == 2

    rect = table.visualRect(model.index(model.model_row(5), 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert spin.value() == 5 and model.index(table.currentIndex().row(), 0).data() == "5"
    assert "Žiga 4 Čuk" in preview.toPlainText()
    assert "recipient 3 of 5" in widget(window, object, "previewPosition").text()

    qtbot.mouseClick(widget(window, QToolButton, "nextButton"), Qt.MouseButton.LeftButton)
    assert spin.value() == 6 and model.index(table.currentIndex().row(), 0).data() == "6"
    spin.setValue(5)
    qtbot.mouseClick(widget(window, QToolButton, "previousButton"), Qt.MouseButton.LeftButton)
    assert spin.value() == 3  # row 4 is not sent: skipped

    rect = table.visualRect(model.index(model.model_row(4), 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "Row 4 is not sent" in preview.toPlainText()
    assert "ni-naslov" in preview.toPlainText()
