"""The session note: opened pre-filled with the session's facts, written once for the group
and a line per member, sealed, signed read-only with dated addenda after, listed when left
unsigned, and copied for one member with everyone else as initials."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta

import pytest

from facilitator_desktop.domain.session_note import NoteBody, Section
from facilitator_desktop.errors import (
    ExportRefused,
    FacilitatorError,
    NotFound,
    RecordDamaged,
    ValidationError,
    VaultLocked,
)
from facilitator_desktop.models import (
    CheckinScore,
    MeasureEntry,
    Member,
    NoteAddendum,
    ProgressEntry,
    SessionNote,
)
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.services.session_note_facts import SessionNotFinished
from facilitator_desktop.services.session_notes import TEXT_MAX, SessionNoteSigned
from facilitator_desktop.workspace import Workspace, database_path
from tests.conftest import PASSPHRASE
from tests.helpers.measures_setup import NOW
from tests.helpers.session_notes import Sitting, SmallGroup, phq9_row, typical_session


def body(text: str, *themes: str) -> NoteBody:
    return NoteBody((Section("Note", text),), themes)


def test_a_new_note_opens_with_the_facts_in_the_groups_template(
    ws: Workspace, group: SmallGroup
) -> None:
    ws.note_templates.set_for_group(group.group_id, ws.note_templates.builtin("birp").id)
    session_id = typical_session(ws, group)
    view = ws.session_notes.open(session_id)
    assert view.note_id is None and not view.signed and not view.read_only
    assert view.template.builtin_key == "birp"
    assert [s.title for s in view.body.sections] == [
        "Behaviour",
        "Intervention",
        "Response",
        "Plan",
    ]
    assert all(not s.text for s in view.body.sections)
    facts = view.facts
    assert [m.alias for m in facts.members] == ["Anna", "Bo", "Cleo"]
    assert facts.guests == 1
    assert [(r.name, r.passed) for r in facts.rounds] == [
        ("Check-in", (group.cleo,)),
        ("Check-out", (group.bo,)),
    ]
    bo = facts.member(group.bo)
    assert bo is not None and bo.attended_from == datetime(2026, 3, 5, 17, 10)


def test_a_running_or_missing_session_has_no_note_yet(ws: Workspace, group: SmallGroup) -> None:
    running = typical_session(ws, group, status="running")
    with pytest.raises(SessionNotFinished):
        ws.session_notes.open(running)
    with pytest.raises(SessionNotFinished):
        ws.session_notes.save(running, body=body("x"))
    with pytest.raises(NotFound):
        ws.session_notes.open(999)


def test_writing_once_for_the_group_and_a_line_per_member(ws: Workspace, group: SmallGroup) -> None:
    notes = ws.session_notes
    session_id = typical_session(ws, group)
    first = notes.save(session_id, body=body("We talked about sleep.", " sleep ", "Sleep"))
    assert first.created
    notes.save(session_id, entries={group.anna: "Anna slept better.", group.bo: "Bo: tired."})
    second = notes.save(session_id, entries={group.bo: "Bo was tired but stayed."})
    assert not second.created and second.note_id == first.note_id
    view = notes.open(session_id)
    assert view.body == body("We talked about sleep.", "sleep")  # themes kept once
    assert dict(view.entries) == {
        group.anna: "Anna slept better.",
        group.bo: "Bo was tired but stayed.",
    }
    assert view.updated_at == NOW
    with ws.context.sessions() as s:
        note = s.get(SessionNote, first.note_id)
        assert note is not None and note.rev == 0  # the body was written once
        revs = {e.member_id: e.rev for e in s.query(ProgressEntry)}
    assert revs == {group.anna: 0, group.bo: 1}


def test_every_text_is_sealed_and_bound_to_its_row(ws: Workspace, group: SmallGroup) -> None:
    notes = ws.session_notes
    first = typical_session(ws, group)
    second = typical_session(ws, group, started_at=datetime(2026, 3, 12, 17, 0))
    notes.save(first, body=body("NARRATIVE-ONE", "THEME-ONE"), entries={group.anna: "ENTRY-ONE"})
    notes.save(second, body=body("NARRATIVE-TWO"), entries={group.anna: "ENTRY-TWO"})
    notes.sign(first)
    notes.add_addendum(first, "ADDENDUM-ONE")
    ws.engine.dispose()
    raw = database_path(ws.data_dir).read_bytes()
    for word in ("NARRATIVE", "THEME-ONE", "ENTRY-ONE", "ADDENDUM-ONE"):
        assert word.encode() not in raw
    # The first note's body put in place of the second's fails: only that note is damaged.
    with sqlite3.connect(database_path(ws.data_dir)) as conn:
        (blob,) = conn.execute(
            "SELECT body_ct FROM session_notes WHERE session_id = ?", (first,)
        ).fetchone()
        conn.execute("UPDATE session_notes SET body_ct = ? WHERE session_id = ?", (blob, second))
        (entry,) = conn.execute(
            "SELECT e.body_ct FROM progress_entries e JOIN session_notes n "
            "ON n.id = e.session_note_id WHERE n.session_id = ?",
            (first,),
        ).fetchone()
        conn.execute(
            "UPDATE progress_entries SET body_ct = ? WHERE session_note_id = "
            "(SELECT id FROM session_notes WHERE session_id = ?)",
            (entry, second),
        )
    damaged = notes.open(second)
    assert damaged.damaged and damaged.read_only
    assert damaged.damaged_entries == {group.anna} and group.anna not in damaged.entries
    with pytest.raises(RecordDamaged) as refused:
        notes.sign(second)
    assert refused.value.message == (
        "This note is damaged and cannot be signed. A backup may hold an intact copy."
    )
    assert notes.open(second).signed_at is None
    assert notes.open(first).body == body("NARRATIVE-ONE", "THEME-ONE")


def test_a_signed_note_changes_only_by_dated_addenda(ws: Workspace, group: SmallGroup) -> None:
    notes = ws.session_notes
    session_id = typical_session(ws, group)
    notes.save(session_id, body=body("Calm session."), entries={group.anna: "Engaged."})
    with pytest.raises(FacilitatorError, match="Addenda are for signed notes"):
        notes.add_addendum(session_id, "Too early")
    assert notes.sign(session_id) == NOW
    view = notes.open(session_id)
    assert view.signed and view.read_only and view.signed_at == NOW
    with pytest.raises(SessionNoteSigned):
        notes.save(session_id, body=body("Rewritten"))
    with pytest.raises(SessionNoteSigned):
        notes.save(session_id, entries={group.anna: "Rewritten"})
    with pytest.raises(SessionNoteSigned):
        notes.sign(session_id)
    with pytest.raises(SessionNoteSigned):
        notes.with_template(view, ws.note_templates.builtin("dap").id)
    later = NOW + timedelta(days=2)
    object.__setattr__(ws.context, "now", lambda: later)
    group_addendum = notes.add_addendum(session_id, "Bo phoned: he will be back.")
    entry_addendum = notes.add_addendum(session_id, "Anna asked for a referral.", group.anna)
    with pytest.raises(ValidationError, match="Write the addendum first"):
        notes.add_addendum(session_id, "  \n ")
    other = ws.members.add(ws.groups.create(GroupDraft("Other")).id, MemberDraft("Zed")).id
    with pytest.raises(NotFound, match="not in this session's group"):
        notes.add_addendum(session_id, "About someone else", other)
    view = notes.open(session_id)
    assert view.body == body("Calm session.") and view.entry(group.anna) == "Engaged."
    assert [(a.id, a.member_id, a.text, a.created_at) for a in view.addenda] == [
        (group_addendum.id, None, "Bo phoned: he will be back.", later),
        (entry_addendum.id, group.anna, "Anna asked for a referral.", later),
    ]


def test_signing_a_note_never_written_keeps_its_facts(ws: Workspace, group: SmallGroup) -> None:
    session_id = typical_session(ws, group)
    ws.session_notes.sign(session_id)
    view = ws.session_notes.open(session_id)
    assert view.signed and view.body == NoteBody() and view.facts.members


def test_bad_input_is_refused_in_words_and_loses_nothing(ws: Workspace, group: SmallGroup) -> None:
    notes = ws.session_notes
    session_id = typical_session(ws, group)
    notes.save(session_id, body=body("Kept."), entries={group.anna: "Kept too."})
    other = ws.members.add(ws.groups.create(GroupDraft("Other")).id, MemberDraft("Zed")).id
    with pytest.raises(NotFound, match="not in this session's group"):
        notes.save(session_id, body=body("Lost?"), entries={other: "Not here"})
    with pytest.raises(NotFound, match="no longer exists"):
        notes.save(session_id, entries={9999: "Nobody"})
    with pytest.raises(NotFound, match="template no longer exists"):
        notes.save(session_id, body=body("Lost?"), template_id=999)
    with pytest.raises(ValidationError, match="cannot be kept"):
        notes.save(session_id, body=body("x" * (TEXT_MAX + 1)))
    with pytest.raises(ValidationError, match="cannot be kept"):
        notes.save(session_id, entries={group.bo: "y" * (TEXT_MAX + 1)})
    view = notes.open(session_id)
    assert view.body == body("Kept.") and dict(view.entries) == {group.anna: "Kept too."}
    assert notes.save(session_id, body=body("x" * TEXT_MAX)).note_id == view.note_id


def test_switching_template_keeps_every_word(ws: Workspace, group: SmallGroup) -> None:
    notes = ws.session_notes
    session_id = typical_session(ws, group)
    notes.save(session_id, body=body("Free words."))
    dap = ws.note_templates.builtin("dap")
    laid = notes.with_template(notes.open(session_id), dap.id)
    assert [s.title for s in laid.body.sections] == ["Data", "Assessment", "Plan", "Note"]
    notes.save(session_id, body=laid.body, template_id=dap.id)
    view = notes.open(session_id)
    assert view.template.id == dap.id and view.body.sections[-1] == Section("Note", "Free words.")
    # Editing the template later does not rewrite what was written under it.
    ws.note_templates.reset(dap.id)
    assert notes.open(session_id).body == view.body


def test_nothing_opens_while_locked(ws: Workspace, group: SmallGroup) -> None:
    session_id = typical_session(ws, group)
    ws.session_notes.save(session_id, body=body("Private"))
    ws.keyring.lock()
    with pytest.raises(VaultLocked):
        ws.session_notes.open(session_id)
    with pytest.raises(VaultLocked):
        ws.session_notes.save(session_id, body=body("x"))
    ws.unlock(PASSPHRASE)
    assert ws.session_notes.open(session_id).body == body("Private")


# --- facts recorded by other parts of the app ----------------------------------------------------


def test_check_in_scores_measures_and_rule_versions_come_with_the_facts(
    ws: Workspace, group: SmallGroup
) -> None:
    cards = [RuleCardDraft("Kind", "We are kind.")]
    ws.rules.save(group.group_id, cards)
    second = ws.rules.save(group.group_id, [*cards, RuleCardDraft("Time", "We end on time.")])
    rule_sets = ws.rules.versions(group.group_id)
    first_set = next(r for r in rule_sets if r.version == 1)
    ws.acknowledgements.record(group.anna, second.id, date(2026, 3, 1))
    ws.acknowledgements.record(group.bo, first_set.id, date(2026, 2, 1))
    ws.acknowledgements.record(group.cleo, second.id, date(2026, 3, 20))  # after the session
    session_id = typical_session(ws, group, rule_set_id=second.id)
    cipher = ws.keyring.cipher
    with ws.context.sessions.begin() as s:
        for member_id, text in ((group.anna, "7"), (group.bo, '{"score": 3}'), (group.cleo, "x")):
            score = CheckinScore(session_id=session_id, member_id=member_id, rev=0, recorded_at=NOW)
            s.add(score)
            s.flush()
            score.score_ct = cipher.encrypt("checkin_scores", score.id, "score", 0, text)
        phq = phq9_row(s, NOW)
        for member_id, answers, day in (
            (group.anna, [1, 2, 0, 1, 1, 0, 0, 1, 0], date(2026, 3, 5)),
            (group.bo, {"total": 14}, date(2026, 3, 5)),
            (group.bo, [3] * 9, date(2026, 2, 1)),  # another day
        ):
            entry = MeasureEntry(
                member_id=member_id, instrument_id=phq.id, taken_on=day, rev=0, created_at=NOW
            )
            s.add(entry)
            s.flush()
            entry.answers_ct = cipher.encrypt(
                "measure_entries", entry.id, "answers", 0, json.dumps(answers)
            )
    facts = ws.session_notes.open(session_id).facts
    anna, bo, cleo = (facts.member(m) for m in (group.anna, group.bo, group.cleo))
    assert anna is not None and bo is not None and cleo is not None
    assert (anna.checkin and anna.checkin.score, bo.checkin and bo.checkin.score) == (7, 3)
    assert cleo.checkin is None  # a score that reads as no number is left out
    assert anna.checkin is not None and (anna.checkin.low, anna.checkin.high) == (0, 10)
    assert [(m.name, m.total) for m in anna.measures] == [("PHQ-9", 6)]
    assert [(m.name, m.total) for m in bo.measures] == [("PHQ-9", 14)]
    assert (anna.rules_acknowledged, anna.rules_in_force, anna.rules_current) == (2, 2, True)
    assert (bo.rules_acknowledged, cleo.rules_acknowledged) == (1, None)


# --- follow-ups ---------------------------------------------------------------------------------


def test_unsigned_notes_older_than_the_setting_are_listed(ws: Workspace, group: SmallGroup) -> None:
    notes = ws.session_notes
    days = {}
    for ago in (6, 4, 3, 1):
        started = NOW - timedelta(days=ago)
        days[ago] = typical_session(ws, group, started_at=started)
        notes.save(days[ago], body=body(f"{ago} days ago"))
    typical_session(ws, group, started_at=NOW - timedelta(days=10))  # no note begun
    notes.sign(days[6])
    found = notes.unsigned(3)
    assert [(n.session_id, n.days, n.group_name) for n in found] == [
        (days[4], 4, "Thursday carers")
    ]
    assert [n.session_id for n in notes.unsigned(0)] == [days[4], days[3], days[1]]
    other = ws.groups.create(GroupDraft("Other")).id
    assert notes.unsigned(0, group_id=other) == []
    ws.groups.set_archived(group.group_id, True)
    assert notes.unsigned(0) == []


# --- a member's copy -----------------------------------------------------------------------------


def test_a_members_copy_reduces_everyone_else_to_initials(ws: Workspace, group: SmallGroup) -> None:
    notes = ws.session_notes
    session_id = typical_session(ws, group)
    notes.save(
        session_id,
        body=body("Anna comforted Bo; Cleo Ames left early. Kowalska called.", "Bo's loss"),
        entries={group.bo: "Bo thanked Anna.", group.anna: "Anna: a good week."},
    )
    notes.sign(session_id)
    notes.add_addendum(session_id, "Cleo asked about Bo.")
    notes.add_addendum(session_id, "Anna called Bo.", group.bo)
    notes.add_addendum(session_id, "Anna only.", group.anna)
    report = notes.member_report(group.bo)
    assert (report.group_name, report.member_name) == ("Thursday carers", "Bo Lind")
    (bo,) = report.sessions
    assert [s.text for s in bo.sections] == ["A.K. comforted Bo; C.A. left early. A.K. called."]
    assert bo.themes == ("Bo's loss",)
    assert bo.entry == "Bo thanked A.K."
    assert [a.text for a in bo.group_addenda] == ["C.A. asked about Bo."]
    assert [a.text for a in bo.entry_addenda] == ["A.K. called Bo."]  # not Anna's addendum
    assert (bo.status, bo.turns, bo.passes, bo.present, bo.guests) == ("late", 2, 1, 3, 1)
    assert bo.signed_on == NOW.date() and bo.written
    removed = notes.member_report(group.bo, replacement="[another member]").sessions[0]
    assert removed.entry == "Bo thanked [another member]."


def test_a_copy_covers_one_session_or_a_date_range(ws: Workspace, group: SmallGroup) -> None:
    notes = ws.session_notes
    ids = [
        typical_session(ws, group, started_at=datetime(2026, 2, day, 17, 0))
        for day in (5, 12, 19, 26)
    ]
    notes.save(ids[1], entries={group.anna: "Week two."})
    # Eve was absent each time: she has no session to copy, except one with her lines.
    notes.save(ids[2], entries={group.eve: "Called Eve: she is fine."})
    assert [m.session_id for m in notes.member_sessions(group.eve)] == [ids[2]]
    assert [m.session_id for m in notes.member_sessions(group.anna)] == ids[::-1]
    one = notes.member_report(group.anna, session_ids=[ids[1]])
    assert [s.entry for s in one.sessions] == ["Week two."]
    assert not one.sessions[0].sections and one.sessions[0].written
    ranged = notes.member_report(group.anna, first=date(2026, 2, 10), last=date(2026, 2, 28))
    assert [s.day for s in ranged.sessions] == [
        date(2026, 2, 12),
        date(2026, 2, 19),
        date(2026, 2, 26),
    ]
    assert (ranged.first, ranged.last) == (date(2026, 2, 10), date(2026, 2, 28))
    assert [s.written for s in ranged.sessions] == [True, True, False]
    assert ranged.sessions[1].entry == ""  # Eve's lines are hers alone
    empty = notes.member_report(group.anna, first=date(2027, 1, 1), last=date(2027, 2, 1))
    assert empty.sessions == ()
    with pytest.raises(NotFound, match="not one of this member's"):
        notes.member_report(group.eve, session_ids=[ids[0]])


def test_a_damaged_other_member_refuses_the_copy(ws: Workspace, group: SmallGroup) -> None:
    session_id = typical_session(ws, group)
    ws.session_notes.save(session_id, entries={group.anna: "Fine."})
    with ws.context.sessions.begin() as s:
        cleo = s.get(Member, group.cleo)
        assert cleo is not None
        cleo.rev = cleo.rev + 5  # its names no longer open
    with pytest.raises(ExportRefused, match="Thursday carers"):
        ws.session_notes.member_report(group.anna)


def test_members_of_other_groups_are_reduced_too(ws: Workspace, group: SmallGroup) -> None:
    other = ws.groups.create(GroupDraft("Parents")).id
    ws.members.add(other, MemberDraft("Gustav", full_name="Gustav Holm"))
    session_id = typical_session(ws, group)
    ws.session_notes.save(session_id, entries={group.anna: "Anna met Gustav at the shop."})
    (copy,) = ws.session_notes.member_report(group.anna).sessions
    assert copy.entry == "Anna met G.H. at the shop."


def test_a_member_added_later_is_no_trouble(ws: Workspace, group: SmallGroup) -> None:
    session_id = typical_session(ws, group)
    late = ws.members.add(group.group_id, MemberDraft("Fay")).id
    view = ws.session_notes.open(session_id)
    assert view.facts.member(late) is None
    ws.session_notes.save(session_id, entries={late: "Joined after this session."})
    assert ws.session_notes.open(session_id).entry(late) == "Joined after this session."


def test_the_addendum_table_holds_nothing_readable(ws: Workspace, group: SmallGroup) -> None:
    session_id = typical_session(ws, group)
    ws.session_notes.sign(session_id)
    ws.session_notes.add_addendum(session_id, "SECRET-ADDENDUM")
    with ws.context.sessions() as s:
        (row,) = s.query(NoteAddendum).all()
        assert row.body_ct is not None and b"SECRET" not in row.body_ct
    assert Sitting  # the helper's shape is what the fixtures build on
