"""Check-in scores: the group's scale and question, one sealed score per session and member
(re-entering replaces it), the form the session note and the "not on track" rule read, and
the room's queue: a full disk or a lock keeps a score (never in plain form) until it can be
stored, and the end of the session waits for it."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import (
    KeyChanging,
    NotFound,
    ValidationError,
    VaultLocked,
)
from facilitator_desktop.services.checkin_scores import (
    DEFAULT_SCALE,
    QUESTION_MAX,
    CheckinScale,
    CheckinScoreService,
    ScoreKeyChanging,
    check_scale,
    hold,
    open_held,
)
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.live_session import LiveSession, SaveFailed
from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.helpers.checkin_setup import finished_session
from tests.helpers.faults import failing_writes

AGENDA = (SegmentSpec("Check-in", 10, "round"), SegmentSpec("Sharing", 30, "open"))


@pytest.fixture
def group(workspace: Workspace) -> tuple[int, list[int]]:
    group = workspace.groups.create(GroupDraft("G", agenda=AGENDA))
    ids = [workspace.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy")]
    return group.id, ids


@pytest.fixture
def scores(workspace: Workspace) -> CheckinScoreService:
    return CheckinScoreService(workspace.context)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(100.0)


@pytest.fixture
def live(workspace: Workspace, group: tuple[int, list[int]], clock: FakeClock) -> LiveSession:
    live = workspace.sessions.start(group[0], monotonic=clock, rng=random.Random(1))
    live.mark_all_unmarked_present()
    live.toggle()
    return live


def rows(ws: Workspace, session_id: int) -> list[tuple[int, int, int, bytes | None]]:
    with ws.engine.connect() as conn:
        return [
            (member, row_id, rev, blob)
            for member, row_id, rev, blob in conn.exec_driver_sql(
                "SELECT member_id, id, rev, score_ct FROM checkin_scores WHERE session_id = ? "
                "ORDER BY member_id",
                (session_id,),
            )
        ]


# --- the scale ------------------------------------------------------------------------------


@pytest.mark.parametrize(("low", "high"), [(0, 10), (1, 5), (0, 1), (9, 10), (1, 10)])
def test_scales_that_go_up_within_zero_to_ten_are_taken(low: int, high: int) -> None:
    assert check_scale(low, high, "") == CheckinScale(low, high, "")


@pytest.mark.parametrize(
    ("low", "high"),
    [(5, 5), (6, 5), (-1, 10), (0, 11), (10, 10), (True, 5), (0, 10.0), ("0", "10")],
)
def test_a_scale_that_does_not_go_up_within_zero_to_ten_is_refused_in_words(
    low: object, high: object
) -> None:
    with pytest.raises(ValidationError) as info:
        check_scale(low, high, "")
    assert info.value.field == "checkin_scale"
    assert "scale" in info.value.message


def test_the_question_is_kept_as_typed_without_its_edges_and_has_a_length_limit() -> None:
    assert check_scale(0, 10, "  How are you arriving today?\u200b ").question == (
        "How are you arriving today?"
    )
    assert check_scale(0, 10, "é" * QUESTION_MAX).question == "é" * QUESTION_MAX
    with pytest.raises(ValidationError) as info:
        check_scale(0, 10, "x" * (QUESTION_MAX + 1))
    assert info.value.field == "checkin_question"
    assert f"at most {QUESTION_MAX}" in info.value.message
    with pytest.raises(ValidationError):
        check_scale(0, 10, "two\nlines")


def test_a_group_reads_zero_to_ten_until_its_scale_is_set(
    scores: CheckinScoreService, group: tuple[int, list[int]]
) -> None:
    assert scores.scale(group[0]) == DEFAULT_SCALE
    scores.set_scale(group[0], 1, 5, "Wie kommst du heute an?")
    assert scores.scale(group[0]) == CheckinScale(1, 5, "Wie kommst du heute an?")
    with pytest.raises(NotFound):
        scores.scale(9999)
    with pytest.raises(NotFound):
        scores.set_scale(9999, 0, 10, "")


def test_a_scale_that_would_leave_recorded_scores_outside_is_refused_and_nothing_changes(
    workspace: Workspace, scores: CheckinScoreService, group: tuple[int, list[int]]
) -> None:
    group_id, (ann, bo, _) = group
    session = finished_session(workspace, group_id, datetime(2024, 3, 5, 18))
    scores.record(session, ann, 2)
    scores.record(session, bo, 9)
    with pytest.raises(ValidationError) as info:
        scores.set_scale(group_id, 0, 5, "new")
    assert "from 2 to 9" in info.value.message
    assert scores.scale(group_id) == DEFAULT_SCALE
    assert scores.set_scale(group_id, 2, 9, "") == CheckinScale(2, 9, "")


def test_a_hand_edited_scale_reads_as_the_usual_one(
    workspace: Workspace, scores: CheckinScoreService, group: tuple[int, list[int]]
) -> None:
    with workspace.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE groups SET checkin_min = 8, checkin_max = 3 WHERE id = ?", (group[0],)
        )
    assert scores.scale(group[0]) == DEFAULT_SCALE


# --- scores ----------------------------------------------------------------------------------


def test_a_score_is_sealed_as_a_json_number_and_re_entering_replaces_it(
    workspace: Workspace, scores: CheckinScoreService, group: tuple[int, list[int]]
) -> None:
    group_id, (ann, _, _) = group
    session = finished_session(workspace, group_id, datetime(2024, 3, 5, 18))
    scores.record(session, ann, 7)
    [(member, row_id, rev, blob)] = rows(workspace, session)
    assert member == ann and rev == 0 and blob is not None
    assert len(blob) > 16 and blob not in (b"7", b'{"score": 7}')
    cipher = workspace.keyring.cipher
    assert cipher.decrypt("checkin_scores", row_id, "score", 0, blob) == "7"

    scores.record(session, ann, 3)
    [(_, same_id, rev, blob)] = rows(workspace, session)
    assert same_id == row_id and rev == 1  # one row, a new revision
    assert cipher.decrypt("checkin_scores", row_id, "score", 1, blob) == json.dumps(3)
    assert scores.session_scores(session) == {ann: 3}


@pytest.mark.parametrize("score", [11, -1, True, 7.0, "7", None])
def test_a_score_off_the_scale_or_not_a_whole_number_is_refused_and_nothing_is_stored(
    workspace: Workspace, scores: CheckinScoreService, group: tuple[int, list[int]], score: object
) -> None:
    group_id, (ann, _, _) = group
    session = finished_session(workspace, group_id, datetime(2024, 3, 5, 18))
    with pytest.raises(ValidationError) as info:
        scores.record(session, ann, score)  # type: ignore[arg-type]
    assert info.value.message == "A check-in score in this group goes from 0 to 10."
    assert rows(workspace, session) == []


def test_a_score_for_someone_outside_the_sessions_group_is_refused(
    workspace: Workspace, scores: CheckinScoreService, group: tuple[int, list[int]]
) -> None:
    group_id, (ann, _, _) = group
    other = workspace.groups.create(GroupDraft("Other", agenda=AGENDA))
    stranger = workspace.members.add(other.id, MemberDraft("Dee")).id
    session = finished_session(workspace, group_id, datetime(2024, 3, 5, 18))
    with pytest.raises(NotFound):
        scores.record(session, stranger, 5)
    with pytest.raises(NotFound):
        scores.record(9999, ann, 5)
    assert rows(workspace, session) == []


def test_swapped_or_rolled_back_ciphertexts_do_not_open_and_are_counted(
    workspace: Workspace, scores: CheckinScoreService, group: tuple[int, list[int]]
) -> None:
    group_id, (ann, bo, _) = group
    first = finished_session(workspace, group_id, datetime(2024, 3, 5, 18))
    second = finished_session(workspace, group_id, datetime(2024, 3, 12, 18))
    scores.record(first, ann, 2)
    scores.record(second, ann, 8)
    scores.record(first, bo, 5)
    [(_, ann_row, _, ann_blob), (_, bo_row, _, bo_blob)] = rows(workspace, first)
    with workspace.engine.begin() as conn:  # Bo's ciphertext copied onto Ann's row
        conn.exec_driver_sql(
            "UPDATE checkin_scores SET score_ct = ? WHERE id = ?", (bo_blob, ann_row)
        )
    series = scores.member_series(ann)
    assert [p.score for p in series.points] == [8] and series.damaged == 1
    assert scores.session_scores(first) == {bo: 5}
    assert scores.group_series(group_id).damaged == 1


def test_a_members_line_and_the_groups_sessions_come_oldest_first(
    workspace: Workspace, scores: CheckinScoreService, group: tuple[int, list[int]]
) -> None:
    group_id, (ann, bo, cy) = group
    start = datetime(2024, 1, 2, 18)
    weeks = [finished_session(workspace, group_id, start + timedelta(weeks=n)) for n in range(4)]
    for week, (a, b) in zip(weeks, [(6, 4), (7, 4), (5, 3), (8, 6)], strict=True):
        scores.record(week, ann, a)
        scores.record(week, bo, b)
    scores.record(weeks[2], cy, 10)
    series = scores.member_series(ann)
    assert [(p.session_id, p.score) for p in series.points] == list(
        zip(weeks, [6, 7, 5, 8], strict=True)
    )
    assert series.scale == DEFAULT_SCALE
    group_line = scores.group_series(group_id)
    assert [s.scores for s in group_line.sessions] == [(4, 6), (4, 7), (3, 5, 10), (6, 8)]
    assert group_line.sessions[2].mean == 6.0
    assert (group_line.sessions[2].lowest, group_line.sessions[2].highest) == (3, 10)
    assert [s.session_id for s in scores.group_series(group_id, last=2).sessions] == weeks[2:]
    assert scores.group_series(group_id, last=0).sessions == ()
    with pytest.raises(NotFound):
        scores.member_series(9999)


def test_the_not_on_track_rule_reads_a_falling_check_in_as_sealed(
    workspace: Workspace, scores: CheckinScoreService, group: tuple[int, list[int]]
) -> None:
    """The form sealed (a JSON number) is one the "not on track" rule reads."""
    group_id, (ann, _, _) = group
    start = datetime(2024, 1, 2, 18)
    weeks = [finished_session(workspace, group_id, start + timedelta(weeks=n)) for n in range(3)]
    for week, score in zip(weeks, (8, 7, 4), strict=True):
        scores.record(week, ann, score)
    falling = [o for o in MeasureService(workspace.context).not_on_track() if o.kind == "checkin"]
    assert [(o.member_id, o.before, o.latest) for o in falling] == [(ann, 8, 4)]


def test_the_session_note_shows_a_score_said_in_the_room(
    workspace: Workspace, group: tuple[int, list[int]], live: LiveSession
) -> None:
    group_id, (ann, bo, _) = group
    live.record_checkin(ann, 7, DEFAULT_SCALE)
    live.end()
    facts = workspace.session_notes.facts(live.session_id)
    checkins = {m.member_id: m.checkin for m in facts.members}
    assert checkins[bo] is None
    fact = checkins[ann]
    assert fact is not None and (fact.score, fact.low, fact.high) == (7.0, 0, 10)


# --- in the room: the queue --------------------------------------------------------------------


def test_the_room_stores_a_score_sealed_and_a_second_replaces_it(
    workspace: Workspace,
    scores: CheckinScoreService,
    group: tuple[int, list[int]],
    live: LiveSession,
) -> None:
    _, (ann, _, _) = group
    live.record_checkin(ann, 4, DEFAULT_SCALE)
    live.record_checkin(ann, 6, DEFAULT_SCALE)
    assert [(m, rev) for m, _, rev, _ in rows(workspace, live.session_id)] == [(ann, 1)]
    assert scores.session_scores(live.session_id) == {ann: 6}
    assert live.unsaved == 0 and live.waiting_checkins == {}


def test_the_room_refuses_a_score_off_the_scale_or_for_a_stranger_and_keeps_nothing(
    workspace: Workspace, group: tuple[int, list[int]], live: LiveSession
) -> None:
    _, (ann, _, _) = group
    with pytest.raises(ValidationError):
        live.record_checkin(ann, 6, CheckinScale(1, 5))
    with pytest.raises(Exception, match="not part of this session"):
        live.record_checkin(9999, 3, DEFAULT_SCALE)
    assert live.waiting_checkins == {} and rows(workspace, live.session_id) == []


def test_on_a_full_disk_a_score_waits_sealed_and_is_stored_once_there_is_room(
    workspace: Workspace,
    scores: CheckinScoreService,
    group: tuple[int, list[int]],
    live: LiveSession,
) -> None:
    _, (ann, bo, _) = group
    free = failing_writes(workspace.engine)
    try:
        with pytest.raises(SaveFailed) as info:
            live.record_checkin(ann, 7, DEFAULT_SCALE)
        assert info.value.problem == "full"
        with pytest.raises(SaveFailed):
            live.record_checkin(ann, 2, DEFAULT_SCALE)  # re-entered while it waits
        with pytest.raises(SaveFailed):
            live.record_checkin(bo, 9, DEFAULT_SCALE)
        waiting = live.waiting_checkins
        assert set(waiting) == {ann, bo}
        for held in waiting.values():
            assert len(held.sealed) > 16 and held.sealed not in (b"2", b"9")
            assert "bytes sealed" in repr(held) and "2" not in repr(held).split("(")[1][:2]
        assert open_held(workspace.keyring, waiting) == {ann: 2, bo: 9}
        assert rows(workspace, live.session_id) == []
        assert live.unsaved >= 2
    finally:
        free()
    live.heartbeat()
    assert scores.session_scores(live.session_id) == {ann: 2, bo: 9}
    assert live.waiting_checkins == {} and live.unsaved == 0


def test_while_locked_the_rest_is_stored_and_the_score_and_the_end_wait_for_the_unlock(
    workspace: Workspace,
    scores: CheckinScoreService,
    group: tuple[int, list[int]],
    live: LiveSession,
    clock: FakeClock,
) -> None:
    _, (ann, bo, _) = group
    free = failing_writes(workspace.engine)
    try:
        with pytest.raises(SaveFailed):
            live.record_checkin(ann, 5, DEFAULT_SCALE)
        with pytest.raises(SaveFailed):
            live.end()
    finally:
        free()
    workspace.lock()
    live.heartbeat()  # the disk takes writes again, but the key is gone
    assert live.waiting_checkins.keys() == {ann}
    assert not live.ended_and_stored
    with workspace.engine.connect() as conn:
        status = conn.exec_driver_sql(
            "SELECT status FROM sessions WHERE id = ?", (live.session_id,)
        ).scalar_one()
        marks = conn.exec_driver_sql(
            "SELECT count(*) FROM attendance WHERE session_id = ?", (live.session_id,)
        ).scalar_one()
    assert status == "running" and marks == 3  # the marks went; the end waits
    assert rows(workspace, live.session_id) == []

    workspace.unlock(PASSPHRASE)
    live.heartbeat()
    assert live.ended_and_stored and live.unsaved == 0
    assert scores.session_scores(live.session_id) == {ann: 5}


def test_no_score_is_entered_while_locked(
    workspace: Workspace, group: tuple[int, list[int]], live: LiveSession
) -> None:
    _, (ann, _, _) = group
    workspace.lock()
    with pytest.raises(VaultLocked):
        live.record_checkin(ann, 5, DEFAULT_SCALE)
    assert live.waiting_checkins == {}


def test_hold_says_when_the_key_is_being_changed() -> None:
    class Changing:
        def seal_for_later(self, text: str) -> bytes:
            raise KeyChanging()

    with pytest.raises(ScoreKeyChanging) as info:
        hold(Changing(), DEFAULT_SCALE, 5, datetime(2024, 1, 1))  # type: ignore[arg-type]
    assert "Enter it again" in info.value.message


def test_a_score_held_under_a_data_key_since_replaced_is_dropped_and_the_rest_is_stored(
    workspace: Workspace,
    scores: CheckinScoreService,
    group: tuple[int, list[int]],
    live: LiveSession,
) -> None:
    """The data key rotated while a score waited for the disk: it can never be opened
    again, so it is dropped; it never blocks what comes after."""
    _, (ann, bo, _) = group
    free = failing_writes(workspace.engine)
    try:
        with pytest.raises(SaveFailed):
            live.record_checkin(ann, 6, DEFAULT_SCALE)
    finally:
        free()
    workspace.change_passphrase(PASSPHRASE, PASSPHRASE + " anew", rotate=True)
    live.record_checkin(bo, 4, DEFAULT_SCALE)
    assert live.unsaved == 0
    assert scores.session_scores(live.session_id) == {bo: 4}


def test_a_member_erased_while_their_score_waited_does_not_block_the_queue(
    workspace: Workspace,
    scores: CheckinScoreService,
    group: tuple[int, list[int]],
    live: LiveSession,
) -> None:
    _, (ann, bo, _) = group
    free = failing_writes(workspace.engine)
    try:
        with pytest.raises(SaveFailed):
            live.record_checkin(ann, 6, DEFAULT_SCALE)
        with pytest.raises(SaveFailed):
            live.record_checkin(bo, 3, DEFAULT_SCALE)
    finally:
        free()
    with workspace.engine.begin() as conn:  # their rows go with them (ON DELETE CASCADE)
        conn.exec_driver_sql("DELETE FROM members WHERE id = ?", (ann,))
    live.heartbeat()
    assert live.unsaved == 0
    assert scores.session_scores(live.session_id) == {bo: 3}
