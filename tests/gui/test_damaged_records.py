"""Malformed rows met through the window: the app opens, the damaged record says so and
cannot be edited, the others load and work. Rows are edited with sqlite3 while the
workspace is closed, as someone with the folder (or a failing disk) could."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from facilitator_desktop.paths import DATABASE_NAME
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import DAMAGED_ALIAS, MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.ui.notes.models import TITLE_ROLE
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers.groups import GroupsDriver
from tests.gui.drivers.members import MembersDriver
from tests.gui.driving import Launch, stored, unlock
from tests.gui.notes_driving import notes_page, select_note

INT64_MAX = 9223372036854775807


def edit_closed(data_dir: Path, *statements: str) -> None:
    conn = sqlite3.connect(data_dir / DATABASE_NAME)
    try:
        with conn:
            for statement in statements:
                assert conn.execute(statement).rowcount == 1, statement
    finally:
        conn.close()


def test_damaged_members_and_notes_show_as_damaged_and_the_others_work(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group = ws.groups.create(GroupDraft("Tuesday Circle")).id
        anna, bob, chloe = (
            ws.members.add(group, MemberDraft(alias)).id for alias in ("Anna", "Bob", "Chloé")
        )
        broken_note = ws.notes.create(NoteDraft("Anna was quiet.", group)).id
        fine_note = ws.notes.create(NoteDraft("Bob laughed again.", group)).id
    edit_closed(
        data_dir,
        f"UPDATE members SET joined_on = 'the spring' WHERE id = {anna}",
        f"UPDATE members SET rev = {INT64_MAX} WHERE id = {bob}",
        f"UPDATE notes SET created_at = 'yesterday' WHERE id = {broken_note}",
    )

    window = unlock(qtbot, launch())
    members = MembersDriver.open(qtbot, window)
    assert [(m.id, m.alias, m.damaged) for m in members.listed()] == [
        (anna, DAMAGED_ALIAS, True),
        (bob, DAMAGED_ALIAS, True),
        (chloe, "Chloé", False),
    ]
    assert members.row_tooltip(0) == "This record is damaged and cannot be shown or edited."

    members.select(1)
    assert members.form_title() == "Damaged record"
    assert not members.can_edit()

    members.select(2)
    assert members.alias() == "Chloé" and members.can_edit()
    members.type_remarks("Sits by the window.")
    members.save()

    notes = notes_page(qtbot, window)
    damaged_row = notes.model.row_of(broken_note)
    assert notes.model.index(damaged_row, 0).data(TITLE_ROLE) == "⚠ Damaged note"
    select_note(notes, broken_note)
    assert notes.damaged_label.isVisibleTo(notes)
    assert not notes.editor.isEnabled()
    select_note(notes, fine_note)
    assert notes.editor.body() == "Bob laughed again."

    with stored(data_dir) as ws:
        assert ws.members.get(chloe).remarks == "Sits by the window."


def test_groups_page_shows_a_damaged_group_and_replaces_a_damaged_description(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        alpha = ws.groups.create(GroupDraft("Alpha", "First words")).id
        beta = ws.groups.create(GroupDraft("Beta", "Second words")).id
        gamma = ws.groups.create(GroupDraft("Gamma", "Third words")).id
    conn = sqlite3.connect(data_dir / DATABASE_NAME)
    try:
        (blob,) = conn.execute("SELECT description_ct FROM groups WHERE id=?", (beta,)).fetchone()
    finally:
        conn.close()
    edit_closed(
        data_dir,
        f"UPDATE groups SET created_at = 'long ago' WHERE id = {alpha}",
        f"UPDATE groups SET description_ct = x'{(blob[:-1] + bytes([blob[-1] ^ 1])).hex()}' "
        f"WHERE id = {beta}",
    )

    window = unlock(qtbot, launch())
    groups = GroupsDriver.open(qtbot, window)
    assert [g.name for g in window.ctx.groups.groups()] == ["Alpha", "Beta", "Gamma"]

    def choose(group_id: int) -> None:
        groups.choose(group_id)
        assert window.ctx.current_group_id() == group_id

    choose(alpha)
    assert "damaged, so it cannot be changed" in groups.damage()
    assert groups.name() == "Alpha"  # what could be read is shown
    assert not groups.can_save() and not groups.can_edit_description()

    choose(gamma)
    assert groups.damage() == ""
    assert groups.description() == "Third words"

    choose(beta)
    assert "description is damaged" in groups.damage()
    assert groups.description() == ""
    assert groups.can_save()
    groups.type_description("Written again")
    groups.save()
    assert groups.damage() == ""
    assert groups.description() == "Written again"

    with stored(data_dir) as ws:
        assert ws.groups.description(beta) == "Written again"
        assert ws.groups.description(gamma) == "Third words"
        assert ws.groups.get(alpha).damaged
