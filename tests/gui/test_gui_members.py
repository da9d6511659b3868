"""Members page: add (alias unique, inline message), reorder seats, mark as left."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.members_page import MembersPage
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.driving import Launch, click, go_to, stored, type_text, unlock


def members_page(qtbot: QtBot, window: MainWindow) -> MembersPage:
    go_to(qtbot, window, "members")
    page = window.pages["members"]
    assert isinstance(page, MembersPage) and window.current_page() is page
    return page


def shown_aliases(page: MembersPage) -> list[str]:
    return [page.model.item(row).alias for row in range(page.model.rowCount())]


def stored_aliases(data_dir: Path, *, include_left: bool = False) -> list[str]:
    with stored(data_dir) as ws:
        (group,) = ws.groups.list()
        return [m.alias for m in ws.members.list(group.id, include_left=include_left)]


def add_member(qtbot: QtBot, page: MembersPage, alias: str, full_name: str = "") -> None:
    click(qtbot, page.add_button)
    assert page.form_title.text() == "New member"
    type_text(qtbot, page.alias_edit, alias)
    if full_name:
        type_text(qtbot, page.full_name_edit, full_name)
    qtbot.keyClick(page.alias_edit, Qt.Key.Key_Return)


def one_group(data_dir: Path, *aliases: str) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group = ws.groups.create(GroupDraft("Wednesday Caregivers"))
        for alias in aliases:
            ws.members.add(group.id, MemberDraft(alias))


def test_add_members_and_a_duplicate_alias_is_refused_inline(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    one_group(data_dir)
    page = members_page(qtbot, unlock(qtbot, launch()))
    assert page.private_box.title() == "Private — encrypted"

    add_member(qtbot, page, "Søren", "Søren Nilsen")
    click(qtbot, page.add_button)
    type_text(qtbot, page.alias_edit, "Ελένη")
    type_text(qtbot, page.contact_edit, "+30 210 000 0000")
    type_text(qtbot, page.remarks_edit, "Prefers to sit near the door.")
    click(qtbot, page.save_button)
    assert shown_aliases(page) == ["Søren", "Ελένη"]

    add_member(qtbot, page, "")  # Enter with no alias
    assert "alias is required" in page.alias_error.text()

    type_text(qtbot, page.alias_edit, " Søren ")
    type_text(qtbot, page.full_name_edit, "Another Søren")
    click(qtbot, page.save_button)
    assert page.alias_error.isVisibleTo(page)
    assert "already in this group" in page.alias_error.text()
    # What was typed stays, ready to be corrected.
    assert page.alias_edit.text() == " Søren "
    assert page.full_name_edit.text() == "Another Søren"
    assert page.unsaved_what() == "the new member"

    type_text(qtbot, page.alias_edit, "K.")
    click(qtbot, page.save_button)
    assert not page.alias_error.isVisibleTo(page)
    assert shown_aliases(page) == ["Søren", "Ελένη", "Søren K."]

    with stored(data_dir) as ws:
        (group,) = ws.groups.list()
        members = ws.members.list(group.id)
    assert [(m.seat, m.alias, m.full_name) for m in members] == [
        (1, "Søren", "Søren Nilsen"),
        (2, "Ελένη", ""),
        (3, "Søren K.", "Another Søren"),
    ]
    assert (members[1].contact, members[1].remarks) == (
        "+30 210 000 0000",
        "Prefers to sit near the door.",
    )


def test_reorder_seats_by_drag_and_drop_and_keyboard(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    one_group(data_dir, "Anna", "Kofi", "Priya", "Mateo")
    page = members_page(qtbot, unlock(qtbot, launch()))

    # A drop in QListView moves the row through the model's moveRows: do what it does.
    moved = page.model.moveRow(QModelIndex(), 0, QModelIndex(), 3)  # Anna below Priya
    assert moved
    assert shown_aliases(page) == ["Kofi", "Priya", "Anna", "Mateo"]
    assert stored_aliases(data_dir) == ["Kofi", "Priya", "Anna", "Mateo"]
    assert page.model.data(page.model.index(2, 0)) == "3.  Anna"

    # Keyboard: select Kofi, Alt+Down twice.
    page.list_view.setFocus()
    page.list_view.select_row(0)
    assert page.alias_edit.text() == "Kofi"
    qtbot.keyClick(page.list_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.list_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert shown_aliases(page) == ["Priya", "Anna", "Kofi", "Mateo"]
    assert page.list_view.current_row() == 2  # the selection followed Kofi
    assert stored_aliases(data_dir) == ["Priya", "Anna", "Kofi", "Mateo"]

    # And the buttons; the last seat cannot move further down.
    click(qtbot, page.up_button)
    assert stored_aliases(data_dir) == ["Priya", "Kofi", "Anna", "Mateo"]
    page.list_view.select_row(3)
    assert not page.down_button.isEnabled()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert stored_aliases(data_dir) == ["Priya", "Kofi", "Anna", "Mateo"]


def test_mark_as_left_keeps_history_and_rejoin(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    one_group(data_dir, "Anna", "Kofi", "Priya")
    page = members_page(qtbot, unlock(qtbot, launch()))

    page.list_view.select_row(1)
    assert page.left_button.text().replace("&", "") == "Mark as left"
    click(qtbot, page.left_button)
    assert shown_aliases(page) == ["Anna", "Priya"]
    assert stored_aliases(data_dir) == ["Anna", "Priya"]
    assert stored_aliases(data_dir, include_left=True) == ["Anna", "Priya", "Kofi"]

    click(qtbot, page.show_left_box)
    assert shown_aliases(page) == ["Anna", "Priya", "Kofi"]
    left_row = page.model.index(2, 0)
    assert "Kofi — left" in page.model.data(left_row)
    assert page.model.data(left_row, Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    # Members who left keep their place after everyone else: they cannot be dragged.
    assert not page.model.flags(left_row) & Qt.ItemFlag.ItemIsDragEnabled
    assert not page.model.moveRow(QModelIndex(), 2, QModelIndex(), 0)

    page.list_view.select_row(2)
    assert page.left_button.text().replace("&", "") == "Rejoin"
    click(qtbot, page.left_button)
    assert stored_aliases(data_dir) == ["Anna", "Kofi", "Priya"]
