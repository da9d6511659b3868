"""Session notes at the edges the mutation run found loose: the facts read on their own
name the members present, and the unsigned list is each row in full, oldest session first
(whatever order they were written in), one group's when a group is asked for; and every
refusal, word for word, losing nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from facilitator_desktop.domain.session_note import NoteBody, Section
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.session_note_views import UnsignedNote
from facilitator_desktop.services.session_notes import TEXT_MAX
from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import small_group, typical_session

NOW = datetime(2026, 3, 9, 12, 0)


def _at_now(ws: Workspace) -> Workspace:
    object.__setattr__(ws.context, "now", lambda: NOW)
    return ws


def _begin(ws: Workspace, session_id: int) -> None:
    ws.session_notes.save(session_id, body=NoteBody((Section("Note", "begun"),), ()))


def test_the_facts_name_the_members_present(workspace: Workspace) -> None:
    ws = _at_now(workspace)
    group = small_group(ws)
    session_id = typical_session(ws, group)
    facts = ws.session_notes.facts(session_id)
    assert [(m.member_id, m.alias) for m in facts.members] == [
        (group.anna, "Anna"),
        (group.bo, "Bo"),
        (group.cleo, "Cleo"),
    ]


def test_unsigned_notes_come_oldest_first_in_full_and_by_group(workspace: Workspace) -> None:
    ws = _at_now(workspace)
    carers = small_group(ws)
    grief = small_group(ws, "Grief")
    later = NOW - timedelta(days=2)
    earlier = NOW - timedelta(days=5)
    # Written newest first, so the session ids run against the dates; two groups met at
    # the same time: the one with the lower session id comes first.
    newest = typical_session(ws, carers, started_at=later)
    same_time_b = typical_session(ws, grief, started_at=earlier)
    same_time_a = typical_session(ws, carers, started_at=earlier)
    for session_id in (newest, same_time_a, same_time_b):  # notes begun out of id order
        _begin(ws, session_id)
    carers_earlier = UnsignedNote(same_time_a, carers.group_id, "Thursday carers", earlier, 5)
    grief_earlier = UnsignedNote(same_time_b, grief.group_id, "Grief", earlier, 5)
    carers_later = UnsignedNote(newest, carers.group_id, "Thursday carers", later, 2)
    assert ws.session_notes.unsigned(0) == [grief_earlier, carers_earlier, carers_later]
    assert ws.session_notes.unsigned(0, group_id=carers.group_id) == [
        carers_earlier,
        carers_later,
    ]
    assert ws.session_notes.unsigned(0, group_id=grief.group_id) == [grief_earlier]


def _refused(action: Callable[[], object]) -> tuple[str, str | None]:
    """What a refusal says, and the field it names (None for a refusal of no field)."""
    with pytest.raises(FacilitatorError) as raised:
        action()
    return str(raised.value), getattr(raised.value, "field", None)


def test_refusals_before_signing_are_word_for_word_and_keep_the_note(
    workspace: Workspace,
) -> None:
    ws = _at_now(workspace)
    group = small_group(ws)
    notes = ws.session_notes
    session_id = typical_session(ws, group)
    running = typical_session(ws, group, status="running")
    stranger = ws.members.add(ws.groups.create(GroupDraft("Other")).id, MemberDraft("Zed")).id
    notes.save(session_id, body=NoteBody((Section("Note", "Kept."),), ()))
    too_long = (
        "A text this long cannot be kept (over 100000 characters). Nothing was saved; "
        "shorten it and it is saved again."
    )
    long_body = NoteBody((Section("Note", "x" * (TEXT_MAX + 1)),), ())
    assert [
        _refused(lambda: notes.open(999)),
        _refused(lambda: notes.open(running)),
        _refused(lambda: notes.save(session_id, entries={stranger: "Not here"})),
        _refused(lambda: notes.save(session_id, entries={9999: "Nobody"})),
        _refused(lambda: notes.save(session_id, entries={group.anna: "a"}, template_id=999)),
        _refused(lambda: notes.save(session_id, body=long_body)),
        _refused(lambda: notes.add_addendum(session_id, " \n ")),
        _refused(lambda: notes.add_addendum(session_id, "Too early")),
    ] == [
        ("That session no longer exists.", None),
        ("This session is still running. Its note can be written once it ends.", None),
        ("That member is not in this session's group.", None),
        ("That member no longer exists.", None),
        ("That template no longer exists. Nothing was saved.", None),
        (too_long, "text"),
        ("Write the addendum first.", "addendum"),
        (
            "Addenda are for signed notes. While a note is not signed, change it directly.",
            None,
        ),
    ]
    view = notes.open(session_id)
    assert view.body == NoteBody((Section("Note", "Kept."),), ()) and dict(view.entries) == {}


def test_a_signed_note_refuses_change_word_for_word(workspace: Workspace) -> None:
    ws = _at_now(workspace)
    group = small_group(ws)
    notes = ws.session_notes
    session_id = typical_session(ws, group)
    notes.sign(session_id)
    signed = (
        "This session note is signed and can no longer change. Add a dated addendum instead.",
        None,
    )
    assert _refused(lambda: notes.save(session_id, entries={group.anna: "Late"})) == signed
    assert _refused(lambda: notes.sign(session_id)) == signed
    assert _refused(lambda: notes.add_addendum(session_id, "About someone else", 9999)) == (
        "That member no longer exists.",
        None,
    )


def test_another_template_lays_the_view_out_or_says_why_it_cannot(workspace: Workspace) -> None:
    ws = _at_now(workspace)
    group = small_group(ws)
    notes = ws.session_notes
    session_id = typical_session(ws, group)
    notes.save(session_id, body=NoteBody((Section("Note", "Free words."),), ()))
    dap = ws.note_templates.builtin("dap")
    laid = notes.with_template(notes.open(session_id), dap.id)
    assert laid.template == dap
    # A damaged note is not signed: it says it is damaged, not that it is signed.
    damaged = replace(notes.open(session_id), damaged=True)
    assert _refused(lambda: notes.with_template(damaged, dap.id)) == (
        "This record is damaged and cannot be changed. Everything else is fine; "
        "a backup may hold an intact copy.",
        None,
    )


def test_a_members_line_is_rewritten_in_its_own_note_only(workspace: Workspace) -> None:
    ws = _at_now(workspace)
    group = small_group(ws)
    notes = ws.session_notes
    first = typical_session(ws, group)
    second = typical_session(ws, group, started_at=datetime(2026, 3, 6, 17, 0))
    made = notes.save(first, entries={group.anna: "First week.", group.bo: "Quiet."})
    assert made.created
    notes.save(second, entries={group.anna: "Second week."})
    again = notes.save(second, entries={group.anna: "Second week, rewritten.", group.cleo: ""})
    assert not again.created and again.note_id != made.note_id
    notes.save(first, entries={group.bo: ""})  # a line emptied stays, empty
    assert dict(notes.open(first).entries) == {group.anna: "First week.", group.bo: ""}
    assert dict(notes.open(second).entries) == {
        group.anna: "Second week, rewritten.",
        group.cleo: "",
    }
