"""The Batch page: recipients from a spreadsheet, one message with merge fields, previews.

Rows with problems are listed with the reason (the core's codes in words) and keep Send
disabled until the file is fixed and loaded again, or they are left out. Unknown
placeholders are flagged while typing. The preview shows recipient N's message as it will
be sent (it is rendered by the same template the sender uses). Send asks with the count,
the profile, its limits and an estimate, stores the batch and hands it to the Queue page.
"""

from __future__ import annotations

import contextlib
import html
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smtpdesk import i18n, texts
from smtpdesk.core import draft as drafts
from smtpdesk.core import pace, verified
from smtpdesk.core import recipients as rec
from smtpdesk.core.compose import ComposeError, MessageTemplate, build_message
from smtpdesk.core.profile import Profile
from smtpdesk.core.queue import Batch, BatchSpec, Queue, QueueDamaged, StoredBatch
from smtpdesk.core.recipients import AttachmentRule, InputProblem, Recipient, RecipientList
from smtpdesk.core.sender import DAY, SendOptions, account_key, template_for
from smtpdesk.core.textfile import TextFileError, read_text
from smtpdesk.core.transport import Credentials
from smtpdesk.recipient_words import FILE_CODES, problem_words
from smtpdesk.smime_words import problem_text
from smtpdesk.ui import domain_check, fit
from smtpdesk.ui.attachment_check import AttachmentCheck
from smtpdesk.ui.batch.dialogs import open_file_dialog
from smtpdesk.ui.batch.editors import PlaceholderHighlighter, RowSpinBox
from smtpdesk.ui.batch.recipients_model import RecipientsModel
from smtpdesk.ui.batch.runs import RecipientsRun, SendTestRun, StoreRun
from smtpdesk.ui.batch.source import NoPassword, ProfileSource
from smtpdesk.ui.batch.words import format_duration, pace_words
from smtpdesk.ui.data_size import data_size
from smtpdesk.ui.dialogs import ask
from smtpdesk.ui.retranslate import Retranslating
from smtpdesk.ui.sealed_browser import SealedBrowser
from smtpdesk.ui.when import when_words
from smtpdesk.ui.wrap_label import WrapLabel

Button = QMessageBox.StandardButton
RECIPIENT_SUFFIXES = (".csv", ".xlsx", ".ods", ".txt")
_PREVIEW_DELAY_MS = 250
_DRAFT_DELAY_MS = 1000  # the composed batch is saved this long after the last change


# --- the page --------------------------------------------------------------------------------


_LISTED_FILES = 12  # the confirmation names this many files, then counts the rest


