"""Each save of a session note's body seals it under the next revision, so an earlier sealed
body put back in its place does not open: the note reads as damaged."""

from __future__ import annotations

from facilitator_desktop.domain.session_note import NoteBody, Section
from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import small_group, typical_session


def test_an_earlier_body_put_back_after_a_save_reads_as_damaged(ws: Workspace) -> None:
    group = small_group(ws)
    session_id = typical_session(ws, group)
    ws.session_notes.save(session_id, body=NoteBody((Section("Data", "First words."),)))
    with ws.engine.begin() as conn:
        (earlier,) = conn.exec_driver_sql("SELECT body_ct FROM session_notes").one()
    ws.session_notes.save(session_id, body=NoteBody((Section("Data", "Second words."),)))
    assert ws.session_notes.open(session_id).body == NoteBody((Section("Data", "Second words."),))
    with ws.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE session_notes SET body_ct = ?", (earlier,))
    view = ws.session_notes.open(session_id)
    assert (view.damaged, view.body) == (True, NoteBody())
