"""A session summary's airtime lines: seconds, share of all spoken time, turns and passes per
member, for everyone who attended and anyone else who took a turn."""

from __future__ import annotations

from facilitator_desktop.services.session_summary import AirtimeLine, TurnLine, airtime_lines

ANN, BO, CY, DEE, EVE = 1, 2, 3, 4, 5
ALIASES = {ANN: "Ann", BO: "Bo", CY: "Cy", DEE: "Dee"}


def turn(member_id: int, duration: float, *, passed: bool = False) -> TurnLine:
    return TurnLine(member_id, 0, 0.0, duration, passed)


def test_each_member_gets_their_seconds_share_turns_and_passes() -> None:
    turns = (
        turn(ANN, 30.0),
        turn(BO, 60.0),
        turn(CY, 0.0, passed=True),
        turn(ANN, 10.0),
        turn(EVE, 0.0, passed=True),  # took a turn without being on the attendance list
    )
    lines = airtime_lines(turns, ALIASES, [ANN, BO, CY, DEE])
    assert lines == (
        AirtimeLine(ANN, "Ann", 40.0, 0.4, 2, 0),
        AirtimeLine(BO, "Bo", 60.0, 0.6, 1, 0),
        AirtimeLine(CY, "Cy", 0.0, 0.0, 0, 1),
        AirtimeLine(DEE, "Dee", 0.0, 0.0, 0, 0),  # came, never had a turn
        AirtimeLine(EVE, "?", 0.0, 0.0, 0, 1),  # no alias known: a neutral mark
    )


def test_a_session_of_passes_only_has_no_share_to_divide() -> None:
    lines = airtime_lines((turn(ANN, 5.0, passed=True),), ALIASES, [ANN, BO])
    assert lines == (AirtimeLine(ANN, "Ann", 0.0, 0.0, 0, 1), AirtimeLine(BO, "Bo", 0.0, 0.0, 0, 0))


def test_a_pass_keeps_no_seconds_even_when_its_row_has_a_length() -> None:
    lines = airtime_lines((turn(ANN, 12.0, passed=True), turn(BO, 8.0)), ALIASES, [ANN, BO])
    assert [(line.seconds, line.share, line.turns, line.passes) for line in lines] == [
        (0.0, 0.0, 0, 1),
        (8.0, 1.0, 1, 0),
    ]