class BatchPage(Retranslating, QWidget):
    def __init__(
        self,
        queue: Queue,
        profiles: ProfileSource,
        start_batch: Callable[
            [int, Profile, Credentials | None, SendOptions, list[tuple] | None], bool
        ],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchPage")
        self.queue = queue
        self.profiles = profiles
        self.start_batch = start_batch
        self.listing: RecipientList | None = None
        self.parent_batch: Batch | None = None
        self.recipients: list[Recipient] = []
        self.columns: tuple[str, ...] = ()
        self.attachment_column: str | None = None
        # None: the column is found by its name (CONTRACT §4); else the user's choice
        self.attachment_rule: AttachmentRule | None = None
        self.recipients_file: str | None = None
        self.attachments: list[Path] = []
        # a reminder's files checked again: each must still be a file in the first list's folder
        self._reminder_problems: list[InputProblem] = []
        self._by_row: dict[int, Recipient] = {}
        self._positions: dict[int, int] = {}  # spreadsheet row -> its place among those sent
        self._chosen_profile: object | None = None  # a ProfileSource token, once chosen
        self._profile_tokens: list[object | None] = []
        self._linking = False
        self._sent_state: dict | None = None  # the composition as it was last sent
        self._restoring = False
        self._problem_text: Callable[[], str] = lambda: ""
        self._test_text: Callable[[], str] = lambda: ""
        self._template: MessageTemplate | None = None
        self._template_error = ""
        self._last_editor: QWidget | None = None
        self._test = SendTestRun(self)
        self._storing = StoreRun(self)
        self._storing.stored.connect(self._batch_stored)
        self._storing.failed.connect(self._store_failed)
        # what the batch being stored goes out with, and the composition it was made from
        self._sending: tuple[Profile, Credentials | None, SendOptions, dict] | None = None
        self._storing_count = 0
        self._store_error: Callable[[], str] = lambda: ""
        # instead of starting the batch: called with its id, or None when it was not stored
        self.after_storing: Callable[[int | None], None] | None = None
        self._reading = RecipientsRun(self)
        self._reading.read.connect(self._recipients_read)
        self._preview_timer = QTimer(self, interval=_PREVIEW_DELAY_MS, singleShot=True)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._draft_timer = QTimer(self, interval=_DRAFT_DELAY_MS, singleShot=True)
        self._draft_timer.timeout.connect(self.save_draft)
        self._build()
        self._connect()
        self.retranslate_ui()
        self._refresh()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        top, summary = self._build_recipients()
        compose = self._build_compose()
        preview_box = self._build_preview()
        self._lay_out(top, summary, compose, preview_box)

    def _build_recipients(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The list: its file, the summary of its problems, the table of its rows."""
        self.recipients_button = QPushButton(objectName="recipientsButton")
        self.reload_button = QPushButton(objectName="reloadButton")
        self.file_label = QLabel(objectName="recipientsFile")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        self.profile_label = QLabel()
        self.profile_combo = QComboBox(objectName="batchProfileCombo")
        self.profile_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.profile_combo.setMinimumContentsLength(14)
        self.profile_label.setBuddy(self.profile_combo)
        top = QHBoxLayout()
        top.addWidget(self.recipients_button)
        top.addWidget(self.reload_button)
        top.addWidget(self.file_label, 1)

        self.summary_label = WrapLabel(objectName="recipientsSummary")
        self.exclude_check = QCheckBox(objectName="excludeProblemsCheck")
        summary = QHBoxLayout()
        summary.addWidget(self.summary_label, 1)
        summary.addWidget(self.exclude_check)

        self.model = RecipientsModel(self)
        self.table = QTableView(objectName="recipientsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # one Tab stop: the arrow keys move inside
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        # column widths from the first 50 rows: sampling 1 000 (Qt's default) froze the window
        self.table.horizontalHeader().setResizeContentsPrecision(50)
        return top, summary

    def _build_compose(self) -> QWidget:
        """Subject, text and HTML body, attachments for all, files of their own."""
        self.subject_label = QLabel()
        self.subject_edit = QLineEdit(objectName="subjectEdit")
        self.subject_label.setBuddy(self.subject_edit)
        self.insert_button = QPushButton(objectName="insertFieldButton")
        # reachable with Tab and Alt+its letter, but a mouse click leaves the text its cursor
        self.insert_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.insert_button.setAutoDefault(True)  # Enter opens its menu, as Space does
        self.insert_menu = QMenu(self.insert_button)
        self.insert_button.setMenu(self.insert_menu)
        subject_row = QHBoxLayout()
        subject_row.addWidget(self.subject_label)
        subject_row.addWidget(self.subject_edit, 1)
        subject_row.addWidget(self.insert_button)
        self.body_label = QLabel()
        self.body_edit = QPlainTextEdit(objectName="bodyEdit")
        self.body_edit.setTabChangesFocus(True)  # Tab goes on to the next field
        self.body_label.setBuddy(self.body_edit)
        self.html_check = QCheckBox(objectName="htmlCheck")
        self.html_load_button = QPushButton(objectName="loadHtmlButton")
        html_row = QHBoxLayout()
        html_row.addWidget(self.html_check)
        html_row.addStretch(1)
        html_load_row = QHBoxLayout()
        html_load_row.addStretch(1)
        html_load_row.addWidget(self.html_load_button)
        self.html_edit = QPlainTextEdit(objectName="htmlEdit")
        self.html_edit.setTabChangesFocus(True)
        self.html_edit.hide()
        self.html_load_button.hide()
        self.placeholder_label = WrapLabel(objectName="placeholderWarning")
        self.placeholder_label.setStyleSheet("color: #b71c1c;")
        self.placeholder_label.hide()
        self._highlighters = [
            PlaceholderHighlighter(self.body_edit.document(), lambda: self.columns),
            PlaceholderHighlighter(self.html_edit.document(), lambda: self.columns),
        ]

        self.attachments_label = QLabel()
        self.attachments_list = QListWidget(objectName="attachmentsList")
        self.attachments_label.setBuddy(self.attachments_list)
        self.attachments_list.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        self.add_attachment_button = QPushButton(objectName="addAttachmentButton")
        self.remove_attachment_button = QPushButton(objectName="removeAttachmentButton")
        attach_buttons = QVBoxLayout()
        attach_buttons.addWidget(self.add_attachment_button)
        attach_buttons.addWidget(self.remove_attachment_button)
        attach_buttons.addStretch(1)
        attach_row = QHBoxLayout()
        attach_row.addWidget(self.attachments_list, 1)
        attach_row.addLayout(attach_buttons)
        self.own_files_title = WrapLabel()
        self.own_files_combo = QComboBox(objectName="ownFilesColumnCombo")
        self.own_files_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.own_files_combo.setMinimumContentsLength(10)
        self.own_files_title.setBuddy(self.own_files_combo)
        self.own_folder_button = QPushButton(objectName="ownFilesFolderButton")
        self.own_folder_clear = QToolButton(objectName="ownFilesFolderClear", text="×")
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_files_combo, 1)
        own_row.addWidget(self.own_folder_button)
        own_row.addWidget(self.own_folder_clear)
        self.own_files_label = WrapLabel(objectName="ownAttachmentsLabel")
        self.own_files_label.hide()
        self.attachment_check = AttachmentCheck(self)  # "Each attachment must mention: [▾]"

        compose = QWidget(objectName="composeBox")
        compose_layout = QVBoxLayout(compose)
        compose_layout.setContentsMargins(0, 0, 6, 0)
        compose_layout.addLayout(subject_row)
        compose_layout.addWidget(self.body_label)
        compose_layout.addWidget(self.body_edit, 3)
        compose_layout.addLayout(html_row)
        compose_layout.addWidget(self.html_edit, 2)
        compose_layout.addLayout(html_load_row)
        compose_layout.addWidget(self.placeholder_label)
        compose_layout.addWidget(self.attachments_label)
        compose_layout.addLayout(attach_row)
        compose_layout.addWidget(self.own_files_title)
        compose_layout.addLayout(own_row)
        compose_layout.addWidget(self.own_files_label)
        compose_layout.addWidget(self.attachment_check)
        return compose

    def _build_preview(self) -> QWidget:
        """One recipient's message as it will go, and the test message to oneself."""
        self.preview_label = QLabel()
        self.previous_button = QToolButton(objectName="previousButton")
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.next_button = QToolButton(objectName="nextButton")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.preview_spin = RowSpinBox(objectName="previewRowSpin")
        self.preview_spin.setRange(0, 0)
        self.preview_of_label = WrapLabel(objectName="previewPosition")
        self.preview_label.setBuddy(self.preview_spin)
        self.source_button = QToolButton(objectName="previewSourceButton")
        self.source_button.setCheckable(True)
        self.source_button.hide()  # only with an HTML version
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.preview_spin)
        nav.addWidget(self.next_button)
        nav.addWidget(self.preview_of_label, 1)
        nav.addWidget(self.source_button)
        self.preview = SealedBrowser(objectName="previewView")
        self.preview.setOpenLinks(False)  # a preview's links are shown, not followed
        self.preview.setTabChangesFocus(True)
        self.send_test_button = QPushButton(objectName="sendTestButton")
        self.test_label = WrapLabel(objectName="testResult")
        test_row = QHBoxLayout()
        test_row.addWidget(self.send_test_button)
        test_row.addWidget(self.test_label, 1)
        preview_box = QWidget(objectName="previewBox")
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(6, 0, 0, 0)
        preview_layout.addWidget(self.preview_label)
        preview_layout.addLayout(nav)
        preview_layout.addWidget(self.preview, 1)
        preview_layout.addLayout(test_row)
        return preview_box

    def _lay_out(
        self, top: QHBoxLayout, summary: QHBoxLayout, compose: QWidget, preview_box: QWidget
    ) -> None:
        lower = QSplitter(Qt.Orientation.Horizontal, objectName="composeSplitter")
        lower.addWidget(compose)
        lower.addWidget(preview_box)
        lower.setChildrenCollapsible(False)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="batchSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 420])

        self.send_hint = WrapLabel(objectName="sendHint")
        self.send_button = QPushButton(objectName="sendButton")
        self.send_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.send_hint, 1)
        bottom.addWidget(self.profile_label)
        bottom.addWidget(self.profile_combo)
        bottom.addWidget(self.send_button)

        # on a low screen the page scrolls; Send stays below the scrolled part, always in view
        content = QWidget(objectName="batchContent")
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(12, 12, 12, 0)
        content_layout.addLayout(top)
        content_layout.addLayout(summary)
        content_layout.addWidget(splitter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(fit.scroll_area(content, name="batchScroll"), 1)
        bottom.setContentsMargins(12, 0, 12, 12)
        layout.addLayout(bottom)
        chain = [
            self.recipients_button,
            self.reload_button,
            self.exclude_check,
            self.table,
            self.subject_edit,
            self.insert_button,
            self.body_edit,
            self.html_check,
            self.html_edit,
            self.html_load_button,
            self.attachments_list,
            self.add_attachment_button,
            self.remove_attachment_button,
            self.previous_button,
            self.preview_spin,
            self.next_button,
            self.source_button,
            self.preview,
            self.send_test_button,
            self.send_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):  # reading order
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.recipients_button.clicked.connect(self._choose_recipients)
        self.reload_button.clicked.connect(self.reload)
        self.exclude_check.toggled.connect(lambda _on: self._refresh())
        for edit in (self.subject_edit, self.body_edit, self.html_edit):
            edit.installEventFilter(self)
        self.subject_edit.textChanged.connect(self._text_changed)
        self.body_edit.textChanged.connect(self._text_changed)
        self.html_edit.textChanged.connect(self._text_changed)
        self.html_check.toggled.connect(self._html_toggled)
        self.html_load_button.clicked.connect(self._choose_html)
        self.add_attachment_button.clicked.connect(self._choose_attachment)
        self.remove_attachment_button.clicked.connect(self._remove_attachment)
        self.attachments_list.currentRowChanged.connect(
            lambda row: self.remove_attachment_button.setEnabled(row >= 0)
        )
        self.previous_button.clicked.connect(lambda: self.preview_spin.stepBy(-1))
        self.next_button.clicked.connect(lambda: self.preview_spin.stepBy(1))
        self.preview_spin.valueChanged.connect(self._preview_row_changed)
        self.source_button.toggled.connect(lambda _on: self.refresh_preview())
        self.table.selectionModel().currentRowChanged.connect(self._table_row_changed)
        self.profile_combo.activated.connect(self._profile_chosen)
        self.own_files_combo.activated.connect(self._own_files_chosen)
        self.own_folder_button.clicked.connect(self._choose_own_folder)
        self.own_folder_clear.clicked.connect(
            lambda: self.set_attachment_rule(
                AttachmentRule(self.attachment_column) if self.attachment_column else None
            )
        )
        self.send_test_button.clicked.connect(self.send_test)
        self._test.finished.connect(self._test_finished)
        self.send_button.clicked.connect(self.ask_send)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._last_editor = watched  # where "Insert field" puts the placeholder
        return super().eventFilter(watched, event)

    # -- language ------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Batch")

    def retranslate_ui(self) -> None:
        self.recipients_button.setText(self.tr("&Load recipients…"))
        self.recipients_button.setToolTip(
            self.tr(
                "A CSV or Excel file: one row per recipient, the first row names the columns "
                "(you can also drop the file on the window)"
            )
        )
        self.reload_button.setText(self.tr("&Reload"))
        self.reload_button.setToolTip(self.tr("Read the file again after you fixed it"))
        self.exclude_check.setText(self.tr("Leave out the rows with &problems"))
        self.subject_label.setText(self.tr("Su&bject"))
        self.insert_button.setText(self.tr("&Insert field"))
        self.insert_button.setToolTip(
            self.tr("Put a column of the recipients file into the subject or the message")
        )
        self.body_label.setText(self.tr("M&essage (plain text)"))
        self.body_edit.setPlaceholderText(
            self.tr(
                "Dear {{ Name }},\n\nwrite the message here; fields in double braces are "
                "replaced for each recipient."
            )
        )
        self.html_check.setText(self.tr("Also send an HTML &version"))
        self.html_load_button.setText(self.tr("Load HTML &file…"))
        self.html_edit.setPlaceholderText(self.tr("<p>Dear {{ Name }}, …</p>"))
        self.attachments_label.setText(self.tr("Atta&chments for everybody:"))
        self.add_attachment_button.setText(self.tr("Add…"))
        self.remove_attachment_button.setText(self.tr("Remove"))
        self.preview_label.setText(self.tr("Previe&w of row"))
        self.preview_spin.setToolTip(
            self.tr("The row number as the spreadsheet shows it, as in the table's Row column")
        )
        self.profile_label.setText(self.tr("Send with"))
        self.profile_combo.setToolTip(
            self.tr(
                "The profile this batch is sent with; it starts as the one selected in the "
                "Profiles list"
            )
        )
        self.own_files_title.setText(self.tr("Each recipient's own files, named in the column:"))
        self.own_files_combo.setToolTip(
            self.tr("The column that names each recipient's own files (an invoice, a contract)")
        )
        self.own_folder_button.setText(self.tr("Folder…"))
        self.own_folder_clear.setToolTip(
            self.tr("Look for the files next to the recipients file again")
        )
        self._fill_own_files()
        self.previous_button.setToolTip(self.tr("Previous recipient"))
        self.next_button.setToolTip(self.tr("Next recipient"))
        self.source_button.setText(self.tr("&HTML source"))
        self.source_button.setToolTip(self.tr("Show the HTML part as code"))
        self.send_test_button.setText(self.tr("Send &test to me"))
        self.send_test_button.setToolTip(
            self.tr("Send this recipient's message to your own address")
        )
        self.send_button.setText(self.tr("&Send…"))
        self.preview.setAccessibleName(self.tr("Message preview"))
        self.table.setAccessibleName(self.tr("Recipients"))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(self.model.columnCount() - 1, 0)
        )
        self._fill_attachments()
        self.test_label.setText(self._test_text())
        self.refresh_preview()  # the preview's labels, sizes and messages: the new language

    # -- recipients ----------------------------------------------------------------------

    def _choose_recipients(self) -> None:
        open_file_dialog(
            self,
            self.tr("Recipients"),
            self.tr("Spreadsheets (*.csv *.xlsx *.ods);;All files (*)"),
            lambda path: self.open_recipients(Path(path), new_file=True),
        )

    def open_recipients(self, path: Path, *, new_file: bool = False) -> None:
        """What choosing or dropping a file does: read it in a worker thread, meanwhile say
        so (Send waits), then show it as `load_recipients` does. Another file than the one
        shown finds its attachment column by name again."""
        path = Path(path)
        if new_file and (
            self.listing is None or Path(path).resolve() != self.listing.path.resolve()
        ):
            self.attachment_rule = None
        self._reading.start(path, self.attachment_rule)
        self._problem_text = lambda: self.tr("Reading {file}…").format(file=path.name)
        self.file_label.setText(str(path))
        self._refresh()

    def is_reading(self) -> bool:
        return self._reading.running

    def _recipients_read(self, path: Path, result: object) -> None:
        if isinstance(result, RecipientList):
            self._show_listing(path, result)
        else:
            self._show_unreadable(path, str(getattr(result, "message", result)))

    def load_recipients(self, path: Path) -> bool:
        """Read a CSV/XLSX now; the table shows every row, the ones with problems marked."""
        path = Path(path)
        self._reading.cancel()
        try:
            listing = rec.read_recipients(path, i18n.number_style(), self.attachment_rule)
        except rec.RecipientsFileError as exc:
            self._show_unreadable(path, exc.message)
            return False
        self._show_listing(path, listing)
        return True

    def _show_unreadable(self, path: Path, reason: str) -> None:
        self.listing = None
        self.recipients, self.columns = [], ()
        self._by_row, self._positions = {}, {}
        self.recipients_file = str(Path(path).absolute())  # kept in the draft: fix, reload
        self.model.set_rows((), (), ())
        self._problem_text = lambda: self.tr("{file} cannot be opened: {reason}").format(
            file=path.name, reason=reason
        )
        self.file_label.setText(str(path))
        self._fill_own_files()
        self.attachment_check.listing_shown(None)
        self._refresh()
        self._composition_changed()

    def _show_listing(self, path: Path, listing: RecipientList) -> None:
        self.listing = listing
        self.parent_batch = None
        self._reminder_problems = []
        previous_row = self.preview_spin.value() if self.recipients else None
        self.recipients = list(listing.recipients)
        self._by_row = {r.row: r for r in self.recipients}
        self._positions = {r.row: i for i, r in enumerate(self.recipients, start=1)}
        self.columns = listing.columns
        self.attachment_column = listing.attachment_column
        self.recipients_file = str(Path(path).resolve())
        self.model.set_rows(
            listing.columns,
            listing.recipients,
            listing.problems,
            listing.rejected,
            show_files=listing.attachment_column is not None,
        )
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > 260:
                self.table.setColumnWidth(column, 260)
        self.table.setColumnHidden(
            self.model.problem_column,
            not any(p.row is not None and p.code not in FILE_CODES for p in listing.problems),
        )
        self.file_label.setText(str(path))
        self._problem_text = lambda: ""
        self.exclude_check.setChecked(False)
        self._fill_insert_menu()
        self._fill_own_files()
        self._fill_attachments()
        self.preview_spin.set_rows(self._by_row)
        errors_at = self.model.first_row_of("error")
        if errors_at >= 0:
            self.table.scrollTo(self.model.index(errors_at, 0))
        first = self.recipients[0].row if self.recipients else 0
        keep = previous_row if previous_row in self._by_row else first  # a Reload stays put
        if self.preview_spin.value() == keep:
            self._preview_row_changed(keep)
        else:
            self.preview_spin.setValue(keep)
        self._refresh()
        self.refresh_preview()
        self._composition_changed()
        self.attachment_check.listing_shown(listing)

    def reload(self) -> None:
        if self.listing is not None and not self._reading.running:
            self.open_recipients(self.listing.path)
        elif self.listing is None and self.recipients_file and not self._reading.running:
            self.open_recipients(Path(self.recipients_file))

    def load_reminder(
        self, parent: Batch, recipients: list[Recipient], subject: str, body: str
    ) -> None:
        """A follow-up from the Queue page: its recipients, subject and text, ready to check."""
        self._reading.cancel()  # a file still being read must not replace them later
        self.listing = None
        self.parent_batch = parent
        self.recipients = list(recipients)
        self._by_row = {r.row: r for r in self.recipients}
        self._positions = {r.row: i for i, r in enumerate(self.recipients, start=1)}
        self.columns = parent.spec.columns
        self.attachment_column = None
        self.attachment_rule = None
        self.recipients_file = parent.spec.recipients_file
        self._reminder_problems = rec.recheck_attachments(
            self.recipients, parent.spec.recipients_file
        )
        self.model.set_rows(self.columns, self.recipients, self._reminder_problems)
        self.attachment_check.listing_shown(None)
        self.table.setColumnHidden(self.model.problem_column, not self._reminder_problems)
        self.file_label.setText(self.tr("Reminder to batch {batch}").format(batch=parent.id))
        self._problem_text = lambda: ""
        self.subject_edit.setText(subject)
        self.body_edit.setPlainText(body)
        self.html_check.setChecked(parent.spec.html_body is not None)
        self.html_edit.setPlainText(parent.spec.html_body or "")
        self.attachments = [Path(p) for p in parent.spec.attachments]
        self._fill_attachments()
        self._fill_insert_menu()
        self._fill_own_files()
        self.preview_spin.set_rows(self._by_row)
        first = self.recipients[0].row if self.recipients else 0
        if self.preview_spin.value() == first:
            self._preview_row_changed(first)
        else:
            self.preview_spin.setValue(first)
        self._refresh()
        self.refresh_preview()

    def _fill_insert_menu(self) -> None:
        self.insert_menu.clear()
        for column in self.columns:
            action = self.insert_menu.addAction(column.strip())
            action.triggered.connect(lambda _checked=False, c=column: self.insert_field(c))
        self.insert_button.setEnabled(bool(self.columns))

    def insert_field(self, column: str) -> None:
        placeholder = "{{ " + column.strip() + " }}"
        editor = self._last_editor or self.body_edit
        if isinstance(editor, QLineEdit):
            editor.insert(placeholder)
        elif isinstance(editor, QPlainTextEdit):
            editor.insertPlainText(placeholder)
        editor.setFocus()

    # -- table and preview, linked -------------------------------------------------------

    def _table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Selecting a row (click, keys) shows its message; both count spreadsheet rows."""
        if self._linking or not current.isValid():
            return
        number = self.model.row_number(current.row())
        if number is not None and number != self.preview_spin.value():
            self._linking = True
            try:
                if self.preview_spin.minimum() <= number <= self.preview_spin.maximum():
                    self.preview_spin.setValue(number)
                else:  # a problem row outside the rows that are sent
                    self.refresh_preview(row=number)
            finally:
                self._linking = False

    def _preview_row_changed(self, number: int) -> None:
        if not self._linking:
            at = self.model.model_row(number)
            if at >= 0:
                self._linking = True
                try:
                    index = self.model.index(at, 0)
                    self.table.selectionModel().setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    self.table.scrollTo(index)
                finally:
                    self._linking = False
        self.refresh_preview()

    # -- each recipient's own files ------------------------------------------------------

    def _own_files_words(self) -> str:
        column = (self.attachment_column or "").strip()
        folder = self.listing.attachment_folder if self.listing else None
        if folder is not None:
            return self.tr(
                "Each recipient also gets the file in {folder} named by the "
                "column {column} (the name as written, or with any extension)."
            ).format(folder=folder.name, column=column)
        return self.tr("Each recipient also gets the files named in the column {column}.").format(
            column=column
        )

    def _fill_own_files(self) -> None:
        combo = self.own_files_combo
        blocked = combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("(no column)"), "")
            for column in self.columns:
                combo.addItem(column.strip(), column)
            wanted = (
                self.attachment_column
                or (self.attachment_rule.column if self.attachment_rule else None)
                or ""
            )
            at = combo.findData(wanted)
            if at < 0 and wanted:  # the chosen column is not in this file: say so
                combo.addItem(wanted.strip(), wanted)
                at = combo.count() - 1
            combo.setCurrentIndex(max(at, 0))
        finally:
            combo.blockSignals(blocked)
        has_file = self.listing is not None
        combo.setEnabled(has_file)
        folder = self.attachment_rule.folder if self.attachment_rule else None
        self.own_folder_button.setEnabled(has_file and bool(combo.currentData()))
        self.own_folder_clear.setVisible(bool(folder))
        self.own_folder_button.setText(
            self.own_folder_button.fontMetrics().elidedText(
                Path(folder).name + "/", Qt.TextElideMode.ElideMiddle, 160
            )
            if folder
            else self.tr("Folder…")
        )
        self.own_folder_button.setToolTip(
            folder
            or self.tr(
                "Choose the folder with the files; each value of the column names one file "
                "in it, with or without its extension (2026-0142 finds 2026-0142.pdf)"
            )
        )

    def _own_files_chosen(self, index: int) -> None:
        column = self.own_files_combo.itemData(index) or None
        folder = self.attachment_rule.folder if self.attachment_rule else None
        self.set_attachment_rule(AttachmentRule(column, folder if column else None))

    def _choose_own_folder(self) -> None:
        start = (
            self.attachment_rule.folder
            if self.attachment_rule and self.attachment_rule.folder
            else str(self.listing.path.parent)
            if self.listing
            else ""
        )
        dialog = QFileDialog(self, self.tr("Folder with each recipient's files"), start)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(
            lambda path: self.set_attachment_rule(
                AttachmentRule(self.own_files_combo.currentData() or None, path)
            )
        )
        dialog.open()

    def set_attachment_rule(self, rule: AttachmentRule | None) -> None:
        """Which column names each recipient's files (and in which folder); the file is
        read again, so the table shows the files found and the rows with one missing."""
        self.attachment_rule = rule
        self._fill_own_files()
        if self.listing is not None:
            self.open_recipients(self.listing.path)
        self._composition_changed()

    # -- compose -------------------------------------------------------------------------

    def _text_changed(self) -> None:
        self._refresh()
        self._preview_timer.start()
        self._composition_changed()

    def _html_toggled(self, on: bool) -> None:
        self.html_edit.setVisible(on)
        self.html_load_button.setVisible(on)
        self.source_button.setVisible(on)
        self._text_changed()

    def _choose_html(self) -> None:
        open_file_dialog(
            self,
            self.tr("HTML message"),
            self.tr("HTML files (*.html *.htm);;All files (*)"),
            lambda path: self.load_html(Path(path)),
        )

    def load_html(self, path: Path) -> bool:
        try:
            text = read_text(path)
        except TextFileError as exc:
            if exc.code == "unreadable":
                self.test_label.setText(
                    self.tr("{file} cannot be read: {reason}").format(
                        file=path.name, reason=exc.params["reason"]
                    )
                )
            else:
                self.test_label.setText(
                    self.tr("{file} is not text smtpdesk can read. Save it again as UTF-8.").format(
                        file=path.name
                    )
                )
            return False
        self.html_check.setChecked(True)
        self.html_edit.setPlainText(text)
        return True

    def _choose_attachment(self) -> None:
        open_file_dialog(
            self,
            self.tr("Attachment"),
            self.tr("All files (*)"),
            lambda path: self.add_attachment(Path(path)),
        )

    def add_attachment(self, path: Path) -> None:
        path = path.resolve()
        if path.is_file() and path not in self.attachments:
            self.attachments.append(path)
        self._fill_attachments()
        self._text_changed()

    def _remove_attachment(self) -> None:
        row = self.attachments_list.currentRow()
        if 0 <= row < len(self.attachments):
            del self.attachments[row]
        self._fill_attachments()
        self._text_changed()

    def _fill_attachments(self) -> None:
        self.attachments_list.clear()
        total = 0
        for path in self.attachments:
            try:
                size = path.stat().st_size
            except OSError:
                size = None
            total += size or 0
            text = f"{path.name} — " + (data_size(size) if size is not None else self.tr("missing"))
            item = QListWidgetItem(text)
            item.setToolTip(str(path))
            self.attachments_list.addItem(item)
        self.remove_attachment_button.setEnabled(self.attachments_list.currentRow() >= 0)
        if self.attachments:
            self.attachments_list.setToolTip(
                self.tr("Together {size} per message").format(size=data_size(total))
            )
        if self.attachment_column:
            self.own_files_label.setText(self._own_files_words())
            folder = self.listing.attachment_folder if self.listing else None
            self.own_files_label.setToolTip(str(folder) if folder else "")
        self.own_files_label.setVisible(bool(self.attachment_column))

    def current_spec(self, profile: Profile | None = None) -> BatchSpec:
        options = SendOptions.for_profile(profile) if profile else SendOptions()
        settings: dict = {"concurrency": options.concurrency}
        if profile is not None:
            settings["profile_snapshot"] = profile.snapshot()
        folder = self.listing.attachment_folder if self.listing else None
        return BatchSpec(
            subject=self.subject_edit.text(),
            text_body=self.body_edit.toPlainText(),
            html_body=self.html_edit.toPlainText() if self.html_check.isChecked() else None,
            attachments=tuple(str(p) for p in self.attachments),
            columns=self.columns,
            recipients_file=self.recipients_file,
            settings=settings,
            attachment_column=self.attachment_column,
            attachment_folder=str(folder) if folder else None,
        )

    def _placeholder_problems(self) -> list[InputProblem]:
        spec = self.current_spec()
        return [
            p
            for p in rec.check_placeholders(
                [spec.subject, spec.text_body, spec.html_body or ""], self.columns
            )
            if not p.is_warning
        ]

    # -- state ---------------------------------------------------------------------------

    def blocking_errors(self) -> list[InputProblem]:
        """Input errors that keep Send disabled (row errors only until left out)."""
        if self.listing is None:
            return list(self._reminder_problems)  # a swapped file: nothing goes until fixed
        errors = list(self.listing.errors)
        if self.exclude_check.isChecked():
            errors = [p for p in errors if p.code in FILE_CODES]
        return errors

    def _refresh(self) -> None:
        listing = self.listing
        placeholder_problems = self._placeholder_problems()
        if placeholder_problems:
            self.placeholder_label.setText(
                " ".join(
                    self.tr("The placeholder {{{{ {name} }}}} has no column of that name.").format(
                        name=p.value
                    )
                    if p.code == "unknown_placeholder"
                    else problem_words(p)
                    for p in placeholder_problems
                )
            )
        self.placeholder_label.setVisible(bool(placeholder_problems))

        parts = []
        if self._problem_text():
            parts.append(self._problem_text())
        elif listing is None and not self.recipients:
            parts.append(
                self.tr("No recipients yet: load a CSV or Excel file, or drop it on the window.")
            )
        else:
            parts.append(self.tr("%n recipient(s) ready.", "", len(self.recipients)))
            if listing is not None:
                row_errors = {p.row for p in listing.errors if p.code not in FILE_CODES}
                file_errors = [p for p in listing.errors if p.code in FILE_CODES]
                warnings = listing.warnings
                if row_errors:
                    parts.append(
                        self.tr("%n row(s) with problems (marked red).", "", len(row_errors))
                    )
                if warnings:
                    parts.append(self.tr("%n warning(s) (marked yellow).", "", len(warnings)))
                parts += [problem_words(p) + "." for p in file_errors]
        self.summary_label.setText(" ".join(parts))
        has_row_errors = bool(listing and any(p.code not in FILE_CODES for p in listing.errors))
        self.exclude_check.setVisible(has_row_errors)
        self.reload_button.setVisible(
            (listing is not None or bool(self.recipients_file and self.parent_batch is None))
            and not self._reading.running
        )

        recipient = self.current_recipient()
        position = self._positions.get(recipient.row, 0) if recipient is not None else 0
        self.preview_of_label.setText(
            self.tr("(recipient {position} of %n)", "", len(self.recipients)).format(
                position=position
            )
            if position
            else self.tr("(not sent; %n recipient(s) in all)", "", len(self.recipients))
        )
        for widget in (self.previous_button, self.next_button, self.preview_spin):
            widget.setEnabled(bool(self.recipients))
        self.send_test_button.setEnabled(bool(self.recipients) and not self._test.running)
        reason = self._send_blocked_reason(placeholder_problems)
        self.send_button.setEnabled(not reason)
        self.send_hint.setText(
            reason
            or self._store_error()
            or self.tr(
                "Check a few previews, then press Send. Messages go out in the Queue tab, where "
                "you can pause them."
            )
        )
        self.send_hint.setProperty("blocked", bool(reason or self._store_error()))

    def _send_blocked_reason(self, placeholder_problems: list[InputProblem]) -> str:
        if self._storing.running:
            return self.tr("Storing the batch of %n message(s)…", "", self._storing_count)
        if self._reading.running:
            return self.tr("Reading the recipients…")
        if checking := self.attachment_check.blocked_reason():
            return checking
        if not self.recipients:
            return self.tr("Load recipients to send.")
        if self.blocking_errors():
            if any(p.code in FILE_CODES for p in self.blocking_errors()):
                return self.tr("Fix the file and load it again to send.")
            return self.tr("Fix the rows marked red and press Reload, or leave them out, to send.")
        if not self.subject_edit.text().strip():
            return self.tr("Write a subject to send.")
        if placeholder_problems:
            return self.tr("Correct the placeholders marked red to send.")
        if self._template_error:
            return self._template_error
        return ""

    # -- preview -------------------------------------------------------------------------

    def current_recipient(self) -> Recipient | None:
        """The recipient on the preview's spreadsheet row, if that row is sent."""
        return self._by_row.get(self.preview_spin.value())

    def _prepare(self, profile: Profile | None) -> MessageTemplate | None:
        self._template = None
        self._template_error = ""
        if profile is None or self._placeholder_problems():
            return None
        try:
            self._template = template_for(profile, self.current_spec(profile))
        except ComposeError as exc:
            self._template_error = self._compose_error_text(exc)
        except OSError as exc:
            self._template_error = self.tr("An attachment cannot be read: {reason}").format(
                reason=exc.strerror or str(exc)
            )
        return self._template

    def _compose_error_text(self, exc: ComposeError) -> str:
        if exc.code in ("bad_address", "bad_domain") or exc.column in (
            "sender",
            "reply_to",
            "bcc_archive",
        ):
            return self.tr("The profile's sender address cannot be used: {reason}").format(
                reason=exc.message
            )
        if exc.code == "control_character":
            return self.tr("The subject must be one line.")
        if smime_text := problem_text(exc.code):  # the profile's signing certificate
            return smime_text
        return self.tr("This message cannot be built: {reason}").format(reason=exc.message)

    def refresh_preview(self, row: int | None = None) -> None:
        """The preview of the spin's row (or of `row`, a row of the table that is not sent)."""
        self._preview_timer.stop()
        recipient = self.current_recipient() if row is None else self._by_row.get(row)
        number = self.preview_spin.value() if row is None else row
        profile = self.current_profile()
        template = self._prepare(profile)
        self._refresh()
        problems = self.model.problems_of(number) if recipient is None else []
        if recipient is None and (problems or row is not None):
            reasons = "<br>".join(html.escape(problem_words(p)) for p in problems)
            self.preview.setHtml(
                "<p style='color:#b71c1c'>"
                + html.escape(self.tr("Row {row} is not sent:").format(row=number))
                + f"</p><p>{reasons}</p>"
            )
            return
        if recipient is None:
            self.preview.setHtml(
                "<p style='color:gray'>"
                + html.escape(
                    self.tr(
                        "The preview shows each recipient's message once recipients are loaded."
                    )
                )
                + "</p>"
            )
            return
        if profile is None:
            self.preview.setHtml(
                "<p>"
                + html.escape(self.tr("Choose a profile on the Settings page to see the preview."))
                + "</p>"
            )
            return
        if template is None:
            reason = self._template_error or self.tr(
                "Correct the placeholders marked red to see the preview."
            )
            self.preview.setHtml(f"<p style='color:#b71c1c'>{html.escape(reason)}</p>")
            return
        try:
            message = build_message(template, recipient)
        except ComposeError as exc:
            self.preview.setHtml(
                f"<p style='color:#b71c1c'>{html.escape(self._compose_error_text(exc))}</p>"
            )
            return
        except OSError as exc:
            self.preview.setHtml(
                "<p style='color:#b71c1c'>"
                + html.escape(
                    self.tr("An attachment cannot be read: {reason}").format(
                        reason=exc.strerror or str(exc)
                    )
                )
                + "</p>"
            )
            return
        self.preview.setHtml(self._render(message))

    def _render(self, message) -> str:
        rows = (
            (self.tr("From"), str(message.get("From", ""))),
            (self.tr("To"), str(message.get("To", ""))),
            (self.tr("Subject"), str(message.get("Subject", ""))),
        )
        parts = ["<table cellspacing='0' cellpadding='2'>"]
        parts += [
            f"<tr><td><b>{html.escape(label)}:</b>&nbsp;</td><td>{html.escape(value)}</td></tr>"
            for label, value in rows
        ]
        attachments = []
        for part in message.iter_attachments():
            payload = part.get_payload(decode=True) or b""
            attachments.append(
                html.escape(f"{part.get_filename() or ''} ({data_size(len(payload))})")
            )
        if attachments:
            label = self.tr("Attachments")
            parts.append(
                f"<tr><td><b>{html.escape(label)}:</b>&nbsp;</td>"
                f"<td>{', '.join(attachments)}</td></tr>"
            )
        parts.append("</table><hr>")
        html_part = message.get_body(("html",))
        text_part = message.get_body(("plain",))
        if html_part is not None and self.source_button.isChecked():
            parts.append(
                f"<pre style='white-space: pre-wrap'>{html.escape(html_part.get_content())}</pre>"
            )
        elif html_part is not None:
            parts.append(html_part.get_content())  # QTextBrowser runs no scripts
        elif text_part is not None:
            text = text_part.get_content().replace("\r\n", "\n")
            parts.append(f"<p style='white-space: pre-wrap'>{html.escape(text)}</p>")
        return "".join(parts)

    # -- test message --------------------------------------------------------------------

    def send_test(self) -> None:
        recipient = self.current_recipient()
        profile = self.current_profile()
        if recipient is None or profile is None:
            return
        template = self._prepare(profile)
        if template is None:
            self._show_test(
                lambda: (
                    self._template_error or self.tr("Correct the placeholders marked red first.")
                )
            )
            return
        try:
            credentials = self.profiles.credentials(profile)
        except NoPassword as missing:
            sign_in = missing.sign_in  # the lambda outlives the except block's name
            self._show_test(
                lambda: (
                    self.tr("Press Sign in on the Settings page first.")
                    if sign_in
                    else self.tr("Enter the password on the Settings page first.")
                )
            )
            return
        address = profile.sender_address
        self._show_test(lambda: self.tr("Sending a test to {address}…").format(address=address))
        self._test.start(profile, credentials, template, recipient)
        self._refresh()

    def _test_finished(self, ok: bool, diagnosis) -> None:
        profile = self.current_profile()
        address = profile.sender_address if profile else ""
        if ok:
            self._show_test(lambda: self.tr("✓ Test sent to {address}.").format(address=address))
        else:
            code = diagnosis.code if diagnosis else "server_error"
            reply = (
                f" ({diagnosis.smtp_code} {diagnosis.reason})"
                if diagnosis and diagnosis.smtp_code
                else ""
            )
            summary, step = texts.hint_parts(
                code,
                **texts.profile_params(profile),
                to=address,
                cause=diagnosis.cause if diagnosis else None,
                self_signed=bool(profile and profile.allow_self_signed),
            )
            # an unaccepted certificate needs its next step: Verify, which asks the user
            what = f"{summary} {step}" if code == "certificate_untrusted" else summary
            self._show_test(
                lambda: self.tr("✗ The test was not sent: {reason}").format(reason=what + reply)
            )
        self._refresh()

    def _show_test(self, text: Callable[[], str]) -> None:
        self._test_text = text
        self.test_label.setText(text())

    # -- send ----------------------------------------------------------------------------

    def ask_send(self) -> None:
        """Confirm with the count, profile, its last verify, limits and estimate — warning
        first when the same batch went out in the last days; then store and start."""
        profile = self.current_profile()
        if profile is None or not self.send_button.isEnabled():
            return
        errors = profile.validate()
        if errors:
            self.send_hint.setText(
                self.tr(
                    "The profile {name} has settings to fix on the Settings page first."
                ).format(name=profile.name)
            )
            return
        template = self._prepare(profile)
        if template is None:
            self._refresh()
            return
        try:
            credentials = self.profiles.credentials(profile)
        except NoPassword as missing:
            self.send_hint.setText(
                (
                    self.tr(
                        "The profile {name} is not signed in. Press Sign in on the Settings page, "
                        "then press Send."
                    )
                    if missing.sign_in
                    else self.tr(
                        "There is no password for the profile {name}. "
                        "Enter it on the Settings page, "
                        "then press Send."
                    )
                ).format(name=profile.name)
            )
            return
        count = len(self.recipients)
        options = SendOptions.for_profile(profile)

        def answered(button: Button) -> None:
            if button == Button.Yes:
                self.send_now(profile, credentials, options)

        verify_line, verify_warns, verify_failed = self.verify_words(profile)
        informative = (
            verify_line
            + domain_check.confirmation_words(profile)
            + "\n\n"
            + self.estimate_text(profile, count)
            + self.attachment_words()
        )
        earlier = self.queue.same_batch(
            (r.email for r in self.recipients), self.subject_edit.text()
        )
        if earlier is not None:
            sent = self.queue.summary(earlier.id).sent
            ask(
                self,
                self.tr("Send the same batch again?"),
                self.tr(
                    "Batch {batch} went to the same %n recipient(s) with the same subject {when}.",
                    "",
                    count,
                ).format(batch=earlier.id, when=when_words(earlier.created))
                + " "
                + self.tr("%n message(s) of it were sent.", "", sent)
                + "\n\n"
                + self.tr("Send %n message(s) again with the profile {profile}?", "", count).format(
                    profile=profile.name
                ),
                Button.Yes | Button.Cancel,
                Button.Cancel,
                answered,
                informative=informative,
                icon=QMessageBox.Icon.Warning,
            )
            return
        ask(
            self,
            self.tr("Send the batch?"),
            self.tr("Send %n message(s) with the profile {profile}?", "", count).format(
                profile=profile.name
            ),
            Button.Yes | Button.Cancel,
            Button.Cancel if verify_failed else Button.Yes,
            answered,
            informative=informative,
            icon=QMessageBox.Icon.Warning if verify_warns else QMessageBox.Icon.Question,
        )

    def attachment_words(self) -> str:
        """Every distinct file the batch attaches, its size and how many get it: what will
        leave this computer, seen before it does (a stranger's list names the files)."""
        uses = rec.attachment_uses(self.recipients, self.attachments)
        if not uses:
            return ""
        shown = [
            self.tr("{file} ({size}): to %n recipient(s)", "", use.recipients).format(
                file=use.path.name, size=data_size(use.size)
            )
            for use in uses[:_LISTED_FILES]
        ]
        more = len(uses) - len(shown)
        if more:
            shown.append(self.tr("… and %n more file(s)", "", more))
        return "\n\n" + self.tr("Attached files:") + "\n" + "\n".join(f"• {line}" for line in shown)

    def verify_words(self, profile: Profile) -> tuple[str, bool, bool]:
        """(the profile's last Verify in words, whether to warn, whether it failed)."""
        try:
            last = verified.last(profile.name)
        except OSError:
            last = None
        if last is None:
            return (
                self.tr(
                    "⚠ The profile {profile} was never verified: press Verify on the "
                    "Settings page to test it before sending."
                ).format(profile=profile.name),
                True,
                False,
            )
        when = when_words(last.at)
        if not last.ok:
            reason = texts.hint_parts(
                last.code,
                cause=last.cause,
                to=profile.sender_address,
                self_signed=profile.allow_self_signed,
                **texts.profile_params(profile),
            )[0]
            code = f" ({last.smtp_code})" if last.smtp_code else ""
            return (
                self.tr(
                    "⚠ The last Verify of the profile {profile} failed {when}{code}: "
                    "{reason} Press Verify on the Settings page once it is fixed."
                ).format(profile=profile.name, when=when, reason=reason, code=code),
                True,
                True,
            )
        if not last.matches(profile):
            return (
                self.tr(
                    "⚠ The profile {profile} passed Verify {when}, but its server or "
                    "sign-in settings have changed since: press Verify again."
                ).format(profile=profile.name, when=when),
                True,
                False,
            )
        return (
            self.tr("✓ The profile {profile} passed Verify {when}.").format(
                profile=profile.name, when=when
            ),
            False,
            False,
        )

    def estimate_text(self, profile: Profile, count: int) -> str:
        limits = []
        if profile.max_per_minute:
            limits.append(self.tr("%n a minute", "", profile.max_per_minute))
        if profile.max_per_hour:
            limits.append(self.tr("%n an hour", "", profile.max_per_hour))
        if profile.max_per_day:
            limits.append(self.tr("%n a day", "", profile.max_per_day))
        if profile.max_per_connection:
            limits.append(self.tr("%n per connection", "", profile.max_per_connection))
        lines = [
            self.tr("Sender: {sender}").format(sender=profile.sender),
            self.tr("Sending limits: {limits}.").format(limits=", ".join(limits))
            if limits
            else self.tr("No sending limits are set for this profile."),
        ]
        rates = [
            r
            for r in (
                profile.max_per_minute,
                profile.max_per_hour / 60 if profile.max_per_hour else None,
            )
            if r
        ]
        learned = pace.last(profile.name, account_key(profile))
        if learned is not None:  # the server's own limit, learned from a refusal
            lines.append(
                self.tr(
                    "The server allowed this profile {pace} (learned {when}): "
                    "the batch starts at that pace."
                ).format(pace=pace_words(learned), when=when_words(learned.at))
            )
            if learned.span < DAY:
                rates.append(learned.per_minute)
        today = count
        if profile.max_per_day:
            used = len(self.queue.sends_since(account_key(profile), time.time() - DAY))
            today = max(min(count, profile.max_per_day - used), 0)
        if rates:
            rate = min(rates)
            lines.append(
                self.tr(
                    "About {duration} at %n message(s) a minute.", "", max(round(rate), 1)
                ).format(duration=format_duration(today * 60 / rate))
            )
        if today < count:
            lines.append(
                self.tr(
                    "The daily limit allows %n more message(s) today; the rest continue tomorrow "
                    "by themselves while smtpdesk is open, or with Continue.",
                    "",
                    today,
                )
            )
        lines.append(self.tr("You can pause or cancel at any time in the Queue tab."))
        return "\n".join(lines)

    def send_now(
        self, profile: Profile, credentials: Credentials | None, options: SendOptions
    ) -> None:
        """Store the batch, then hand it to the Queue page. A worker thread stores the rows
        (10 000 take a few tenths of a second): the window keeps answering, Send waits, and
        nothing is sent before every row is stored."""
        if self._storing.running:
            return
        spec = self.current_spec(profile)
        self._sending = (profile, credentials, options, self.draft_state().to_json())
        self._storing_count = len(self.recipients)
        self._store_error = lambda: ""
        self._storing.start(
            self.queue,
            profile.name,
            spec,
            list(self.recipients),
            self.parent_batch.id if self.parent_batch else None,
        )
        self._refresh()

    @property
    def is_storing(self) -> bool:
        return self._storing.running

    def _batch_stored(self, stored: StoredBatch) -> None:
        assert self._sending is not None
        profile, credentials, options, composition = self._sending
        self._sending = None
        self._sent_state = composition  # nothing left to keep or ask about
        self.save_draft()
        self._refresh()
        if self.after_storing is not None:  # the window is closing: the batch waits, open
            self.after_storing(stored.id)
            return
        self.start_batch(stored.id, profile, credentials, options, stored.row_states)

    def _store_failed(self, error: Exception) -> None:
        self._sending = None
        file = str(getattr(error, "path", self.queue.path))
        reason = str(getattr(error, "reason", error))
        if isinstance(error, QueueDamaged):
            self._store_error = lambda: self.tr(
                "Nothing was sent: the batch history {file} cannot be read ({reason})."
            ).format(file=file, reason=reason)
        else:
            self._store_error = lambda: self.tr(
                "Nothing was sent: the batch could not be stored in {file} ({reason}). Free "
                "some disk space, then press Send again."
            ).format(file=file, reason=reason)
        self._refresh()
        if self.after_storing is not None:
            self.after_storing(None)

    def shutdown(self) -> None:
        if self._storing.running and self.after_storing is None:
            self.after_storing = lambda _batch: None  # stored all the same: offered next time
        self._test.cancel()
        self._reading.cancel()
        self.attachment_check.shutdown()
        self._preview_timer.stop()
        if self._draft_timer.isActive():  # the last edits are kept, as the earlier ones
            self.save_draft()

    # -- the profile -----------------------------------------------------------------------

    def _selected_token(self) -> object | None:
        selected = getattr(self.profiles, "selected", None)
        return selected() if callable(selected) else None

    def refresh_profiles(self) -> None:
        """Fill the combo from the Profiles list. Until a profile is chosen here it shows
        the one selected there; a chosen one stays (renamed along), unless it is deleted."""
        choices = getattr(self.profiles, "choices", None)
        entries = choices() if callable(choices) else []
        if self._chosen_profile is not None and self.profiles.name_of(self._chosen_profile) is None:
            self._chosen_profile = None  # deleted: back to the Profiles list's selection
        wanted = (
            self._chosen_profile if self._chosen_profile is not None else self._selected_token()
        )
        combo = self.profile_combo
        blocked = combo.blockSignals(True)
        try:
            combo.clear()
            self._profile_tokens = [token for token, _name in entries]
            for _token, name in entries:
                combo.addItem(name, name)
            combo.setCurrentIndex(
                next((i for i, token in enumerate(self._profile_tokens) if token is wanted), -1)
            )
        finally:
            combo.blockSignals(blocked)
        combo.setEnabled(bool(entries))

    def _profile_chosen(self, index: int) -> None:
        tokens = getattr(self, "_profile_tokens", [])
        if 0 <= index < len(tokens):
            self._chosen_profile = tokens[index]
        self.refresh_preview()
        self._composition_changed()

    def choose_profile(self, name: str) -> bool:
        """Send with the profile `name` from now on (as choosing it in the combo does)."""
        self.refresh_profiles()
        at = self.profile_combo.findData(name)
        if at < 0:
            return False
        self.profile_combo.setCurrentIndex(at)
        self._profile_chosen(at)
        return True

    def current_profile(self) -> Profile | None:
        """The profile this batch is sent with (with its unsaved edits if open in Settings)."""
        named = getattr(self.profiles, "named", None)
        if not callable(named):
            return self.profiles.current()
        token = self._chosen_profile if self._chosen_profile is not None else self._selected_token()
        name = self.profiles.name_of(token)
        return named(name) if name else None

    # -- the composed batch, kept across restarts -----------------------------------------

    def draft_state(self) -> drafts.ComposeDraft:
        chosen = (
            self.profiles.name_of(self._chosen_profile)
            if self._chosen_profile is not None
            else None
        )
        return drafts.ComposeDraft(
            recipients_file=self.recipients_file if self.parent_batch is None else None,
            subject=self.subject_edit.text(),
            text_body=self.body_edit.toPlainText(),
            html_body=self.html_edit.toPlainText() if self.html_check.isChecked() else None,
            attachments=tuple(str(p) for p in self.attachments),
            attachment_rule=self.attachment_rule,
            profile=chosen,
            extra=self.attachment_check.draft_extra(),
        )

    def has_unsent(self) -> bool:
        """Something is composed that was not sent as it is."""
        state = self.draft_state()
        return not state.is_empty and state.to_json() != self._sent_state

    def _composition_changed(self) -> None:
        if not self._restoring:
            self._draft_timer.start()

    def save_draft(self) -> None:
        """Keep the composed batch for the next start (nothing, once it was sent)."""
        self._draft_timer.stop()
        with contextlib.suppress(OSError):  # a full disk must not stop the work at hand
            if self.has_unsent():
                drafts.save(self.draft_state())
            else:
                drafts.clear()

    def discard_draft(self) -> None:
        self._draft_timer.stop()
        with contextlib.suppress(OSError):
            drafts.clear()

    def restore_draft(self, draft: drafts.ComposeDraft) -> None:
        """Show a kept composition again; its recipients file is read anew."""
        self._restoring = True
        try:
            if draft.profile:
                self.choose_profile(draft.profile)
            self.subject_edit.setText(draft.subject)
            self.body_edit.setPlainText(draft.text_body)
            self.html_check.setChecked(draft.html_body is not None)
            self.html_edit.setPlainText(draft.html_body or "")
            self.attachments = [Path(p) for p in draft.attachments]
            self.attachment_rule = draft.attachment_rule
            self.attachment_check.restore(draft.extra)
            self._fill_attachments()
            self._fill_own_files()
            if draft.recipients_file:
                self.recipients_file = draft.recipients_file
                self.open_recipients(Path(draft.recipients_file))
        finally:
            self._restoring = False
        self._refresh()


__all__ = ["BatchPage", "RECIPIENT_SUFFIXES", "RecipientsModel", "problem_words"]
