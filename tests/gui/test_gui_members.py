"""Members page: add (alias unique, inline message), reorder seats, mark as left."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers.members import MembersDriver
from tests.gui.driving import Launch, PromptAnswerer, stored, unlock


def stored_aliases(data_dir: Path, *, include_left: bool = False) -> list[str]:
    with stored(data_dir) as ws:
        (group,) = ws.groups.list()
        return [m.alias for m in ws.members.list(group.id, include_left=include_left)]


def one_group(data_dir: Path, *aliases: str) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group = ws.groups.create(GroupDraft("Wednesday Caregivers"))
        for alias in aliases:
            ws.members.add(group.id, MemberDraft(alias))


def test_add_members_and_a_duplicate_alias_is_refused_inline(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    one_group(data_dir)
    members = MembersDriver.open(qtbot, unlock(qtbot, launch()))
    assert members.private_title() == "Private — encrypted"

    members.add("Søren", "Søren Nilsen")
    members.click_add()
    members.type_alias("Ελένη")
    members.type_contact("+30 210 000 0000")
    members.type_remarks("Prefers to sit near the door.")
    members.save()
    assert members.aliases() == ["Søren", "Ελένη"]
    assert members.subtitle() == "Wednesday Caregivers · 2 in seat order"

    members.add("")  # Enter with no alias
    assert "alias is required" in members.alias_error()

    members.type_alias(" Søren ")
    members.type_full_name("Another Søren")
    members.save()
    assert "already in this group" in members.alias_error()
    # What was typed stays, ready to be corrected.
    assert members.alias() == " Søren "
    assert members.full_name() == "Another Søren"
    assert members.unsaved() == "the new member"

    members.type_alias("K.")
    members.save()
    assert members.alias_error() == ""
    assert members.aliases() == ["Søren", "Ελένη", "Søren K."]
    assert members.form_title() == "Edit member" and members.unsaved() is None

    with stored(data_dir) as ws:
        (group,) = ws.groups.list()
        stored_members = ws.members.list(group.id)
    assert [(m.seat, m.alias, m.full_name) for m in stored_members] == [
        (1, "Søren", "Søren Nilsen"),
        (2, "Ελένη", ""),
        (3, "Søren K.", "Another Søren"),
    ]
    assert (stored_members[1].contact, stored_members[1].remarks) == (
        "+30 210 000 0000",
        "Prefers to sit near the door.",
    )


def test_reorder_seats_by_drag_and_drop_and_keyboard(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    one_group(data_dir, "Anna", "Kofi", "Priya", "Mateo")
    members = MembersDriver.open(qtbot, unlock(qtbot, launch()))

    assert members.drop(0, before=3)  # Anna below Priya
    assert members.aliases() == ["Kofi", "Priya", "Anna", "Mateo"]
    assert stored_aliases(data_dir) == ["Kofi", "Priya", "Anna", "Mateo"]
    assert members.row_text(2) == "3.  Anna"

    # Keyboard: select Kofi, Alt+Down twice.
    members.select(0)
    assert members.alias() == "Kofi"
    members.press_alt(Qt.Key.Key_Down)
    members.press_alt(Qt.Key.Key_Down)
    assert members.aliases() == ["Priya", "Anna", "Kofi", "Mateo"]
    assert members.selected_row() == 2  # the selection followed Kofi
    assert stored_aliases(data_dir) == ["Priya", "Anna", "Kofi", "Mateo"]

    # And the buttons; the last seat cannot move further down.
    members.move_up()
    assert stored_aliases(data_dir) == ["Priya", "Kofi", "Anna", "Mateo"]
    members.select(3)
    assert not members.can_move_down()
    members.press_alt(Qt.Key.Key_Down)
    assert stored_aliases(data_dir) == ["Priya", "Kofi", "Anna", "Mateo"]


def test_mark_as_left_keeps_history_and_rejoin(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    one_group(data_dir, "Anna", "Kofi", "Priya")
    members = MembersDriver.open(qtbot, unlock(qtbot, launch()))

    members.select(1)
    assert members.left_label() == "Mark as left"
    members.click_left()
    assert members.aliases() == ["Anna", "Priya"]
    assert stored_aliases(data_dir) == ["Anna", "Priya"]
    assert stored_aliases(data_dir, include_left=True) == ["Anna", "Priya", "Kofi"]

    members.show_those_who_left()
    assert members.aliases() == ["Anna", "Priya", "Kofi"]
    assert "Kofi — left" in members.row_text(2)
    assert members.row_greyed(2)
    # Members who left keep their place after everyone else: they cannot be dragged.
    assert not members.row_draggable(2)
    assert not members.drop(2, before=0)

    members.select(2)
    assert members.left_label() == "Rejoin"
    members.click_left()
    assert stored_aliases(data_dir) == ["Anna", "Kofi", "Priya"]


def test_switching_member_with_unsaved_edits_asks_and_cancel_stays(
    qtbot: QtBot,
    launch: Launch,
    data_dir: Path,
    answer: Callable[[str], PromptAnswerer],
) -> None:
    one_group(data_dir, "Anna", "Kofi")
    members = MembersDriver.open(qtbot, unlock(qtbot, launch()))
    members.select(0)
    members.type_remarks("Asked about the parking")
    assert members.unsaved() == "this member" and members.state() == "Unsaved changes"

    prompt = answer("Cancel")
    members.select(1)
    assert prompt.answered
    assert members.selected_row() == 0 and members.alias() == "Anna"  # stayed, edit kept
    assert members.unsaved() == "this member"
    with stored(data_dir) as ws:
        (group,) = ws.groups.list()
        assert [m.remarks for m in ws.members.list(group.id)] == ["", ""]
