"""A member's copy of their session notes at its edges: whose sessions, which days (both
ends kept), what stands in for a name that has no initials, the times of day, and the
refusals word for word."""

from __future__ import annotations

import json
from datetime import date, datetime, time

import pytest

from facilitator_desktop.domain.session_note import NoteBody, Section
from facilitator_desktop.errors import NotFound
from facilitator_desktop.handouts.progress_entry_data import ReportMeasure
from facilitator_desktop.models import CheckinScore, MeasureEntry
from facilitator_desktop.services.context import to_local
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.measures_setup import NOW
from tests.helpers.session_notes import SmallGroup, phq9_row, small_group, typical_session


def test_a_members_sessions_are_of_their_own_group(ws: Workspace, group: SmallGroup) -> None:
    other = small_group(ws, "Parents")
    ours = typical_session(ws, group, started_at=datetime(2026, 2, 5, 17, 0))
    theirs = typical_session(ws, other, started_at=datetime(2026, 2, 6, 17, 0))
    assert [m.session_id for m in ws.session_notes.member_sessions(group.anna)] == [ours]
    assert [m.session_id for m in ws.session_notes.member_sessions(other.anna)] == [theirs]


def test_a_members_sessions_say_which_have_a_note_and_which_are_signed(
    ws: Workspace, group: SmallGroup
) -> None:
    bare, written, signed = (
        typical_session(ws, group, started_at=datetime(2026, 2, day, 17, 0)) for day in (5, 12, 19)
    )
    ws.session_notes.save(written, entries={group.anna: "Anna spoke first."})
    ws.session_notes.save(signed, entries={group.anna: "Anna spoke last."})
    ws.session_notes.sign(signed)
    listed = ws.session_notes.member_sessions(group.anna)
    assert [(m.session_id, m.status, m.written, m.signed) for m in listed] == [
        (signed, "present", True, True),
        (written, "present", True, False),
        (bare, "present", False, False),
    ]


def test_the_sessions_of_a_member_that_is_gone_are_refused_in_words(ws: Workspace) -> None:
    with pytest.raises(NotFound) as refused:
        ws.session_notes.member_sessions(999)
    assert refused.value.message == "That member no longer exists."


def test_a_session_not_the_members_is_refused_in_words(ws: Workspace, group: SmallGroup) -> None:
    session_id = typical_session(ws, group)
    with pytest.raises(NotFound) as refused:
        ws.session_notes.member_report(group.eve, session_ids=[session_id])
    assert refused.value.message == "A chosen session is not one of this member's."


def test_a_range_keeps_the_sessions_on_its_first_and_last_days(
    ws: Workspace, group: SmallGroup
) -> None:
    days = (5, 12, 19)
    for day in days:
        typical_session(ws, group, started_at=datetime(2026, 2, day, 17, 0))
    first, last = (to_local(datetime(2026, 2, d, 17, 0)).date() for d in (5, 19))
    report = ws.session_notes.member_report(group.anna, first=first, last=last)
    assert [s.day for s in report.sessions] == [
        to_local(datetime(2026, 2, d, 17, 0)).date() for d in days
    ]
    inner = ws.session_notes.member_report(
        group.anna, first=first.replace(day=first.day + 1), last=last.replace(day=last.day - 1)
    )
    assert len(inner.sessions) == 1


def test_without_a_range_the_copy_runs_from_the_first_session_to_the_last(
    ws: Workspace, group: SmallGroup
) -> None:
    for day in (5, 19, 12):
        typical_session(ws, group, started_at=datetime(2026, 2, day, 17, 0))
    report = ws.session_notes.member_report(group.anna)
    expected = [to_local(datetime(2026, 2, d, 17, 0)).date() for d in (5, 12, 19)]
    assert [s.day for s in report.sessions] == expected
    assert (report.first, report.last) == (expected[0], expected[-1])


def test_a_copy_with_no_sessions_covers_today(ws: Workspace, group: SmallGroup) -> None:
    report = ws.session_notes.member_report(group.anna)
    today = to_local(NOW).date()
    assert (report.first, report.last, report.sessions) == (today, today, ())
    only_first = ws.session_notes.member_report(group.anna, first=date(2026, 1, 1))
    assert (only_first.first, only_first.last) == (date(2026, 1, 1), today)


def test_a_name_without_initials_is_replaced_by_the_words_given(
    ws: Workspace, group: SmallGroup
) -> None:
    # A name of digits alone is still looked for, but has no letters to make initials of.
    ws.members.add(group.group_id, MemberDraft("42"))
    session_id = typical_session(ws, group)
    ws.session_notes.save(session_id, entries={group.anna: "Anna sat by 42 today."})
    (default,) = ws.session_notes.member_report(group.anna).sessions
    assert default.entry == "Anna sat by [another member] today."
    (chosen,) = ws.session_notes.member_report(group.anna, unknown="[someone]").sessions
    assert chosen.entry == "Anna sat by [someone] today."


