"""The Queue page after real batches: the pace and time left it shows, and the export for
Excel (separator, words, local times, merge columns, Documents, "open folder")."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import time

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QStandardPaths, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from gui.test_batch import (
    SEND_TIMEOUT,
    compose,
    loaded_window,
    pages_of,
    set_profile,
    start_sending,
    states,
    write_people,
)
from smtpdesk.core import pace
from smtpdesk.ui.batch.export import local_time_text

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def far_time_zone():
    """A zone 5 h 45 min from UTC: a UTC time cannot pass for a local one. (Not through
    monkeypatch: undoing it early would undo the other fixtures' settings too.)"""
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Kathmandu"
    time.tzset()
    yield
    if previous is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = previous
    time.tzset()


class _FolderOpener(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def _file_dialog() -> QFileDialog | None:
    found = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()
    ]
    return found[-1] if found else None


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def test_export_for_excel_in_slovenian(
    qtbot, open_window, tmp_path, servers, far_time_zone, monkeypatch
):
    server = servers(
        replies={"RCPT": lambda a: "550 5.1.1 Unknown" if a.startswith("oseba2@") else None}
    )
    # Documents in a home of its own, not the user's
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user" / ".config"))
    (tmp_path / "user" / "Documents").mkdir(parents=True)
    window = open_window(lang="sl")
    pages = pages_of(window)
    set_profile(window, server.port)
    pages.batch_page.load_recipients(write_people(tmp_path / "ljudje.csv", 3))
    compose(window)
    start_sending(qtbot, window)
    qtbot.waitUntil(
        lambda: not pages.run.running and "failed" in states(window), timeout=SEND_TIMEOUT
    )
    page = pages.queue_page
    batch = page.shown_batch

    page.export_all_action.trigger()
    qtbot.waitUntil(lambda: _file_dialog() is not None, timeout=3000)
    dialog = _file_dialog()
    proposed = dialog.selectedFiles()[0]
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    today = dt.date.today().isoformat()
    assert proposed == f"{documents}/Paket {batch} – Vabilo za – {today}.csv"
    target = tmp_path / "izvoz.csv"
    dialog.fileSelected.emit(str(target))

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads č, š, ž
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    header = rows[0]
    assert ";" in text.splitlines()[0] and "," not in text.splitlines()[0]
    assert header == [
        _translate("QueuePage", "Row"),
        _translate("QueueModel", "Recipient"),
        _translate("QueueModel", "State"),
        _translate("QueueModel", "Result"),
        _translate("QueueModel", "Server reply"),
        _translate("QueueModel", "Time"),
        _translate("QueuePage", "Message ID"),
        "Ime",
        "Priimek",
        "E-pošta",
        "Povezava",
    ]
    assert header[1] != "Recipient" and header[2] != "State"  # Slovenian words
    by_address = {row[1]: row for row in rows[1:]}
    assert set(by_address) == {"oseba1@example.si", "oseba2@example.si", "oseba3@example.si"}
    refused = by_address["oseba2@example.si"]
    assert refused[0] == "3"  # the spreadsheet row (header = 1)
    assert refused[2] == _translate("QueueModel", "Failed") != "Failed"
    assert refused[4].startswith("550 ")
    assert refused[7:] == ["Žiga 2", "Čuk", "oseba2@example.si", "https://anketa.si/a/2x"]
    sent = by_address["oseba1@example.si"]
    assert sent[2] == _translate("QueueModel", "Sent") != "Sent"
    assert sent[6].startswith("<") and sent[6].endswith(">")
    # the time is the local one (5 h 45 min from UTC here), written as Slovenian writes it
    from smtpdesk.core.queue import Queue

    stored = {row.email: row.updated for row in Queue().iter_rows(batch)}
    local = dt.datetime.fromtimestamp(stored["oseba1@example.si"])
    assert sent[5] == (
        f"{local.day}. {local.month}. {local.year} "
        f"{local.hour:02d}:{local.minute:02d}:{local.second:02d}"
    )
    assert local_time_text(stored["oseba1@example.si"], QLocale("sl")) == sent[5]

    # "Saved — Open folder": the link opens the folder the file went to
    label = window.findChild(QLabel, "exportResult")
    assert label.isVisible() and "izvoz.csv" in label.text()
    assert _translate("QueuePage", "Open folder") != "Open folder"
    assert _translate("QueuePage", "Open folder") in label.text()
    href = re.search(r'href="([^"]+)"', label.text()).group(1)
    opener = _FolderOpener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        label.linkActivated.emit(href)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in opener.opened] == [str(tmp_path)]


