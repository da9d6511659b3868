"""A note taken back and shared again reaches the co-facilitators whole, as it stands here:
also when a co-facilitator's edit, made while it was still shared, arrived here after it was
taken back (their laptop dropped the note, text and all, so every field must go again)."""

from __future__ import annotations

from pathlib import Path

from facilitator_desktop.services.notes import NoteDraft
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import laptops, new_group, server_settings, share_and_sync


def test_a_note_shared_again_after_an_edit_that_crossed_its_taking_back_arrives_whole(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group_id, _ = new_group(ana)
        share_and_sync(ana, group_id, ben)
        note = ana.ws.notes.create(NoteDraft("Call Ann about the rota.", group_id=group_id))
        ana.sharing.set_note_shared(note.id, True)
        ana.sync()
        ben.sync()
        [his] = [n for n in ben.ws.notes.find() if n.group_id is not None]
        ben.wall.advance(60)
        ben.ws.notes.save_body(his.id, "Call Ann about the rota. Done on Tuesday.")
        ben.sync()
        ana.sharing.set_note_shared(note.id, False)
        ana.sync()  # his edit arrives after she took the note back
        ben.sync()  # and the note leaves his laptop
        assert [n.body for n in ben.ws.notes.find()] == []
        ana.sharing.set_note_shared(note.id, True)
        ana.sync()
        ben.sync()
        for laptop in (ana, ben):
            assert [n.body for n in laptop.ws.notes.find()] == [
                "Call Ann about the rota. Done on Tuesday."
            ]
            assert laptop.sharing.problems() == []
        ana.wall.advance(60)
        [mine] = ana.ws.notes.find()
        ana.ws.notes.save_body(mine.id, "Ann called back.")  # and edits go on as before
        ana.sync()
        ben.sync()
        assert [n.body for n in ben.ws.notes.find()] == ["Ann called back."]
        assert ben.sharing.conflicts() == []  # hers follows the note he holds: no clash