def test_a_member_who_left_is_still_reduced_to_initials(ws: Workspace, group: SmallGroup) -> None:
    session_id = typical_session(ws, group)
    ws.members.set_left(group.cleo, date(2026, 3, 1))
    ws.session_notes.save(session_id, entries={group.anna: "Anna misses Cleo Ames."})
    (copy,) = ws.session_notes.member_report(group.anna).sessions
    assert copy.entry == "Anna misses C.A."


def test_times_of_a_session_are_local_and_the_members_own(ws: Workspace, group: SmallGroup) -> None:
    started = datetime(2026, 2, 5, 17, 0)
    session_id = typical_session(ws, group, started_at=started)
    ws.session_notes.save(session_id, entries={group.bo: "Bo came late."})
    ws.session_notes.sign(session_id)
    ws.session_notes.add_addendum(session_id, "Bo phoned.", group.bo)
    (bo,) = ws.session_notes.member_report(group.bo).sessions
    start = to_local(started)
    assert bo.start == start.time()
    assert bo.attended_from == (start.replace(minute=10)).time()  # late: 10 minutes in
    assert bo.attended_to == bo.end
    (addendum,) = bo.entry_addenda
    assert addendum.written == to_local(NOW)
    (cleo,) = ws.session_notes.member_report(group.cleo).sessions
    assert cleo.attended_from == cleo.start
    assert cleo.attended_to == time(start.hour, 50)  # left 50 minutes in


def test_a_member_with_lines_but_no_mark_has_no_status(ws: Workspace, group: SmallGroup) -> None:
    session_id = typical_session(ws, group)
    late = ws.members.add(group.group_id, MemberDraft("Fay")).id
    ws.session_notes.save(session_id, entries={late: "Joined after this session."})
    (copy,) = ws.session_notes.member_report(late).sessions
    assert copy.status == ""
    assert (copy.attended_from, copy.attended_to, copy.turns, copy.seconds) == (None, None, 0, 0.0)
    assert copy.entry == "Joined after this session."


def test_every_figure_of_a_session_is_the_members_own(ws: Workspace, group: SmallGroup) -> None:
    started = datetime(2026, 3, 5, 17, 0)
    typical_session(ws, group, started_at=started)
    (bo,) = ws.session_notes.member_report(group.bo).sessions
    start = to_local(started)
    assert (bo.day, bo.start, bo.end) == (start.date(), start.time(), time(start.hour + 1, 11))
    assert (bo.planned_seconds, bo.actual_seconds, bo.present, bo.guests) == (4200, 4260, 3, 1)
    assert bo.segments == (("Check-in", 840.0), ("Discussion", 2880.0), ("Check-out", 540.0))
    # Bo spoke 60 s and 200 s of the 840 s said in all, and passed once.
    assert (bo.status, bo.turns, bo.passes, bo.seconds) == ("late", 2, 1, 260.0)
    assert bo.share == pytest.approx(260 / 840)
    assert (bo.checkin, bo.measures, bo.rules_acknowledged, bo.rules_in_force) == (
        None,
        (),
        None,
        None,
    )


def test_a_check_in_a_measure_and_the_rules_come_with_the_members_copy(
    ws: Workspace, group: SmallGroup
) -> None:
    cards = [RuleCardDraft("Kind", "We are kind."), RuleCardDraft("Time", "We end on time.")]
    rules = ws.rules.save(group.group_id, cards)
    ws.acknowledgements.record(group.anna, rules.id, date(2026, 3, 1))
    session_id = typical_session(ws, group, rule_set_id=rules.id)
    cipher = ws.keyring.cipher
    with ws.context.sessions.begin() as s:
        score = CheckinScore(session_id=session_id, member_id=group.anna, rev=0, recorded_at=NOW)
        s.add(score)
        s.flush()
        score.score_ct = cipher.encrypt("checkin_scores", score.id, "score", 0, "7")
        phq = phq9_row(s, NOW)
        entry = MeasureEntry(
            member_id=group.anna,
            instrument_id=phq.id,
            taken_on=to_local(datetime(2026, 3, 5, 17, 0)).date(),
            rev=0,
            created_at=NOW,
        )
        s.add(entry)
        s.flush()
        entry.answers_ct = cipher.encrypt(
            "measure_entries", entry.id, "answers", 0, json.dumps([1, 2, 0, 1, 1, 0, 0, 1, 0])
        )
    (anna,) = ws.session_notes.member_report(group.anna).sessions
    assert anna.checkin == (7, 0, 10)
    assert anna.measures == (ReportMeasure("PHQ-9", 6),)
    assert (anna.rules_acknowledged, anna.rules_in_force) == (1, 1)  # versions: the first set


def test_section_titles_are_given_as_asked_and_contacts_are_removed(
    ws: Workspace, group: SmallGroup
) -> None:
    session_id = typical_session(ws, group)
    ws.session_notes.save(
        session_id,
        body=NoteBody((Section("Check-in", "Anna Kowalska shared."),), ()),
        entries={group.bo: "Bo will call +48 601 234 567."},
    )
    (bo,) = ws.session_notes.member_report(group.bo, section_title=str.upper).sessions
    assert [(section.title, section.text) for section in bo.sections] == [
        ("CHECK-IN", "A.K. shared.")
    ]
    assert "601" not in bo.entry and bo.entry.startswith("Bo will call ")
