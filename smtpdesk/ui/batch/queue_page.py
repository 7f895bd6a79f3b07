"""The Queue page: one batch's rows as they go out, its progress, and what to do next.

`QueueModel` keeps one small list per recipient and takes the sender's row events as they
come, but tells the views only every 100 ms, with one `dataChanged` per run of neighbouring
rows — never a reset per message — so a 10 000-row batch stays smooth. A proxy sorts and
filters by state. The page also lists earlier batches (history), continues unfinished ones,
retries failures, settles `uncertain` rows with the user's word, exports rows to CSV and
starts a reminder from a finished batch.
"""

from __future__ import annotations

import csv
import html
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSystemTrayIcon,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smtpdesk import texts
from smtpdesk.core import batches
from smtpdesk.core import recipients as rec
from smtpdesk.core.profile import Profile
from smtpdesk.core.queue import STATES, Batch, BatchBusy, BatchNotFound, BatchSummary, Queue
from smtpdesk.core.recipients import Recipient
from smtpdesk.core.sender import Outcome, ProgressEvent, RowEvent, SendOptions
from smtpdesk.core.transport import Credentials
from smtpdesk.ui import fit
from smtpdesk.ui.batch.runs import BatchRun
from smtpdesk.ui.dialogs import ask
from smtpdesk.ui.retranslate import Retranslating
from smtpdesk.ui.wrap_label import WrapLabel

Index = QModelIndex | QPersistentModelIndex
Button = QMessageBox.StandardButton

COALESCE_MS = 100
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 2
LONG_BATCH_SECONDS = 60.0  # a batch that took longer ends with a tray message

COLUMNS = ("email", "state", "code", "reply", "time")
_EMAIL, _STATE, _CODE, _REPLY, _TIME = range(5)
# the record kept per row: [row id, email, state, code, smtp code, reply, updated]
_ID, _R_EMAIL, _R_STATE, _R_CODE, _R_SMTP, _R_REPLY, _R_TIME = range(7)

_STATE_COLORS = {"pending": "#9e9e9e", "sending": "#1e88e5", "sent": "#2e7d32",
                 "deferred": "#f9a825", "failed": "#c62828", "uncertain": "#ef6c00",
                 "cancelled": "#616161"}
_STATE_ORDER = {state: n for n, state in enumerate(
    ("failed", "uncertain", "deferred", "sending", "pending", "cancelled", "sent"))}


def state_word(state: str) -> str:
    words = {
        "pending": QCoreApplication.translate("QueueModel", "Waiting"),
        "sending": QCoreApplication.translate("QueueModel", "Sending"),
        "sent": QCoreApplication.translate("QueueModel", "Sent"),
        "deferred": QCoreApplication.translate("QueueModel", "Will retry"),
        "failed": QCoreApplication.translate("QueueModel", "Failed"),
        "uncertain": QCoreApplication.translate("QueueModel", "Uncertain"),
        "cancelled": QCoreApplication.translate("QueueModel", "Cancelled"),
    }
    return words.get(state, state)


def code_words(code: str | None) -> str:
    """A row's result code in plain words (the core's codes, CONTRACT §1 and the sender's)."""
    if not code:
        return ""
    words = {
        "ok": QCoreApplication.translate("QueueModel", "Accepted by the server"),
        "confirmed": QCoreApplication.translate("QueueModel", "Marked as sent by you"),
        "connection_lost": QCoreApplication.translate(
            "QueueModel", "The connection broke before the server confirmed"),
        "interrupted": QCoreApplication.translate(
            "QueueModel", "Interrupted while sending (the app was closed)"),
        "recipient_rejected": QCoreApplication.translate(
            "QueueModel", "The server refused this address"),
        "rate_limited": QCoreApplication.translate(
            "QueueModel", "The server asked to slow down"),
        "timeout": QCoreApplication.translate("QueueModel", "No answer in time"),
        "message_too_large": QCoreApplication.translate(
            "QueueModel", "Message too large for the server"),
        "missing_attachment": QCoreApplication.translate(
            "QueueModel", "An attachment file is missing"),
        "attachment_not_a_file": QCoreApplication.translate(
            "QueueModel", "An attachment is no longer a regular file"),
        "control_character": QCoreApplication.translate(
            "QueueModel", "A merge value has a line break where none may be"),
        "sender_rejected": QCoreApplication.translate(
            "QueueModel", "The server refused the sender address"),
        "server_error": QCoreApplication.translate("QueueModel", "The server reported a problem"),
        # a row's cell has no room for the server's name: words without parameters
        "dns_failed": QCoreApplication.translate("QueueModel", "The server name was not found"),
        "connection_refused": QCoreApplication.translate(
            "QueueModel", "Nothing answers on the server's port"),
        "tls_mode_mismatch": QCoreApplication.translate(
            "QueueModel", "The encryption does not match the port"),
        "starttls_unavailable": QCoreApplication.translate(
            "QueueModel", "The server does not offer STARTTLS"),
        "hostname_mismatch": QCoreApplication.translate(
            "QueueModel", "The certificate is for another server name"),
        "auth_failed": QCoreApplication.translate(
            "QueueModel", "The server refused the user name or password"),
    }
    if code in words:
        return words[code]
    return texts.hint_parts(code)[0]


def _state_icon(state: str, cache: dict[str, QIcon] = {}) -> QIcon:  # noqa: B006 - a cache
    icon = cache.get(state)
    if icon is None:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(_STATE_COLORS.get(state, "#9e9e9e")))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        icon = cache[state] = QIcon(pixmap)
    return icon


class Duration(QObject):
    """Plural-aware duration words: lupdate extracts plurals only from `self.tr` in a class,
    and the class name is the translation context."""

    def seconds(self, n: int) -> str:
        return self.tr("%n second(s)", "", n)

    def minutes(self, n: int) -> str:
        return self.tr("%n minute(s)", "", n)

    def hours(self, n: int) -> str:
        return self.tr("%n hour(s)", "", n)


