"""The session summary: agenda, attendance, airtime; private notes only when asked for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from facilitator_desktop.handouts import (
    AirtimeRow,
    HandoutOptions,
    NoteRow,
    build_session_summary,
    samples,
)
from facilitator_desktop.handouts.data import AttendanceRow, DateStyle, Paper

Text = Callable[[bytes], str]


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_summary_shows_agenda_attendance_and_airtime(paper: Paper, pdf_text: Text) -> None:
    data = samples.session_summary()
    result = build_session_summary(data, HandoutOptions(paper=paper))
    text = pdf_text(result.pdf)
    assert samples.GROUP_NAME in text
    assert "Session 14" in text
    for row in data.attendance:
        assert row.alias in text
    assert "Arrival and check-in round 15:00 17:40 +02:40" in text
    assert "not held" in text
    assert "Present 6" in text and "Excused 2" in text
    assert "Дмитрий (arrived 18:20)" in text
    assert "08:50 · 26 %" in text  # the bar label of the longest speaker
    assert "Jiří 08:50 26 % 5 0 01:46" in text  # turns, passes, average turn
    assert result.warnings == ()


def test_lengths_are_written_in_the_handout_languages_digits(pdf_text: Text) -> None:
    """The counts of a language with its own digits already use them; lengths do too."""
    options = HandoutOptions(dates=DateStyle(digits="٠١٢٣٤٥٦٧٨٩"))
    text = pdf_text(build_session_summary(samples.session_summary(), options).pdf)
    assert "+٠٢:٤٠" in text  # +02:40 over plan
    assert "٠٨:٥٠" in text and "08:50" not in text


def test_private_notes_are_absent_unless_included(pdf_text: Text) -> None:
    without = pdf_text(build_session_summary(samples.session_summary()).pdf)
    assert samples.PRIVATE_NOTE_TEXT not in without
    assert "Private notes" not in without
    with_notes = pdf_text(
        build_session_summary(samples.session_summary(include_private_notes=True)).pdf
    )
    assert "Private notes" in with_notes
    assert samples.PRIVATE_NOTE_TEXT in with_notes
    assert "Group asked to revisit the phones rule next month." in with_notes


def test_excluded_notes_are_never_even_read() -> None:
    # A glyph problem inside a note would be reported if the note had been processed.
    data = replace(samples.session_summary(), notes=(NoteRow("18:00", "漢 🧡"),))
    assert build_session_summary(data).warnings == ()
    included = replace(data, include_private_notes=True)
    assert build_session_summary(included).warnings != ()


def test_no_airtime_is_said_plainly(pdf_text: Text) -> None:
    data = replace(
        samples.session_summary(),
        airtime=(AirtimeRow("Sam", 0, 0, 1), AirtimeRow("Priya", 0, 0, 0)),
    )
    assert "No turns were recorded." in pdf_text(build_session_summary(data).pdf)


def test_sections_without_data_are_left_out(pdf_text: Text) -> None:
    data = replace(samples.session_summary(), segments=(), attendance=(), airtime=())
    text = pdf_text(build_session_summary(data).pdf)
    assert "Agenda" not in text and "Attendance" not in text and "Airtime" not in text


def test_unknown_status_is_refused() -> None:
    with pytest.raises(ValueError, match="status"):
        AttendanceRow("Sam", "asleep")  # type: ignore[arg-type]


def test_same_input_same_bytes() -> None:
    data = samples.session_summary(include_private_notes=True)
    assert build_session_summary(data).pdf == build_session_summary(data).pdf


def test_a_note_longer_than_a_page_continues_instead_of_failing(pdf_text: Text) -> None:
    sentence = "Talked about the week and the hospital visit in some detail."
    data = replace(
        samples.session_summary(include_private_notes=True),
        notes=(NoteRow("18:30", " ".join([sentence] * 150)),),
    )
    result = build_session_summary(data)
    assert result.page_count > 2
    assert pdf_text(result.pdf).count("hospital") == 150  # a word never straddles pages


@pytest.mark.parametrize("members", [40, 100])
@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_large_groups_continue_the_chart_across_pages(
    members: int, paper: Paper, pdf_text: Text
) -> None:
    from facilitator_desktop.handouts import AirtimeRow

    aliases = [f"Member{number:03d} Długie-Nazwisko" for number in range(members)]
    data = replace(
        samples.session_summary(),
        attendance=tuple(AttendanceRow(a, "present") for a in aliases),
        airtime=tuple(AirtimeRow(a, 30.0 + i, 1 + i % 3, i % 2) for i, a in enumerate(aliases)),
    )
    for large in (False, True):
        result = build_session_summary(data, HandoutOptions(paper=paper, large_print=large))
        assert result.page_count >= 2
        text = pdf_text(result.pdf)
        for alias in aliases:
            assert alias in text  # whole in the airtime table
            # and in the attendance list and on the chart (where a label may be cut short)
            assert text.count(alias.split()[0]) >= 3, alias
