"""A member's progress entry on paper: the group's part and theirs, per session, in the
handout's language and digits, on any paper, however long the notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time

import pytest

from facilitator_desktop.handouts.data import DateStyle, HandoutOptions, Paper
from facilitator_desktop.handouts.progress_entry import build_progress_entry
from facilitator_desktop.handouts.progress_entry_data import (
    ProgressEntryLabels,
    ProgressReportData,
    ReportAddendum,
    ReportMeasure,
    ReportSection,
    ReportSession,
)

Text = Callable[[bytes], str]

SESSION = ReportSession(
    day=date(2026, 3, 5),
    start=time(17, 0),
    end=time(18, 11),
    planned_seconds=4200,
    actual_seconds=4260,
    present=7,
    guests=1,
    segments=(("Check-in", 840), ("Discussion", 2880)),
    themes=("sleep", "A.K.'s move"),
    sections=(
        ReportSection("Data", "The group talked about sleep; A.K. led."),
        ReportSection("Plan", ""),
    ),
    group_addenda=(ReportAddendum(datetime(2026, 3, 7, 9, 30), "B.L. phoned."),),
    status="late",
    attended_from=time(17, 10),
    attended_to=time(18, 11),
    turns=3,
    passes=1,
    seconds=260,
    share=0.31,
    checkin=(6.5, 0, 10),
    measures=(ReportMeasure("PHQ-9", 12), ReportMeasure("ORS", None)),
    rules_acknowledged=2,
    rules_in_force=3,
    entry="Engaged; spoke about work.",
    entry_addenda=(ReportAddendum(datetime(2026, 3, 8, 10, 0), "Asked for a referral."),),
    signed_on=date(2026, 3, 6),
    written=True,
)
DATA = ProgressReportData(
    "Thursday carers", "Bo Lind", date(2026, 3, 5), date(2026, 3, 5), (SESSION,)
)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_a_progress_entry_shows_the_group_and_the_member(paper: Paper, pdf_text: Text) -> None:
    result = build_progress_entry(DATA, HandoutOptions(paper=paper))
    text = pdf_text(result.pdf)
    assert result.page_count >= 1 and result.warnings == ()
    for expected in (
        "Thursday carers",
        "Progress entry: Bo Lind",
        "Session of 2026-03-05, 17:00–18:11",
        "1:11:00 of 1:10:00 planned",
        "Members present 7",
        "Guests 1",
        "Check-in 14:00 · Discussion 48:00",
        "sleep, A.K.'s move",
        "The group talked about sleep; A.K. led.",
        "Addendum of 2026-03-07 09:30",
        "B.L. phoned.",
        "late, 17:10–18:11",
        "Turns 3",
        "Passes 1",
        "04:20 (31 % of the time spoken)",
        "6.5 on a scale of 0 to 10",
        "PHQ-9 12, ORS",
        "Acknowledged version 2; version 3 in force",
        "Engaged; spoke about work.",
        "Asked for a referral.",
        "Signed on 2026-03-06",
        "Confidential · Bo Lind",
    ):
        assert expected in text, expected
    assert "Plan" not in text  # an empty section is left out


def test_an_unwritten_unsigned_session_says_so(pdf_text: Text) -> None:
    bare = replace(
        SESSION,
        sections=(),
        written=False,
        entry="",
        entry_addenda=(),
        group_addenda=(),
        signed_on=None,
        checkin=None,
        measures=(),
        rules_in_force=None,
        themes=(),
        guests=0,
    )
    text = pdf_text(build_progress_entry(replace(DATA, sessions=(bare,))).pdf)
    for expected in (
        "No session note was written.",
        "No lines written for this member.",
        "Not signed",
    ):
        assert expected in text
    for absent in ("Guests", "Check-in 6", "Ground rules", "Themes"):
        assert absent not in text


def test_an_absent_member_has_no_times_and_nobody_in_the_period(pdf_text: Text) -> None:
    absent = replace(SESSION, status="absent", attended_from=None, attended_to=None)
    text = pdf_text(build_progress_entry(replace(DATA, sessions=(absent,))).pdf)
    assert "Attendance absent" in text and "Turns" not in text
    empty = replace(DATA, sessions=(), last=date(2026, 4, 5))
    text = pdf_text(build_progress_entry(empty).pdf)
    assert "2026-03-05 to 2026-04-05" in text and "No session in this period." in text


def test_translated_labels_and_the_languages_digits(pdf_text: Text) -> None:
    labels = ProgressEntryLabels(kind="Wpis", title="Wpis: {name}", turns="Wypowiedzi")
    options = HandoutOptions(dates=DateStyle(digits="٠١٢٣٤٥٦٧٨٩"), language="ar")
    text = pdf_text(build_progress_entry(DATA, options, labels).pdf)
    assert "Wpis: Bo Lind" in text and "Wypowiedzi ٣" in text
    assert "١٧:٠٠" in text and "17:00" not in text


def test_a_year_of_long_notes_flows_over_many_pages_in_large_print() -> None:
    long = replace(
        SESSION,
        sections=(ReportSection("Data", "A long week. " * 600),),
        entry="Many lines.\n" * 200,
    )
    data = replace(DATA, sessions=(long,) * 12, last=date(2027, 3, 5))
    result = build_progress_entry(data, HandoutOptions(large_print=True))
    assert result.page_count > 12 and result.warnings == ()


def test_characters_no_font_has_are_boxes_with_a_warning() -> None:
    odd = replace(SESSION, entry="Drew \U0001f9e1 for the group")
    result = build_progress_entry(replace(DATA, sessions=(odd,)))
    assert [g.codepoint for g in result.missing_glyphs] == ["U+1F9E1"]
    assert result.problems and result.problems[0].place == "note"


def test_text_is_never_read_as_markup(pdf_text: Text) -> None:
    tricky = replace(SESSION, entry="<b>x</b> & <font size=99>y</font>")
    text = pdf_text(build_progress_entry(replace(DATA, sessions=(tricky,))).pdf)
    assert "<b>x</b> & <font size=99>y</font>" in text
