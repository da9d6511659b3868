"""What Follow-ups lists and what its lines lead to, apart from the widgets: the follow-ups
read through the services and put into words (one `Line` each), sorted into sections, the
detail of the line in focus, and where opening a line goes.

Everything here is private (aliases, note text): `clear()` drops it when the workspace
locks. The page (`AttentionPage`) draws what it is given and does the moving between pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.follow_ups import FollowUpItem
from facilitator_desktop.ui.context import NO_GROUP, UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.history.charts.share_history import ShareBar
from facilitator_desktop.ui.markers import shown_markers
from facilitator_desktop.ui.measures import not_on_track
from facilitator_desktop.ui.session_note import unsigned
from facilitator_desktop.ui.signals import emit

KINDS = ("absence", "silence", "off_track", "unsigned_note", "note")
RECENT = 8  # attendance chips per member line
CHART_SESSIONS = 12  # bars in the detail chart


# Under the page's name: these strings were the page's, and are translated there.
def _tr(text: str) -> str:
    return QCoreApplication.translate("AttentionPage", text)


def _trn(text: str, n: int) -> str:
    return QCoreApplication.translate("AttentionPage", text, None, n)


@dataclass(frozen=True, slots=True)
class Line:
    kind: str
    group_id: int
    member_id: int | None
    note_id: int | None
    text: str  # the whole sentence
    label: str  # what the list shows under its section heading
    due_on: date | None
    count: int = 0  # sessions missed, or quiet, in a row
    recent: tuple[str | None, ...] = ()  # the member's last attendance marks, oldest first
    session_id: int | None = None  # a session note to sign


@dataclass(frozen=True, slots=True)
class Row:
    """A line as the list shows it."""

    line: Line
    index: int  # in `AttentionPresenter.lines()`
    group: str
    due: str
    overdue: bool
    tip: str  # the whole sentence and where opening it leads
    recent_tip: str  # the attendance marks in words


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class Detail:
    """The line in focus: its sentence, and the note's text or the member's recent bars."""

    line: Line
    note: str | None  # None for a member line
    bars: tuple[ShareBar, ...]
    open_text: str
    open_enabled: bool


class AttentionShows(Protocol):
    """What the presenter asks of the page."""

    def notes_can_open(self) -> bool: ...
    def open_note(self, note_id: int) -> bool: ...
    def show_note_text(self) -> None:
        """Put the focus on the note's text (there is nowhere else to open it)."""

    def open_member_page(self, group_id: int, member_id: int, note_id: int | None) -> bool: ...


