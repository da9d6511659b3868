"""A member's check-in line over ten years on screen (6 groups × 520 weekly sessions, a score
from every member present: `demo.populate` then `demo_data.checkins.write_checkins`),
offscreen: from asking for the member's scores to the line painted with its sentence.

Goal: ≤ 100 ms. Printed next to the same-run floor of any way to show them: opening that
member's sealed scores and nothing else (AES-GCM only). "Cold" is the first showing; "warm"
the median of later ones, each reading and decrypting again. Also timed: the group's
average line in Group insights (its latest 52 sessions), next to opening every score of
the group (what the average has to read).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import print_table, timed_ms  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import ColumnElement, func, select  # noqa: E402

from facilitator_desktop import demo  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo_data.checkins import write_checkins  # noqa: E402
from facilitator_desktop.models import CheckinScore, GroupSession, Member  # noqa: E402
from facilitator_desktop.services.checkin_scores import FIELD, TABLE  # noqa: E402
from facilitator_desktop.ui.context import UiContext  # noqa: E402
from facilitator_desktop.ui.history.checkin_line import CheckinLine  # noqa: E402
from facilitator_desktop.ui.theme import apply_theme  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402

SIZE = (900, 300)  # the line's share of a member's History page
REPEAT = 9
GOAL_MS = 100

Row = tuple[str, float, float, str, float, int | str]


def ten_years_with_checkins() -> tuple[Workspace, float]:
    folder = Path(tempfile.mkdtemp(prefix="fd-bench-checkin-")) / "data"
    ws = Workspace.create(folder, "bench", kdf_params=FLOOR)
    start = time.perf_counter()
    for index, group_id in enumerate(demo.populate(ws, groups=6, weeks=520, seed=0)):
        write_checkins(ws, group_id, random.Random(f"0-checkins-{index}"))
    return ws, time.perf_counter() - start


def _cold_and_warm(
    action: Callable[[], object], reset: Callable[[], object]
) -> tuple[float, float]:
    samples = []
    for _ in range(REPEAT + 1):
        reset()
        QApplication.processEvents()
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples[0], statistics.median(samples[1:])


def _shown(line: CheckinLine, load: Callable[[], None], fewest: int) -> tuple[float, float]:
    def show() -> None:
        load()
        line.repaint()
        QApplication.processEvents()
        assert len(line.points()) >= fewest and line.summary.text()

    def reset() -> None:
        line.clear()
        line.repaint()

    return _cold_and_warm(show, reset)


def run() -> tuple[list[Row], float, int]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_theme(app)
    ws, populate_s = ten_years_with_checkins()
    ctx = UiContext(ws, demo=False)
    ctx.reload_groups()
    with ws.context.sessions() as s:
        member_id, scores = s.execute(
            select(CheckinScore.member_id, func.count())
            .group_by(CheckinScore.member_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        group_id = s.scalar(select(Member.group_id).where(Member.id == member_id))
    assert group_id is not None
    cipher = ws.keyring.cipher

    def sealed(where: ColumnElement[bool]) -> list[tuple[int, int, bytes]]:
        with ws.context.sessions() as s:
            return [
                (row_id, rev, blob)
                for row_id, rev, blob in s.execute(
                    select(CheckinScore.id, CheckinScore.rev, CheckinScore.score_ct)
                    .join(GroupSession, GroupSession.id == CheckinScore.session_id)
                    .where(where)
                )
                if blob is not None
            ]

    def opening(rows: list[tuple[int, int, bytes]]) -> Callable[[], None]:
        def open_only() -> None:
            for row_id, rev, blob in rows:
                cipher.decrypt(TABLE, row_id, FIELD, rev, blob)

        return open_only

    member_line = CheckinLine(ctx, group=False)
    member_line.resize(*SIZE)
    member_line.show()
    cold, warm = _shown(member_line, lambda: member_line.set_member(member_id), 100)
    floor = timed_ms(opening(sealed(CheckinScore.member_id == member_id)), repeat=REPEAT)[0]

    group_line = CheckinLine(ctx, group=True)
    group_line.resize(*SIZE)
    group_line.show()
    g_cold, g_warm = _shown(group_line, lambda: group_line.set_group(group_id), 52)
    g_floor = timed_ms(opening(sealed(GroupSession.group_id == group_id)), repeat=REPEAT)[0]

    rows: list[Row] = [
        (
            "a member's check-in line on screen",
            cold,
            warm,
            "open their sealed scores only",
            floor,
            GOAL_MS,
        ),
        (
            "the group's check-in average line",
            g_cold,
            g_warm,
            "open every score of the group",
            g_floor,
            "-",
        ),
    ]
    for line in (member_line, group_line):
        line.deleteLater()
    QApplication.processEvents()
    ws.close()
    return rows, populate_s, int(scores)


def measure() -> list[tuple[object, ...]]:
    """Headline figures for `run_all.py`: warm medians next to their same-run baselines."""
    rows, _, _ = run()
    return [
        (
            f"{name} (ten years)",
            warm,
            "ms",
            baseline,
            floor,
            f"≤ {goal} ms" if goal != "-" else "-",
        )
        for name, _cold, warm, baseline, floor, goal in rows
    ]


def main() -> int:
    rows, populate_s, scores = run()
    print_table(
        f"Check-in lines on ten years, offscreen (populate took {populate_s:.1f} s; "
        f"the member shown has {scores} scores)",
        ("figure", "cold ms", "warm ms", "baseline", "baseline ms", "goal ms"),
        list(rows),
    )
    failures = [r for r in rows if isinstance(r[5], int) and r[2] > r[5]]
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
