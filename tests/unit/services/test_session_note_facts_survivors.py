"""How the session note reads sealed check-in scores and measure answers: only a finite
number counts as a score; a measure's total comes from "total", "answers" or "items", and
anything not wholly numbers is left without a total."""

from __future__ import annotations

from datetime import date, datetime

from facilitator_desktop.models import CheckinScore, MeasureEntry
from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import phq9_row, small_group, typical_session

NOW = datetime(2026, 3, 9, 12, 0)
SESSION_DAY = date(2026, 3, 5)

# sealed check-in text → the score the note shows (None: left out)
CHECKINS = (
    ("7.5", 7.5),
    ("true", None),
    ('"7"', None),
    ("NaN", None),
    ("Infinity", None),
)

# sealed measure answers → the total the note shows (None: no total)
MEASURES = (
    ('{"answers": [1, 2]}', 3.0),
    ('{"items": [2, 2]}', 4.0),
    ('{"total": 9}', 9.0),
    ('[1, "2"]', None),
    ("[true, 1]", None),
    ('[1, "x"]', None),
    ("[]", None),
    ('{"total": NaN}', None),
    ('{"total": true}', None),
    ('{"total": "5"}', None),
)


def test_facts_keep_only_finite_numbers_as_check_in_scores(workspace: Workspace) -> None:
    """Each session's check-in for Anna reads as its number, or is left out."""
    ws = workspace
    object.__setattr__(ws.context, "now", lambda: NOW)
    group = small_group(ws)
    cipher = ws.keyring.cipher
    sessions = []
    for text, _ in CHECKINS:
        session_id = typical_session(ws, group)
        sessions.append(session_id)
        with ws.context.sessions.begin() as s:
            score = CheckinScore(
                session_id=session_id, member_id=group.anna, rev=0, recorded_at=NOW
            )
            s.add(score)
            s.flush()
            score.score_ct = cipher.encrypt("checkin_scores", score.id, "score", 0, text)
    found = []
    for session_id in sessions:
        anna = ws.session_notes.open(session_id).facts.member(group.anna)
        assert anna is not None
        found.append(anna.checkin.score if anna.checkin is not None else None)
    assert found == [score for _, score in CHECKINS]


def test_facts_total_a_measure_only_from_whole_numbers(workspace: Workspace) -> None:
    """Anna's measures that day come in order, each with its total or none."""
    ws = workspace
    object.__setattr__(ws.context, "now", lambda: NOW)
    group = small_group(ws)
    session_id = typical_session(ws, group)
    cipher = ws.keyring.cipher
    with ws.context.sessions.begin() as s:
        phq = phq9_row(s, NOW)
        for text, _ in MEASURES:
            entry = MeasureEntry(
                member_id=group.anna,
                instrument_id=phq.id,
                taken_on=SESSION_DAY,
                rev=0,
                created_at=NOW,
            )
            s.add(entry)
            s.flush()
            entry.answers_ct = cipher.encrypt("measure_entries", entry.id, "answers", 0, text)
    anna = ws.session_notes.open(session_id).facts.member(group.anna)
    assert anna is not None
    assert [(m.name, m.total) for m in anna.measures] == [("PHQ-9", t) for _, t in MEASURES]
