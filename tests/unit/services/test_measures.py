"""Measures between sessions: the shipped instruments seeded once, entries sealed and scored,
refusals that store nothing, instruments the facilitator defines, trajectories with reliable
change, the not-on-track list and the CSV of a member's scores."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from facilitator_desktop.domain.measures import (
    GAD7,
    PHQ9,
    Band,
    Change,
    Flag,
    InstrumentDraft,
    PaperTotal,
)
from facilitator_desktop.errors import NotFound, ValidationError
from facilitator_desktop.models import (
    CheckinScore,
    Group,
    GroupSession,
    MeasureEntry,
    MeasureInstrument,
)
from facilitator_desktop.services.context import to_local
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.measures import (
    CHECKIN_LOOKBACK,
    InstrumentInfo,
    MeasureService,
)
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE

NOW = datetime(2026, 3, 10, 12, 0)
TODAY = NOW.date()


@pytest.fixture
def ws(data_dir: Path) -> Iterator[Workspace]:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF, now=lambda: NOW) as opened:
        yield opened


@pytest.fixture
def measures(ws: Workspace) -> MeasureService:
    return MeasureService(ws.context)


def group_with(ws: Workspace, name: str, *aliases: str) -> tuple[int, list[int]]:
    group = ws.groups.create(GroupDraft(name))
    return group.id, [ws.members.add(group.id, MemberDraft(a)).id for a in aliases]


def by_key(measures: MeasureService, key: str) -> InstrumentInfo:
    (info,) = [i for i in measures.instruments(include_archived=True) if i.spec.key == key]
    return info


def session_at(ws: Workspace, group_id: int, started: datetime) -> int:
    with ws.context.sessions.begin() as s:
        row = GroupSession(
            group_id=group_id,
            status="finished",
            started_at=started,
            ended_at=started + timedelta(minutes=90),
            plan_json="[]",
            seats_json="[]",
            soft_limit_min=5,
        )
        s.add(row)
        s.flush()
        return row.id


def checkin(ws: Workspace, session_id: int, member_id: int, plain: str) -> None:
    """A check-in as the check-in service seals it (a number written as JSON text)."""
    cipher = ws.keyring.cipher
    with ws.context.sessions.begin() as s:
        row = CheckinScore(session_id=session_id, member_id=member_id, rev=0, recorded_at=NOW)
        s.add(row)
        s.flush()
        row.score_ct = cipher.encrypt("checkin_scores", row.id, "score", 0, plain)


def entry_count(ws: Workspace) -> int:
    with ws.context.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(MeasureEntry)) or 0)


# --- instruments ----------------------------------------------------------------------------


def test_the_shipped_instruments_are_seeded_once(ws: Workspace, measures: MeasureService) -> None:
    first = measures.instruments()
    assert [(i.name, i.shipped, i.archived, i.entries) for i in first] == [
        ("PHQ-9", True, False, 0),
        ("GAD-7", True, False, 0),
    ]
    assert MeasureService(ws.context).instruments() == first
    with ws.context.sessions() as s:
        rows = s.execute(
            select(
                MeasureInstrument.key,
                MeasureInstrument.items,
                MeasureInstrument.item_max,
                MeasureInstrument.reliable_change,
                MeasureInstrument.builtin,
            ).order_by(MeasureInstrument.id)
        ).all()
    assert [tuple(r) for r in rows] == [("phq9", 9, 3, 6.0, True), ("gad7", 7, 3, 4.0, True)]


def test_a_shipped_row_edited_outside_the_app_does_not_change_the_scoring(
    ws: Workspace, measures: MeasureService
) -> None:
    measures.instruments()
    with ws.context.sessions.begin() as s:
        s.execute(
            update(MeasureInstrument)
            .where(MeasureInstrument.key == PHQ9)
            .values(items=2, reliable_change=1, name="Tampered")
        )
    phq9 = by_key(measures, PHQ9)
    assert (phq9.name, phq9.spec.items, phq9.spec.reliable_change) == ("PHQ-9", 9, 6)


def core10() -> InstrumentDraft:
    return InstrumentDraft(
        "CORE-10",
        10,
        0,
        4,
        higher_is_worse=True,
        bands=(Band(0, 10, "low"), Band(11, 40, "clinical")),
        reliable_change=6,
    )


def test_a_defined_instrument_round_trips(measures: MeasureService) -> None:
    created = measures.create_instrument(core10())
    assert created.spec.key == f"custom-{created.id}"
    assert [i.name for i in measures.instruments()] == ["PHQ-9", "GAD-7", "CORE-10"]
    again = measures.instrument(created.id)
    assert again == created
    assert again.spec.bands == (Band(0, 10, "low"), Band(11, 40, "clinical"))
    assert (again.spec.reliable_change, again.spec.decimals, again.entries) == (6, 0, 0)

    tenths = measures.create_instrument(
        InstrumentDraft("ORS", 4, 0, 10, higher_is_worse=False, decimals=1, reliable_change=5)
    )
    assert tenths.spec.decimals == 1 and not tenths.spec.higher_is_worse


@pytest.mark.parametrize("name", ["CORE-10", " core-10 ", "phq-9", "GAD-7"])
def test_two_measures_never_share_a_name(measures: MeasureService, name: str) -> None:
    measures.create_instrument(core10())
    with pytest.raises(ValidationError) as refused:
        measures.create_instrument(InstrumentDraft(name, 3, 0, 4))
    assert refused.value.field == "name"
    assert refused.value.message.startswith("There is already a measure called “")
    assert len(measures.instruments()) == 3


def test_shipped_instruments_cannot_be_edited(measures: MeasureService) -> None:
    phq9 = by_key(measures, PHQ9)
    with pytest.raises(ValidationError, match="PHQ-9 is scored as published"):
        measures.update_instrument(phq9.id, core10())


def test_an_instrument_keeps_its_shape_once_used(ws: Workspace, measures: MeasureService) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    mine = measures.create_instrument(core10())
    renamed = measures.update_instrument(
        mine.id, InstrumentDraft("CORE-10 (paper)", 10, 0, 4, reliable_change=5)
    )
    assert renamed.name == "CORE-10 (paper)" and renamed.spec.bands == ()
    measures.record(anna, mine.id, PaperTotal(12), TODAY)
    with pytest.raises(ValidationError) as refused:
        measures.update_instrument(mine.id, InstrumentDraft("CORE-10", 11, 0, 4))
    assert refused.value.message == (
        "CORE-10 (paper) already has entries, so its number of items and their range stay as "
        "they are. Define a new measure for another form."
    )
    # Bands and threshold still change.
    kept = measures.update_instrument(mine.id, core10())
    assert kept.entries == 1 and kept.spec.reliable_change == 6


def test_archived_measures_take_no_entries_but_keep_theirs(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    gad7 = by_key(measures, GAD7)
    measures.record(anna, gad7.id, PaperTotal(8), TODAY)
    assert measures.set_archived(gad7.id, True).archived
    assert [i.name for i in measures.instruments()] == ["PHQ-9"]
    with pytest.raises(ValidationError, match="GAD-7 is archived"):
        measures.record(anna, gad7.id, PaperTotal(9), TODAY)
    assert [t.spec.name for t in measures.trajectories(anna)] == ["GAD-7"]
    assert not measures.set_archived(gad7.id, False).archived


# --- entries --------------------------------------------------------------------------------


def test_a_phq9_is_scored_and_sealed(ws: Workspace, measures: MeasureService) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9)
    answers = [2, 2, 1, 3, 0, 1, 2, 0, 1]
    entry = measures.record(anna, phq9.id, answers, date(2026, 3, 2))
    assert entry.score is not None
    assert (entry.score.total, entry.score.band and entry.score.band.label) == (12, "moderate")
    assert entry.score.flags == frozenset({Flag.SELF_HARM_THOUGHTS})
    assert measures.entries(anna) == [entry]
    with ws.context.sessions() as s:
        row = s.get(MeasureEntry, entry.id)
        assert row is not None and row.answers_ct is not None
        assert b"answers" not in row.answers_ct and b"2,2,1" not in row.answers_ct
        sealed = ws.keyring.cipher.decrypt("measure_entries", row.id, "answers", 0, row.answers_ct)
    assert json.loads(sealed) == {"answers": answers}


def test_a_paper_total_is_sealed_as_a_total(ws: Workspace, measures: MeasureService) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    entry = measures.record(anna, by_key(measures, GAD7).id, PaperTotal(15), TODAY)
    assert entry.score is not None and entry.score.from_total
    with ws.context.sessions() as s:
        row = s.get(MeasureEntry, entry.id)
        assert row is not None and row.answers_ct is not None
        plain = ws.keyring.cipher.decrypt("measure_entries", row.id, "answers", 0, row.answers_ct)
    assert json.loads(plain) == {"total": 15}


def test_refusals_store_nothing(ws: Workspace, measures: MeasureService) -> None:
    group_id, (anna,) = group_with(ws, "G", "Anna")
    other_group, _ = group_with(ws, "H", "Bea")
    elsewhere = session_at(ws, other_group, datetime(2026, 3, 3, 18))
    phq9 = by_key(measures, PHQ9).id
    cases: list[tuple[dict[str, object], type[Exception], str]] = [
        ({"answers": [1] * 8}, ValidationError, "PHQ-9 has 9 items; 8 answers were given."),
        ({"answers": [1] * 8 + [4]}, ValidationError, "Item 9 must be from 0 to 3."),
        ({"answers": PaperTotal(28)}, ValidationError, "The total must be from 0 to 27."),
        ({"taken_on": TODAY + timedelta(days=1)}, ValidationError, "The date cannot be after"),
        ({"taken_on": date(1899, 12, 31)}, ValidationError, "The date is too far in the past."),
        ({"session_id": elsewhere}, ValidationError, "That session is not one of their group's."),
        ({"session_id": 9999}, ValidationError, "That session is not one of their group's."),
        ({"member_id": 9999}, NotFound, "That member no longer exists."),
        ({"instrument_id": 9999}, NotFound, "That measure no longer exists."),
    ]
    for change, error, message in cases:
        call: dict[str, object] = {
            "member_id": anna,
            "instrument_id": phq9,
            "answers": [0] * 9,
            "taken_on": TODAY,
            "session_id": None,
        }
        call.update(change)
        with pytest.raises(error) as refused:
            measures.record(**call)  # type: ignore[arg-type]
        assert str(refused.value).startswith(message), change
    assert entry_count(ws) == 0
    session_id = session_at(ws, group_id, datetime(2026, 3, 3, 18))
    assert measures.record(anna, phq9, [0] * 9, TODAY, session_id).session_id == session_id


def test_delete_an_entry(ws: Workspace, measures: MeasureService) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    entry = measures.record(anna, by_key(measures, GAD7).id, PaperTotal(3), TODAY)
    measures.delete_entry(entry.id)
    assert measures.entries(anna) == []
    with pytest.raises(NotFound, match="That measure entry no longer exists."):
        measures.delete_entry(entry.id)


def test_a_swapped_or_rolled_back_ciphertext_reads_as_damaged_alone(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9).id
    first = measures.record(anna, phq9, PaperTotal(20), date(2026, 1, 5))
    second = measures.record(anna, phq9, PaperTotal(4), date(2026, 2, 5))
    third = measures.record(anna, phq9, PaperTotal(6), date(2026, 3, 5))
    with ws.context.sessions.begin() as s:
        blob = s.scalar(select(MeasureEntry.answers_ct).where(MeasureEntry.id == first.id))
        s.execute(update(MeasureEntry).where(MeasureEntry.id == second.id).values(answers_ct=blob))
        s.execute(update(MeasureEntry).where(MeasureEntry.id == third.id).values(rev=1))
    listed = measures.entries(anna)
    assert [(e.id, e.damaged) for e in listed] == [
        (first.id, False),
        (second.id, True),
        (third.id, True),
    ]
    (trajectory,) = measures.trajectories(anna)
    assert [p.total for p in trajectory.points] == [20]
    assert trajectory.damaged == 2


# --- trajectories ---------------------------------------------------------------------------


def test_a_trajectory_carries_bands_and_reliable_change(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9).id
    gad7 = by_key(measures, GAD7).id
    for day, total in ((date(2026, 2, 3), 16), (date(2026, 1, 6), 18), (date(2026, 3, 3), 9)):
        measures.record(anna, phq9, PaperTotal(total), day)
    measures.record(anna, gad7, PaperTotal(7), date(2026, 1, 6))
    phq, gad = measures.trajectories(anna)
    assert [(p.taken_on.month, p.total, p.band and p.band.label, p.change) for p in phq.points] == [
        (1, 18, "moderately severe", Change.WITHIN_ERROR),
        (2, 16, "moderately severe", Change.WITHIN_ERROR),
        (3, 9, "mild", Change.IMPROVED),
    ]
    assert phq.change is Change.IMPROVED
    assert gad.spec.name == "GAD-7" and len(gad.points) == 1
    assert gad.change is Change.WITHIN_ERROR
    assert measures.trajectories(9999) == []


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
        ],
        ["2026-01-06", "Ελένη", "ORS", "23.4", "clinical", "within_error", "6.1 5.2 7.3 4.8", ""],
        [
            "2026-01-06",
            "Ελένη",
            "PHQ-9",
            "12",
            "moderate",
            "within_error",
            "2 2 1 3 0 1 2 0 1",
            _local("2026-01-06 17:30"),
        ],
        ["2026-03-03", "Ελένη", "PHQ-9", "5", "mild", "improved", "total from paper", ""],
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