def format_duration(seconds: float) -> str:
    words = Duration()
    seconds = max(int(seconds), 0)
    if seconds < 90:
        return words.seconds(seconds)
    minutes = round(seconds / 60)
    if minutes < 90:
        return words.minutes(minutes)
    hours, minutes = divmod(minutes, 60)
    text = words.hours(hours)
    if minutes:
        text += " " + words.minutes(minutes)
    return text


def when_text(at: float) -> str:
    """"today at 14:05", "tomorrow at 08:00", "on 3. 4. at 08:00" — in the UI language."""
    moment = datetime.fromtimestamp(at)
    locale = QLocale()
    clock = locale.toString(QDateTime.fromSecsSinceEpoch(int(at)).time(),
                            QLocale.FormatType.ShortFormat)
    today = date.today()
    if moment.date() == today:
        return QCoreApplication.translate("Duration", "today at {time}").format(time=clock)
    if moment.date() == today + timedelta(days=1):
        return QCoreApplication.translate("Duration", "tomorrow at {time}").format(time=clock)
    day = locale.toString(QDateTime.fromSecsSinceEpoch(int(at)).date(),
                          QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("Duration", "on {date} at {time}").format(
        date=day, time=clock)


# --- the export for Excel -------------------------------------------------------------------

# characters no file name may hold on Windows (and the placeholders' braces, which look odd)
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*{}\x00-\x1f]+')


def list_separator(locale: QLocale | None = None) -> str:
    """The CSV separator Excel expects under this locale: where the decimal mark is a comma
    (Slovenian, Czech, Polish) Windows' list separator is `;`, elsewhere `,`. Qt has no
    list-separator property; this is the rule Windows' own locale data follows."""
    return ";" if (locale or QLocale()).decimalPoint() == "," else ","


def local_time_text(timestamp: float | None, locale: QLocale | None = None) -> str:
    """Local time (never UTC) the way the locale writes a date and a time, with a four-digit
    year and seconds, so Excel reads it as a date: `2. 12. 2026 14:05:09` in Slovenian."""
    if timestamp is None:
        return ""
    locale = locale or QLocale()
    day = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in day:
        day = day.replace("yy", "yyyy")
    clock = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "ss" not in clock:
        clock = clock.replace("mm", "mm:ss", 1)
    moment = QDateTime.fromMSecsSinceEpoch(round(timestamp * 1000))  # local time
    # a narrow no-break space (English "2:05 PM") is not what Excel parses
    return locale.toString(moment, f"{day} {clock}").replace("\u202f", " ")


def _cell(text: str) -> str:
    """A value Excel shows as text, never runs: `=`, `@` and a sign before a letter start a
    formula there (CSV injection); an amount like `-1.234,50 €` or `+386 1` stays as is."""
    if text[:1] in ("=", "@") or (text[:1] in ("+", "-") and len(text) > 1
                                   and not (text[1].isdigit() or text[1] in " .,")):
        return "'" + text
    return text


def export_file_name(batch_id: int, subject: str, problems: bool, day: date) -> str:
    """`Batch 7 – Računi december – 2026-12-02.csv`: the batch, its subject (placeholders and
    characters a file name cannot hold left out) and the day, in the UI language."""
    words = re.sub(r"\s+", " ", _NOT_IN_FILE_NAMES.sub(" ", re.sub(r"\{\{[^{}]*\}\}", " ",
                                                                   subject))).strip()
    words = _shorten(words, 50).rstrip(". ")
    parts = [QCoreApplication.translate("QueuePage", "Batch {number}").format(number=batch_id)]
    if words:
        parts.append(words)
    if problems:
        parts.append(QCoreApplication.translate("QueuePage", "problems"))
    parts.append(day.isoformat())
    return " – ".join(parts) + ".csv"


def documents_folder() -> Path:
    """The user's Documents folder, else (where it does not exist) the home folder."""
    location = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def write_excel_csv(queue: Queue, batch_id: int, path: Path,
                    states: Sequence[str] | None = None) -> int:
    """The batch's rows for Excel in the UI language: the list separator, translated
    headers and states, local times and each recipient's merge fields; UTF-8 with a BOM (so
    Excel reads the letters). `smtpdesk status --export` keeps CONTRACT §1's own format."""
    locale = QLocale()
    columns = list(queue.batch(batch_id).spec.columns)
    translate = QCoreApplication.translate
    header = [translate("QueuePage", "Row"), translate("QueueModel", "Recipient"),
              translate("QueueModel", "State"), translate("QueueModel", "Result"),
              translate("QueueModel", "Server reply"), translate("QueueModel", "Time"),
              translate("QueuePage", "Message ID")] + columns
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=list_separator(locale))
        writer.writerow([_cell(h) for h in header])
        for row in queue.iter_rows(batch_id, states):
            reply = row.smtp_reply or ""
            if row.smtp_code is not None:
                reply = f"{row.smtp_code} {reply}".strip()
            when = "" if row.state == "pending" else local_time_text(row.updated, locale)
            writer.writerow([str(row.row), _cell(row.email), state_word(row.state),
                             code_words(row.code), _cell(reply), when, row.message_id or ""]
                            + [_cell(row.fields.get(column, "")) for column in columns])
            count += 1
    return count


