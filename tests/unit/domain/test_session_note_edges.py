"""Session note at its edges: the facts carried over whole, attendance in seat order with
times only where they mean something, the body's stored form and its refusals word for
word, and a member's copy where names nest or have no letter."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from facilitator_desktop.domain.session_note import (
    AttendanceFact,
    MarkInput,
    NoteBody,
    OthersRedactor,
    Person,
    RoundFact,
    Section,
    SegmentFact,
    SegmentInput,
    SessionInput,
    TurnInput,
    acknowledged_by,
    body_from_json,
    body_to_json,
    clean_themes,
    lay_out,
    session_facts,
)

START = datetime(2026, 3, 5, 17, 0)


def wall(seconds: float) -> datetime:
    return START + timedelta(seconds=seconds)


def session(**changes: object) -> SessionInput:
    base = SessionInput(
        session_id=41,
        group_id=7,
        group_name="Thursday grief group",
        started_at=START,
        ended_at=None,
        planned_seconds=3600,
        elapsed_seconds=3000,
        guests=0,
        segments=(
            SegmentInput("Welcome", "open", 300, 0.5),
            SegmentInput("Check-in", "round", 900, 840),
        ),
        # Seat order: Zoe (id 20) sits before Al (id 10).
        marks=(
            MarkInput(10, "present", arrived_at=12.0, left_at=None),
            MarkInput(20, "late", arrived_at=90.0),
            MarkInput(30, "excused", arrived_at=5.0, left_at=60.0),
        ),
        turns=(
            TurnInput(20, 1, 120.0, False),
            TurnInput(10, 1, 0.0, True),
        ),
        aliases={20: "Zoe", 10: "Al", 30: "Kim"},
    )
    fields = {name: getattr(base, name) for name in base.__dataclass_fields__}
    fields.update(changes)
    return SessionInput(**fields)  # type: ignore[arg-type]


def test_the_session_facts_carry_the_session_over_whole() -> None:
    facts = session_facts(session(), wall)
    assert (facts.session_id, facts.group_id, facts.group_name, facts.started_at) == (
        41,
        7,
        "Thursday grief group",
        START,
    )
    # Half a second recorded is kept, not rounded away.
    assert facts.segments == (
        SegmentFact(0, "Welcome", "open", 300, 0.5),
        SegmentFact(1, "Check-in", "round", 900, 840),
    )
    assert facts.rounds == (RoundFact(1, "Check-in", 1, (10,)),)


def test_attendance_is_in_seat_order_with_times_only_where_they_mean_something() -> None:
    facts = session_facts(session(), wall)
    assert facts.attendance == (
        AttendanceFact(20, "Zoe", "late", wall(90.0), None),
        # Present from the start: no arrival time even if one was stored.
        AttendanceFact(10, "Al", "present", None, None),
        # Excused: neither time means anything.
        AttendanceFact(30, "Kim", "excused", None, None),
    )
    assert [(m.member_id, m.status) for m in facts.members] == [(20, "late"), (10, "present")]
    assert (facts.alias(20), facts.alias(30), facts.alias(99)) == ("Zoe", "Kim", "?")


def test_a_first_rule_set_signed_counts() -> None:
    day = date(2026, 3, 5)
    signatures = [(10, 1, date(2026, 1, 8)), (20, 2, day), (20, 1, date(2026, 1, 8))]
    assert acknowledged_by(signatures, day) == {10: 1, 20: 2}


# --- the body ---------------------------------------------------------------------------


def test_the_stored_body_is_compact_and_keeps_every_letter_as_written() -> None:
    body = NoteBody((Section("Grief", "Zoë cried"),), ("loss",))
    assert body_to_json(body) == (
        '{"format":1,"sections":[{"title":"Grief","text":"Zoë cried"}],"themes":["loss"]}'
    )


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"format": 2, "sections": [], "themes": []}, "not a session note body"),
        ([1], "not a session note body"),
        (
            {"format": 1, "sections": {}, "themes": []},
            "a session note body needs sections and themes",
        ),
        (
            {"format": 1, "sections": [], "themes": "loss"},
            "a session note body needs sections and themes",
        ),
        ({"format": 1, "sections": ["A"], "themes": []}, "a section is not an object"),
        (
            {"format": 1, "sections": [{"title": "A"}], "themes": []},
            "a section needs a title and a text",
        ),
        ({"format": 1, "sections": [], "themes": ["loss", 3]}, "a theme is not text"),
    ],
    ids=["format", "not-object", "sections", "themes", "section", "section-text", "theme"],
)
def test_a_body_the_app_did_not_write_is_refused_by_name(document: object, message: str) -> None:
    with pytest.raises(ValueError) as refused:
        body_from_json(json.dumps(document))
    assert str(refused.value) == message


def test_a_template_naming_a_section_twice_keeps_the_sections_after_it() -> None:
    body = NoteBody((Section("Themes", "loss"),))
    laid = lay_out(body, ["Themes", "THEMES", "Plan"])
    assert laid.sections == (Section("Themes", "loss"), Section("Plan", ""))


def test_a_theme_keeps_one_space_between_its_words() -> None:
    assert clean_themes(["  first   anniversary "]) == ("first anniversary",)


# --- a member's copy ----------------------------------------------------------------------


def test_a_name_ending_another_name_is_one_person() -> None:
    redact = OthersRedactor(Person(1, "Bo"), [Person(2, "Maria"), Person(3, "Anna Maria")])
    assert redact("Anna Maria came.") == "A.M. came."


def test_a_name_the_reader_shares_with_another_member_is_that_member() -> None:
    # Daniela reads her copy; "Daniela" in it is the other Daniela, not an inflected Daniel.
    reader = Person(1, "Daniela")
    others = [Person(2, "Daniel", "Daniel Kowalski"), Person(3, "Daniela", "Daniela Nowak")]
    assert OthersRedactor(reader, others)("Daniela came") == "D.N. came"


def test_a_member_whose_name_has_no_letter_is_another_member() -> None:
    redact = OthersRedactor(Person(1, "Bo"), [Person(2, "42")])
    assert redact("42 came") == "[another member] came"