class AttentionPresenter:
    def __init__(self, ctx: UiContext, view: AttentionShows) -> None:
        self.ctx = ctx
        self.view = view
        self._lines: list[Line] = []

    def lines(self) -> list[Line]:
        return list(self._lines)

    def clear(self) -> None:
        self._lines = []

    def reload(self, *, only_current_group: bool) -> list[Section] | None:
        """Read the follow-ups again (the last few sessions of each group, and notes), as
        sections to list; None when they could not be read (the status bar says why)."""
        self._lines = []
        if self.ctx.workspace.locked:
            return None
        group = self.ctx.current_group_id()
        only = only_current_group and group != NO_GROUP
        ws = self.ctx.workspace
        try:
            items = ws.history.follow_ups(group_id=group if only else None)
            aliases: dict[int, str] = {}
            recent: dict[int, tuple[str | None, ...]] = {}
            for group_id in sorted({i.group_id for i in items if i.member_id is not None}):
                grid = ws.history.attendance_grid(group_id, last=RECENT)
                for member, statuses in grid.rows:
                    aliases[member.id] = member.alias
                    recent[member.id] = statuses
                missing = {i.member_id for i in items if i.group_id == group_id} - set(aliases)
                if missing - {None}:
                    for member in ws.members.list(group_id, include_left=True):
                        aliases.setdefault(member.id, member.alias)
            group_names = {g.id: g.name for g in ws.groups.list(include_archived=True)}
            off_track = not_on_track.off_track_lines(ws, group if only else None)
            to_sign = unsigned.unsigned_lines(ws, group if only else None)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return None
        self._lines = [_line(item, aliases, recent) for item in items]
        self._lines += [
            Line(not_on_track.KIND, o.group_id, o.member_id, None, o.text, o.label, None)
            for o in off_track
        ]
        self._lines += [
            Line(
                unsigned.KIND,
                u.group_id,
                None,
                None,
                u.text,
                u.label,
                None,
                u.days,
                (),
                u.session_id,
            )
            for u in to_sign
        ]
        return self._sections(group_names)

    def _sections(self, group_names: dict[int, str]) -> list[Section]:
        headings = {
            "absence": _tr("Missed sessions without notice"),
            "silence": _tr("Quiet lately"),
            "off_track": not_on_track.heading(),
            unsigned.KIND: unsigned.heading(),
            "note": _tr("Notes to follow up"),
        }
        today = self.ctx.today()
        sections = []
        for kind in KINDS:
            lines = [line for line in self._lines if line.kind == kind]
            if kind == "note":
                lines.sort(key=lambda x: (x.due_on is None, x.due_on or today))
            else:  # the longest run first
                lines.sort(key=lambda x: (-x.count, x.label))
            if not lines:
                continue
            heading = _tr("{section} ({n})").format(
                section=headings[kind], n=look.number(len(lines))
            )
            rows = []
            for line in lines:
                due = ""
                overdue = line.due_on is not None and line.due_on < today
                if line.due_on is not None:
                    due = look.day(line.due_on)
                    if overdue:
                        due = _tr("{date} · overdue").format(date=due)
                rows.append(
                    Row(
                        line,
                        self._lines.index(line),
                        group_names.get(line.group_id, ""),
                        due,
                        overdue,
                        f"{line.text}\n{self._open_hint(line)}",
                        ", ".join(look.status_word(s) for s in line.recent if s is not None),
                    )
                )
            sections.append(Section(heading, tuple(rows)))
        return sections

    def subtitle(self) -> str:
        if self._lines:
            return _trn("Across your groups: %Ln things to follow up.", len(self._lines))
        return _tr("Who to call, who to draw in, what you promised.")

    def _open_hint(self, line: Line) -> str:
        if line.kind == "note":
            if self.view.notes_can_open():
                return _tr("Open the note")
            if line.member_id is not None:
                return _tr("Open the member's page (the note is listed there)")
            return _tr("The note is shown on the right")
        if line.kind == unsigned.KIND:
            return unsigned.open_hint()
        return _tr("Open the member's page")

    def line_at(self, index: object) -> Line | None:
        """The line a list row stands for (its `Row.index`), if any."""
        return self._lines[index] if isinstance(index, int) else None

    def index_of(self, line: Line) -> int:
        return self._lines.index(line) if line in self._lines else -1

    # --- the line in focus ---------------------------------------------------------------------

    def detail(self, line: Line) -> Detail:
        if line.kind == "note" and line.note_id is not None:
            can_open = self.view.notes_can_open()
            open_text = _tr("&Open note") if can_open else _tr("&Open member")
            enabled = can_open or line.member_id is not None
            try:
                note = self.ctx.workspace.notes.get(line.note_id)
            except FacilitatorError as exc:
                return Detail(line, error_text(exc), (), open_text, enabled)
            body = shown_markers(note.body)
            if note.due_on is not None:
                body += "\n\n" + _tr("Follow up by {date}.").format(date=look.day(note.due_on))
            return Detail(line, body, (), open_text, enabled)
        if line.kind == unsigned.KIND:
            return Detail(line, None, (), unsigned.open_text(), True)
        return Detail(line, None, self._recent_bars(line), _tr("&Open their page"), True)

    def _recent_bars(self, line: Line) -> tuple[ShareBar, ...]:
        if line.member_id is None:
            return ()
        try:
            record = self.ctx.workspace.history.member_record(line.member_id)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return ()
        return tuple(
            ShareBar(s.session_id, s.started_at, s.status, s.share, s.seconds, s.turns, s.passes)
            for s in record.sessions[-CHART_SESSIONS:]
        )

    # --- acting on a line ----------------------------------------------------------------------

    def open_line(self, line: Line) -> bool:
        """Lead to what the line is about: the member's page, or the note."""
        if line.kind == unsigned.KIND and line.session_id is not None:
            parent = self.view if isinstance(self.view, QWidget) else None
            return unsigned.open_note(self.ctx, line.session_id, parent)
        if line.kind == "note" and line.note_id is not None:
            if self.view.open_note(line.note_id):
                return True
            if line.member_id is None:
                self.view.show_note_text()
                return True
        if line.member_id is None:
            return False
        return self.view.open_member_page(line.group_id, line.member_id, line.note_id)

    def mark_done(self, line: Line) -> bool:
        """The note's follow-up is done; False when it could not be saved."""
        if line.note_id is None:
            return False
        try:
            self.ctx.workspace.notes.set_done(line.note_id, True)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return False
        emit(self.ctx.statusMessage, _tr("Follow-up marked as done."))
        return True


def _line(
    item: FollowUpItem, aliases: dict[int, str], recent: dict[int, tuple[str | None, ...]]
) -> Line:
    alias = aliases.get(item.member_id or 0, "?")
    if item.kind == "absence":
        text = _trn("{alias} missed %Ln sessions in a row without notice", item.count)
        label = _trn("{alias} · %Ln in a row", item.count)
        text, label = text.format(alias=alias), label.format(alias=alias)
    elif item.kind == "silence":
        text = _trn("{alias} has said little for %Ln sessions in a row", item.count)
        label = _trn("{alias} · %Ln sessions", item.count)
        text, label = text.format(alias=alias), label.format(alias=alias)
    else:
        text = label = item.text
        if item.member_id is not None:
            text = label = _tr("{alias}: {note}").format(alias=alias, note=item.text)
    marks = recent.get(item.member_id or 0, ()) if item.kind != "note" else ()
    return Line(
        item.kind,
        item.group_id,
        item.member_id,
        item.note_id,
        text,
        label,
        item.due_on,
        item.count,
        marks,
    )
