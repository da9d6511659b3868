"""What the Members page does, without a window: the first member shown, a new one added, a
refused alias kept in the form with its message, leaving dated by the workspace clock (not
the computer's) and rejoining, the seat order saved as it is dropped, a lock that keeps
only an id, and the form's own filling never counted as an edit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from facilitator_desktop.services.context import to_local
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft, MemberInfo
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.members_presenter import MembersPresenter
from facilitator_desktop.ui.qmodels.members import MemberListModel
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE

NOW = datetime(2026, 3, 3, 12, 0)  # stored as UTC; the form fills the local day


class FakeView:
    def __init__(self) -> None:
        self.presenter: MembersPresenter | None = None
        self.row = -1
        self.typed = MemberDraft("")
        self.form: MemberInfo | None = None
        self.alias_error = ""
        self.dirty = False
        self.left_shown = False
        self.leave = True
        self.has_group = True
        self.buttons_for: MemberInfo | None = None

    def show_group(self, has_group: bool) -> None:
        self.has_group = has_group

    def show_left_members(self) -> bool:
        return self.left_shown

    def select_row(self, row: int) -> None:
        self.row = row

    def selected_row(self) -> int:
        return self.row

    def clear_selection(self) -> None:
        self.row = -1

    def fill_form(self, member: MemberInfo | None) -> None:
        self.form = member
        assert self.presenter is not None
        self.presenter.edited()  # the line edits report the new text, as widgets do

    def draft(self) -> MemberDraft:
        return self.typed

    def show_alias_error(self, message: str) -> None:
        self.alias_error = message

    def clear_alias_error(self) -> None:
        self.alias_error = ""

    def focus_alias(self) -> None:
        pass

    def show_dirty(self, dirty: bool) -> None:
        self.dirty = dirty

    def update_header(self) -> None:
        pass

    def update_buttons(self, member: MemberInfo | None) -> None:
        self.buttons_for = member

    def may_leave(self) -> bool:
        return self.leave

    def export_record(self, member: MemberInfo) -> None:
        raise AssertionError("not in these tests")

    def ask_to_erase(self, member: MemberInfo) -> None:
        raise AssertionError("not in these tests")


Setup = tuple[Workspace, MembersPresenter, FakeView, list[str], dict[str, int]]


@pytest.fixture
def setup(data_dir: Path) -> Iterator[Setup]:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF, now=lambda: NOW) as ws:
        group = ws.groups.create(GroupDraft("Carers")).id
        ids = {a: ws.members.add(group, MemberDraft(a)).id for a in ("Anna", "Kofi", "Priya")}
        ctx = UiContext(ws, demo=False)
        said: list[str] = []
        ctx.statusMessage.connect(said.append)
        ctx.reload_groups()
        view = FakeView()
        presenter = MembersPresenter(ctx, view, MemberListModel())
        view.presenter = presenter
        presenter.reload()
        yield ws, presenter, view, said, ids


def aliases(presenter: MembersPresenter) -> list[str]:
    return [presenter.model.item(r).alias for r in range(presenter.model.rowCount())]


def test_the_first_member_is_shown_and_filling_is_not_editing(setup: Setup) -> None:
    _ws, presenter, view, _said, ids = setup
    assert aliases(presenter) == ["Anna", "Kofi", "Priya"]
    assert view.row == 0 and presenter.member_id == ids["Anna"]
    assert view.form is not None and view.form.alias == "Anna"
    assert presenter.unsaved_what() is None and not view.dirty
    presenter.edited()
    assert presenter.unsaved_what() == "this member" and view.dirty


def test_a_new_member_and_a_refused_alias(setup: Setup) -> None:
    ws, presenter, view, said, _ids = setup
    presenter.add()
    assert presenter.member_id is None and view.row == -1 and view.form is None
    view.typed = MemberDraft(" Kofi ", "Kofi Mensah")
    presenter.edited()
    assert presenter.unsaved_what() == "the new member"
    assert not presenter.save()
    assert "already in this group" in view.alias_error
    assert presenter.unsaved_what() == "the new member"  # what was typed stays
    assert said == []

    view.typed = MemberDraft("Kofi M.", "Kofi Mensah")
    assert presenter.save()
    assert view.alias_error == ""
    assert aliases(presenter) == ["Anna", "Kofi", "Priya", "Kofi M."]
    assert presenter.member_id is not None and view.row == 3
    assert ws.members.get(presenter.member_id).full_name == "Kofi Mensah"
    assert said == ["Member added."]


def test_leaving_is_dated_by_the_workspace_clock_and_rejoining_clears_it(setup: Setup) -> None:
    ws, presenter, view, said, ids = setup
    view.row = 1  # Kofi
    presenter.current_changed(1)
    presenter.toggle_left()
    assert ws.members.get(ids["Kofi"]).left_on == to_local(NOW).date()
    assert aliases(presenter) == ["Anna", "Priya"]
    assert said == [
        "Marked as left. Their history is kept. Tick “Show members who left” to see them."
    ]

    view.left_shown = True
    assert presenter.show_left_toggled()
    assert aliases(presenter) == ["Anna", "Priya", "Kofi"]
    view.row = 2
    presenter.current_changed(2)
    presenter.toggle_left()
    assert ws.members.get(ids["Kofi"]).left_on is None
    assert said[-1] == "Welcome back: rejoined the group."


def test_staying_with_unsaved_edits_keeps_the_member(setup: Setup) -> None:
    _ws, presenter, view, _said, ids = setup
    presenter.edited()
    view.leave = False
    assert not presenter.current_changed(2)
    assert presenter.member_id == ids["Anna"] and presenter.dirty
    assert not presenter.show_left_toggled()


def test_a_drop_saves_the_seats_at_once(setup: Setup) -> None:
    ws, presenter, _view, said, ids = setup
    assert presenter.model.move(0, 2)  # Anna two seats later
    presenter.row_moved()
    group = ws.groups.list()[0].id
    assert [m.alias for m in ws.members.list(group)] == ["Kofi", "Priya", "Anna"]
    assert [presenter.model.item(r).seat for r in range(3)] == [1, 2, 3]
    assert said == ["Seat order saved."]
    assert ids["Anna"] == presenter.model.item(2).id


def test_a_lock_keeps_only_the_id_and_unlock_reselects(setup: Setup) -> None:
    _ws, presenter, view, _said, ids = setup
    view.row = 2
    presenter.current_changed(2)
    presenter.edited()
    assert presenter.workspace_locked()  # unsaved private edits were dropped
    assert presenter.model.rowCount() == 0 and view.form is None
    assert presenter.member_id is None and not presenter.dirty
    presenter.workspace_unlocked()
    assert presenter.member_id == ids["Priya"] and view.row == 2
    assert not presenter.workspace_locked()  # nothing typed this time
