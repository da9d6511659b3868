"""A member's outcome measures over ten years on screen (6 groups × 520 weekly sessions,
PHQ-9 and GAD-7 every four sessions: `demo.populate(..., measures=True)`), offscreen: from
asking for the member's measures to the panel painted (chart, summary, entry list).

Goal: ≤ 100 ms. Printed next to the same-run floor of any way to show them: opening that
member's sealed entries and nothing else (AES-GCM only). "Cold" is the first showing; "warm"
the median of later ones, each reading and decrypting again. Also timed: the not-on-track
list over every group (part of Follow-ups), next to `SELECT count(*)` over the entries.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import print_table, timed_ms  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from facilitator_desktop import demo  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.models import MeasureEntry  # noqa: E402
from facilitator_desktop.services.measures import FIELD, TABLE, MeasureService  # noqa: E402
from facilitator_desktop.ui.context import UiContext  # noqa: E402
from facilitator_desktop.ui.measures.trajectory_panel import MeasuresPanel  # noqa: E402
from facilitator_desktop.ui.theme import apply_theme  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402

SIZE = (900, 620)  # the panel's share of a member's History page
REPEAT = 9
GOAL_MS = 100

Row = tuple[str, float, float, str, float, int | str]


def ten_years_with_measures() -> tuple[Workspace, float]:
    folder = Path(tempfile.mkdtemp(prefix="fd-bench-measures-")) / "data"
    ws = Workspace.create(folder, "bench", kdf_params=FLOOR)
    start = time.perf_counter()
    demo.populate(ws, groups=6, weeks=520, seed=0, measures=True)
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


def run() -> tuple[list[Row], float, int]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_theme(app)
    ws, populate_s = ten_years_with_measures()
    ctx = UiContext(ws, demo=False)
    ctx.reload_groups()
    with ws.context.sessions() as s:
        member_id, entries = s.execute(
            select(MeasureEntry.member_id, func.count())
            .group_by(MeasureEntry.member_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    alias = ws.members.get(member_id).alias

    panel = MeasuresPanel(ctx)
    panel.resize(*SIZE)
    panel.show()
    QApplication.processEvents()

    def show() -> None:
        panel.set_member(member_id, alias)
        panel.repaint()
        QApplication.processEvents()
        trajectory = panel.current_trajectory()
        assert trajectory is not None and len(trajectory.points) > 100

    def reset() -> None:
        panel.clear()
        panel.repaint()

    cold, warm = _cold_and_warm(show, reset)

    cipher = ws.keyring.cipher
    with ws.context.sessions() as s:
        sealed = s.execute(
            select(MeasureEntry.id, MeasureEntry.rev, MeasureEntry.answers_ct).where(
                MeasureEntry.member_id == member_id
            )
        ).all()

    def open_only() -> None:
        for row_id, rev, blob in sealed:
            cipher.decrypt(TABLE, row_id, FIELD, rev, blob)

    floor = timed_ms(open_only, repeat=REPEAT)[0]

    service = MeasureService(ws.context)
    off_cold, off_warm = _cold_and_warm(service.not_on_track, lambda: None)
    with ws.engine.connect() as conn:
        count_ms = timed_ms(
            lambda: conn.exec_driver_sql("SELECT count(*) FROM measure_entries").scalar()
        )[0]
    rows: list[Row] = [
        (
            "a member's measures on screen",
            cold,
            warm,
            "open their sealed entries only",
            floor,
            GOAL_MS,
        ),
        (
            "not-on-track list, every group",
            off_cold,
            off_warm,
            "SELECT count(*) measure_entries",
            count_ms,
            "-",
        ),
    ]
    panel.deleteLater()
    QApplication.processEvents()
    ws.close()
    return rows, populate_s, int(entries)


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
    rows, populate_s, entries = run()
    print_table(
        f"Outcome measures on ten years, offscreen (populate took {populate_s:.1f} s; "
        f"the member shown has {entries} entries)",
        ("figure", "cold ms", "warm ms", "baseline", "baseline ms", "goal ms"),
        list(rows),
    )
    failures = [r for r in rows if isinstance(r[5], int) and r[2] > r[5]]
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
