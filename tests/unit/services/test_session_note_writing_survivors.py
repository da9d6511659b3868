"""A session note keeps the template it was begun in, whoever begins it (the first save or
signing straight away) and whatever the group chooses after; and a save tells the caller
when it was kept."""

from __future__ import annotations

from datetime import timedelta

from facilitator_desktop.domain.session_note import NoteBody, Section
from facilitator_desktop.models import SessionNote
from facilitator_desktop.services.session_note_views import SavedNote
from facilitator_desktop.workspace import Workspace
from tests.helpers.measures_setup import NOW
from tests.helpers.session_notes import SmallGroup, typical_session


def _stored_template(ws: Workspace, session_id: int) -> int | None:
    with ws.context.sessions() as s:
        note = s.query(SessionNote).filter_by(session_id=session_id).one()
        return note.template_id


def test_a_note_begun_by_saving_stays_in_the_groups_template_of_then(
    ws: Workspace, group: SmallGroup
) -> None:
    """The first save without a template writes the note in the group's chosen template,
    and stores it: choosing another template for the group later leaves the note as it is."""
    birp = ws.note_templates.builtin("birp")
    ws.note_templates.set_for_group(group.group_id, birp.id)
    session_id = typical_session(ws, group)
    blank = ws.session_notes.open(session_id).body
    filled = NoteBody(tuple(Section(s.title, f"{s.title} written.") for s in blank.sections), ())
    ws.session_notes.save(session_id, body=filled)
    assert _stored_template(ws, session_id) == birp.id
    ws.note_templates.set_for_group(group.group_id, ws.note_templates.builtin("dap").id)
    view = ws.session_notes.open(session_id)
    assert view.template.builtin_key == "birp"
    assert view.template.id == birp.id
    assert [(s.title, s.text) for s in view.body.sections] == [
        ("Behaviour", "Behaviour written."),
        ("Intervention", "Intervention written."),
        ("Response", "Response written."),
        ("Plan", "Plan written."),
    ]


def test_a_note_begun_in_free_text_stays_free_when_the_group_picks_a_template(
    ws: Workspace, group: SmallGroup
) -> None:
    """A group with no template chosen writes free text, and a note begun then keeps the
    free-text template after the group chooses one."""
    free = ws.note_templates.for_group(group.group_id)
    session_id = typical_session(ws, group)
    ws.session_notes.save(session_id, entries={group.anna: "Spoke first."})
    assert _stored_template(ws, session_id) == free.id
    ws.note_templates.set_for_group(group.group_id, ws.note_templates.builtin("soap").id)
    view = ws.session_notes.open(session_id)
    assert view.template.id == free.id
    assert view.template.name == free.name
    assert view.entries == {group.anna: "Spoke first."}


def test_a_note_begun_by_signing_keeps_the_groups_template_of_then(
    ws: Workspace, group: SmallGroup
) -> None:
    """Signing a session never written makes its note in the group's template of that
    moment; the signed note shows that template after the group changes its choice."""
    dap = ws.note_templates.builtin("dap")
    ws.note_templates.set_for_group(group.group_id, dap.id)
    session_id = typical_session(ws, group)
    assert ws.session_notes.sign(session_id) == NOW
    assert _stored_template(ws, session_id) == dap.id
    ws.note_templates.set_for_group(group.group_id, None)
    view = ws.session_notes.open(session_id)
    assert view.template.builtin_key == "dap"
    assert view.signed and view.read_only


def test_each_save_returns_when_it_was_kept(ws: Workspace, group: SmallGroup) -> None:
    """The first save says the note was made and when; a later save says when it was kept
    then, the same time the note shows when opened."""
    session_id = typical_session(ws, group)
    first = ws.session_notes.save(session_id, body=NoteBody((Section("Note", "One."),), ()))
    assert first == SavedNote(first.note_id, NOW, True)
    later = NOW + timedelta(minutes=7)
    object.__setattr__(ws.context, "now", lambda: later)
    second = ws.session_notes.save(session_id, body=NoteBody((Section("Note", "Two."),), ()))
    assert second == SavedNote(first.note_id, later, False)
    assert ws.session_notes.open(session_id).updated_at == later
