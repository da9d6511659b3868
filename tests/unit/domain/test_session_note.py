"""The session note's facts, its body, and a member's copy with the others as initials."""

from __future__ import annotations

import json
import unicodedata
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_desktop.domain.session_note import (
    CheckinFact,
    MarkInput,
    MeasureFact,
    NoteBody,
    OthersRedactor,
    Person,
    Section,
    SegmentInput,
    SessionInput,
    TurnInput,
    acknowledged_by,
    blank_body,
    body_from_json,
    body_to_json,
    clean_themes,
    initials,
    lay_out,
    redact_body,
    session_facts,
    split_themes,
)

START = datetime(2026, 3, 5, 17, 0)


def wall(seconds: float) -> datetime:
    return START + timedelta(seconds=seconds)


def session(**changes: object) -> SessionInput:
    values: dict[str, object] = {
        "session_id": 7,
        "group_id": 1,
        "group_name": "Carers",
        "started_at": START,
        "ended_at": START + timedelta(minutes=70),
        "planned_seconds": 3600.0,
        "elapsed_seconds": 4200.0,
        "guests": 2,
        "segments": (
            SegmentInput("Check-in", "round", 900, 840),
            SegmentInput("Discussion", "open", 2700, 3000),
            SegmentInput("Check-out", "round", 600, 360),
        ),
        "marks": (
            MarkInput(4, "absent"),
            MarkInput(1, "present"),
            MarkInput(2, "late", arrived_at=630.0),
            MarkInput(3, "left_early", left_at=3300.0),
            MarkInput(5, "excused"),
        ),
        "turns": (
            TurnInput(1, 0, 100.0, False),
            TurnInput(3, 0, 0.0, True),
            TurnInput(2, 0, 50.0, False),
            TurnInput(1, 1, 300.0, False),
            TurnInput(2, 1, 150.0, False),
            TurnInput(3, 1, 0.0, True),  # a pass in open discussion is not a round's
            TurnInput(2, 2, 0.0, True),
            TurnInput(2, 2, 0.0, True),  # passed twice: named once
        ),
        "aliases": {1: "Anna", 2: "Bo", 3: "Cleo", 4: "Dan", 5: "Eve"},
        "rules_in_force": 3,
        "acknowledged": {1: 3, 2: 2},
        "checkins": {1: CheckinFact(7, 0, 10)},
        "measures": {
            2: (
                MeasureFact("PHQ-9", 12.0, date(2026, 3, 5)),
                MeasureFact("GAD-7", None, date(2026, 3, 5)),
            )
        },
    }
    values.update(changes)
    return SessionInput(**values)  # type: ignore[arg-type]


def test_the_facts_of_a_session() -> None:
    facts = session_facts(session(), wall)
    assert [(a.alias, a.status) for a in facts.attendance] == [
        ("Anna", "present"),
        ("Bo", "late"),
        ("Cleo", "left_early"),
        ("Dan", "absent"),
        ("Eve", "excused"),
    ]  # seat order, whatever order the marks came in
    assert [a.alias for a in facts.present] == ["Anna", "Bo", "Cleo"]
    assert [(a.alias, a.arrived_at) for a in facts.late] == [("Bo", wall(630))]
    assert [(a.alias, a.left_at) for a in facts.left_early] == [("Cleo", wall(3300))]
    assert [a.alias for a in facts.excused] == ["Eve"]
    assert [a.alias for a in facts.absent] == ["Dan"]
    assert facts.guests == 2
    assert (facts.planned_seconds, facts.actual_seconds) == (4200, 4200)
    assert [(s.name, s.actual_seconds) for s in facts.segments] == [
        ("Check-in", 840),
        ("Discussion", 3000),
        ("Check-out", 360),
    ]
    assert [(r.name, r.spoke, r.passed) for r in facts.rounds] == [
        ("Check-in", 2, (3,)),
        ("Check-out", 0, (2,)),
    ]