def test_export_in_english_uses_commas_and_problem_rows_only(
    qtbot, open_window, tmp_path, servers, monkeypatch
):
    server = servers(
        replies={"RCPT": lambda a: "550 5.1.1 Unknown" if a.startswith("oseba1@") else None}
    )
    window, pages = loaded_window(qtbot, open_window, tmp_path, server, 3)
    start_sending(qtbot, window)
    qtbot.waitUntil(
        lambda: not pages.run.running and "failed" in states(window), timeout=SEND_TIMEOUT
    )
    page = pages.queue_page
    monkeypatch.setenv("HOME", str(tmp_path))  # no Documents there: the home folder
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    assert page.default_export_path(("failed",)).parent == tmp_path
    assert page.default_export_path(("failed",)).name.startswith(
        f"Batch {page.shown_batch} – Vabilo za – problems – "
    )
    out = tmp_path / "problems.csv"
    assert page.export(out, ("failed", "deferred", "uncertain")) == 1
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:7] == [
        "Row",
        "Recipient",
        "State",
        "Result",
        "Server reply",
        "Time",
        "Message ID",
    ]
    assert rows[1][1:3] == ["oseba1@example.si", "Failed"]
    assert rows[1][3] == "The server refused this address"


def test_the_queue_page_shows_an_honest_rate_and_the_time_left(
    qtbot, open_window, tmp_path, servers
):
    server = servers()
    window = open_window()
    pages = pages_of(window)
    set_profile(window, server.port)
    window.settings_page.limit_spins["max_per_minute"].setValue(120)  # one every 0.5 s
    pages.batch_page.load_recipients(write_people(tmp_path / "ljudje.csv", 6))
    compose(window)
    status = window.findChild(QLabel, "batchStatus")
    seen: list[str] = []
    start_sending(qtbot, window)

    def finished() -> bool:
        seen.append(status.text())
        return not pages.run.running and states(window).count("sent") == 6

    qtbot.waitUntil(finished, timeout=SEND_TIMEOUT)
    rates = [int(n) for text in seen for n in re.findall(r"(\d+) messages? a minute", text)]
    assert rates and max(rates) <= 120
    assert any(re.search(r"about \d+ seconds? left", text) for text in seen)
    arrivals = sorted(r.at for r in server.received)
    assert min(b - a for a, b in zip(arrivals, arrivals[1:], strict=False)) >= 0.25
    # rounded down, never above a limit; a slow pace reads per hour
    page = pages.queue_page
    assert page._rate_text(10.0) == "10 messages a minute"
    assert page._rate_text(100 / 60) == "100 messages an hour"  # not "2 a minute"


def test_the_pace_learned_from_the_server_shows_on_queue_and_batch_pages(
    qtbot, open_window, tmp_path, servers
):
    from servers import WindowLimit

    throttle = WindowLimit(6, 2.0, "450 4.7.0 Error: too much mail: 6 messages per 2 seconds")
    server = servers(replies={"MAIL": throttle})
    window = open_window()
    pages = pages_of(window)
    set_profile(window, server.port)
    pages.batch_page.load_recipients(write_people(tmp_path / "ljudje.csv", 12))
    compose(window)
    status = window.findChild(QLabel, "batchStatus")
    seen: list[str] = []
    start_sending(qtbot, window)

    def finished() -> bool:
        seen.append(status.text())
        return not pages.run.running and states(window).count("sent") == 12

    qtbot.waitUntil(finished, timeout=SEND_TIMEOUT)
    assert throttle.refusals >= 1, sorted(set(seen))
    # how many went through before the first refusal depends on the machine's speed: the
    # words name the pace that was learned and kept for the profile
    profile = pages.run.batch_sender.profile
    kept = pace.last(profile.name)
    assert kept is not None
    per_minute = int(kept.per_minute + 0.01)
    assert any(
        f"keeping to the server's pace of {per_minute} messages a minute" in text for text in seen
    ), (per_minute, sorted(set(seen)))
    # the next batch's estimate names it: Send… shows where the batch will start
    estimate = pages.batch_page.estimate_text(profile, 12)
    assert (
        f"The server allowed this profile {per_minute} messages a minute (learned today at"
        in estimate
    )
    assert "the batch starts at that pace" in estimate
