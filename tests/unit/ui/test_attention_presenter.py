"""What Follow-ups lists and where its lines lead, without a window: the longest run of
absences first, notes by due date with the undated last, "overdue" by the workspace
clock's today (not the computer's), a note's text with its date, where opening a line goes
whether or not a Notes screen can open it, and marking a follow-up done."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.services.context import to_local
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.history.attention_presenter import AttentionPresenter, Line, Section
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE


class Weeks:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 6, 12, 0)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class FakeView:
    notes_open: bool = True
    opened_notes: list[int] = field(default_factory=list)
    member_pages: list[tuple[int, int, int | None]] = field(default_factory=list)
    note_text_shown: int = 0

    def notes_can_open(self) -> bool:
        return self.notes_open

    def open_note(self, note_id: int) -> bool:
        if self.notes_open:
            self.opened_notes.append(note_id)
        return self.notes_open

    def show_note_text(self) -> None:
        self.note_text_shown += 1

    def open_member_page(self, group_id: int, member_id: int, note_id: int | None) -> bool:
        self.member_pages.append((group_id, member_id, note_id))
        return True


@dataclass
class Seeded:
    ws: Workspace
    ctx: UiContext
    group: int
    members: dict[str, int]
    notes: dict[str, int]
    said: list[str]


@pytest.fixture
def seeded(data_dir: Path) -> Iterator[Seeded]:
    weeks = Weeks()
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF, now=weeks) as ws:
        group = ws.groups.create(GroupDraft("Carers")).id
        m = {a: ws.members.add(group, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy")}
        # Bo misses the last two sessions, Cy the last one, without notice.
        for absent in ((), ("Bo",), ("Bo", "Cy")):
            clock = FakeClock()
            live = ws.sessions.start(group, monotonic=clock)
            for alias, member_id in m.items():
                live.mark(member_id, "absent" if alias in absent else "present")
            live.toggle()
            clock.advance(60)
            live.end()
            weeks.now += timedelta(weeks=1)
        today = to_local(weeks.now).date()
        notes = {
            "later": ws.notes.create(
                NoteDraft("Bring leaflets", group, follow_up=True, due_on=today + timedelta(7))
            ).id,
            "undated": ws.notes.create(NoteDraft("Ask about the room", group, follow_up=True)).id,
            "overdue": ws.notes.create(
                NoteDraft(
                    "Phone Ann",
                    group,
                    member_ids=(m["Ann"],),
                    follow_up=True,
                    due_on=today - timedelta(1),
                )
            ).id,
        }
        ctx = UiContext(ws, demo=False)
        said: list[str] = []
        ctx.statusMessage.connect(said.append)
        ctx.reload_groups()
        yield Seeded(ws, ctx, group, m, notes, said)


def sections_of(presenter: AttentionPresenter) -> list[Section]:
    sections = presenter.reload(only_current_group=False)
    assert sections is not None
    return sections


def by_kind(presenter: AttentionPresenter, kind: str) -> list[Line]:
    return [line for line in presenter.lines() if line.kind == kind]


def test_sections_in_order_longest_run_first_notes_by_due_date(seeded: Seeded) -> None:
    presenter = AttentionPresenter(seeded.ctx, FakeView())
    sections = sections_of(presenter)
    headings = [s.heading for s in sections]
    assert headings == ["Missed sessions without notice (2)", "Notes to follow up (3)"]
    absences = [row.line for row in sections[0].rows]
    assert [(x.member_id, x.count) for x in absences] == [
        (seeded.members["Bo"], 2),
        (seeded.members["Cy"], 1),
    ]
    assert absences[0].text == "Bo missed 2 sessions in a row without notice"
    assert absences[0].label == "Bo · 2 in a row"
    assert absences[0].recent == ("present", "absent", "absent")
    notes = sections[1].rows
    assert [row.line.note_id for row in notes] == [
        seeded.notes["overdue"],
        seeded.notes["later"],
        seeded.notes["undated"],
    ]
    assert notes[0].line.text == "Ann: Phone Ann"  # a note about a member names them
    assert [row.overdue for row in notes] == [True, False, False]
    assert notes[0].due.endswith(" · overdue") and notes[2].due == ""
    assert all(row.group == "Carers" for row in notes)
    assert presenter.subtitle() == "Across your groups: 5 things to follow up."


def test_overdue_follows_the_workspace_clock(seeded: Seeded) -> None:
    clock = seeded.ws.context.now
    assert isinstance(clock, Weeks)
    clock.now -= timedelta(days=3)  # three days earlier nothing is overdue yet
    presenter = AttentionPresenter(seeded.ctx, FakeView())
    notes = sections_of(presenter)[-1].rows
    assert not any(row.overdue for row in notes)
    assert seeded.ctx.today() == to_local(clock.now).date()


def test_a_note_line_shows_its_text_and_date_and_opens_where_it_can(seeded: Seeded) -> None:
    view = FakeView()
    presenter = AttentionPresenter(seeded.ctx, view)
    sections_of(presenter)
    later = next(x for x in by_kind(presenter, "note") if x.note_id == seeded.notes["later"])
    detail = presenter.detail(later)
    assert detail.note is not None and detail.note.startswith("Bring leaflets\n\nFollow up by ")
    assert detail.open_text == "&Open note" and detail.open_enabled and detail.bars == ()
    assert presenter.open_line(later) and view.opened_notes == [seeded.notes["later"]]

    # No Notes screen to open it: a note about nobody is shown where it is; one about a
    # member leads to their page, where the note is listed.
    view.notes_open = False
    assert presenter.detail(later).open_text == "&Open member"
    assert not presenter.detail(later).open_enabled
    assert presenter.open_line(later) and view.note_text_shown == 1
    about_ann = next(x for x in by_kind(presenter, "note") if x.member_id is not None)
    assert presenter.open_line(about_ann)
    assert view.member_pages == [(seeded.group, seeded.members["Ann"], seeded.notes["overdue"])]


def test_a_member_line_leads_to_their_page(seeded: Seeded) -> None:
    view = FakeView()
    presenter = AttentionPresenter(seeded.ctx, view)
    sections_of(presenter)
    bo = by_kind(presenter, "absence")[0]
    detail = presenter.detail(bo)
    assert detail.note is None and detail.open_text == "&Open their page"
    assert [bar.status for bar in detail.bars] == ["present", "absent", "absent"]
    assert presenter.open_line(bo)
    assert view.member_pages == [(seeded.group, seeded.members["Bo"], None)]


def test_marking_done_takes_the_line_away(seeded: Seeded) -> None:
    presenter = AttentionPresenter(seeded.ctx, FakeView())
    sections_of(presenter)
    undated = next(x for x in by_kind(presenter, "note") if x.note_id == seeded.notes["undated"])
    assert presenter.mark_done(undated)
    assert seeded.said == ["Follow-up marked as done."]
    sections_of(presenter)
    assert seeded.notes["undated"] not in [x.note_id for x in presenter.lines()]
    assert not presenter.mark_done(by_kind(presenter, "absence")[0])  # no note to mark


def test_locked_there_is_nothing_to_list(seeded: Seeded) -> None:
    presenter = AttentionPresenter(seeded.ctx, FakeView())
    sections_of(presenter)
    seeded.ws.lock()
    assert presenter.reload(only_current_group=False) is None
    assert presenter.lines() == []
    assert presenter.subtitle() == "Who to call, who to draw in, what you promised."
