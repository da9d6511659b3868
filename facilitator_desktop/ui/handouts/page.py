"""The Handouts screen: choose a handout and its options, see it, save, print or open it.

Data is read on the GUI thread (one short service call per build); the ReportLab build runs
on `HandoutBuilder`'s worker thread. Option changes rebuild the preview after a short pause
(debounced), one build at a time; while a build is pending the output buttons wait for it,
so what is saved or printed is always what the preview shows.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLocale,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop import partial_files
from facilitator_desktop.errors import FacilitatorError, RecordDamaged
from facilitator_desktop.handouts.data import HandoutResult, Paper
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.context import NO_GROUP, UiContext
from facilitator_desktop.ui.formatting import short_date, short_time
from facilitator_desktop.ui.handouts.jobs import HandoutBuilder, HandoutData, build_handout, prepare
from facilitator_desktop.ui.handouts.labels import file_stem, group_handout_options, kind_title
from facilitator_desktop.ui.handouts.options import (
    GroundRulesOptions,
    ProfileBox,
    RuleCardsOptions,
    SessionSummaryOptions,
    SignInOptions,
)
from facilitator_desktop.ui.handouts.preview import PreviewPane
from facilitator_desktop.ui.handouts.printing import (
    PrintError,
    pages_to_print,
    prepare_printer,
    print_document,
    send_pdf,
)
from facilitator_desktop.ui.handouts.requests import HandoutKind, HandoutRequest, handout_requests
from facilitator_desktop.ui.handouts.viewer import ViewerCopies
from facilitator_desktop.ui.page import Page
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.busy import busy_cursor
from facilitator_desktop.ui.widgets.headings import PageHeader
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

DEBOUNCE_MS = 300
RECENT_SESSIONS = 40
PAPER_SETTING = "handout_paper"
LARGE_PRINT_SETTING = "handout_large_print"
KINDS: tuple[HandoutKind, ...] = tuple(HandoutKind)


class HandoutsPage(Page):
    key = "handouts"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.builder = HandoutBuilder(self)
        self.builder.finished.connect(self._on_job_finished)
        self.builder.failed.connect(self._on_job_failed)
        self.viewer_copies = ViewerCopies()
        self._paper: Paper | None = None  # known once the locale default or a choice is in
        self._prepare_token: int | None = None
        self._build_token: int | None = None  # the build whose result the preview wants
        self._build_kind = HandoutKind.GROUND_RULES
        self._rebuild = False  # options changed while a build was running
        self._stale = True  # the preview does not show the current options yet
        self._choices_group = NO_GROUP  # the group whose members/sessions the combos list
        # The welcome line as loaded (sealed: it may name people); None while locked, so a
        # field emptied by the lock is never saved over the stored line.
        self._welcome_loaded: str | None = None

        self.header = PageHeader(self.title(), self)

        # --- which handout ---------------------------------------------------------------------
        kind_box = QGroupBox(self.tr("Handout"), self)
        self.kind_buttons = QButtonGroup(self)
        kind_layout = QVBoxLayout(kind_box)
        kind_layout.setSpacing(6)
        texts = {
            HandoutKind.GROUND_RULES: self.tr("Groun&d rules"),
            HandoutKind.RULE_CARDS: self.tr("&Rule cards"),
            HandoutKind.SIGN_IN_SHEET: self.tr("S&ign-in sheet"),
            HandoutKind.SESSION_SUMMARY: self.tr("Session summar&y"),
        }
        tips = {
            HandoutKind.GROUND_RULES: self.tr("The group's rules on one page, to read and sign"),
            HandoutKind.RULE_CARDS: self.tr("One rule per card in large type, to cut or fold"),
            HandoutKind.SIGN_IN_SHEET: self.tr("Members in seat order with a signature column"),
            HandoutKind.SESSION_SUMMARY: self.tr("A finished session, for your records"),
        }
        for number, kind in enumerate(KINDS):
            button = QRadioButton(texts[kind], kind_box)
            button.setToolTip(tips[kind])
            self.kind_buttons.addButton(button, number)
            kind_layout.addWidget(button)
        self.kind_buttons.button(0).setChecked(True)
        self.kind_buttons.idToggled.connect(self._on_kind_toggled)

        # --- options ---------------------------------------------------------------------------
        options_box = QGroupBox(self.tr("Options"), self)
        self.paper_combo = QComboBox(options_box)
        self.paper_combo.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper_combo.addItem(self.tr("Letter (8.5 × 11 in)"), "Letter")
        self.paper_combo.setCurrentIndex(-1)
        self.paper_combo.setPlaceholderText(self.tr("Checking…"))
        self.paper_combo.currentIndexChanged.connect(self._on_paper_changed)
        paper_form = QFormLayout()
        paper_form.setContentsMargins(0, 0, 0, 0)
        paper_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        paper_form.addRow(self.tr("&Paper:"), self.paper_combo)
        self.large_print_box = QCheckBox(self.tr("&Large print (14 pt text)"), options_box)
        self.large_print_box.setToolTip(
            self.tr("Bigger type for members who find small print hard to read")
        )
        self.large_print_box.toggled.connect(self._on_large_print_toggled)
        paper_form.addRow(self.large_print_box)
        self.ground_rules_options = GroundRulesOptions(options_box)
        self.rule_cards_options = RuleCardsOptions(options_box)
        self.sign_in_options = SignInOptions(options_box)
        self.summary_options = SessionSummaryOptions(options_box)
        self.options_stack = QStackedWidget(options_box)
        for form in self._forms():
            self.options_stack.addWidget(form)
            form.changed.connect(self._on_option_changed)
        options_layout = QVBoxLayout(options_box)
        options_layout.setSpacing(10)
        options_layout.addLayout(paper_form)
        options_layout.addWidget(self.options_stack)

        self.profile_box = ProfileBox(self)
        self.profile_box.changed.connect(self._on_option_changed)
        self.profile_box.edited.connect(self._on_profile_edited)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 8, 0)
        side_layout.setSpacing(14)
        side_layout.addWidget(kind_box)
        side_layout.addWidget(options_box)
        side_layout.addWidget(self.profile_box)
        side_layout.addStretch(1)
        side_scroll = QScrollArea(self)
        side_scroll.setWidget(side)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setFixedWidth(384)

        # --- preview and output ----------------------------------------------------------------
        self.preview = PreviewPane(self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setToolTip(self.tr("Save the handout as a PDF file (Ctrl+S)"))
        self.save_button.clicked.connect(self._on_save_pdf)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setToolTip(self.tr("Print with the system print dialog (Ctrl+P)"))
        self.print_button.clicked.connect(self._on_print)
        self.open_button = QPushButton(self.tr("&Open in PDF viewer"), self)
        self.open_button.setToolTip(
            self.tr(
                "Open a copy in your usual PDF viewer. The copy is kept in a private "
                "temporary folder and deleted when you lock or quit."
            )
        )
        self.open_button.clicked.connect(self._on_open_in_viewer)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        preview_column = QVBoxLayout()
        preview_column.setSpacing(10)
        preview_column.addWidget(self.preview, 1)
        preview_column.addLayout(actions)

        body_widget = QWidget(self)
        body = QHBoxLayout(body_widget)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(20)
        body.addWidget(side_scroll)
        body.addLayout(preview_column, 1)

        self.empty_state = ToneLabel(
            self.tr("Create a group on the Groups page first; its handouts are printed here."),
            Tone.MUTED,
            self,
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(body_widget)
        self.stack.addWidget(self.empty_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(self._start_build)
        self.page_shortcut(QKeySequence.StandardKey.Save, self._on_save_pdf)
        self.page_shortcut(QKeySequence.StandardKey.Print, self._on_print)

        ctx.currentGroupChanged.connect(self._on_group_changed)
        ctx.groupsChanged.connect(self._update_header)
        handout_requests(ctx).set_handler(self.show_request)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self._on_about_to_quit)
        self._load_settings()
        self._update_header()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Handouts")

    # --- public --------------------------------------------------------------------------------

    def kind(self) -> HandoutKind:
        return KINDS[max(self.kind_buttons.checkedId(), 0)]

    def set_kind(self, kind: HandoutKind) -> None:
        self.kind_buttons.button(KINDS.index(kind)).setChecked(True)

    def paper(self) -> Paper | None:
        return self._paper

    def result(self) -> HandoutResult | None:
        """The handout the preview shows, when it matches the current options."""
        return None if self._stale else self.preview.result

    def is_ready(self) -> bool:
        """Nothing pending: the preview (or its message) reflects the current options."""
        return not self._stale and not self.builder.busy() and not self._debounce.isActive()

    def show_request(self, request: HandoutRequest) -> bool:
        """Come to the front with `request` chosen (see `requests.open_handout`)."""
        group_id = request.group_id
        session_label = ""
        if request.session_id is not None:
            try:
                summary = self.ctx.workspace.sessions.summary(request.session_id)
            except FacilitatorError as exc:
                emit(self.ctx.statusMessage, exc.message)
                return False
            group_id = summary.group_id
            session_label = self._session_label(summary.started_at, None)
        window = self.window()
        show_page = getattr(window, "show_page", None)
        if show_page is not None and not show_page(self.key):
            return False
        if group_id is not None and not self.ctx.request_group(group_id):
            return False
        self._reload_choices()
        self.set_kind(request.kind)
        if request.kind is HandoutKind.GROUND_RULES:
            self.ground_rules_options.acknowledgement_box.setChecked(True)
            self.ground_rules_options.select_member(request.member_id)
        if request.session_id is not None:
            self.summary_options.select_session(request.session_id, session_label)
            self.summary_options.notes_box.setChecked(False)  # never carried over unasked
        self._schedule(0)
        return True

    def save_pdf(self, path: Path) -> Path | None:
        """Write the current handout to `path` (".pdf" added when missing)."""
        result = self.result()
        if result is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            # Only this user may read it: a handout can name members.
            partial_files.write_file(path, result.pdf)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save as PDF"),
                self.tr("The PDF could not be saved: {reason}").format(
                    reason=exc.strerror or type(exc).__name__
                ),
            )
            return None
        emit(self.ctx.statusMessage, self.tr("Saved {file}.").format(file=path.name))
        return path

    def print_to(self, printer: QPrinter) -> int:
        """Print every page (or the range picked in the dialog) onto `printer`: the PDF
        itself where the print service takes it, else page by page."""
        result = self.result()
        if result is None or self._paper is None:
            return 0
        with busy_cursor():
            if send_pdf(result.pdf, printer, self._paper):
                return len(pages_to_print(printer, result.page_count))
            try:
                return print_document(self.preview.document, printer, self._print_progress)
            finally:
                self.preview.set_status(self._summary(result))

    def _print_progress(self, done: int, total: int) -> None:
        self.preview.set_status(
            self.tr("Printing page {n} of {total}…").format(
                n=formatting.number(done + 1), total=formatting.number(total)
            )
        )
        # Repaint between pages; clicks and keys wait until printing is done.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    # --- Page contract -------------------------------------------------------------------------

    def may_leave(self) -> bool:
        self._save_profile()
        return True

    def workspace_locked(self) -> bool:
        """Forget every alias, note and built PDF; delete the viewer copies."""
        self._save_profile()
        self._debounce.stop()
        self._build_token = None
        self._rebuild = False
        self._stale = True
        self.preview.set_busy(False)
        self.preview.clear()
        self.ground_rules_options.clear()
        self._forget_welcome()
        self.summary_options.clear()
        self._choices_group = NO_GROUP
        self.viewer_copies.clear()
        self._update_buttons()
        return False

    def workspace_unlocked(self) -> None:
        self._load_welcome()
        if self.isVisible():
            self._reload_choices()
            self._schedule(0)

    def focus_first(self) -> None:
        button = self.kind_buttons.checkedButton()
        if button is not None:
            button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._paper is None and self._prepare_token is None:
            self._prepare_token = self.builder.submit(partial(prepare, QLocale().name()))
        self._reload_choices()
        self._schedule(0)

    def hideEvent(self, event: QHideEvent) -> None:
        self._save_profile()
        super().hideEvent(event)

    # --- loading -------------------------------------------------------------------------------

    def _forms(
        self,
    ) -> tuple[GroundRulesOptions, RuleCardsOptions, SignInOptions, SessionSummaryOptions]:
        return (
            self.ground_rules_options,
            self.rule_cards_options,
            self.sign_in_options,
            self.summary_options,
        )

    def _load_settings(self) -> None:
        settings = self.ctx.workspace.settings
        stored_paper = settings.get(PAPER_SETTING)
        if stored_paper in ("A4", "Letter"):
            self._set_paper(stored_paper)  # type: ignore[arg-type]
        self.large_print_box.blockSignals(True)
        self.large_print_box.setChecked(settings.get(LARGE_PRINT_SETTING) == "1")
        self.large_print_box.blockSignals(False)
        self._load_welcome()
        self.profile_box.set_profile(self.ctx.workspace.handout_data.profile())

    def _load_welcome(self) -> None:
        """The sealed welcome line, or the default when none was chosen. A damaged one is
        said so and left as it is until the facilitator types a new line."""
        default = self.tr(
            "Welcome. These are the agreements that keep this group a safe place for everyone."
        )
        try:
            stored = self.ctx.workspace.settings.welcome_line()
        except RecordDamaged:
            emit(
                self.ctx.statusMessage,
                self.tr(
                    "The saved welcome line is damaged and cannot be shown. "
                    "Type a new one to replace it."
                ),
            )
            stored = None
        except FacilitatorError:  # locked: read again on unlock
            return
        text = default if stored is None else stored
        welcome_edit = self.ground_rules_options.welcome_edit
        welcome_edit.setText(text)  # also resets the undo history
        welcome_edit.setCursorPosition(0)
        self._welcome_loaded = text.strip()

    def _forget_welcome(self) -> None:
        self._welcome_loaded = None
        self.ground_rules_options.welcome_edit.setText("")  # setText drops the undo history

    def _set_paper(self, paper: Paper) -> None:
        self._paper = paper
        self.paper_combo.blockSignals(True)
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(paper))
        self.paper_combo.blockSignals(False)

    def _reload_choices(self) -> None:
        """Members and sessions of the current group for the combos (aliases decrypted)."""
        group_id = self.ctx.current_group_id()
        self.stack.setCurrentIndex(0 if group_id != NO_GROUP else 1)
        if group_id == NO_GROUP or self.ctx.workspace.locked:
            self.ground_rules_options.clear()
            self.summary_options.clear()
            self._choices_group = NO_GROUP
            return
        if group_id != self._choices_group:
            self.summary_options.notes_box.setChecked(False)  # asked again for another group
            self.ground_rules_options.clear()
            group = self.ctx.current_group()
            self.sign_in_options.set_day(
                _next_meeting(group.weekday if group else None, self.ctx.today())
            )
        workspace = self.ctx.workspace
        self.ground_rules_options.set_members(
            [(m.id, m.alias) for m in workspace.members.list(group_id) if not m.damaged]
        )
        self.summary_options.set_sessions(
            [
                (row.id, self._session_label(row.started_at, row.attended))
                for row in workspace.history.sessions(group_id, limit=RECENT_SESSIONS)
            ]
        )
        self._choices_group = group_id

    def _session_label(self, started_at: datetime, attended: int | None) -> str:
        local = started_at.replace(tzinfo=UTC).astimezone()  # stored as naive UTC
        label = self.tr("{date}, {time}").format(date=short_date(local), time=short_time(local))
        if attended is not None:
            label += " · " + self.tr("%Ln attended", "", attended)
        return label

    @Slot()
    def _update_header(self) -> None:
        group = self.ctx.current_group()
        self.header.set_subtitle(
            self.tr("Printouts for {group}").format(group=group.name) if group else ""
        )

    def _update_buttons(self) -> None:
        ready = self.result() is not None
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(ready)
        index = KINDS.index(self.kind())
        if index != self.options_stack.currentIndex():
            self.options_stack.setCurrentIndex(index)
        # The box takes the height of the shown form, not of the tallest one.
        for number, form in enumerate(self._forms()):
            vertical = (
                QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            )
            form.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)

    # --- building ------------------------------------------------------------------------------

    def _schedule(self, delay: int = DEBOUNCE_MS) -> None:
        """Rebuild the preview `delay` ms after the last change."""
        self._stale = True
        self._update_buttons()
        if not self.isVisible() or self.ctx.workspace.locked:
            return
        if self._build_token is None:
            self.preview.set_status(self.tr("Updating the preview…"))
        self._debounce.start(delay)

    @Slot()
    def _start_build(self) -> None:
        if self._build_token is not None or self._paper is None:
            # One build at a time; the latest options follow when it (or the paper) is in.
            self._rebuild = True
            return
        self._rebuild = False
        kind = self.kind()
        try:
            data = self._collect(kind)
        except FacilitatorError as exc:
            self._show_message(exc.message)
            return
        if data is None:
            return
        self._build_kind = kind
        group = self.ctx.current_group()
        options = group_handout_options(
            self._paper,
            large_print=self.large_print_box.isChecked(),
            language=group.handout_language if group is not None else "",
        )
        self._build_token = self.builder.submit(partial(build_handout, data, options))
        self.preview.set_busy(True)

    def _collect(self, kind: HandoutKind) -> HandoutData | None:
        """Read what the handout prints (GUI thread); None after showing why there is none."""
        group_id = self.ctx.current_group_id()
        if group_id == NO_GROUP:
            self._show_message("")
            return None
        handout_data = self.ctx.workspace.handout_data
        profile = self.profile_box.profile()
        if kind is HandoutKind.GROUND_RULES:
            options = self.ground_rules_options
            return dataclasses.replace(
                handout_data.ground_rules(
                    group_id,
                    member_id=options.member_id() if options.acknowledgement() else None,
                    acknowledgement=options.acknowledgement(),
                    welcome=options.welcome(),
                ),
                facilitator_name=profile.name,
                facilitator_contact=profile.contact,
                support_line=profile.support_line,
            )
        if kind is HandoutKind.RULE_CARDS:
            cards = self.rule_cards_options
            return handout_data.rule_cards(
                group_id,
                layout=cards.card_layout(),
                per_page=cards.per_page(),
                show_why=cards.show_why(),
            )
        if kind is HandoutKind.SIGN_IN_SHEET:
            sheet = self.sign_in_options
            return dataclasses.replace(
                handout_data.sign_in_sheet(group_id, sheet.day(), guest_lines=sheet.guest_lines()),
                facilitator_name=profile.name,
            )
        session_id = self.summary_options.session_id()
        if session_id is None:
            self._show_message(
                self.tr(
                    "No finished sessions yet. A session's summary can be printed here "
                    "once it has ended."
                )
            )
            return None
        return handout_data.session_summary(
            session_id, include_private_notes=self.summary_options.include_notes()
        )

    def _show_message(self, message: str) -> None:
        self._stale = False
        self.preview.set_busy(False)
        self.preview.clear(message)
        self._update_buttons()

    @Slot(int, object)
    def _on_job_finished(self, token: int, value: object) -> None:
        if token == self._prepare_token:
            self._prepare_token = None
            if self._paper is None and value in ("A4", "Letter"):
                self._set_paper(value)
            if self._rebuild or self._stale:
                self._schedule(0)
            return
        if token != self._build_token:
            return  # dropped on lock
        self._build_token = None
        if self._rebuild or self._debounce.isActive():
            if not self._debounce.isActive():
                self._start_build()
            return
        self.preview.set_busy(False)
        if not isinstance(value, HandoutResult):
            return
        self._stale = False
        self.preview.show_result(value, self._summary(value))
        self._update_buttons()

    @Slot(int, str)
    def _on_job_failed(self, token: int, kind: str) -> None:
        if token == self._prepare_token:
            self._prepare_token = None
            self._set_paper("A4")
            self._schedule(0)
            return
        if token != self._build_token:
            return
        self._build_token = None
        self._show_message(
            self.tr("The handout could not be built ({error}). Try other options.").format(
                error=kind
            )
        )

    def _summary(self, result: HandoutResult) -> str:
        pages = self.tr("%Ln pages", "", result.page_count)
        return f"{kind_title(self._build_kind)} · {pages} · {self._paper or ''}"

    # --- slots: options ------------------------------------------------------------------------

    @Slot(int, bool)
    def _on_kind_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._update_buttons()
            self._schedule(0)

    @Slot(int)
    def _on_paper_changed(self, index: int) -> None:
        paper = self.paper_combo.itemData(index)
        if paper not in ("A4", "Letter"):
            return
        self._paper = paper
        self.ctx.workspace.settings.set(PAPER_SETTING, paper)
        self._schedule(0)

    @Slot(bool)
    def _on_large_print_toggled(self, checked: bool) -> None:
        self.ctx.workspace.settings.set(LARGE_PRINT_SETTING, "1" if checked else "0")
        self._schedule(0)

    @Slot()
    def _on_option_changed(self) -> None:
        self._schedule()

    @Slot()
    def _on_profile_edited(self) -> None:
        self._save_profile()

    def _save_profile(self) -> None:
        settings = self.ctx.workspace.settings
        try:
            if self.profile_box.pending():
                self.ctx.workspace.handout_data.save_profile(self.profile_box.profile())
                self.profile_box.mark_saved()
            welcome = self.ground_rules_options.welcome()
            if self._welcome_loaded is not None and welcome != self._welcome_loaded:
                settings.set_welcome_line(welcome)
                self._welcome_loaded = welcome
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, exc.message)

    @Slot(int)
    def _on_group_changed(self, _group_id: int) -> None:
        self._update_header()
        if self.isVisible():
            self._reload_choices()
            self._schedule(0)

    # --- slots: output -------------------------------------------------------------------------

    def _suggested_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{file_stem(self.kind())}-{self.ctx.today().isoformat()}.pdf"
        return Path(folder) / name if folder else Path(name)

    @Slot()
    def _on_save_pdf(self) -> None:
        if self.result() is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save handout as PDF"),
            str(self._suggested_path()),
            self.tr("PDF files (*.pdf)"),
        )
        if chosen:
            self.save_pdf(Path(chosen))

    @Slot()
    def _on_print(self) -> None:
        result = self.result()
        if result is None or self._paper is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self._paper, kind_title(self.kind()))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print handout"))
        dialog.setMinMax(1, result.page_count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            pages = self.print_to(printer)
        except PrintError:
            QMessageBox.warning(
                self,
                self.tr("Print"),
                self.tr("The printer could not be started. Check it is connected and on."),
            )
            return
        emit(
            self.ctx.statusMessage,
            self.tr("Sent %Ln pages to the printer.", "", pages),
        )

    @Slot()
    def _on_open_in_viewer(self) -> None:
        result = self.result()
        if result is None:
            return
        try:
            path = self.viewer_copies.write(result.pdf, file_stem(self.kind()))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Open in PDF viewer"),
                self.tr("The copy for the viewer could not be written: {reason}").format(
                    reason=exc.strerror or type(exc).__name__
                ),
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self,
                self.tr("Open in PDF viewer"),
                self.tr("No PDF viewer is set up on this computer. Use Save as PDF… instead."),
            )
            return
        emit(
            self.ctx.statusMessage,
            self.tr("Opened a copy in your PDF viewer; it is deleted when you lock or quit."),
        )

    @Slot()
    def _on_about_to_quit(self) -> None:
        self.builder.wait(5000)
        self.viewer_copies.clear()


def _next_meeting(weekday: int | None, today: date) -> date:
    """The group's next meeting day from today (today when it meets today)."""
    day = today
    if weekday is None:
        return day
    return day + timedelta(days=(weekday - day.weekday()) % 7)
