"""Measures between sessions, what is read from them: the not-on-track list, the CSV of a
member's scores, the sessions an entry may belong to, the member's copy of their record,
and entries through a new data key and an erasure."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import update

from facilitator_desktop.domain.measures import (
    GAD7,
    PHQ9,
    Band,
    Change,
    InstrumentDraft,
    PaperTotal,
)
from facilitator_desktop.errors import NotFound
from facilitator_desktop.models import Group, MeasureEntry
from facilitator_desktop.services.context import to_local
from facilitator_desktop.services.measures import CHECKIN_LOOKBACK, MeasureService
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.measures_setup import NOW, TODAY, by_key, checkin, group_with, session_at

# --- not on track ---------------------------------------------------------------------------


def test_reliable_deterioration_is_not_on_track(ws: Workspace, measures: MeasureService) -> None:
    group_id, (anna, bea, cem, dora) = group_with(ws, "G", "Anna", "Bea", "Cem", "Dora")
    phq9 = by_key(measures, PHQ9).id
    gad7 = by_key(measures, GAD7).id
    mine = measures.create_instrument(InstrumentDraft("No threshold", 2, 0, 10)).id
    measures.record(anna, phq9, PaperTotal(8), date(2026, 1, 5))
    measures.record(anna, phq9, PaperTotal(3), date(2026, 2, 5))
    measures.record(anna, phq9, PaperTotal(14), date(2026, 3, 5))  # 6 worse than the first
    measures.record(bea, gad7, PaperTotal(5), date(2026, 1, 5))
    measures.record(bea, gad7, PaperTotal(8), date(2026, 3, 5))  # 3 worse: within error
    measures.record(cem, mine, PaperTotal(0), date(2026, 1, 5))
    measures.record(cem, mine, PaperTotal(20), date(2026, 3, 5))  # no threshold: no alert
    measures.record(dora, gad7, PaperTotal(2), date(2026, 1, 5))
    measures.record(dora, gad7, PaperTotal(9), date(2026, 3, 5))
    found = measures.not_on_track()
    assert [(o.kind, o.member_id, o.instrument_name, o.before, o.latest) for o in found] == [
        ("measure", anna, "PHQ-9", 8, 14),
        ("measure", dora, "GAD-7", 2, 9),
    ]
    assert (found[0].since, found[0].latest_on, found[0].threshold) == (
        date(2026, 1, 5),
        date(2026, 3, 5),
        6.0,
    )
    assert found[0].group_id == group_id

    ws.members.set_left(dora, TODAY)  # who has left is not followed up
    assert [o.member_id for o in measures.not_on_track()] == [anna]
    assert measures.not_on_track(group_id=group_id + 1) == []


def test_an_archived_group_is_not_followed_up(ws: Workspace, measures: MeasureService) -> None:
    group_id, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9).id
    measures.record(anna, phq9, PaperTotal(2), date(2026, 1, 5))
    measures.record(anna, phq9, PaperTotal(20), date(2026, 2, 5))
    assert len(measures.not_on_track()) == 1
    with ws.context.sessions.begin() as s:
        s.execute(update(Group).where(Group.id == group_id).values(archived_at=NOW))
    assert measures.not_on_track() == []


def test_a_damaged_latest_entry_falls_back_to_the_one_before(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9).id
    measures.record(anna, phq9, PaperTotal(2), date(2026, 1, 5))
    measures.record(anna, phq9, PaperTotal(10), date(2026, 2, 5))
    latest = measures.record(anna, phq9, PaperTotal(3), date(2026, 3, 5))
    with ws.context.sessions.begin() as s:
        s.execute(update(MeasureEntry).where(MeasureEntry.id == latest.id).values(rev=5))
    (found,) = measures.not_on_track()
    assert (found.before, found.latest, found.latest_on) == (2, 10, date(2026, 2, 5))


def test_a_falling_check_in_is_not_on_track(ws: Workspace, measures: MeasureService) -> None:
    group_id, (anna, bea, cem) = group_with(ws, "G", "Anna", "Bea", "Cem")
    sessions = [session_at(ws, group_id, datetime(2026, 2, d, 18)) for d in (3, 10, 17, 24)]
    for session_id, a, b in zip(sessions, ("7", "8", "7", "5"), ("6", "6", "5", "4"), strict=True):
        checkin(ws, session_id, anna, a)
        checkin(ws, session_id, bea, b)
    checkin(ws, sessions[2], cem, "9")
    checkin(ws, sessions[3], cem, "1")  # two check-ins only: not three sessions yet
    (found,) = measures.not_on_track()
    assert (found.kind, found.member_id, found.before, found.latest, found.threshold) == (
        "checkin",
        anna,
        8,
        5,
        3,
    )
    assert (found.since, found.latest_on) == (date(2026, 2, 10), date(2026, 2, 24))

    # A 1-5 scale falls by 1.
    with ws.context.sessions.begin() as s:
        s.execute(update(Group).where(Group.id == group_id).values(checkin_min=1, checkin_max=5))
    assert [o.member_id for o in measures.not_on_track()] == [anna, bea]


def test_unreadable_check_ins_are_skipped(ws: Workspace, measures: MeasureService) -> None:
    group_id, (anna, bea) = group_with(ws, "G", "Anna", "Bea")
    sessions = [session_at(ws, group_id, datetime(2026, 2, d, 18)) for d in (3, 10, 17)]
    for session_id, a in zip(sessions, ('{"score": 9}', "8", "2"), strict=True):
        checkin(ws, session_id, anna, a)
    for session_id, b in zip(sessions, ("9", "9", "not a number"), strict=True):
        checkin(ws, session_id, bea, b)
    assert [o.member_id for o in measures.not_on_track()] == [anna]


# --- CSV --------------------------------------------------------------------------------


def test_scores_csv_cell_by_cell(ws: Workspace, measures: MeasureService) -> None:
    group_id, (anna,) = group_with(ws, "G", "Ελένη")
    session_id = session_at(ws, group_id, datetime(2026, 1, 6, 17, 30, 12))
    phq9 = by_key(measures, PHQ9).id
    ors = measures.create_instrument(
        InstrumentDraft(
            "ORS",
            4,
            0,
            10,
            higher_is_worse=False,
            bands=(Band(0, 24.9, "clinical"),),
            reliable_change=5,
            decimals=1,
        )
    ).id
    measures.record(anna, phq9, [2, 2, 1, 3, 0, 1, 2, 0, 1], date(2026, 1, 6), session_id)
    measures.record(anna, phq9, PaperTotal(5), date(2026, 3, 3))
    measures.record(anna, ors, [6.1, 5.2, 7.3, 4.8], date(2026, 1, 6))
    data = measures.scores_csv(anna, "Ελένη")
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table == [
        [
            "date",
            "member",
            "measure",
            "total",
            "band",
            "change_from_first",
            "answers",
            "session_start",
            "scale",
        ],
        [
            "2026-01-06",
            "Ελένη",
            "ORS",
            "23.4",
            "clinical",
            "within_error",
            "6.1 5.2 7.3 4.8",
            "",
            "0.0–40.0",
        ],
        [
            "2026-01-06",
            "Ελένη",
            "PHQ-9",
            "12",
            "moderate",
            "within_error",
            "2 2 1 3 0 1 2 0 1",
            _local("2026-01-06 17:30"),
            "0–27",
        ],
        ["2026-03-03", "Ελένη", "PHQ-9", "5", "mild", "improved", "total from paper", "", "0–27"],
    ]


def _local(utc: str) -> str:
    return to_local(datetime.fromisoformat(utc)).isoformat(" ", "minutes")


def test_sessions_for_a_member_newest_first(ws: Workspace, measures: MeasureService) -> None:
    group_id, (anna,) = group_with(ws, "G", "Anna")
    older = session_at(ws, group_id, datetime(2026, 1, 6, 18))
    newer = session_at(ws, group_id, datetime(2026, 1, 13, 18))
    assert [sid for sid, _ in measures.sessions_for(anna)] == [newer, older]
    assert [sid for sid, _ in measures.sessions_for(anna, last=1)] == [newer]
    with pytest.raises(NotFound):
        measures.sessions_for(9999)


def test_entries_on_the_same_day_count_in_the_order_they_were_made(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9).id
    day_one, day_two = date(2026, 1, 5), date(2026, 3, 5)
    measures.record(anna, phq9, PaperTotal(2), day_one)  # the first
    measures.record(anna, phq9, PaperTotal(20), day_one)
    measures.record(anna, phq9, PaperTotal(3), day_two)
    measures.record(anna, phq9, PaperTotal(9), day_two)  # the latest: 7 worse than 2
    (found,) = measures.not_on_track()
    assert (found.before, found.latest) == (2, 9)
    (trajectory,) = measures.trajectories(anna)
    assert [p.total for p in trajectory.points] == [2, 20, 3, 9]
    assert trajectory.change is Change.DETERIORATED


def test_check_ins_are_looked_for_in_the_groups_latest_sessions(
    ws: Workspace, measures: MeasureService
) -> None:
    group_id, (anna,) = group_with(ws, "G", "Anna")
    start = datetime(2025, 1, 7, 18)
    sessions = [
        session_at(ws, group_id, start + timedelta(weeks=week))
        for week in range(CHECKIN_LOOKBACK + 3)
    ]
    for session_id, said in zip(sessions[:3], ("9", "9", "2"), strict=True):
        checkin(ws, session_id, anna, said)  # a fall, but older than the lookback
    assert measures.not_on_track() == []
    for session_id, said in zip(sessions[-3:], ("9", "9", "2"), strict=True):
        checkin(ws, session_id, anna, said)
    (found,) = measures.not_on_track()
    assert found.latest_on == to_local(start + timedelta(weeks=CHECKIN_LOOKBACK + 2)).date()


def test_the_members_copy_of_their_record_holds_their_scores(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna, bea) = group_with(ws, "G", "Anna", "Bea")
    phq9 = by_key(measures, PHQ9).id
    measures.record(anna, phq9, [2, 2, 1, 3, 0, 1, 2, 0, 1], date(2026, 1, 6))
    measures.record(anna, by_key(measures, GAD7).id, PaperTotal(9), date(2026, 2, 3))
    broken = measures.record(anna, phq9, PaperTotal(4), date(2026, 3, 3))
    measures.record(bea, phq9, PaperTotal(27), date(2026, 1, 6))  # not hers: not in it
    with ws.context.sessions.begin() as s:
        s.execute(update(MeasureEntry).where(MeasureEntry.id == broken.id).values(rev=3))
    document = json.loads(ws.member_rights.export(anna))
    assert document["measures"] == [
        {
            "measure": "PHQ-9",
            "taken_on": "2026-01-06",
            "total": 12,
            "band": "moderate",
            "answers": [2, 2, 1, 3, 0, 1, 2, 0, 1],
        },
        {
            "measure": "GAD-7",
            "taken_on": "2026-02-03",
            "total": 9,
            "band": "mild",
            "answers": None,
        },
        {
            "measure": "PHQ-9",
            "taken_on": "2026-03-03",
            "total": None,
            "band": "",
            "answers": None,
            "damaged": True,
        },
    ]


def test_entries_survive_a_new_data_key_and_erasure_takes_them(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna, bea) = group_with(ws, "G", "Anna", "Bea")
    phq9 = by_key(measures, PHQ9).id
    measures.record(anna, phq9, [1] * 9, date(2026, 1, 5))
    measures.record(bea, phq9, PaperTotal(4), date(2026, 1, 5))
    report = ws.change_passphrase(
        PASSPHRASE, "another passphrase", rotate=True, kdf_params=FAST_KDF
    )
    assert report.rotated
    fresh = MeasureService(ws.context)
    (entry,) = fresh.entries(anna)
    assert not entry.damaged and entry.score is not None and entry.score.total == 9
    ws.erasure.erase(anna)
    assert fresh.entries(anna) == []
    assert [e.score.total for e in fresh.entries(bea) if e.score] == [4]
