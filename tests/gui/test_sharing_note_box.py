"""The note's "For co-facilitators" box: enabled only for a stored note of a shared group,
its tooltip says who reads it; ticked, the note reaches the co-facilitator after a sync;
unticked, it is taken back; a refusal (the group stopped sharing meanwhile) unticks it again
and says why."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.notes import NoteDraft, NoteFilter
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.sharing.note_share import NoteShareBox
from tests.gui.drivers.widgets import tick
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import Laptop, laptops, local_group, new_group, server_settings, share


def bodies(laptop: Laptop, group_id: int) -> list[str]:
    return [n.body for n in laptop.ws.notes.find(NoteFilter(group_id=group_id))]


def test_a_note_goes_to_the_co_facilitators_only_when_ticked(
    qtbot: QtBot, tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana)
        other = ana.ws.groups.create(GroupDraft("A group of Ana's alone"))
        share(ana, group_id, ben)
        ctx = UiContext(ana.ws, demo=False)
        messages: list[str] = []
        ctx.statusMessage.connect(messages.append)
        box = NoteShareBox(ctx)
        qtbot.addWidget(box)
        box.show()

        box.show_note(None)  # a new note, not stored yet
        assert not box.isEnabled()
        alone = ana.ws.notes.create(NoteDraft("Private to Ana", group_id=other.id))
        box.show_note(alone)
        assert not box.isEnabled() and not box.isChecked()
        assert "stays on this laptop" in box.toolTip()

        note = ana.ws.notes.create(NoteDraft("Ann needs a lift next week", group_id=group_id))
        box.show_note(note)
        assert box.isEnabled() and not box.isChecked()
        assert "read by this group's co-facilitators" in box.toolTip()
        tick(box)
        assert box.isChecked()
        assert "goes to the co-facilitators" in messages[-1]
        box.show_note(ana.ws.notes.get(note.id))  # reopened: the mark is read back
        assert box.isEnabled() and box.isChecked()

        ana.sync()
        ben.sync()
        [shared] = ana.sharing.shared_groups()
        ben_group = local_group(ben, shared.group_uuid)
        assert ben_group is not None
        assert bodies(ben, ben_group) == ["Ann needs a lift next week"]

        tick(box)  # taken back
        assert not box.isChecked()
        ana.sync()
        ben.sync()
        assert bodies(ben, ben_group) == []
        assert "Private to Ana" not in str(bodies(ben, ben_group))

        # The group stops being shared while the note is open: ticking is refused in words.
        ana.sharing.stop_sharing(group_id)
        tick(box)
        assert not box.isChecked()
        assert "Only a note of a shared group" in messages[-1]
