"""The main window: profiles on the left, pages in tabs on the right, the language top right.

Pages are added with `add_page(widget, title)`: Settings, then the Batch and Queue pages
(`batch_pages`, given this window as their profile source), then the demo Inbox. The
window owns the profile list's behaviour (drafts, rename, delete) and asks before unsaved
changes are lost — always with non-blocking questions.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QWidget,
)

from smtpdesk import i18n
from smtpdesk.core import secrets, settings
from smtpdesk.core.profile import (
    Profile,
    ProfileError,
    ProfileStore,
    check_name,
    drop_records,
    move_records,
)
from smtpdesk.demo import DEMO_PROFILE, CaptureServer
from smtpdesk.ui import fit, qt_strings  # noqa: F401 - qt_strings: Qt's words in our catalogues
from smtpdesk.ui.about import AboutDialog
from smtpdesk.ui.batch.pages import BatchPages, WindowProfiles
from smtpdesk.ui.bridge import InboxFeed
from smtpdesk.ui.dialogs import ask
from smtpdesk.ui.inbox import InboxPage
from smtpdesk.ui.profiles_panel import ProfilesPanel
from smtpdesk.ui.retranslate import Retranslating
from smtpdesk.ui.settings import SettingsPage, blank_profile

Button = QMessageBox.StandardButton


class MainWindow(Retranslating, QMainWindow):
    def __init__(
        self,
        *,
        language: str,
        demo_server: CaptureServer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._store = ProfileStore()
        self._session_passwords: dict[str, str] = {}
        self._drafts: dict[str, Profile] = {}
        self._pages: list[tuple[QWidget, Callable[[], str]]] = []
        self._switching = False
        self._close_confirmed = False
        self._demo = demo_server is not None

        self.profiles = ProfilesPanel()
        self.settings_page = SettingsPage(self._session_passwords)
        self.tabs = QTabWidget(objectName="pageTabs")
        self.tabs.setDocumentMode(True)
        self.language_combo = QComboBox(objectName="languageCombo")
        for code, native_name in i18n.LANGUAGES.items():
            self.language_combo.addItem(native_name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.about_button = QToolButton(objectName="aboutButton", text="?")
        self.about_button.setAutoRaise(True)
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 0)
        corner_layout.addWidget(self.language_combo)
        corner_layout.addWidget(self.about_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)

        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        splitter.addWidget(self.profiles)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 850])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.settings_scroll = fit.scroll_area(self.settings_page, name="settingsScroll")
        self.add_page(self.settings_scroll, lambda: self.tr("Settings"))
        self.batch_pages = BatchPages(self, WindowProfiles(self))
        self.add_page(self.batch_pages.batch_page, self.batch_pages.batch_page.title)
        self.add_page(self.batch_pages.queue_page, self.batch_pages.queue_page.title)
        self.inbox_page: InboxPage | None = None
        self._inbox_feed: InboxFeed | None = None
        if demo_server is not None:
            self.inbox_page = InboxPage()
            self._inbox_feed = InboxFeed(demo_server, self)
            self._inbox_feed.received.connect(self.inbox_page.model.add_message)
            self.inbox_page.count_changed.connect(lambda _n: self._retitle_pages())
            self.add_page(self.inbox_page, self._inbox_title)

        self._connect()
        self.setMinimumSize(760, 560)
        self._placed = False
        self._place()
        self.retranslate_ui()
        self._fill_profile_list(DEMO_PROFILE if self._demo else settings.load().get("last_profile"))
        self.batch_pages.window_ready()

    # -- place on the screen ----------------------------------------------------------------

    def _place(self) -> None:
        """Where the user left the window, if that screen is still there; else a size that
        fits the screen's free area."""
        saved = settings.load().get("window")
        saved = saved if isinstance(saved, dict) else None
        self.setGeometry(
            fit.window_rect(fit.available_screens(), saved, minimum=self.minimumSize())
        )
        if saved and saved.get("maximized") is True:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            QTimer.singleShot(0, self._keep_on_screen)  # once the frame's size is known

    def _keep_on_screen(self) -> None:
        """The window manager's frame may be taller than guessed: keep it all on the screen."""
        screen = self.screen()
        if screen is None or self.windowState() & (
            Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        ):
            return
        frame = self.frameGeometry().size() - self.geometry().size()
        available = screen.availableGeometry()
        if available.contains(self.frameGeometry()):
            return
        current = self.geometry()
        self.setGeometry(
            fit.window_rect(
                [available],
                {
                    "x": current.x(),
                    "y": current.y(),
                    "width": current.width(),
                    "height": current.height(),
                },
                frame=frame,
                minimum=self.minimumSize(),
            )
        )

    # -- pages ---------------------------------------------------------------------------

    def add_page(self, widget: QWidget, title: Callable[[], str]) -> int:
        """Add a tab; `title()` returns its translated title and is asked again on a
        language change."""
        self._pages.append((widget, title))
        return self.tabs.addTab(widget, title())

    def _retitle_pages(self) -> None:
        for widget, title in self._pages:
            self.tabs.setTabText(self.tabs.indexOf(widget), title())

    def _inbox_title(self) -> str:
        count = self.inbox_page.model.rowCount() if self.inbox_page else 0
        return self.tr("Inbox ({count})").format(count=count) if count else self.tr("Inbox")

    # -- language ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        title = "smtpdesk"
        if self._demo:
            title += " — " + self.tr("demo mode")
        self.setWindowTitle(title + "[*]")  # [*]: Qt marks unsaved changes there
        self.language_combo.setToolTip(self.tr("Language"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.about_button.setToolTip(self.tr("About smtpdesk (F1)"))
        self.about_button.setAccessibleName(self.tr("About smtpdesk"))
        self.tabs.setAccessibleName(self.tr("Pages"))
        self._retitle_pages()

    def set_language(self, language: str) -> None:
        """Switch every visible string now and remember the choice for the next start."""
        i18n.install(language)
        QLocale.setDefault(QLocale(language))  # dates and numbers follow the language too
        # deliver the LanguageChange events at once, so the switch is visible immediately
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        settings.update(language=language)

    def _language_chosen(self, index: int) -> None:
        self.set_language(self.language_combo.itemData(index))

    # -- profiles ------------------------------------------------------------------------

    def show_about(self) -> None:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _connect(self) -> None:
        self.about_button.clicked.connect(self.show_about)
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.show_about)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.profiles.list.currentItemChanged.connect(self._current_item_changed)
        self.profiles.list.itemChanged.connect(self._item_renamed)
        self.profiles.add_button.clicked.connect(self.add_profile)
        self.profiles.duplicate_button.clicked.connect(self.duplicate_profile)
        self.profiles.rename_button.clicked.connect(self.rename_profile)
        self.profiles.delete_button.clicked.connect(self.delete_profile)
        self.settings_page.saved.connect(self._profile_saved)
        self.settings_page.dirty_changed.connect(self._dirty_changed)

    def _fill_profile_list(self, wanted: str | None) -> None:
        profiles, errors = self._store.list()
        names = [p.name for p in profiles] + [e.path.stem for e in errors if e.path]
        for name in sorted(names, key=str.casefold):
            self.profiles.add(name)
        if errors:
            self.statusBar().showMessage(
                self.tr("%n profile file(s) could not be read.", "", len(errors)), 10000
            )
        item = self.profiles.item_named(wanted) if wanted else None
        if item is None and self.profiles.list.count():
            item = self.profiles.list.item(0)
        if item is None:
            item = self._add_draft(blank_profile(self._unique_name(self.tr("My profile"))))
        self.profiles.list.setCurrentItem(item)

    def _current_item_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self._switching or current is None:
            return
        if previous is not None and self._has_unsaved_work():
            self._select_quietly(previous)  # stay until the user has answered
            target = current.data(Qt.ItemDataRole.UserRole)
            self._after_unsaved_check(lambda: self._select_named(target))
            return
        self._open(current)

    def _open(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        if self.profiles.is_draft(item):
            self.settings_page.load_profile(self._drafts[name], is_new=True)
            return
        try:
            profile = self._store.load(name)
        except (ProfileError, LookupError) as exc:
            self.settings_page.load_profile(blank_profile(name), is_new=False)
            self.statusBar().showMessage(str(exc), 15000)
            return
        self.settings_page.load_profile(profile)
        if name != DEMO_PROFILE or not self._demo:
            settings.update(last_profile=name)

    def _select_named(self, name: str) -> None:
        item = self.profiles.item_named(name)
        if item is not None:
            self._switching = True
            try:
                self.profiles.list.setCurrentItem(item)
            finally:
                self._switching = False
            self._open(item)

    def _select_quietly(self, item: QListWidgetItem) -> None:
        self._switching = True
        try:
            self.profiles.list.setCurrentItem(item)
        finally:
            self._switching = False

    def _has_unsaved_work(self) -> bool:
        page = self.settings_page
        if not page.is_dirty():
            return False
        # an untouched new profile is nothing to lose
        return not (
            page.is_new
            and page.current_profile() == self._drafts.get(page.profile_name)
            and not page.password_edit.text()
        )

    def _after_unsaved_check(self, then: Callable[[], None]) -> None:
        """Run `then` now, or after the user saved or discarded the open profile."""
        if not self._has_unsaved_work():
            self._drop_untouched_draft()
            then()
            return
        name = self.settings_page.profile_name

        def answered(button: Button) -> None:
            if button == Button.Save:
                if not self.settings_page.save():
                    return
            elif button == Button.Discard:
                self._discard_changes()
            else:
                return
            then()

        ask(
            self,
            self.tr("Unsaved changes"),
            self.tr("The profile {name} has changes that are not saved.").format(name=name),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
            answered,
            informative=self.tr("Save them before you go on?"),
        )

    def _discard_changes(self) -> None:
        page = self.settings_page
        item = self.profiles.item_named(page.profile_name)
        if page.is_new and item is not None:
            self._remove_item(item)
        elif item is not None:
            self._open(item)

    def _drop_untouched_draft(self) -> None:
        page = self.settings_page
        item = self.profiles.item_named(page.profile_name)
        if page.is_new and item is not None and self.profiles.list.count() > 1:
            self._remove_item(item)

    def _remove_item(self, item: QListWidgetItem) -> None:
        self._drafts.pop(item.data(Qt.ItemDataRole.UserRole), None)
        self._switching = True
        try:
            self.profiles.list.takeItem(self.profiles.list.row(item))
        finally:
            self._switching = False

    def _unique_name(self, base: str) -> str:
        taken = {n.casefold() for n in self.profiles.names()}
        name, number = base, 2
        while name.casefold() in taken or self._store.exists(name):
            name, number = f"{base} {number}", number + 1
        return name

    def _add_draft(self, profile: Profile, password: str = "") -> QListWidgetItem:
        self._drafts[profile.name] = profile
        if password:
            self._session_passwords[profile.name] = password
        return self.profiles.add(profile.name, draft=True)

    def add_profile(self) -> None:
        def add() -> None:
            item = self._add_draft(blank_profile(self._unique_name(self.tr("New profile"))))
            self._select_named(item.data(Qt.ItemDataRole.UserRole))
            self.settings_page.sender_edit.setFocus()

        self._after_unsaved_check(add)

    def duplicate_profile(self) -> None:
        page = self.settings_page
        source = page.current_profile()
        password = page.password_edit.text() or self._session_passwords.get(source.name) or ""
        if not password and not page.is_new:
            try:
                password = secrets.get_password(source.name) or ""
            except secrets.KeyringUnavailable:
                password = ""

        def duplicate() -> None:
            name = self._unique_name(self.tr("{name} (copy)").format(name=source.name))
            self._add_draft(source.replace(name=name), password)
            self._select_named(name)

        self._after_unsaved_check(duplicate)

    def rename_profile(self) -> None:
        item = self.profiles.list.currentItem()
        if item is not None:
            self.profiles.list.editItem(item)

    def _item_renamed(self, item: QListWidgetItem) -> None:
        old = item.data(Qt.ItemDataRole.UserRole)
        new = item.text().strip()
        if new == old:
            return
        problem = ""
        if check_name(new):
            problem = self.tr('A profile name cannot be empty or contain < > : " / \\ | ? *.')
        elif new.casefold() != old.casefold() and (
            new.casefold() in {n.casefold() for n in self.profiles.names()}
            or self._store.exists(new)
        ):
            problem = self.tr("A profile named {name} exists already.").format(name=new)
        if not problem and not self.profiles.is_draft(item):
            try:
                self._store.rename(old, new)
            except (ProfileError, OSError, LookupError) as exc:
                problem = str(exc)
        if problem:
            self.profiles.set_name(item, old)
            self.statusBar().showMessage(problem, 10000)
            return
        if self.profiles.is_draft(item):
            self._drafts[new] = self._drafts.pop(old).replace(name=new)
            with contextlib.suppress(secrets.KeyringUnavailable):
                secrets.rename_profile(old, new)  # a sign-in kept for the session goes along
            with contextlib.suppress(OSError):
                move_records(old, new)  # and so do its last verify and learned pace
        if old in self._session_passwords:
            self._session_passwords[new] = self._session_passwords.pop(old)
        self.profiles.set_name(item, new)
        if self.settings_page.profile_name == old:
            self.settings_page.rename(new)
        if not self.profiles.is_draft(item):
            settings.update(last_profile=new)

    def delete_profile(self) -> None:
        item = self.profiles.list.currentItem()
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)

        def answered(button: Button) -> None:
            if button != Button.Yes:
                return
            if not self.profiles.is_draft(item):
                try:
                    self._store.delete(name)
                except (ProfileError, OSError, LookupError) as exc:
                    self.statusBar().showMessage(str(exc), 10000)
                    return
            else:  # a draft's session sign-in must not pass to the next draft of that name
                with contextlib.suppress(secrets.KeyringUnavailable):
                    secrets.forget_profile(name)
                with contextlib.suppress(OSError):
                    drop_records(name)
            self._session_passwords.pop(name, None)
            row = self.profiles.list.row(item)
            self._remove_item(item)
            if self.profiles.list.count() == 0:
                self._add_draft(blank_profile(self._unique_name(self.tr("My profile"))))
            next_item = self.profiles.list.item(min(row, self.profiles.list.count() - 1))
            self._select_named(next_item.data(Qt.ItemDataRole.UserRole))
            self.statusBar().showMessage(self.tr("Profile {name} deleted.").format(name=name), 5000)

        ask(
            self,
            self.tr("Delete profile"),
            self.tr("Delete the profile {name}?").format(name=name),
            Button.Yes | Button.No,
            Button.No,
            answered,
            informative=self.tr(
                "Its settings and its stored password are removed. Sent batches are kept."
            ),
            icon=QMessageBox.Icon.Warning,
        )

    def _profile_saved(self, profile: Profile) -> None:
        item = self.profiles.item_named(profile.name)
        if item is not None:
            self._drafts.pop(profile.name, None)
            self.profiles.set_name(item, profile.name, draft=False)
        if profile.name != DEMO_PROFILE or not self._demo:
            settings.update(last_profile=profile.name)
        self.statusBar().showMessage(
            self.tr("Profile {name} saved.").format(name=profile.name), 5000
        )

    def _dirty_changed(self, dirty: bool) -> None:
        self.setWindowModified(dirty)

    # -- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._close_confirmed and self.batch_pages.close_requested(event):
            return  # a batch is sending or one is composed: asked first
        if not self._close_confirmed and self._has_unsaved_work():
            event.ignore()

            def close_now() -> None:
                self._close_confirmed = True
                self.close()

            self._after_unsaved_check(close_now)
            return
        if self._placed:
            settings.update(window=fit.saved_geometry(self))
        self.shutdown()
        super().closeEvent(event)

    def current_profile(self) -> Profile:
        """The profile open on the Settings page, with its unsaved edits (the batch pages)."""
        return self.settings_page.current_profile()

    def draft(self, name: str) -> Profile | None:
        """A new profile of that name, not saved yet."""
        return self._drafts.get(name)

    def typed_password(self, name: str) -> str | None:
        """The profile's password typed in the form or earlier this session, else None."""
        page = self.settings_page
        typed = page.password_edit.text() if page.profile_name == name else ""
        return typed or self._session_passwords.get(name) or None

    def discard_and_close(self) -> None:
        """Close without asking (tests, and a session that ends)."""
        self._close_confirmed = True
        self.close()

    def shutdown(self) -> None:
        """Stop network work (a batch's sending too) and the demo server."""
        with contextlib.suppress(RuntimeError):  # pages already deleted with the window
            self.batch_pages.shutdown()
        self.settings_page.shutdown()
        if self._inbox_feed is not None:
            self._inbox_feed.close()
            self._inbox_feed = None
