"""How a session note reads back: a member's entry cleared to nothing reads as an empty
entry (not damaged) and the entries after it still read; addenda come in the order they
were written by the clock, not the order they were stored; a body that opens but is not the
app's JSON reads as damaged; a note whose template was deleted opens in its group's."""

from __future__ import annotations

from datetime import datetime

from facilitator_desktop.domain.session_note import NoteBody
from facilitator_desktop.services.note_templates import TemplateDraft, TemplateSection
from facilitator_desktop.services.session_note_views import AddendumInfo
from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import small_group, typical_session

EARLY, LATE = datetime(2026, 3, 9, 9, 0), datetime(2026, 3, 9, 18, 0)


def test_an_emptied_entry_reads_empty_and_the_next_entries_still_read(ws: Workspace) -> None:
    """Anna's entry (stored first) emptied: she keeps an empty entry, Bo and Cleo theirs."""
    group = small_group(ws)
    session_id = typical_session(ws, group)
    ws.session_notes.save(session_id, entries={group.anna: "Spoke first."})
    ws.session_notes.save(session_id, entries={group.bo: "Bo's line", group.cleo: "Cleo's"})
    ws.session_notes.save(session_id, entries={group.anna: ""})
    view = ws.session_notes.open(session_id)
    assert dict(view.entries) == {group.anna: "", group.bo: "Bo's line", group.cleo: "Cleo's"}
    assert view.damaged_entries == frozenset() and not view.damaged


def test_addenda_come_in_the_order_the_clock_wrote_them(ws: Workspace) -> None:
    """The clock was set back between the two: the one stored second was written first."""
    group = small_group(ws)
    session_id = typical_session(ws, group)
    ws.session_notes.save(session_id, entries={group.anna: "Spoke first."})
    ws.session_notes.sign(session_id)
    object.__setattr__(ws.context, "now", lambda: LATE)
    later = ws.session_notes.add_addendum(session_id, "Written in the evening.")
    object.__setattr__(ws.context, "now", lambda: EARLY)
    earlier = ws.session_notes.add_addendum(session_id, "Written in the morning.", group.anna)
    assert ws.session_notes.open(session_id).addenda == (
        AddendumInfo(earlier.id, group.anna, "Written in the morning.", EARLY),
        AddendumInfo(later.id, None, "Written in the evening.", LATE),
    )


def test_a_body_that_opens_but_is_no_note_reads_as_damaged(ws: Workspace) -> None:
    """Damaged and read-only, an empty body shown; the entries still read."""
    group = small_group(ws)
    session_id = typical_session(ws, group)
    note_id = ws.session_notes.save(session_id, entries={group.anna: "Spoke first."}).note_id
    sealed = ws.keyring.cipher.encrypt("session_notes", note_id, "body", 0, "plain words")
    with ws.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE session_notes SET body_ct = ?, rev = 0", (sealed,))
    view = ws.session_notes.open(session_id)
    assert (view.damaged, view.read_only, view.body) == (True, True, NoteBody())
    assert dict(view.entries) == {group.anna: "Spoke first."}


def test_a_note_whose_template_was_deleted_opens_in_its_groups_template(ws: Workspace) -> None:
    """The group documents with BIRP; the note was written with the facilitator's own."""
    group = small_group(ws)
    session_id = typical_session(ws, group)
    birp = ws.note_templates.builtin("birp")
    ws.note_templates.set_for_group(group.group_id, birp.id)
    ours = ws.note_templates.create(TemplateDraft("Ours", (TemplateSection("What happened"),)))
    ws.session_notes.save(session_id, entries={group.anna: "Spoke first."}, template_id=ours.id)
    assert ws.session_notes.open(session_id).template == ours
    ws.note_templates.delete(ours.id)
    assert ws.session_notes.open(session_id).template == birp
