"""The sample check-in scores (benchmarks, screenshots): one per member present in each
finished session, on the group's scale, sealed so the service reads them, the same for the
same generator."""

from __future__ import annotations

import random
from pathlib import Path

from facilitator_desktop import demo
from facilitator_desktop.demo_data.checkins import SAID_BY, write_checkins
from facilitator_desktop.services.checkin_scores import CheckinScoreService
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE


def _sample(folder: Path, seed: str, low: int = 0, high: int = 10) -> dict[int, dict[int, int]]:
    with Workspace.create(folder, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        (group_id,) = demo.populate(ws, groups=1, weeks=10, seed=0)
        scores = CheckinScoreService(ws.context)
        scores.set_scale(group_id, low, high, "")
        written = write_checkins(ws, group_id, random.Random(seed))
        with ws.engine.connect() as conn:
            present = set(
                conn.exec_driver_sql(
                    "SELECT a.session_id, a.member_id FROM attendance a JOIN sessions s "
                    "ON s.id = a.session_id WHERE s.status = 'finished' AND a.status IN "
                    f"({', '.join('?' * len(SAID_BY))})",
                    SAID_BY,
                ).all()
            )
            session_ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM sessions")]
        said = {sid: scores.session_scores(sid) for sid in session_ids}
        assert written == len(present) > 0
        assert {(sid, mid) for sid, by in said.items() for mid in by} == present
        assert scores.group_series(group_id).damaged == 0
        return said


def test_every_member_present_says_one_score_on_the_scale(tmp_path: Path) -> None:
    said = _sample(tmp_path / "a", "x", low=1, high=5)
    values = [score for by in said.values() for score in by.values()]
    assert min(values) >= 1 and max(values) <= 5
    assert len(set(values)) > 1  # not one number over and over


def test_the_same_generator_writes_the_same_scores(tmp_path: Path) -> None:
    assert _sample(tmp_path / "a", "same") == _sample(tmp_path / "b", "same")