def test_each_present_member_has_their_facts() -> None:
    facts = session_facts(session(), wall)
    assert [m.alias for m in facts.members] == ["Anna", "Bo", "Cleo"]  # present only
    anna, bo, cleo = facts.members
    assert (anna.attended_from, anna.attended_to) == (START, START + timedelta(minutes=70))
    assert (bo.attended_from, cleo.attended_to) == (wall(630), wall(3300))
    assert (anna.turns, anna.passes, anna.seconds) == (2, 0, 400)
    assert (bo.turns, bo.passes, bo.seconds) == (2, 2, 200)
    assert (cleo.turns, cleo.passes, cleo.seconds) == (0, 2, 0)
    assert anna.share == pytest.approx(400 / 600) and cleo.share == 0
    assert anna.checkin == CheckinFact(7, 0, 10) and bo.checkin is None
    assert [m.name for m in bo.measures] == ["GAD-7", "PHQ-9"]
    assert anna.rules_current and not bo.rules_current
    assert (bo.rules_acknowledged, cleo.rules_acknowledged) == (2, None)
    assert facts.member(4) is None and facts.member(1) is anna


def test_a_session_without_segments_or_turns_still_has_facts() -> None:
    facts = session_facts(
        session(segments=(), turns=(), marks=(MarkInput(1, "present"),), ended_at=None), wall
    )
    assert (facts.planned_seconds, facts.actual_seconds) == (3600, 4200)
    assert facts.ended_at == wall(4200)  # from the elapsed time when no end was stored
    assert facts.rounds == () and facts.members[0].share == 0


def test_values_no_version_writes_are_taken_as_nothing() -> None:
    facts = session_facts(
        session(
            marks=(MarkInput(1, "present"), MarkInput(2, "sleeping"), MarkInput(9, "present")),
            turns=(TurnInput(1, 0, float("nan"), False), TurnInput(1, 0, -5, False)),
            guests=-3,
        ),
        wall,
    )
    assert [a.alias for a in facts.attendance] == ["Anna", "?"]  # unknown status left out
    assert facts.members[0].seconds == 0 and facts.members[0].turns == 2
    assert facts.guests == 0


def test_the_version_acknowledged_is_the_one_signed_by_that_day() -> None:
    signatures = [
        (1, 1, date(2026, 1, 1)),
        (1, 2, date(2026, 3, 5)),
        (1, 3, date(2026, 3, 6)),  # signed the day after: not yet on the day
        (2, 2, date(2026, 2, 1)),
        (2, 1, date(2026, 2, 2)),  # an older version signed later does not go back
    ]
    assert acknowledged_by(signatures, date(2026, 3, 5)) == {1: 2, 2: 2}


# --- the body ---------------------------------------------------------------------------------


def test_a_body_round_trips_through_its_json() -> None:
    body = NoteBody((Section("Data", 'Zoë\nsaid "hi" {}'), Section("Plan", "")), ("grief",))
    assert body_from_json(body_to_json(body)) == body
    assert not body.empty and NoteBody((Section("Data", "  \n"),)).empty


@pytest.mark.parametrize(
    "text",
    [
        "[]",
        "null",
        '{"format": 2, "sections": [], "themes": []}',
        '{"format": 1, "sections": {}, "themes": []}',
        '{"format": 1, "sections": [["a", "b"]], "themes": []}',
        '{"format": 1, "sections": [{"title": 1, "text": ""}], "themes": []}',
        '{"format": 1, "sections": [], "themes": [3]}',
        '{"format": 1, "sections": []}',
        "not json",
    ],
)
def test_a_body_the_app_never_writes_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        body_from_json(text)


def test_switching_templates_loses_no_word() -> None:
    body = NoteBody(
        (Section("Data", "what happened"), Section("Assessment", ""), Section("Plan", "call")),
        ("loss",),
    )
    soap = lay_out(body, ("Subjective", "Objective", "ASSESSMENT", "plan"))
    assert soap.sections == (
        Section("Subjective", ""),
        Section("Objective", ""),
        Section("ASSESSMENT", ""),
        Section("plan", "call"),
        Section("Data", "what happened"),  # no home in SOAP: kept after, under its title
    )
    assert soap.themes == ("loss",)
    assert lay_out(soap, ("Data", "Assessment", "Plan")).sections[:3] == (
        Section("Data", "what happened"),
        Section("Assessment", ""),
        Section("Plan", "call"),
    )
    assert blank_body(("A", "B")) == NoteBody((Section("A"), Section("B")))