# --- the model ------------------------------------------------------------------------------


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

    def load(self, queue: Queue | None, batch_id: int | None) -> None:
        """Show a batch (its rows' states, without the merge fields) or nothing."""
        self._timer.stop()
        self._pending.clear()
        self.beginResetModel()
        self.batch_id = batch_id
        self._rows = []
        self._by_position = {}
        self._by_id = {}
        if queue is not None and batch_id is not None:
            rows = self._rows
            for row_id, position, email, state, code, smtp_code, reply, updated in \
                    queue.row_states(batch_id):
                self._by_position[position] = len(rows)
                self._by_id[row_id] = len(rows)
                rows.append([row_id, email, state, code, smtp_code, reply, updated])
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

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def retranslate(self) -> None:
        self._headers = [self.tr("Recipient"), self.tr("State"), self.tr("Result"),
                         self.tr("Server reply"), self.tr("Time")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

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
        for row in changed[1:] + [None]:
            if row is not None and row == previous + 1:
                previous = row
                continue
            self.dataChanged.emit(self.index(start, 0), self.index(previous, last_column))
            if row is not None:
                start = previous = row
        self.flushed.emit()


class QueueFilter(QSortFilterProxyModel):
    """Sorts by meaning (state order, time) and shows only the chosen states."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._states: frozenset[str] = frozenset()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_states(self, states: Sequence[str]) -> None:
        self._states = frozenset(states)
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._states:
            return True
        return self.sourceModel().state(source_row) in self._states


# --- the profile and password, from the window -----------------------------------------------


class ProfileSource(Protocol):
    def current(self) -> Profile | None: ...
    def for_batch(self, batch: Batch) -> Profile | None: ...
    def credentials(self, profile: Profile) -> Credentials | None: ...  # raises NoPassword


class NoPassword(Exception):
    """No password for the profile anywhere (typed, environment, keyring) — or, for an
    OAuth2 profile (`sign_in`), no sign-in yet."""

    def __init__(self, name: str, *, sign_in: bool = False) -> None:
        super().__init__(name)
        self.sign_in = sign_in


# --- dialogs ---------------------------------------------------------------------------------


class UncertainDialog(QDialog):
    """Rows that may or may not have arrived: the user says resend or mark as sent."""

    RESEND, MARK_SENT = 10, 11

    def __init__(self, addresses: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uncertainDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        count = len(addresses)
        self.setWindowTitle(self.tr("Messages that may have arrived"))
        heading = QLabel(self.tr("%n message(s) may or may not have arrived.", "", count))
        heading.setObjectName("uncertainHeading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        explanation = QLabel(self.tr(
            "The connection to the server broke after the message was handed over and before "
            "the server confirmed it. The message may well have been delivered. smtpdesk "
            "never sends such a message again on its own, so nobody gets it twice."))
        explanation.setObjectName("uncertainExplanation")
        explanation.setWordWrap(True)
        advice = QLabel(self.tr(
            "Look in your mail program's Sent folder or ask the recipient, then choose: send "
            "it again (the recipient may get it twice), or mark it as sent."))
        advice.setWordWrap(True)
        listing = QPlainTextEdit("\n".join(addresses[:500]) + ("\n…" if count > 500 else ""))
        listing.setReadOnly(True)
        listing.setObjectName("uncertainAddresses")
        listing.setMaximumHeight(120)
        buttons = QDialogButtonBox()
        self.resend_button = buttons.addButton(self.tr("Send again"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.resend_button.setObjectName("resendButton")
        self.mark_button = buttons.addButton(self.tr("Mark as sent"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.mark_button.setObjectName("markSentButton")
        later = buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("decideLaterButton")
        self.resend_button.clicked.connect(lambda: self.done(self.RESEND))
        self.mark_button.clicked.connect(lambda: self.done(self.MARK_SENT))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(advice)
        layout.addWidget(listing)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)


class ReminderDialog(QDialog):
    """A follow-up from a batch: its recipients by state, minus the addresses in a file."""

    def __init__(self, batch: Batch, summary: BatchSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.batch = batch
        self.exclude_path: Path | None = None
        self.setWindowTitle(self.tr("New reminder"))
        intro = QLabel(self.tr(
            "A reminder goes to recipients of batch {batch} with the same merge fields. "
            "Choose who gets it, and leave out the people who already answered.").format(
                batch=batch.id))
        intro.setWordWrap(True)
        who = QLabel(self.tr("Send to the recipients whose message was:"))
        who.setWordWrap(True)
        self.state_checks: dict[str, QCheckBox] = {}
        checks = QVBoxLayout()
        for state in ("sent", "failed", "uncertain", "cancelled"):
            count = getattr(summary, state)
            check = QCheckBox(f"{state_word(state)} ({count})")
            check.setObjectName(f"reminder_{state}")
            check.setChecked(state == "sent")
            check.setEnabled(count > 0)
            self.state_checks[state] = check
            checks.addWidget(check)
        exclude_row = QHBoxLayout()
        self.exclude_button = QPushButton(self.tr("Leave out addresses in a file…"))
        self.exclude_button.setObjectName("excludeButton")
        self.exclude_label = QLabel(self.tr("Nobody left out."))
        self.exclude_label.setObjectName("excludeLabel")
        self.exclude_label.setWordWrap(True)
        exclude_row.addWidget(self.exclude_button)
        exclude_row.addWidget(self.exclude_label, 1)
        self.subject_edit = QLineEdit(self.tr("Reminder: {subject}").format(
            subject=batch.spec.subject))
        self.subject_edit.setObjectName("reminderSubjectEdit")
        self.body_edit = QPlainTextEdit(batch.spec.text_body)
        self.body_edit.setObjectName("reminderBodyEdit")
        self.count_label = QLabel()
        self.count_label.setObjectName("reminderCount")
        self.count_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(self.tr("Prepare reminder"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("prepareReminderButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(who)
        layout.addLayout(checks)
        layout.addLayout(exclude_row)
        layout.addWidget(QLabel(self.tr("Subject")))
        layout.addWidget(self.subject_edit)
        layout.addWidget(QLabel(self.tr("Message")))
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.setMinimumSize(560, 480)
        self.excluded: set[str] = set()
        self._queue: Queue | None = None
        for check in self.state_checks.values():
            check.toggled.connect(self.update_count)
        self.exclude_button.clicked.connect(self._choose_exclude)

    def states(self) -> list[str]:
        return [s for s, check in self.state_checks.items() if check.isChecked()]

    def set_queue(self, queue: Queue) -> None:
        self._queue = queue
        self.update_count()

    def set_exclude_file(self, path: Path) -> bool:
        try:
            self.excluded = rec.read_address_list(path)
        except rec.RecipientsFileError as exc:
            self.exclude_label.setText(self.tr("{file} cannot be read: {reason}").format(
                file=path.name, reason=exc.message))
            return False
        self.exclude_path = path
        self.exclude_label.setText(self.tr("Leaving out %n address(es) from {file}.", "",
                                           len(self.excluded)).format(file=path.name))
        self.update_count()
        return True

    def _choose_exclude(self) -> None:
        open_file_dialog(self, self.tr("Addresses to leave out"),
                         self.tr("Spreadsheets and text (*.csv *.xlsx *.ods *.txt);;All files (*)"),
                         lambda path: self.set_exclude_file(Path(path)))

    def recipients(self) -> list[Recipient]:
        """Mirrors `smtpdesk send --from-batch --only-status --exclude`."""
        if self._queue is None or not self.states():
            return []
        return [row.recipient() for row in self._queue.iter_rows(self.batch.id, self.states())
                if row.email.casefold() not in self.excluded]

    def update_count(self) -> None:
        count = len(self.recipients())
        self.count_label.setText(self.tr("The reminder will go to %n recipient(s).", "", count))
        self.ok_button.setEnabled(count > 0)


def open_file_dialog(parent: QWidget, title: str, filters: str,
                     on_chosen: Callable[[str], object], *, save: bool = False,
                     default_name: str = "") -> QFileDialog:
    """A file dialog opened with open(), never exec() (the shared loop keeps running)."""
    dialog = QFileDialog(parent, title, default_name, filters)
    dialog.setObjectName("fileDialog")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda path: path and on_chosen(path))
    dialog.open()
    return dialog


# --- the page --------------------------------------------------------------------------------


class QueuePage(Retranslating, QWidget):
    """Progress, the rows, and the actions of the batch shown; the history of batches."""

    reminder_ready = Signal(object, list, str, str)  # (parent Batch, recipients, subject, body)
    title_changed = Signal()
    batch_ended = Signal(object)  # Outcome

    def __init__(self, queue: Queue, profiles: ProfileSource,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuePage")
        self.queue = queue
        self.profiles = profiles
        self.run = BatchRun(queue, self)
        self.model = QueueModel(self)
        self.proxy = QueueFilter(self)
        self.proxy.setSourceModel(self.model)
        self._shown: int | None = None
        self._last_progress: ProgressEvent | None = None
        self._outcome: Outcome | None = None
        self._continue_timer = QTimer(self, singleShot=True)
        self._continue_timer.timeout.connect(self._continue_later)
        self._continue_at: float | None = None
        self._tray: QSystemTrayIcon | None = None
        self.notify_after_seconds = LONG_BATCH_SECONDS
        self._build()
        self._connect()
        self.retranslate_ui()
        self.refresh_history()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.history_label = QLabel()
        self.batch_combo = QComboBox(objectName="batchCombo")
        self.history_label.setBuddy(self.batch_combo)
        self.batch_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.batch_combo.setMinimumContentsLength(30)
        self.batch_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.reminder_button = QPushButton(objectName="reminderButton")
        self.delete_button = QPushButton(objectName="deleteBatchButton")
        top = QHBoxLayout()
        top.addWidget(self.history_label)
        top.addWidget(self.batch_combo, 1)
        top.addWidget(self.reminder_button)
        top.addWidget(self.delete_button)

        self.progress_bar = QProgressBar(objectName="batchProgress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(True)
        self.status_label = WrapLabel(objectName="batchStatus")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label = WrapLabel(objectName="batchProblem")
        self.problem_label.setStyleSheet("color: #b71c1c;")
        self.problem_label.hide()
        # "Saved: <file>. Open folder": the link opens the folder the export went to
        self.export_result = WrapLabel(objectName="exportResult")
        self.export_result.setTextFormat(Qt.TextFormat.RichText)
        self.export_result.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.export_result.linkActivated.connect(self._open_export_folder)
        self.export_result.hide()
        self._exported: Path | None = None
        self._export_count = 0

        self.pause_button = QPushButton(objectName="pauseButton")
        self.resume_button = QPushButton(objectName="resumeButton")
        self.cancel_button = QPushButton(objectName="cancelButton")
        self.retry_button = QPushButton(objectName="retryButton")
        self.export_button = QPushButton(objectName="exportButton")
        self.export_menu = QMenu(self.export_button)
        self.export_all_action = self.export_menu.addAction("")
        self.export_failed_action = self.export_menu.addAction("")
        self.export_button.setMenu(self.export_menu)
        self.filter_label = QLabel()
        self.state_filter = QComboBox(objectName="stateFilter")
        self.state_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_label.setBuddy(self.state_filter)
        actions = QHBoxLayout()
        for button in (self.pause_button, self.resume_button, self.cancel_button,
                       self.retry_button, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        # the filter on a row of its own, over the table it filters: the action buttons keep
        # their room for longer words (Czech, Polish) on a laptop-wide window
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.state_filter)
        filter_row.addStretch(1)

        self.uncertain_banner = QFrame(objectName="uncertainBanner")
        self.uncertain_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.uncertain_banner.setStyleSheet(
            "#uncertainBanner { background: #fff3e0; border: 1px solid #ef6c00; }")
        self.uncertain_label = WrapLabel(objectName="uncertainLabel")
        self.uncertain_button = QPushButton(objectName="uncertainButton")
        banner = QHBoxLayout(self.uncertain_banner)
        banner.addWidget(self.uncertain_label, 1)
        banner.addWidget(self.uncertain_button)
        self.uncertain_banner.hide()

        self.view = QTableView(objectName="queueView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the batch's own order
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # one Tab stop: the arrow keys move inside
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 8)  # fixed: no per-row size calculations
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(_REPLY, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(_EMAIL, 230)
        header.resizeSection(_STATE, 120)
        header.resizeSection(_CODE, 220)
        header.resizeSection(_TIME, 90)

        self.empty_label = WrapLabel(objectName="queueEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        content = QWidget(objectName="queueContent")  # scrolls on a small screen
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(fit.scroll_area(content, name="queueScroll"))
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problem_label)
        layout.addLayout(actions)
        layout.addWidget(self.export_result)
        layout.addWidget(self.uncertain_banner)
        layout.addLayout(filter_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)

    def _connect(self) -> None:
        self.run.row_changed.connect(self.model.apply)
        self.run.progress.connect(self._progress)
        self.run.finished.connect(self._finished)
        self.run.crashed.connect(self._crashed)
        self.run.paused_changed.connect(lambda _paused: self._update_actions())
        self.model.flushed.connect(self._rows_flushed)
        self.batch_combo.currentIndexChanged.connect(self._batch_chosen)
        self.state_filter.currentIndexChanged.connect(self._filter_chosen)
        self.pause_button.clicked.connect(self.pause)
        self.resume_button.clicked.connect(self.resume)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.retry_button.clicked.connect(self.retry)
        self.export_all_action.triggered.connect(lambda: self._choose_export(None))
        self.export_failed_action.triggered.connect(
            lambda: self._choose_export(("failed", "deferred", "uncertain")))
        self.uncertain_button.clicked.connect(lambda: self.show_uncertain())
        self.view.doubleClicked.connect(self._row_double_clicked)
        self.delete_button.clicked.connect(self.ask_delete)
        self.reminder_button.clicked.connect(self.open_reminder)

    # -- language ------------------------------------------------------------------------

    def title(self) -> str:
        if self.run.running and self._last_progress is not None:
            s = self._last_progress.summary
            return self.tr("Queue ({done}/{total})").format(done=_done(s), total=s.total)
        return self.tr("Queue")

    def retranslate_ui(self) -> None:
        self.history_label.setText(self.tr("&Batch:"))
        self.batch_combo.setAccessibleName(self.tr("Batches sent so far"))
        self.reminder_button.setText(self.tr("Ne&w reminder…"))
        self.reminder_button.setToolTip(self.tr(
            "Send a follow-up to this batch's recipients, e.g. only to those who have not "
            "answered yet"))
        self.delete_button.setText(self.tr("De&lete batch"))
        self.delete_button.setToolTip(self.tr("Remove this batch and its recipients' data"))
        self.pause_button.setText(self.tr("&Pause"))
        self.pause_button.setToolTip(self.tr(
            "Stop after the messages being sent right now; nothing is lost"))
        self.resume_button.setText(self.tr("&Continue"))
        self.resume_button.setToolTip(self.tr("Continue sending this batch"))
        self.cancel_button.setText(self.tr("Ca&ncel batch"))
        self.cancel_button.setToolTip(self.tr("Do not send the messages still waiting"))
        self.retry_button.setText(self.tr("&Retry failed"))
        self.retry_button.setToolTip(self.tr(
            "Send the failed and postponed messages again"))
        self.export_button.setText(self.tr("E&xport"))
        self.export_all_action.setText(self.tr("All rows to CSV…"))
        self.export_failed_action.setText(self.tr("Failed and uncertain rows to CSV…"))
        self.filter_label.setText(self.tr("&Show:"))
        current = self.state_filter.currentData()
        self.state_filter.blockSignals(True)
        self.state_filter.clear()
        self.state_filter.addItem(self.tr("All recipients"), "")
        self.state_filter.addItem(self.tr("Problems (failed, uncertain, retrying)"),
                                  "failed,uncertain,deferred")
        for state in STATES:
            self.state_filter.addItem(_state_icon(state), state_word(state), state)
        self.state_filter.setCurrentIndex(max(self.state_filter.findData(current or ""), 0))
        self.state_filter.blockSignals(False)
        self.uncertain_button.setText(self.tr("D&ecide…"))
        self.view.setAccessibleName(self.tr("Recipients of the batch"))
        self.progress_bar.setAccessibleName(self.tr("Batch progress"))
        self.empty_label.setText(self.tr(
            "No batch yet. Load recipients and write the message on the Batch page, then "
            "press Send."))
        self.model.retranslate()
        self._fill_history_texts()
        self._show_export_result()
        self._show_status()

    # -- history -------------------------------------------------------------------------

    def refresh_history(self, select: int | None = None) -> None:
        wanted = select if select is not None else self._shown
        summaries = self.queue.summaries()
        self.batch_combo.blockSignals(True)
        self.batch_combo.clear()
        for summary in summaries:
            self.batch_combo.addItem("", summary.batch)
        self._summaries = {s.batch: s for s in summaries}
        self._fill_history_texts()
        index = self.batch_combo.findData(wanted) if wanted is not None else -1
        self.batch_combo.setCurrentIndex(index if index >= 0 else (0 if summaries else -1))
        self.batch_combo.blockSignals(False)
        self._show_batch(self.batch_combo.currentData())

    def _fill_history_texts(self) -> None:
        summaries = getattr(self, "_summaries", {})
        for i in range(self.batch_combo.count()):
            summary = summaries.get(self.batch_combo.itemData(i))
            if summary is None:
                continue
            created = QDateTime.fromString(summary.created, Qt.DateFormat.ISODate)
            when = QLocale().toString(created, QLocale.FormatType.ShortFormat)
            text = self.tr("#{batch} · {when} · {subject} · {sent}/{total} sent").format(
                batch=summary.batch, when=when, subject=_shorten(summary.subject, 40),
                sent=summary.sent, total=summary.total)
            self.batch_combo.setItemText(i, text)
            self.batch_combo.setItemData(i, self._summary_text(summary),
                                         Qt.ItemDataRole.ToolTipRole)

    def _summary_text(self, s: BatchSummary) -> str:
        parts = [self.tr("{done} of %n message(s) sent", "", s.total).format(done=s.sent)]
        if s.failed:
            parts.append(self.tr("%n failed", "", s.failed))
        if s.uncertain:
            parts.append(self.tr("%n uncertain", "", s.uncertain))
        if s.deferred:
            parts.append(self.tr("%n will be retried", "", s.deferred))
        if s.cancelled:
            parts.append(self.tr("%n cancelled", "", s.cancelled))
        if s.pending and not self.run.running:
            parts.append(self.tr("%n not sent yet", "", s.pending))
        return ", ".join(parts)

    def _batch_chosen(self, _index: int) -> None:
        self._show_batch(self.batch_combo.currentData())

    def _show_batch(self, batch_id: int | None) -> None:
        if batch_id != self._shown:
            self._shown = batch_id
            self._exported = None
            self._show_export_result()
            self.model.load(self.queue, batch_id)
            if not (self.run.running and self.run.batch_id == batch_id):
                self._last_progress = None
                self._outcome = None
        self._show_status()

    @property
    def shown_batch(self) -> int | None:
        return self._shown

    # -- running -------------------------------------------------------------------------

    def start_batch(self, batch_id: int, profile: Profile, credentials: Credentials | None,
                    options: SendOptions | None = None) -> bool:
        """Show the batch and send it; False (and a message) if it cannot start."""
        try:  # resuming (no options): the limits and pace the batch was started with
            prepared = batches.prepare_run(self.queue, batch_id, profile, options=options)
        except (BatchNotFound, ValueError, OSError) as exc:
            self._show_problem(self.tr("This batch cannot be sent: {reason}").format(
                reason=str(exc)))
            return False
        self._continue_timer.stop()
        self._continue_at = None
        self._outcome = None
        self._last_progress = None
        self.problem_label.hide()
        try:
            self.run.start(prepared, credentials)
        except BatchBusy:
            self._show_problem(self.tr(
                "Batch {batch} is being sent by another smtpdesk right now (another window or "
                "the command line). Wait until it ends.").format(batch=batch_id))
            return False
        self._shown = None  # load it afresh: recover() may have changed rows
        self.refresh_history(select=batch_id)
        self._update_actions()
        self.title_changed.emit()
        return True

    def resume_batch(self, batch_id: int) -> bool:
        """Continue a stored batch with its profile (the stored one of that name)."""
        try:
            batch = self.queue.batch(batch_id)
        except BatchNotFound:
            return False
        if self.queue.is_locked(batch_id):
            self._show_problem(self.tr(
                "Batch {batch} is being sent by another smtpdesk right now (another window or "
                "the command line). Wait until it ends.").format(batch=batch_id))
            return False
        profile = self.profiles.for_batch(batch)
        if profile is None:
            self._show_problem(self.tr(
                "The profile {name} of this batch no longer exists. Create it again on the "
                "Settings page to continue.").format(name=batch.profile))
            return False
        try:
            credentials = self.profiles.credentials(profile)
        except NoPassword as missing:
            self._show_problem((self.tr(
                "The profile {name} is not signed in. Press Sign in on the Settings page, "
                "then press Continue.") if missing.sign_in else self.tr(
                "There is no password for the profile {name}. Enter it on the Settings page, "
                "then press Continue.")).format(name=profile.name))
            return False
        return self.start_batch(batch_id, profile, credentials)

    def pause(self) -> None:
        self.run.pause()
        self._update_actions()
        self._show_status()

    def resume(self) -> None:
        if self.run.running:
            self.run.resume()
        elif self._shown is not None:
            self.resume_batch(self._shown)
        self._update_actions()
        self._show_status()

    def ask_cancel(self) -> None:
        if self._shown is None:
            return
        left = self._current_summary().open

        def answered(button: Button) -> None:
            if button != Button.Yes:
                return
            if self.run.running and self.run.batch_id == self._shown:
                self.run.cancel()
            else:
                shown = self._shown
                if not self._change_rows(shown, lambda: self.queue.cancel_open(shown)):
                    return
                self.model.load(self.queue, shown)
                self.refresh_history()
            self._update_actions()

        ask(self, self.tr("Cancel the batch?"),
            self.tr("%n message(s) not sent yet will not be sent.", "", left),
            Button.Yes | Button.No, Button.No, answered,
            informative=self.tr("Messages already sent stay sent. You can send the "
                                "cancelled ones later with a reminder."),
            icon=QMessageBox.Icon.Warning)

    def retry(self) -> None:
        """Failed and postponed rows go back to the queue and the batch continues."""
        if self._shown is None or self.run.running:
            return
        shown, requeued = self._shown, []
        if not self._change_rows(shown, lambda: requeued.append(
                self.queue.requeue(shown, ("failed", "deferred")))):
            return
        count = requeued[0]
        if count:
            self.resume_batch(self._shown)
        self.model.load(self.queue, self._shown)
        self._update_actions()

    def _progress(self, event: ProgressEvent) -> None:
        self._last_progress = event
        summaries = getattr(self, "_summaries", {})
        stored = summaries.get(self.run.batch_id)
        if stored is not None:  # the history entry follows the live counts
            counts = {k: getattr(event.summary, k) for k in (
                "total", "sent", "failed", "deferred", "uncertain", "cancelled", "pending",
                "sending")}
            summaries[stored.batch] = replace(stored, **counts)
            self._fill_history_texts()
        self._show_status()
        self.title_changed.emit()

    def _rows_flushed(self) -> None:
        self._update_uncertain()

    def _finished(self, outcome: Outcome) -> None:
        self.model.flush()
        self._outcome = outcome
        self._last_progress = None
        batch_id = self.run.batch_id
        if outcome.status == "later" and outcome.resume_at:
            self._continue_at = outcome.resume_at
            self._continue_timer.start(int(max(outcome.resume_at - time.time(), 1) * 1000))
        self.refresh_history(select=batch_id)
        if self._shown == batch_id and outcome.status == "cancelled":
            self.model.load(self.queue, batch_id)  # cancel_open() reports no row events
        self._update_uncertain()
        self._show_status()
        self.title_changed.emit()
        elapsed = time.monotonic() - self.run.started_at
        if elapsed >= self.notify_after_seconds and outcome.status in ("finished", "later",
                                                                       "stopped", "cancelled"):
            self.notify(outcome)
        self.batch_ended.emit(outcome)

    def _crashed(self, text: str) -> None:
        self._show_problem(self.tr("Sending stopped because of an error in smtpdesk: {error}")
                           .format(error=text))
        self.refresh_history()
        self.title_changed.emit()

    def _continue_later(self) -> None:
        if not self.run.running and self.run.batch_id is not None:
            self.resume_batch(self.run.batch_id)

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    # -- status --------------------------------------------------------------------------

    def _current_summary(self) -> BatchSummary:
        if self._last_progress is not None and self.run.running \
                and self.run.batch_id == self._shown:
            return self._last_progress.summary
        counts = self.model.counts()
        return BatchSummary(self._shown or 0, self.model.rowCount(), **{
            k: counts[k] for k in ("sent", "failed", "deferred", "uncertain", "cancelled",
                                   "pending", "sending")})

    def _show_status(self) -> None:
        has_batch = self._shown is not None
        self.view.setVisible(has_batch)
        self.empty_label.setVisible(not has_batch)
        if not has_batch:
            self.progress_bar.setValue(0)
            self.progress_bar.setFormat("")
            self.status_label.setText("")
            self._update_actions()
            return
        s = self._current_summary()
        done = _done(s)
        self.progress_bar.setMaximum(max(s.total, 1))
        self.progress_bar.setValue(done if s.total else 1)
        percent = round(100 * done / s.total) if s.total else 100
        self.progress_bar.setFormat(self.tr("{done} of {total} ({percent} %)").format(
            done=done, total=s.total, percent=percent))
        parts = [self._summary_text(s)]
        mine = self.run.running and self.run.batch_id == self._shown
        event = self._last_progress if mine else None
        if mine and self.run.paused:
            parts.append(self.tr("Paused."))
        elif event is not None:
            parts.append(self._rate_text(event.rate_per_minute))
            if event.waiting_until and event.waiting_until > time.time():
                parts.append(self._waiting_text(event.waiting_reason, event.waiting_until, s))
            elif event.eta_seconds:
                parts.append(self.tr("about {duration} left").format(
                    duration=format_duration(event.eta_seconds)))
        elif self._outcome is not None and self.run.batch_id == self._shown:
            parts.append(self._outcome_text(self._outcome))
        elif self.queue_status() == "open" and s.open:
            parts.append(self.tr("Not finished: press Continue to send the rest."))
        self.status_label.setText(" · ".join(p for p in parts if p))
        self._update_actions()

    def _rate_text(self, per_minute: float) -> str:
        """The measured rate, rounded down so it never reads above the limit (10 a minute
        must not show as 11); slow paces per hour (100 an hour is not "2 a minute")."""
        if per_minute >= 10:
            return self.tr("%n message(s) a minute", "", int(per_minute + 0.01))
        if per_minute * 60 >= 1:
            return self.tr("%n message(s) an hour", "", int(per_minute * 60 + 0.01))
        return ""

    def queue_status(self) -> str:
        summary = getattr(self, "_summaries", {}).get(self._shown)
        return summary.status if summary else ""

    def _waiting_text(self, reason: str | None, until: float, s: BatchSummary) -> str:
        when = when_text(until)
        if reason == "day":
            return self.tr("Daily sending limit reached: continues {when}.").format(when=when)
        if reason in ("minute", "hour"):
            return self.tr("Keeping to the sending limit: next message {when}.").format(
                when=when)
        if reason == "backoff":
            return self.tr("The server asked to slow down: continuing {when}.").format(when=when)
        return self.tr("%n message(s) will be retried {when}.", "", s.deferred).format(
            when=when)

    def _outcome_text(self, outcome: Outcome) -> str:
        s = outcome.summary
        if outcome.status == "finished":
            return self.tr("Done.")
        if outcome.status == "cancelled":
            return self.tr("Cancelled.")
        if outcome.status == "later":
            when = when_text(outcome.resume_at) if outcome.resume_at else ""
            if outcome.reason == "day":
                return self.tr("Daily sending limit reached: continues {when}.").format(
                    when=when)
            return self.tr("%n message(s) will be retried {when}.", "",
                           s.deferred or s.pending).format(when=when)
        if outcome.status == "stopped" and outcome.diagnosis is not None:
            d = outcome.diagnosis
            profile = self.run.sender.profile if self.run.sender is not None else None
            summary, step = texts.hint_parts(d.code, cause=d.cause,
                                             **texts.profile_params(profile))
            reply = f" ({d.smtp_code or ''} {d.reason or ''})".replace("( ", "(") \
                if d.smtp_code or d.reason else ""
            return self.tr("Sending stopped: {what}{reply} {step}").format(
                what=summary, reply=reply, step=step)
        return ""

    def _update_actions(self) -> None:
        shown = self._shown
        mine = self.run.running and self.run.batch_id == shown
        s = self._current_summary() if shown is not None else None
        self.pause_button.setEnabled(mine and not self.run.paused)
        open_rows = bool(s and s.pending + s.deferred + s.sending)
        self.resume_button.setEnabled(
            (mine and self.run.paused) or
            (shown is not None and not self.run.running and open_rows
             and self.queue_status() != "cancelled"))
        self.cancel_button.setEnabled(mine or (shown is not None and not self.run.running
                                               and open_rows))
        self.retry_button.setEnabled(bool(shown is not None and not self.run.running and s
                                          and (s.failed or s.deferred)))
        self.export_button.setEnabled(shown is not None)
        self.delete_button.setEnabled(shown is not None and not mine)
        self.reminder_button.setEnabled(shown is not None and not mine)
        self.batch_combo.setEnabled(self.batch_combo.count() > 0)

    # -- uncertain rows ------------------------------------------------------------------

    def _update_uncertain(self) -> None:
        count = self.model.counts()["uncertain"] if self._shown is not None else 0
        self.uncertain_banner.setVisible(count > 0)
        if count:
            self.uncertain_label.setText(self.tr(
                "%n message(s) may or may not have arrived: the connection broke before the "
                "server confirmed. Nothing is sent twice unless you say so.", "", count))

    def _row_double_clicked(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if self.model.state(source.row()) == "uncertain":
            self.show_uncertain([self.model.row_id(source.row())])

    def show_uncertain(self, row_ids: list[int] | None = None) -> UncertainDialog | None:
        """Explain the uncertain rows (all, or these) and act on the user's choice."""
        if self._shown is None:
            return None
        batch_id = self._shown
        rows = [r for r in range(self.model.rowCount()) if self.model.state(r) == "uncertain"
                and (row_ids is None or self.model.row_id(r) in row_ids)]
        if not rows:
            return None
        ids = [self.model.row_id(r) for r in rows]
        dialog = UncertainDialog([self.model.email(r) for r in rows], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(result: int) -> None:
            if result == UncertainDialog.MARK_SENT:
                change = lambda: self.queue.mark_uncertain_as_sent(batch_id, ids)  # noqa: E731
            elif result == UncertainDialog.RESEND:
                change = lambda: self.queue.requeue(batch_id, ("uncertain",), ids)  # noqa: E731
            else:
                return
            if not self._change_rows(batch_id, change):
                return
            if result == UncertainDialog.RESEND and not self.run.running:
                self.resume_batch(batch_id)
            self.model.load(self.queue, batch_id)
            self.refresh_history(select=batch_id)
            self._update_uncertain()

        dialog.finished.connect(answered)
        dialog.open()
        return dialog

    # -- export, delete, reminders -------------------------------------------------------

    def default_export_path(self, states: Sequence[str] | None = None) -> Path | None:
        """Where the export is proposed: Documents, named after the batch and today."""
        if self._shown is None:
            return None
        try:
            subject = self.queue.batch(self._shown).spec.subject
        except BatchNotFound:
            return None
        return documents_folder() / export_file_name(self._shown, subject, bool(states),
                                                     date.today())

    def _choose_export(self, states: Sequence[str] | None) -> QFileDialog | None:
        target = self.default_export_path(states)
        if target is None:
            return None
        return open_file_dialog(self, self.tr("Export rows"), self.tr("CSV files (*.csv)"),
                                lambda path: self.export(Path(path), states), save=True,
                                default_name=str(target))

    def export(self, path: Path, states: Sequence[str] | None = None) -> int:
        """Write the shown batch's rows for Excel (`write_excel_csv`); returns how many."""
        if self._shown is None:
            return 0
        try:
            count = write_excel_csv(self.queue, self._shown, path, states)
        except (OSError, BatchNotFound) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            self._show_problem(self.tr("{file} cannot be written: {reason}").format(
                file=path.name, reason=reason))
            return 0
        self._exported = path
        self._export_count = count
        self._show_export_result()
        return count

    def _show_export_result(self) -> None:
        path = self._exported
        self.export_result.setVisible(path is not None)
        if path is None:
            return
        saved = self.tr("Saved: %n row(s) in {file}.", "", self._export_count).format(
            file=html.escape(path.name))
        link = QUrl.fromLocalFile(str(path.parent)).toString()
        words = self.tr("Open folder")  # lupdate does not look inside f-strings
        self.export_result.setText(f'{saved} <a href="{html.escape(link)}">'
                                   f'{html.escape(words)}</a>')
        self.export_result.setToolTip(str(path))

    def _open_export_folder(self, link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))

    def ask_delete(self) -> None:
        batch_id = self._shown
        if batch_id is None:
            return
        if self.run.running and self.run.batch_id == batch_id:
            return
        if self.queue.is_locked(batch_id):
            self._show_problem(self.tr(
                "Batch {batch} is being sent by another smtpdesk right now (another window or "
                "the command line). Wait until it ends.").format(batch=batch_id))
            return

        def answered(button: Button) -> None:
            if button == Button.Yes:
                self.delete_batch(batch_id)

        ask(self, self.tr("Delete batch"),
            self.tr("Delete batch {batch} and its recipients' data?").format(batch=batch_id),
            Button.Yes | Button.No, Button.No, answered,
            informative=self.tr("The list of recipients, their merge fields and the "
                                "results are removed from this computer. Sent messages "
                                "cannot be called back."),
            icon=QMessageBox.Icon.Warning)

    def _change_rows(self, batch_id: int, change: Callable[[], object]) -> bool:
        """Change a batch's rows only while holding its lock (or while this window sends
        it): another process working the batch must not see rows change under it."""
        if self.run.running and self.run.batch_id == batch_id:
            change()
            return True
        try:
            with self.queue.lock(batch_id):
                change()
        except BatchBusy:
            self._show_problem(self.tr(
                "Batch {batch} is being sent by another smtpdesk right now (another window or "
                "the command line). Wait until it ends.").format(batch=batch_id))
            return False
        return True

    def delete_batch(self, batch_id: int) -> None:
        if not self._change_rows(batch_id, lambda: self.queue.delete_batch(batch_id)):
            return
        if self._shown == batch_id:
            self._shown = None
            self.model.load(None, None)
        self.refresh_history()

    def open_reminder(self) -> ReminderDialog | None:
        if self._shown is None:
            return None
        batch = self.queue.batch(self._shown)
        dialog = ReminderDialog(batch, self.queue.summary(batch.id), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.set_queue(self.queue)

        def answered(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.reminder_ready.emit(batch, dialog.recipients(),
                                         dialog.subject_edit.text(),
                                         dialog.body_edit.toPlainText())

        dialog.finished.connect(answered)
        dialog.open()
        return dialog

    # -- notifications -------------------------------------------------------------------

    def notify(self, outcome: Outcome) -> None:
        """A tray message when a long batch ends (where the desktop has a tray)."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            icon = self.window().windowIcon()
            if icon.isNull():
                icon = _state_icon("sent")
            self._tray = QSystemTrayIcon(icon, self)
        s = outcome.summary
        self._tray.show()
        title = self.tr("Batch {batch} ended").format(batch=s.batch)
        body = self._summary_text(s)
        status = self._outcome_text(outcome)
        self._tray.showMessage(title, f"{body}. {status}".strip(),
                               QSystemTrayIcon.MessageIcon.Information, 10000)

    # -- filtering -----------------------------------------------------------------------

    def _filter_chosen(self, _index: int) -> None:
        value = self.state_filter.currentData() or ""
        self.proxy.set_states([s for s in value.split(",") if s])

    def shutdown(self) -> None:
        self._continue_timer.stop()
        self.run.stop_now()
        if self._tray is not None:
            self._tray.hide()


def _done(s: BatchSummary) -> int:
    return s.sent + s.failed + s.uncertain + s.cancelled


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[:length - 1] + "…"


__all__ = ["NoPassword", "ProfileSource", "QueueFilter", "QueueModel", "QueuePage",
           "ReminderDialog", "UncertainDialog", "code_words", "state_word"]
