"""The Handouts screen: choose a handout and its options, see it, save, print or open it.

This module holds the widgets: the options on the left (side_panel.py), the preview and the
output buttons on the right (where the handout goes: output.py). What the page does — the
debounced builds off the GUI thread, the settings it remembers, requests from other
screens, what a lock forgets — is `HandoutsPresenter`'s (presenter.py); the page shows what
the presenter tells it (the `HandoutsView` methods below).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QHideEvent, QKeySequence, QShowEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.handouts.data import HandoutResult, Paper
from facilitator_desktop.services.handout_data import FacilitatorProfile
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.handouts.choices import HandoutChoices
from facilitator_desktop.ui.handouts.options import (
    GroundRulesOptions,
    ProfileBox,
    RuleCardsOptions,
    SessionSummaryOptions,
    SignInOptions,
)
from facilitator_desktop.ui.handouts.output import HandoutOutput
from facilitator_desktop.ui.handouts.presenter import HandoutsPresenter
from facilitator_desktop.ui.handouts.preview import PreviewPane
from facilitator_desktop.ui.handouts.requests import HandoutKind, HandoutRequest, handout_requests
from facilitator_desktop.ui.handouts.side_panel import HandoutSidePanel
from facilitator_desktop.ui.page import Page
from facilitator_desktop.ui.widgets.headings import PageHeader
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class HandoutsPage(Page):
    key = "handouts"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.header = PageHeader(self.title(), self)
        self.side = HandoutSidePanel(self)

        # --- preview and output ----------------------------------------------------------------
        self.preview = PreviewPane(self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setToolTip(self.tr("Save the handout as a PDF file (Ctrl+S)"))
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setToolTip(self.tr("Print with the system print dialog (Ctrl+P)"))
        self.open_button = QPushButton(self.tr("&Open in PDF viewer"), self)
        self.open_button.setToolTip(
            self.tr(
                "Open a copy in your usual PDF viewer. The copy is kept in a private "
                "temporary folder and deleted when you lock or quit."
            )
        )
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
        body.addWidget(self.side)
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

        self.presenter = HandoutsPresenter(ctx, self, self)
        self.output = HandoutOutput(self, ctx, self.presenter, self.preview)
        self._connect()
        self.presenter.start()

    def _connect(self) -> None:
        presenter = self.presenter
        self.side.kindChosen.connect(presenter.kind_chosen)
        self.side.paperChosen.connect(self._on_paper_chosen)
        self.side.largePrintChosen.connect(presenter.large_print_chosen)
        self.side.optionChanged.connect(presenter.option_changed)
        self.side.profileEdited.connect(presenter.save_profile)
        self.save_button.clicked.connect(self._on_save_pdf)
        self.print_button.clicked.connect(self._on_print)
        self.open_button.clicked.connect(self._on_open_in_viewer)
        self.page_shortcut(QKeySequence.StandardKey.Save, self._on_save_pdf)
        self.page_shortcut(QKeySequence.StandardKey.Print, self._on_print)
        self.ctx.currentGroupChanged.connect(presenter.group_changed)
        self.ctx.groupsChanged.connect(presenter.update_header)
        handout_requests(self.ctx).set_handler(self.show_request)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self._on_about_to_quit)

    def title(self) -> str:
        return self.tr("Handouts")

    # --- what other screens, scripts and tests use -----------------------------------------------

    def kind(self) -> HandoutKind:
        return self.side.kind()

    def set_kind(self, kind: HandoutKind) -> None:
        self.side.set_kind(kind)

    def paper(self) -> Paper | None:
        return self.presenter.paper()

    def result(self) -> HandoutResult | None:
        """The handout the preview shows, when it matches the current options."""
        return self.presenter.result()

    def is_ready(self) -> bool:
        """Nothing pending: the preview (or its message) reflects the current options."""
        return self.presenter.is_ready()

    def show_request(self, request: HandoutRequest) -> bool:
        """Come to the front with `request` chosen (see `requests.open_handout`)."""
        return self.presenter.show_request(request)

    def save_pdf(self, path: Path) -> Path | None:
        """Write the current handout to `path` (".pdf" added when missing)."""
        return self.output.save_pdf(path)

    def print_to(self, printer: QPrinter) -> int:
        """Print every page (or the range picked in the dialog) onto `printer`."""
        return self.output.print_to(printer)

    @property
    def kind_buttons(self) -> QButtonGroup:
        return self.side.kind_buttons

    @property
    def paper_combo(self) -> QComboBox:
        return self.side.paper_combo

    @property
    def large_print_box(self) -> QCheckBox:
        return self.side.large_print_box

    @property
    def ground_rules_options(self) -> GroundRulesOptions:
        return self.side.ground_rules_options

    @property
    def rule_cards_options(self) -> RuleCardsOptions:
        return self.side.rule_cards_options

    @property
    def sign_in_options(self) -> SignInOptions:
        return self.side.sign_in_options

    @property
    def summary_options(self) -> SessionSummaryOptions:
        return self.side.summary_options

    @property
    def profile_box(self) -> ProfileBox:
        return self.side.profile_box

    # --- Page contract -------------------------------------------------------------------------

    def may_leave(self) -> bool:
        self.presenter.save_profile()
        return True

    def workspace_locked(self) -> bool:
        """Forget every alias, note and built PDF; delete the viewer copies."""
        self.presenter.lock()
        self.output.viewer_copies.clear()
        return False

    def workspace_unlocked(self) -> None:
        self.presenter.unlock()

    def focus_first(self) -> None:
        self.side.focus_kind()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.presenter.shown()

    def hideEvent(self, event: QHideEvent) -> None:
        self.presenter.save_profile()
        super().hideEvent(event)

    # --- HandoutsView: what the user chose -------------------------------------------------------

    def choices(self) -> HandoutChoices:
        return self.side.choices()

    def large_print(self) -> bool:
        return self.side.large_print_box.isChecked()

    def profile(self) -> FacilitatorProfile:
        return self.side.profile_box.profile()

    def profile_pending(self) -> bool:
        return self.side.profile_box.pending()

    def visible(self) -> bool:
        return self.isVisible()

    # --- HandoutsView: the options ---------------------------------------------------------------

    def show_paper(self, paper: Paper) -> None:
        self.side.show_paper(paper)

    def show_large_print(self, large: bool) -> None:
        self.side.show_large_print(large)

    def show_welcome(self, text: str) -> None:
        edit = self.side.ground_rules_options.welcome_edit
        edit.setText(text)  # also resets the undo history
        edit.setCursorPosition(0)

    def forget_welcome(self) -> None:
        self.side.ground_rules_options.welcome_edit.setText("")  # drops the undo history

    def show_profile(self, profile: FacilitatorProfile) -> None:
        self.side.profile_box.set_profile(profile)

    def mark_profile_saved(self) -> None:
        self.side.profile_box.mark_saved()

    def show_group(self, *, present: bool) -> None:
        self.stack.setCurrentIndex(0 if present else 1)

    def show_subtitle(self, group: str | None) -> None:
        self.header.set_subtitle(
            self.tr("Printouts for {group}").format(group=group) if group else ""
        )

    def start_group(self, next_meeting: date) -> None:
        self.side.summary_options.notes_box.setChecked(False)  # asked again for another group
        self.side.ground_rules_options.clear()
        self.side.sign_in_options.set_day(next_meeting)

    def show_members(self, members: list[tuple[int, str]]) -> None:
        self.side.ground_rules_options.set_members(members)

    def show_sessions(self, sessions: list[tuple[int, str]]) -> None:
        self.side.summary_options.set_sessions(sessions)

    def forget_choices(self) -> None:
        self.side.ground_rules_options.clear()
        self.side.summary_options.clear()

    def choose_request(self, request: HandoutRequest, session_label: str) -> None:
        self.side.set_kind(request.kind)
        if request.kind is HandoutKind.GROUND_RULES:
            self.side.ground_rules_options.acknowledgement_box.setChecked(True)
            self.side.ground_rules_options.select_member(request.member_id)
        if request.session_id is not None:
            self.side.summary_options.select_session(request.session_id, session_label)
            self.side.summary_options.notes_box.setChecked(False)  # never carried over unasked

    def come_forward(self) -> bool:
        window = self.window()
        show_page = getattr(window, "show_page", None)
        return show_page is None or bool(show_page(self.key))

    # --- HandoutsView: the preview ---------------------------------------------------------------

    def show_ready(self, *, ready: bool) -> None:
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(ready)
        self.side.show_form(self.side.kind())

    def show_status(self, text: str) -> None:
        self.preview.set_status(text)

    def show_busy(self, busy: bool) -> None:
        self.preview.set_busy(busy)

    def show_message(self, message: str) -> None:
        self.preview.clear(message)

    def show_result(self, result: HandoutResult, summary: str) -> None:
        self.preview.show_result(result, summary)

    def shown_result(self) -> HandoutResult | None:
        return self.preview.result

    # --- slots ---------------------------------------------------------------------------------

    @Slot(object)
    def _on_paper_chosen(self, paper: object) -> None:
        self.presenter.paper_chosen(paper)

    @Slot()
    def _on_save_pdf(self) -> None:
        self.output.ask_and_save()

    @Slot()
    def _on_print(self) -> None:
        self.output.ask_and_print()

    @Slot()
    def _on_open_in_viewer(self) -> None:
        self.output.open_in_viewer()

    @Slot()
    def _on_about_to_quit(self) -> None:
        self.presenter.quitting()
        self.output.viewer_copies.clear()
