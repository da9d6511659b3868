"""The main window: a left navigation with the group selector, the pages, a status bar.

The title is always the app's name: a window title is visible in task bars, screen
sharing and window switchers, so it never carries a group or member name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop import APP_NAME, __version__
from facilitator_desktop.ui.app_settings import (
    WINDOW_GEOMETRY,
    WINDOW_GROUP,
    WINDOW_PAGE,
    AppSettings,
)
from facilitator_desktop.ui.backups_dialog import BackupsDialog
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.first_paint import FirstPaint
from facilitator_desktop.ui.groups_page import GroupsPage
from facilitator_desktop.ui.handouts import HandoutsPage
from facilitator_desktop.ui.history import AttentionPage, HistoryPage
from facilitator_desktop.ui.members_page import MembersPage
from facilitator_desktop.ui.notes import NotesPage
from facilitator_desktop.ui.page import Page
from facilitator_desktop.ui.page_set import PageSet
from facilitator_desktop.ui.rules_page import RulesPage
from facilitator_desktop.ui.runner.page import RunnerPage
from facilitator_desktop.ui.settings_dialog import SettingsDialog
from facilitator_desktop.ui.sharing.status_line import SyncStatusLine
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.banner import Banner
from facilitator_desktop.ui.widgets.group_selector import GroupSelector
from facilitator_desktop.ui.widgets.scrolled import scroll_area_of, scrolled, scrolled_content
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

# The navigation, in order. Adding a screen is one line here.
PAGES: tuple[type[Page], ...] = (
    GroupsPage,
    RunnerPage,
    MembersPage,
    RulesPage,
    NotesPage,
    HandoutsPage,
    HistoryPage,
    AttentionPage,
)

STATUS_TIMEOUT_MS = 6000


class MainWindow(QMainWindow):
    # The user asked to lock (Ctrl+L); app.py does the locking and shows the unlock dialog.
    lockRequested = Signal()
    # The window was closed by the user after any unsaved edits were dealt with.
    quitRequested = Signal()
    # The user chose a backup to restore (app.py backs up, closes, restores and re-opens).
    restoreRequested = Signal(Path)
    # The window's first frame is drawn (its other pages are built right after).
    firstPainted = Signal()

    def __init__(
        self,
        ctx: UiContext,
        settings: AppSettings,
        *,
        demo_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._settings = settings
        self._dropped_on_lock = False
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")

        # --- pages: the one shown first is built before the first paint, the others after
        self.stack = QStackedWidget(self)
        self.pages = PageSet(PAGES, self._make_page)
        self._first_paint = FirstPaint(self)
        self._first_paint.painted.connect(self._on_first_paint)

        # --- sidebar ---------------------------------------------------------------------------
        sidebar = QFrame(self)
        sidebar.setObjectName("sidebar")
        sidebar.setFrameShape(QFrame.Shape.NoFrame)
        sidebar.setFixedWidth(232)
        self.group_selector = GroupSelector(ctx, sidebar)
        self.nav = QListWidget(sidebar)
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        # The navigation reads as part of the sidebar, not as a white list box.
        self.nav.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.nav.setBackgroundRole(QPalette.ColorRole.Window)
        nav_font = self.nav.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.1)
        self.nav.setFont(nav_font)
        for page_class in PAGES:
            item = QListWidgetItem(page_class.nav_title(), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, page_class.key)
            item.setSizeHint(QSize(0, self.nav.fontMetrics().height() + 18))
        self.nav.currentRowChanged.connect(self._on_nav_changed)
        self.lock_button = QPushButton(self.tr("Lock"), sidebar)
        self.lock_button.setToolTip(self.tr("Lock the workspace (Ctrl+L)"))
        self.lock_button.clicked.connect(self._on_lock)
        sidebar_layout = QVBoxLayout(sidebar)
        sidebar_layout.setContentsMargins(16, 20, 12, 16)
        sidebar_layout.setSpacing(12)
        sidebar_layout.addWidget(self.group_selector)
        sidebar_layout.addWidget(_separator(sidebar))
        sidebar_layout.addWidget(self.nav, 1)
        sidebar_layout.addWidget(self.lock_button)

        # Tab starts in the sidebar.
        QWidget.setTabOrder(self.group_selector.show_archived_box, self.nav)
        QWidget.setTabOrder(self.nav, self.lock_button)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(sidebar)
        body.addWidget(_separator(self, vertical=True))
        body.addWidget(self.stack, 1)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner: Banner | None = None
        if demo_note:
            self.banner = Banner(demo_note, central)
            outer.addWidget(self.banner)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        # --- menus and shortcuts ---------------------------------------------------------------
        self.lock_action = QAction(self.tr("&Lock workspace"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self._on_lock)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        self.settings_dialog: SettingsDialog | None = None
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.triggered.connect(self.open_backups)
        self.backups_dialog: BackupsDialog | None = None
        self.quit_action = QAction(self.tr("&Quit"), self)
        # The platform's Quit key; some platforms (and themes) define none: Ctrl+Q then.
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        self.quit_action.triggered.connect(self.close)
        workspace_menu = self.menuBar().addMenu(self.tr("&Workspace"))
        workspace_menu.addAction(self.lock_action)
        workspace_menu.addAction(self.settings_action)
        workspace_menu.addAction(self.backups_action)
        workspace_menu.addSeparator()
        workspace_menu.addAction(self.quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.page_actions: list[QAction] = []
        for number, page_class in enumerate(PAGES, start=1):
            action = QAction(page_class.nav_title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setData(page_class.key)
            action.triggered.connect(self._on_go_action)
            go_menu.addAction(action)
            self.page_actions.append(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About {app}").format(app=APP_NAME), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

        # --- status bar ------------------------------------------------------------------------
        self.status_hint = ToneLabel(self.tr("Encrypted workspace · Ctrl+L locks"), Tone.MUTED)
        self.status_hint.setWordWrap(False)
        # Sharing's calm status ("Synced 2 min ago"); hidden while nothing is shared.
        self.sync_status = SyncStatusLine(ctx, self)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.firstPainted.connect(self.sync_status.start)
        self.statusBar().addPermanentWidget(self.status_hint)
        ctx.statusMessage.connect(self.show_status)
        ctx.pageRequested.connect(self.show_page)
        ctx.set_leave_guard(self._may_leave_page)

        self._restore_settings()

    # --- public --------------------------------------------------------------------------------

    def current_page(self) -> Page:
        page = scrolled_content(self.stack.currentWidget())
        assert isinstance(page, Page)
        return page

    def show_page(self, key: str) -> bool:
        """Switch to the page `key`, asking about unsaved edits first."""
        keys = list(self.pages)
        if key not in self.pages:
            return False
        self.nav.setCurrentRow(keys.index(key))
        return self.current_page().key == key

    def page_class(self, key: str) -> type[Page] | None:
        """The kind of page `key` (None: no such page), without building it."""
        return self.pages.page_class(key)

    def unsaved_what(self) -> str | None:
        """What has unsaved edits on any page, or None."""
        for page in self.pages.built():
            what = page.unsaved_what()
            if what is not None:
                return what
        return None

    @Slot()
    def open_settings(self) -> SettingsDialog:
        """Workspace ▸ Settings…: opens without blocking (the lock closes it)."""
        if self.settings_dialog is None:
            self.settings_dialog = SettingsDialog(self.ctx, self, app_settings=self._settings)
            self.settings_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.settings_dialog.finished.connect(self._on_settings_finished)
        self.settings_dialog.open()
        return self.settings_dialog

    @Slot()
    def _on_settings_finished(self) -> None:
        self.settings_dialog = None

    @Slot()
    def open_backups(self) -> BackupsDialog:
        """Workspace ▸ Backups…: list, back up now, restore, export for another laptop."""
        if self.backups_dialog is None:
            self.backups_dialog = BackupsDialog(self.ctx.workspace, self)
            self.backups_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.backups_dialog.restoreRequested.connect(self._on_restore_chosen)
            self.backups_dialog.finished.connect(self._on_backups_finished)
        self.backups_dialog.open()
        return self.backups_dialog

    @Slot()
    def _on_backups_finished(self) -> None:
        self.backups_dialog = None

    @Slot(Path)
    def _on_restore_chosen(self, backup: Path) -> None:
        if self.current_page().may_leave():
            emit(self.restoreRequested, backup)

    @Slot(str)
    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def workspace_locked(self) -> None:
        """Drop decrypted text from every page (called before the key is forgotten)."""
        dropped = False
        for page in self.pages.built():
            dropped = page.workspace_locked() or dropped
        self.statusBar().clearMessage()
        self._dropped_on_lock = dropped
        self.sync_status.workspace_locked()  # the sync stops before the key goes

    def workspace_unlocked(self) -> None:
        for page in self.pages.built():
            page.workspace_unlocked()
        if self._dropped_on_lock:
            self.show_status(self.tr("Unsaved changes were cleared when the workspace locked."))
        self._dropped_on_lock = False
        self.current_page().focus_first()
        self._build_other_pages()  # when the lock came before they were built
        self.sync_status.start()

    # --- pages built after the first paint ----------------------------------------------------

    def _make_page(self, page_class: type[Page]) -> Page:
        page = page_class(self.ctx, self.stack)
        # Large type scrolls a page rather than push the window past the screen.
        self.stack.addWidget(scrolled(page, self.stack))
        return page

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._first_paint.watch()

    @Slot()
    def _on_first_paint(self) -> None:
        emit(self.firstPainted)
        self._build_other_pages()

    def _build_other_pages(self) -> None:
        # Never while locked: a page reads (and decrypts) what it shows as it is built.
        if self._first_paint.done and not self.ctx.workspace.locked:
            self.pages.build_all()

    # --- settings ------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        # Only layout and ids are stored: never names or any other text from the workspace.
        geometry = self._settings.get(WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1280, 800)
        self.ctx.reload_groups(select=self._settings.get(WINDOW_GROUP))
        page_key = self._settings.get(WINDOW_PAGE)
        keys = list(self.pages)
        self.nav.setCurrentRow(keys.index(page_key) if page_key in self.pages else 0)

    def save_settings(self) -> None:
        self._settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self._settings.set(WINDOW_PAGE, self.current_page().key)
        self._settings.set(WINDOW_GROUP, self.ctx.current_group_id())
        self._settings.sync()

    # --- slots ---------------------------------------------------------------------------------

    def _may_leave_page(self) -> bool:
        return self.current_page().may_leave()

    @Slot(int)
    def _on_nav_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is None:
            return
        key = str(item.data(Qt.ItemDataRole.UserRole))
        current = scrolled_content(self.stack.currentWidget())
        if isinstance(current, Page) and current.key == key:
            return
        if isinstance(current, Page) and not current.may_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(list(self.pages).index(current.key))
            self.nav.blockSignals(False)
            return
        target = self.pages.build(key)
        self.stack.setCurrentWidget(scroll_area_of(target))
        target.focus_first()

    @Slot()
    def _on_go_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.show_page(str(action.data()))

    @Slot()
    def _on_lock(self) -> None:
        emit(self.lockRequested)

    @Slot()
    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            self.tr(
                "<b>{app}</b> {version}<br>An offline companion for facilitators of "
                "in-person groups. Everything stays on this computer."
            ).format(app=APP_NAME, version=__version__),
        )

    def may_quit(self, parent: QWidget | None = None) -> bool:
        """A session open on the Session page asks before the app quits."""
        runner = self.pages.built_page(RunnerPage.key)
        return not isinstance(runner, RunnerPage) or runner.may_quit(parent or self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.isVisible() or (self.current_page().may_leave() and self.may_quit()):
            self.save_settings()
            event.accept()
            emit(self.quitRequested)
        else:
            event.ignore()


def _separator(parent: QWidget, *, vertical: bool = False) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.VLine if vertical else QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    line.setForegroundRole(QPalette.ColorRole.Mid)
    return line
