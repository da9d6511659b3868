"""Measures at the edges the mutation run found loose: refusals compared word for word
(message, field, nothing changed), a measure keeping its own name, a shipped measure that
lost its flag, and the sessions offered for an entry: the member's group's finished ones,
52 of them by default."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import update

from facilitator_desktop.domain.measures import GAD7, PHQ9, Band, InstrumentDraft, PaperTotal
from facilitator_desktop.errors import NotFound, ValidationError
from facilitator_desktop.models import GroupSession, MeasureInstrument
from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.workspace import Workspace
from facilitator_desktop.workspace_backups import database_path
from tests.helpers.measures_setup import TODAY, by_key, group_with, session_at


def _core10(name: str = "CORE-10", reliable_change: int = 6) -> InstrumentDraft:
    return InstrumentDraft(name, 10, 0, 4, reliable_change=reliable_change)


def test_a_measure_that_is_gone_is_named_in_the_refusal(measures: MeasureService) -> None:
    before = measures.instruments(include_archived=True)
    with pytest.raises(NotFound) as raised:
        measures.update_instrument(999, _core10())
    assert str(raised.value) == "That measure no longer exists."
    with pytest.raises(NotFound) as raised:
        measures.set_archived(999, True)
    assert str(raised.value) == "That measure no longer exists."
    assert measures.instruments(include_archived=True) == before


def test_a_shipped_measure_is_refused_on_the_name_field_word_for_word(
    measures: MeasureService,
) -> None:
    phq9 = by_key(measures, PHQ9)
    with pytest.raises(ValidationError) as raised:
        measures.update_instrument(phq9.id, _core10())
    assert raised.value.field == "name"
    assert str(raised.value) == "PHQ-9 is scored as published and cannot be changed."
    assert by_key(measures, PHQ9) == phq9


def test_a_shipped_measure_that_lost_its_flag_is_still_refused(
    ws: Workspace, measures: MeasureService
) -> None:
    phq9 = by_key(measures, PHQ9)
    with ws.context.sessions.begin() as s:  # edited outside the app
        s.execute(
            update(MeasureInstrument).where(MeasureInstrument.id == phq9.id).values(builtin=False)
        )
    with pytest.raises(ValidationError) as raised:
        measures.update_instrument(phq9.id, _core10())
    assert str(raised.value) == "PHQ-9 is scored as published and cannot be changed."


def test_a_used_measure_keeps_its_shape_refused_on_the_items_field(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    mine = measures.create_instrument(_core10())
    measures.record(anna, mine.id, PaperTotal(12), TODAY)
    with pytest.raises(ValidationError) as raised:
        measures.update_instrument(mine.id, InstrumentDraft("CORE-10", 11, 0, 4))
    assert raised.value.field == "items"
    assert raised.value.params == {"name": "CORE-10"}
    assert measures.instrument(mine.id).spec.items == 10


def test_a_measure_keeps_its_own_name_when_other_fields_change(
    measures: MeasureService,
) -> None:
    mine = measures.create_instrument(_core10())
    kept = measures.update_instrument(mine.id, _core10("core-10", reliable_change=5))
    assert (kept.name, kept.spec.reliable_change) == ("core-10", 5)
    other = measures.create_instrument(_core10("ORS"))
    with pytest.raises(ValidationError) as raised:
        measures.update_instrument(other.id, _core10("CORE-10"))
    assert str(raised.value) == "There is already a measure called “CORE-10”."
    assert measures.instrument(other.id).name == "ORS"


def test_the_sessions_offered_are_the_members_groups_finished_ones(
    ws: Workspace, measures: MeasureService
) -> None:
    group_id, (anna,) = group_with(ws, "G", "Anna")
    other_group, _ = group_with(ws, "Other", "Bob")
    mine = session_at(ws, group_id, datetime(2026, 1, 6, 18))
    session_at(ws, other_group, datetime(2026, 1, 7, 18))
    running = session_at(ws, group_id, datetime(2026, 1, 13, 18))
    with ws.context.sessions.begin() as s:
        s.execute(update(GroupSession).where(GroupSession.id == running).values(status="running"))
    assert measures.sessions_for(anna) == [(mine, datetime(2026, 1, 6, 18))]


def test_a_member_who_is_gone_has_no_sessions_and_it_says_which(
    measures: MeasureService,
) -> None:
    with pytest.raises(NotFound) as raised:
        measures.sessions_for(9999)
    assert str(raised.value) == "That member no longer exists."


def test_a_year_of_sessions_is_offered_by_default(ws: Workspace, measures: MeasureService) -> None:
    group_id, (anna,) = group_with(ws, "G", "Anna")
    first = datetime(2025, 1, 7, 18)
    ids = [session_at(ws, group_id, first + timedelta(weeks=w)) for w in range(53)]
    offered = measures.sessions_for(anna)
    assert [sid for sid, _ in offered] == ids[:0:-1]  # the 52 newest; the oldest left out


def test_an_entry_refused_names_its_field_word_for_word_and_stores_nothing(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    other_group, _ = group_with(ws, "H", "Bea")
    elsewhere = session_at(ws, other_group, datetime(2026, 3, 3, 18))
    phq9 = by_key(measures, PHQ9).id
    archived = measures.create_instrument(_core10("ORS")).id
    measures.set_archived(archived, True)
    cases: list[tuple[dict[str, object], str, str]] = [
        (
            {"taken_on": datetime(2026, 3, 2, 9)},
            "taken_on",
            "Give the date the form was filled in.",
        ),
        ({"taken_on": "2026-03-02"}, "taken_on", "Give the date the form was filled in."),
        ({"taken_on": TODAY + timedelta(days=1)}, "taken_on", "The date cannot be after today."),
        ({"taken_on": date(1899, 12, 31)}, "taken_on", "The date is too far in the past."),
        ({"session_id": elsewhere}, "session", "That session is not one of their group's."),
        (
            {"instrument_id": archived, "answers": PaperTotal(3)},
            "instrument",
            "ORS is archived. Bring it back in Measures to use it.",
        ),
    ]
    for change, field, message in cases:
        call: dict[str, object] = {
            "member_id": anna,
            "instrument_id": phq9,
            "answers": [0] * 9,
            "taken_on": TODAY,
            "session_id": None,
        }
        call.update(change)
        with pytest.raises(ValidationError) as refused:
            measures.record(**call)  # type: ignore[arg-type]
        assert (refused.value.field, str(refused.value)) == (field, message), change
    assert measures.entries(anna) == []
    # The edges themselves are taken: today, and the first day of 1900.
    assert measures.record(anna, phq9, PaperTotal(3), TODAY).taken_on == TODAY
    oldest = measures.record(anna, phq9, PaperTotal(3), date(1900, 1, 1))
    assert oldest.taken_on == date(1900, 1, 1)
    assert len(measures.entries(anna)) == 2


def test_deleting_an_entry_that_is_gone_says_so_and_keeps_the_others(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    kept = measures.record(anna, by_key(measures, PHQ9).id, PaperTotal(3), TODAY)
    with pytest.raises(NotFound) as raised:
        measures.delete_entry(kept.id + 1)
    assert str(raised.value) == "That measure entry no longer exists."
    assert [e.id for e in measures.entries(anna)] == [kept.id]


def test_instruments_list_shipped_first_then_by_name_with_their_own_counts(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna, bea) = group_with(ws, "G", "Anna", "Bea")
    zed = measures.create_instrument(_core10("zed")).id
    alpha = measures.create_instrument(_core10("Alpha")).id
    beta = measures.create_instrument(_core10("beta")).id
    measures.record(anna, zed, PaperTotal(3), TODAY)
    measures.record(bea, zed, PaperTotal(4), TODAY)
    measures.record(anna, alpha, PaperTotal(5), TODAY)
    measures.set_archived(beta, True)
    listed = measures.instruments(include_archived=True)
    assert [(i.name, i.archived, i.entries) for i in listed] == [
        ("PHQ-9", False, 0),
        ("GAD-7", False, 0),
        ("Alpha", False, 1),
        ("beta", True, 0),
        ("zed", False, 2),
    ]
    assert [i.name for i in measures.instruments()] == ["PHQ-9", "GAD-7", "Alpha", "zed"]


def test_a_members_entries_are_theirs_by_date_then_as_entered(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna, bea) = group_with(ws, "G", "Anna", "Bea")
    phq9 = by_key(measures, PHQ9).id
    late = measures.record(anna, phq9, PaperTotal(9), date(2026, 3, 1))
    first_that_day = measures.record(anna, phq9, PaperTotal(2), date(2026, 2, 1))
    second_that_day = measures.record(anna, phq9, PaperTotal(4), date(2026, 2, 1))
    measures.record(bea, phq9, PaperTotal(7), date(2026, 1, 1))
    entries = measures.entries(anna)
    assert [e.id for e in entries] == [first_that_day.id, second_that_day.id, late.id]
    assert [(e.member_id, e.instrument_name, e.taken_on) for e in entries] == [
        (anna, "PHQ-9", date(2026, 2, 1)),
        (anna, "PHQ-9", date(2026, 2, 1)),
        (anna, "PHQ-9", date(2026, 3, 1)),
    ]
    assert [e.score.total for e in entries if e.score] == [2, 4, 9]


def test_a_trajectory_point_is_its_entry_and_session(
    ws: Workspace, measures: MeasureService
) -> None:
    group_id, (anna, bea) = group_with(ws, "G", "Anna", "Bea")
    session_id = session_at(ws, group_id, datetime(2026, 2, 3, 18))
    gad7 = by_key(measures, GAD7)
    first = measures.record(anna, gad7.id, PaperTotal(3), date(2026, 2, 3), session_id)
    latest = measures.record(anna, gad7.id, PaperTotal(9), date(2026, 3, 3))
    measures.record(bea, gad7.id, PaperTotal(20), date(2026, 2, 10))
    (trajectory,) = measures.trajectories(anna)
    assert trajectory.instrument.id == gad7.id and trajectory.damaged == 0
    assert [(p.entry_id, p.taken_on, p.session_id, p.total) for p in trajectory.points] == [
        (first.id, date(2026, 2, 3), session_id, 3),
        (latest.id, date(2026, 3, 3), None, 9),
    ]


def test_another_measures_entries_do_not_fix_this_ones_shape(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    used = measures.create_instrument(_core10("Used")).id
    unused = measures.create_instrument(_core10("Unused")).id
    measures.record(anna, used, PaperTotal(3), TODAY)
    reshaped = measures.update_instrument(unused, InstrumentDraft("Unused", 5, 1, 7))
    assert (reshaped.spec.items, reshaped.spec.item_min, reshaped.spec.item_max) == (5, 1, 7)
    assert measures.instrument(used).spec.items == 10


def _stored_bands(ws: Workspace, instrument_id: int, text: str) -> None:
    with ws.context.sessions.begin() as s:  # as an older version or another hand left it
        s.execute(
            update(MeasureInstrument)
            .where(MeasureInstrument.id == instrument_id)
            .values(bands_json=text)
        )


@pytest.mark.parametrize(
    ("stored", "bands", "decimals"),
    [
        ("", (), 0),
        ("[]", (), 0),
        ('[{"from": 0, "to": 10, "label": "low"}]', (Band(0, 10, "low"),), 0),
        ('{"decimals": 1}', (), 1),
        ('{"bands": [{"from": 0, "to": 10, "label": "low"}]}', (Band(0, 10, "low"),), 0),
    ],
    ids=["empty", "empty-list", "list", "no-bands", "no-decimals"],
)
def test_a_measures_bands_are_read_in_every_form_it_was_stored_in(
    ws: Workspace, measures: MeasureService, stored: str, bands: tuple[Band, ...], decimals: int
) -> None:
    mine = measures.create_instrument(_core10()).id
    _stored_bands(ws, mine, stored)
    spec = measures.instrument(mine).spec
    assert (spec.bands, spec.decimals, spec.items) == (bands, decimals, 10)


def test_which_way_is_worse_is_kept(measures: MeasureService) -> None:
    worse_up = measures.create_instrument(_core10("Up")).id
    worse_down = measures.create_instrument(
        InstrumentDraft("Down", 4, 0, 10, higher_is_worse=False, reliable_change=5)
    ).id
    assert measures.instrument(worse_up).spec.higher_is_worse is True
    assert measures.instrument(worse_down).spec.higher_is_worse is False


def test_each_new_measure_gets_its_own_key(measures: MeasureService) -> None:
    first = measures.create_instrument(_core10("First"))
    second = measures.create_instrument(_core10("Second"))
    assert [first.name, second.name] == ["First", "Second"]
    assert (first.spec.key, second.spec.key) == (f"custom-{first.id}", f"custom-{second.id}")


def test_an_entry_edited_outside_the_app_reads_as_damaged_and_names_nothing(
    ws: Workspace, measures: MeasureService
) -> None:
    _, (anna,) = group_with(ws, "G", "Anna")
    phq9 = by_key(measures, PHQ9).id
    bad_date = measures.record(anna, phq9, PaperTotal(3), date(2026, 3, 1)).id
    bad_measure = measures.record(anna, phq9, PaperTotal(4), date(2026, 3, 2)).id
    good = measures.record(anna, phq9, PaperTotal(5), date(2026, 3, 3)).id
    ws.engine.dispose()
    with sqlite3.connect(database_path(ws.data_dir)) as conn:  # no foreign keys checked here
        conn.execute("UPDATE measure_entries SET taken_on = 'soon' WHERE id = ?", (bad_date,))
        conn.execute("UPDATE measure_entries SET instrument_id = 'x' WHERE id = ?", (bad_measure,))
    read = {e.id: e for e in measures.entries(anna)}
    assert (read[bad_date].damaged, read[bad_date].score) == (True, None)
    assert (read[bad_measure].damaged, read[bad_measure].score) == (True, None)
    assert (read[bad_measure].instrument_id, read[bad_measure].instrument_name) == (0, "?")
    good_score = read[good].score
    assert not read[good].damaged and good_score is not None and good_score.total == 5
