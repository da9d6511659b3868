"""What the Groups page does, without a window: a start time written loosely, a new group
saved, a refusal shown under its field with nothing saved, edits made while the form fills
never counted as the user's, the sealed description dropped on lock (and said when it was
being edited) and read again on unlock, a damaged one said, archiving asked first."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.paths import DATABASE_NAME
from facilitator_desktop.services.groups import GroupDraft, GroupInfo
from facilitator_desktop.ui.context import NO_GROUP, UiContext
from facilitator_desktop.ui.groups_presenter import GroupsPresenter, normalise_time
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE


class FakeView:
    """The page, as the presenter sees it; filling the form reports edits, as widgets do."""

    def __init__(self) -> None:
        self.presenter: GroupsPresenter | None = None
        self.typed = GroupDraft("")
        self.text = ""  # the description box
        self.shown: GroupInfo | None = None
        self.agenda: tuple[SegmentSpec, ...] = ()
        self.damage = {"group": False, "description": False}
        self.dirty = False
        self.errors: dict[str, str] = {}
        self.leave = True
        self.agree = True
        self.asked: list[str] = []
        self.synced = 0

    def _edited(self) -> None:
        assert self.presenter is not None
        self.presenter.edited()

    def fill_form(self, group: GroupInfo | None, agenda: tuple[SegmentSpec, ...]) -> None:
        self.shown, self.agenda = group, agenda
        self._edited()

    def show_description(self, text: str) -> None:
        self.text = text
        self._edited()

    def description(self) -> str:
        return self.text

    def draft(self) -> GroupDraft:
        return self.typed

    def save_checkin(self, group_id: int | None) -> bool:
        return True

    def show_damage(self, *, group: bool, description: bool) -> None:
        self.damage = {"group": group, "description": description}

    def show_titles(self, group: GroupInfo | None) -> None:
        pass

    def show_dirty(self, dirty: bool) -> None:
        self.dirty = dirty

    def sync_list_selection(self) -> None:
        self.synced += 1

    def clear_errors(self) -> None:
        self.errors = {}

    def show_error(self, field: str, message: str) -> None:
        self.errors[field] = message

    def focus_name(self) -> None:
        pass

    def may_leave(self) -> bool:
        return self.leave

    def confirm_archive(self, name: str) -> bool:
        self.asked.append(name)
        return self.agree


Setup = tuple[Workspace, UiContext, GroupsPresenter, FakeView, list[str]]


@pytest.fixture
def setup(data_dir: Path) -> Iterator[Setup]:
    with Workspace.create(
        data_dir, PASSPHRASE, kdf_params=FAST_KDF, now=lambda: datetime(2026, 3, 3, 18, 0)
    ) as ws:
        ctx = UiContext(ws, demo=False)
        said: list[str] = []
        ctx.statusMessage.connect(said.append)
        view = FakeView()
        presenter = GroupsPresenter(ctx, view)
        view.presenter = presenter
        # As the page does: another current group is loaded into the form.
        ctx.currentGroupChanged.connect(lambda _group_id: presenter.load_current())
        ctx.reload_groups()
        presenter.load_current()
        yield ws, ctx, presenter, view, said


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("9:00", "09:00"),
        ("0900", "09:00"),
        ("18.30", "18:30"),
        ("18h30", "18:30"),
        (" 7:05 ", "07:05"),
        ("", None),
        ("   ", None),
        ("25:61", "25:61"),  # shaped like a time: the service refuses it in words
        ("noon", "noon"),
        ("930", "09:30"),
    ],
)
def test_a_start_time_written_loosely(typed: str, stored: str | None) -> None:
    assert normalise_time(typed) == stored


def test_a_new_group_is_saved_with_its_time_tidied(setup: Setup) -> None:
    ws, ctx, presenter, view, said = setup
    assert presenter.editing_id is None and not presenter.dirty  # filling is not editing
    assert [s.name for s in view.agenda] == ["Check-in", "Discussion", "Check-out"]
    view.typed = GroupDraft("Monday Parents", "Parents of teenagers", 0, "18.30")
    presenter.edited()
    assert presenter.unsaved_what() == "the new group" and view.dirty

    assert presenter.save()
    (group,) = ws.groups.list()
    assert (group.name, group.weekday, group.start_time) == ("Monday Parents", 0, "18:30")
    assert ws.groups.description(group.id) == "Parents of teenagers"
    assert ctx.current_group_id() == presenter.editing_id == group.id
    assert presenter.unsaved_what() is None and not view.dirty
    assert view.text == "Parents of teenagers"  # read back as stored
    assert said == ["Group created."]

    view.typed = GroupDraft("Monday Parents", "Parents of teenagers", 0, "19:00")
    assert presenter.save()
    assert ws.groups.get(group.id).start_time == "19:00"
    assert said[-1] == "Group saved."


def test_a_refusal_is_shown_under_its_field_and_nothing_is_saved(setup: Setup) -> None:
    ws, _ctx, presenter, view, said = setup
    view.typed = GroupDraft("Evening", start_time="25:61")
    presenter.edited()
    assert not presenter.save()
    assert list(view.errors) == ["start_time"] and "HH:MM" in view.errors["start_time"]
    assert ws.groups.list() == [] and said == []
    assert presenter.dirty  # what was typed is still unsaved

    view.typed = GroupDraft("   ")
    assert not presenter.save()
    assert list(view.errors) == ["name"]  # the earlier message went


def test_the_description_is_dropped_on_lock_and_read_again_on_unlock(setup: Setup) -> None:
    ws, ctx, presenter, view, _said = setup
    group = ws.groups.create(GroupDraft("Carers", "For the family of Ann"))
    ctx.reload_groups(select=group.id)
    presenter.load_current()
    assert view.text == "For the family of Ann"

    assert not presenter.workspace_locked()  # nothing was being edited
    assert view.text == ""
    presenter.workspace_unlocked()
    assert view.text == "For the family of Ann" and not presenter.dirty

    view.text = "For the family of Ann and Ben"  # typed, not saved
    presenter.edited()
    assert presenter.workspace_locked()  # an edit of sealed text was dropped
    assert view.text == ""


def test_a_damaged_description_is_said_and_saving_replaces_it(setup: Setup, data_dir: Path) -> None:
    ws, ctx, presenter, view, _said = setup
    group = ws.groups.create(GroupDraft("Carers", "Words"))
    with sqlite3.connect(data_dir / DATABASE_NAME) as conn:
        (blob,) = conn.execute(
            "SELECT description_ct FROM groups WHERE id = ?", (group.id,)
        ).fetchone()
        flipped = blob[:-1] + bytes([blob[-1] ^ 1])
        conn.execute("UPDATE groups SET description_ct = ? WHERE id = ?", (flipped, group.id))
    ctx.reload_groups(select=group.id)
    presenter.load_current()
    assert view.damage == {"group": False, "description": True} and view.text == ""
    view.typed = GroupDraft("Carers", "Written again")
    assert presenter.save()
    assert ws.groups.description(group.id) == "Written again"
    assert view.damage == {"group": False, "description": False}


def test_archiving_asks_first_and_staying_keeps_everything(setup: Setup) -> None:
    ws, ctx, presenter, view, said = setup
    alpha = ws.groups.create(GroupDraft("Alpha")).id
    beta = ws.groups.create(GroupDraft("Beta")).id
    ctx.reload_groups(select=beta)
    presenter.load_current()

    view.agree = False
    presenter.toggle_archived()
    assert view.asked == ["Beta"] and not ws.groups.get(beta).archived and said == []

    view.agree = True
    presenter.toggle_archived()
    assert ws.groups.get(beta).archived
    assert ctx.current_group_id() == alpha  # the archived group left the list
    assert said == ["Group archived. Its members, rules and history are kept."]

    # Leaving unsaved edits when asked about them: nothing happens.
    presenter.edited()
    view.leave = False
    presenter.toggle_archived()
    assert not ws.groups.get(alpha).archived


def test_picking_another_group_with_unsaved_edits_can_stay(setup: Setup) -> None:
    ws, ctx, presenter, view, _said = setup
    alpha = ws.groups.create(GroupDraft("Alpha")).id
    beta = ws.groups.create(GroupDraft("Beta")).id
    ctx.reload_groups(select=alpha)
    presenter.load_current()
    ctx.set_leave_guard(view.may_leave)
    presenter.edited()
    view.leave = False
    synced = view.synced
    presenter.pick(ws.groups.get(beta))
    assert ctx.current_group_id() == alpha and presenter.dirty
    assert view.synced == synced + 1  # the list shows the group still being edited

    view.leave = True
    presenter.pick(ws.groups.get(beta))
    assert ctx.current_group_id() == beta == presenter.editing_id
    assert ctx.current_group_id() != NO_GROUP