def test_themes_are_trimmed_unique_and_bounded() -> None:
    assert clean_themes(["  grief ", "Grief", "", "anger\u200b", "x" * 80]) == (
        "grief",
        "anger",
        "x" * 60,
    )
    assert len(clean_themes(f"t{i}" for i in range(50))) == 30
    assert split_themes("loss; sleep,  work ,,loss") == ("loss", "sleep", "work")


# --- a member's copy ----------------------------------------------------------------------------

ANNA = Person(1, "Anna", "Anna Kowalska", "+48 601 234 567, anna@example.org")
BO = Person(2, "Bo", "Bo Lind")
DANIEL = Person(3, "Daniel", "")
ZOE = Person(4, "Zoë", unicodedata.normalize("NFD", "Zoë Strauß"))
DANIELA = Person(5, "Daniela", "Daniela Ruiz")


def test_initials_come_from_the_full_name_or_the_alias() -> None:
    assert initials("Anna", "Anna Kowalska") == "A.K."
    assert initials("Zoë", "zoë strauß-weber") == "Z.S.W."
    assert initials("Eve") == "E."
    assert initials("王伟") == "王."
    assert initials("", "") == "" and initials("123", " ") == ""


def test_other_members_become_their_initials() -> None:
    redact = OthersRedactor(DANIELA, [ANNA, BO, DANIEL, ZOE, DANIELA])
    text = (
        "Anna's call on 601 234 567 upset Bo. ZOE STRAUSS came; Daniela answered Daniel, "
        "wrote to ANNA@example.org, then spoke with Zoës brother and with Bo."
    )
    assert redact(text) == (
        "A.K.’s call on A.K. upset B.L. Z.S. came; Daniela answered D., "
        "wrote to A.K., then spoke with Z.S. brother and with B.L."
    ).replace("’", "'")


def test_removed_instead_of_initials() -> None:
    redact = OthersRedactor(BO, [ANNA, BO, ZOE], replacement="[another member]")
    assert redact("Bo sat with Anna Kowalska and Zoë.") == (
        "Bo sat with [another member] and [another member]."
    )


def test_the_longer_name_names_the_person() -> None:
    anna_maria = Person(6, "Anna Maria", "")
    redact = OthersRedactor(BO, [ANNA, anna_maria])
    assert redact("Anna Maria and Anna") == "A.M. and A.K."


def test_a_copy_for_nobody_else_is_the_text_itself() -> None:
    redact = OthersRedactor(ANNA, [ANNA])
    assert redact("Anna Kowalska, 601 234 567") == "Anna Kowalska, 601 234 567"


def test_a_body_is_redacted_section_by_section_and_theme_by_theme() -> None:
    body = NoteBody((Section("Anna", "Anna and Bo"),), ("Bo's grief",))
    cleaned = redact_body(body, OthersRedactor(DANIEL, [ANNA, BO]))
    assert cleaned == NoteBody((Section("Anna", "A.K. and B.L."),), ("B.L.'s grief",))


# No deadline: the first example builds the matchers (measured at 265 ms on a busy machine).
@settings(deadline=None)
@given(st.text(max_size=200))
def test_redacting_never_fails_and_leaves_no_other_member_name(text: str) -> None:
    redact = OthersRedactor(DANIEL, [ANNA, BO, ZOE])
    cleaned = redact(f"{text} Anna {text} Strauß")
    assert "Anna" not in cleaned.replace("Daniel", "") or "Anna" in text
    assert "Strauß" not in cleaned or "Strauß" in text


def test_a_damaged_body_document_is_json_the_app_wrote() -> None:
    document = json.loads(body_to_json(NoteBody((Section("A", "b"),), ("c",))))
    assert document == {"format": 1, "sections": [{"title": "A", "text": "b"}], "themes": ["c"]}
