"""What the Handouts page does, apart from its widgets: building the preview, remembering the
paper, large print, the welcome line and the facilitator's details, the members and
sessions the forms offer, requests from other screens, and what a lock forgets.

Data is read on the GUI thread (one short service call per build); the ReportLab build runs
on `HandoutBuilder`'s worker thread. Option changes rebuild the preview after a short pause
(debounced), one build at a time; while a build is pending the output buttons wait for it,
so what is saved or printed is always what the preview shows.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Slot

from facilitator_desktop.errors import FacilitatorError, RecordDamaged
from facilitator_desktop.handouts.data import HandoutResult, Paper
from facilitator_desktop.services.settings import (
    HANDOUT_LARGE_PRINT,
    HANDOUT_PAPER,
    HANDOUT_WELCOME,
)
from facilitator_desktop.ui.context import NO_GROUP, UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.formatting import short_date, short_time
from facilitator_desktop.ui.handouts.choices import collect, next_meeting
from facilitator_desktop.ui.handouts.jobs import HandoutBuilder, build_handout, prepare
from facilitator_desktop.ui.handouts.labels import group_handout_options, kind_title
from facilitator_desktop.ui.handouts.requests import HandoutKind, HandoutRequest
from facilitator_desktop.ui.handouts.view import HandoutsView
from facilitator_desktop.ui.signals import emit

DEBOUNCE_MS = 300
RECENT_SESSIONS = 40
PAPERS: tuple[Paper, ...] = ("A4", "Letter")


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # Under the page's name: these strings were the page's, and are translated there.
    return QCoreApplication.translate("HandoutsPage", text, disambiguation, n)


class HandoutsPresenter(QObject):
    def __init__(self, ctx: UiContext, view: HandoutsView, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.builder = HandoutBuilder(self)
        self.builder.finished.connect(self._on_job_finished)
        self.builder.failed.connect(self._on_job_failed)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.timeout.connect(self._start_build)
        self._paper: Paper | None = None  # known once the locale default or a choice is in
        self._prepare_token: int | None = None
        self._build_token: int | None = None  # the build whose result the preview wants
        self._build_kind = HandoutKind.GROUND_RULES
        self._rebuild = False  # options changed while a build was running
        self._stale = True  # the preview does not show the current options yet
        self._choices_group = NO_GROUP  # the group whose members/sessions the forms list
        # The welcome line as loaded (sealed: it may name people); None while locked, so a
        # field emptied by the lock is never saved over the stored line.
        self._welcome_loaded: str | None = None

    def start(self) -> None:
        self._load_settings()
        self.update_header()
        self._update_buttons()

    # --- state ---------------------------------------------------------------------------------

    def kind(self) -> HandoutKind:
        return self.view.kind()

    def paper(self) -> Paper | None:
        return self._paper

    def result(self) -> HandoutResult | None:
        """The handout the preview shows, when it matches the current options."""
        return None if self._stale else self.view.shown_result()

    def is_ready(self) -> bool:
        """Nothing pending: the preview (or its message) reflects the current options."""
        return not self._stale and not self.builder.busy() and not self.debounce.isActive()

    def summary(self, result: HandoutResult) -> str:
        """The line under the preview: which handout, how many pages, on what paper."""
        pages = _tr("%Ln pages", "", result.page_count)
        return f"{kind_title(self._build_kind)} · {pages} · {self._paper or ''}"

    # --- the page comes and goes ---------------------------------------------------------------

    def shown(self) -> None:
        """The page is shown: the locale's paper is looked up once (with ReportLab's import,
        off the GUI thread), then the forms are filled and the preview built."""
        if self._paper is None and self._prepare_token is None:
            self._prepare_token = self.builder.submit(partial(prepare, QLocale().name()))
        self.reload_choices()
        self.schedule(0)

    def lock(self) -> None:
        """Forget every alias, note and built PDF (the page deletes the viewer copies)."""
        self.save_profile()
        self.debounce.stop()
        self._build_token = None
        self._rebuild = False
        self._stale = True
        self.view.show_busy(False)
        self.view.show_message("")
        self.view.forget_choices()
        self._forget_welcome()
        self._choices_group = NO_GROUP
        self._update_buttons()

    def unlock(self) -> None:
        self._load_welcome()
        if self.view.visible():
            self.reload_choices()
            self.schedule(0)

    def quitting(self) -> None:
        self.builder.wait(5000)

    def show_request(self, request: HandoutRequest) -> bool:
        """Come to the front with `request` chosen (see `requests.open_handout`)."""
        group_id = request.group_id
        session_label = ""
        if request.session_id is not None:
            try:
                summary = self.ctx.workspace.sessions.summary(request.session_id)
            except FacilitatorError as exc:
                emit(self.ctx.statusMessage, error_text(exc))
                return False
            group_id = summary.group_id
            session_label = self._session_label(summary.started_at, None)
        if not self.view.come_forward():
            return False
        if group_id is not None and not self.ctx.request_group(group_id):
            return False
        self.reload_choices()
        self.view.choose_request(request, session_label)
        self.schedule(0)
        return True

    # --- settings and the facilitator's details ------------------------------------------------

    def _load_settings(self) -> None:
        settings = self.ctx.workspace.settings
        stored_paper = settings.get(HANDOUT_PAPER)
        if stored_paper is not None:
            self._set_paper(stored_paper)
        self.view.show_large_print(settings.get(HANDOUT_LARGE_PRINT))
        self._load_welcome()
        self.view.show_profile(self.ctx.workspace.handout_data.profile())

    def _load_welcome(self) -> None:
        """The sealed welcome line, or the default when none was chosen. A damaged one is
        said so and left as it is until the facilitator types a new line."""
        default = _tr(
            "Welcome. These are the agreements that keep this group a safe place for everyone."
        )
        try:
            stored = self.ctx.workspace.settings.get(HANDOUT_WELCOME)
        except RecordDamaged:
            emit(
                self.ctx.statusMessage,
                _tr(
                    "The saved welcome line is damaged and cannot be shown. "
                    "Type a new one to replace it."
                ),
            )
            stored = None
        except FacilitatorError:  # locked: read again on unlock
            return
        text = default if stored is None else stored
        self.view.show_welcome(text)
        self._welcome_loaded = text.strip()

    def _forget_welcome(self) -> None:
        self._welcome_loaded = None
        self.view.forget_welcome()

    def _set_paper(self, paper: Paper) -> None:
        self._paper = paper
        self.view.show_paper(paper)

    def paper_chosen(self, paper: object) -> None:
        chosen = next((p for p in PAPERS if p == paper), None)
        if chosen is None:
            return
        self._paper = chosen
        self.ctx.workspace.settings.set(HANDOUT_PAPER, chosen)
        self.schedule(0)

    @Slot(bool)
    def large_print_chosen(self, large: bool) -> None:
        self.ctx.workspace.settings.set(HANDOUT_LARGE_PRINT, large)
        self.schedule(0)

    @Slot()
    def save_profile(self) -> None:
        """Keep the facilitator's details and the welcome line when they changed."""
        settings = self.ctx.workspace.settings
        try:
            if self.view.profile_pending():
                self.ctx.workspace.handout_data.save_profile(self.view.profile())
                self.view.mark_profile_saved()
            welcome = self.view.choices().welcome
            if self._welcome_loaded is not None and welcome != self._welcome_loaded:
                settings.set(HANDOUT_WELCOME, welcome)
                self._welcome_loaded = welcome
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))

    # --- the group, its members and sessions -----------------------------------------------------

    @Slot()
    def update_header(self) -> None:
        group = self.ctx.current_group()
        self.view.show_subtitle(group.name if group else None)

    @Slot(int)
    def group_changed(self, _group_id: int) -> None:
        self.update_header()
        if self.view.visible():
            self.reload_choices()
            self.schedule(0)

    def reload_choices(self) -> None:
        """Members and sessions of the current group for the forms (aliases decrypted)."""
        group_id = self.ctx.current_group_id()
        self.view.show_group(present=group_id != NO_GROUP)
        if group_id == NO_GROUP or self.ctx.workspace.locked:
            self.view.forget_choices()
            self._choices_group = NO_GROUP
            return
        if group_id != self._choices_group:
            group = self.ctx.current_group()
            self.view.start_group(next_meeting(group.weekday if group else None, self.ctx.today()))
        workspace = self.ctx.workspace
        self.view.show_members(
            [(m.id, m.alias) for m in workspace.members.list(group_id) if not m.damaged]
        )
        self.view.show_sessions(
            [
                (row.id, self._session_label(row.started_at, row.attended))
                for row in workspace.history.sessions(group_id, limit=RECENT_SESSIONS)
            ]
        )
        self._choices_group = group_id

    def _session_label(self, started_at: datetime, attended: int | None) -> str:
        local = started_at.replace(tzinfo=UTC).astimezone()  # stored as naive UTC
        label = _tr("{date}, {time}").format(date=short_date(local), time=short_time(local))
        if attended is not None:
            label += " · " + _tr("%Ln attended", "", attended)
        return label

    # --- building ------------------------------------------------------------------------------

    @Slot()
    def kind_chosen(self) -> None:
        self._update_buttons()
        self.schedule(0)

    @Slot()
    def option_changed(self) -> None:
        self.schedule()

    def schedule(self, delay: int = DEBOUNCE_MS) -> None:
        """Rebuild the preview `delay` ms after the last change."""
        self._stale = True
        self._update_buttons()
        if not self.view.visible() or self.ctx.workspace.locked:
            return
        if self._build_token is None:
            self.view.show_status(_tr("Updating the preview…"))
        self.debounce.start(delay)

    @Slot()
    def _start_build(self) -> None:
        if self._build_token is not None or self._paper is None:
            # One build at a time; the latest options follow when it (or the paper) is in.
            self._rebuild = True
            return
        self._rebuild = False
        group_id = self.ctx.current_group_id()
        if group_id == NO_GROUP:
            self._show_message("")
            return
        choices = self.view.choices()
        try:
            data = collect(self.ctx.workspace.handout_data, group_id, choices)
        except FacilitatorError as exc:
            self._show_message(error_text(exc))
            return
        if data is None:
            self._show_message(
                _tr(
                    "No finished sessions yet. A session's summary can be printed here "
                    "once it has ended."
                )
            )
            return
        self._build_kind = choices.kind
        group = self.ctx.current_group()
        options = group_handout_options(
            self._paper,
            large_print=self.view.large_print(),
            language=group.handout_language if group is not None else "",
        )
        self._build_token = self.builder.submit(partial(build_handout, data, options))
        self.view.show_busy(True)

    def _show_message(self, message: str) -> None:
        self._stale = False
        self.view.show_busy(False)
        self.view.show_message(message)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.view.show_ready(ready=self.result() is not None)

    @Slot(int, object)
    def _on_job_finished(self, token: int, value: object) -> None:
        if token == self._prepare_token:
            self._prepare_token = None
            paper = next((p for p in PAPERS if p == value), None)
            if self._paper is None and paper is not None:
                self._set_paper(paper)
            if self._rebuild or self._stale:
                self.schedule(0)
            return
        if token != self._build_token:
            return  # dropped on lock
        self._build_token = None
        if self._rebuild or self.debounce.isActive():
            if not self.debounce.isActive():
                self._start_build()
            return
        self.view.show_busy(False)
        if not isinstance(value, HandoutResult):
            return
        self._stale = False
        self.view.show_result(value, self.summary(value))
        self._update_buttons()

    @Slot(int, str)
    def _on_job_failed(self, token: int, kind: str) -> None:
        if token == self._prepare_token:
            self._prepare_token = None
            self._set_paper("A4")
            self.schedule(0)
            return
        if token != self._build_token:
            return
        self._build_token = None
        self._show_message(
            _tr("The handout could not be built ({error}). Try other options.").format(error=kind)
        )
