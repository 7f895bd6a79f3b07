"""The Batch page's attachment check (issue 19) on the real window, sending to a real server."""

from __future__ import annotations

import pytest
from invoices import invoice_lines, write_pdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QMessageBox, QPushButton

from smtpdesk.core import draft as drafts

from .test_batch import answer, pages_of, set_profile, widget

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

CLIENTS = [
    ("2026-0141", "Žiga Čermelj", "ziga@example.si"),
    ("2026-0142", "Jiří Dvořák", "jiri@example.cz"),
    ("2026-0143", "Łukasz Żółć", "lukasz@example.pl"),
    ("2026-0144", "Ana Šuštar", "ana@example.si"),
]


def write_list(folder, *, swapped: bool):
    files = [
        write_pdf(folder / f"{number}.pdf", invoice_lines(number, who)).name
        for number, who, _mail in CLIENTS
    ]
    if swapped:  # rows 3 and 4 (the header is row 1) have each other's invoice
        files[1], files[2] = files[2], files[1]
    lines = ["Račun;Naziv;E-pošta;Priloga"] + [
        f"{number};{who};{mail};{file}"
        for (number, who, mail), file in zip(CLIENTS, files, strict=True)
    ]
    path = folder / "racuni.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def marks(window) -> dict[str, str]:
    model = widget(window, QAbstractItemView, "recipientsTable").model()
    return {
        model.index(r, 0).data(): model.index(r, 0).data(Qt.ItemDataRole.UserRole)
        for r in range(model.rowCount())
    }


def problem_of(window, row: str) -> str:
    model = widget(window, QAbstractItemView, "recipientsTable").model()
    at = [model.index(r, 0).data() for r in range(model.rowCount())].index(row)
    return model.index(at, model.columnCount() - 1).data()


def choose(combo: QComboBox, data: str) -> None:
    at = combo.findData(data)
    assert at >= 0, [combo.itemData(i) for i in range(combo.count())]
    combo.setCurrentIndex(at)
    combo.activated.emit(at)


def test_a_swapped_pair_is_marked_and_blocks_send_until_fixed(
    qtbot, open_window, tmp_path, servers
):
    server = servers()
    window = open_window()
    pages = pages_of(window)
    page = pages.batch_page
    set_profile(window, server.port)
    recipients = write_list(tmp_path, swapped=True)
    page.load_recipients(recipients)
    page.subject_edit.setText("Račun {{ Račun }}")
    page.body_edit.setPlainText("Pozdravljeni, {{ Naziv }}!\n\nRačun je v prilogi.\n")
    window.tabs.setCurrentWidget(page)
    send = widget(window, QPushButton, "sendButton")
    assert send.isEnabled()  # no check chosen: only the files' existence is known

    combo = widget(window, QComboBox, "attachmentCheckCombo")
    choose(combo, "Račun")
    qtbot.waitUntil(lambda: marks(window).get("3") == "error", timeout=10000)
    assert marks(window) == {"2": "ok", "3": "error", "4": "error", "5": "ok"}
    words = problem_of(window, "3")
    assert "2026-0143.pdf" in words and "2026-0142" in words
    assert "row 4" in words and "Łukasz Żółć" in words
    assert "row 3" in problem_of(window, "4") and "Jiří Dvořák" in problem_of(window, "4")
    assert not send.isEnabled()
    state = window.findChild(object, "attachmentCheckState")
    assert "marked red" in state.text()

    # kept with the composed batch
    page.save_draft()
    assert drafts.load().extra == {"check_attachments": "Račun"}

    # leaving the two rows out lets the other two go; putting the check off lets all go
    exclude = widget(window, QCheckBox, "excludeProblemsCheck")
    exclude.setChecked(True)
    assert send.isEnabled() and len(page.recipients) == 2
    exclude.setChecked(False)
    choose(combo, "")
    assert marks(window) == dict.fromkeys(("2", "3", "4", "5"), "ok") and send.isEnabled()

    # the list fixed and reloaded, with the check on: nothing marked, all four go out
    choose(combo, "Račun")
    qtbot.waitUntil(lambda: marks(window).get("3") == "error", timeout=10000)
    write_list(tmp_path, swapped=False)
    widget(window, QPushButton, "reloadButton").click()
    qtbot.waitUntil(lambda: "Every attachment" in state.text(), timeout=10000)
    assert marks(window) == dict.fromkeys(("2", "3", "4", "5"), "ok")
    qtbot.waitUntil(send.isEnabled, timeout=3000)
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    answer(qtbot, window, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: len(server.received) == 4, timeout=20000)
    got = {
        r.rcpt_tos[0]: [p.get_filename() for p in r.message.iter_attachments()]
        for r in server.received
    }
    assert got["jiri@example.cz"] == ["2026-0142.pdf"]
    assert got["lukasz@example.pl"] == ["2026-0143.pdf"]


def test_an_unreadable_attachment_is_a_problem_row_in_slovenian(qtbot, open_window, tmp_path):
    window = open_window(lang="sl")
    page = pages_of(window).batch_page
    recipients = write_list(tmp_path, swapped=False)
    write_pdf(tmp_path / "2026-0144.pdf", image_only=True)  # row 5's invoice is a scan
    page.load_recipients(recipients)
    choose(widget(window, QComboBox, "attachmentCheckCombo"), "Račun")
    qtbot.waitUntil(lambda: marks(window).get("5") == "error", timeout=10000)
    assert "ni mogoče preveriti" in problem_of(window, "5")


def test_one_file_for_two_addresses_is_marked_yellow_without_a_check(qtbot, open_window, tmp_path):
    window = open_window()
    page = pages_of(window).batch_page
    recipients = write_list(tmp_path, swapped=False)
    recipients.write_text(
        recipients.read_text(encoding="utf-8").replace("2026-0144.pdf", "2026-0143.pdf"),
        encoding="utf-8",
    )  # the last file filled down
    page.load_recipients(recipients)
    assert marks(window) == {"2": "ok", "3": "ok", "4": "warning", "5": "warning"}
    assert "row 5, Ana Šuštar" in problem_of(window, "4")
    assert len(page.recipients) == 4  # a warning: sent unless the user stops
