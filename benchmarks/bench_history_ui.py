"""The between-sessions screens as a facilitator meets them, on ten years of data
(6 groups × 520 weekly sessions), offscreen: from asking for the screen to its first paint.

Goals: History shows its first rows ≤ 150 ms, a member's page ≤ 100 ms, Needs attention
(the follow-ups list) ≤ 200 ms. Each figure is printed next to a plain `SELECT count(*)`
over the same tables in the same run. "Cold" is the first time a screen is shown (fonts,
style and query caches not yet warm); "warm" is the median of later showings, each of
which reads its data again.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import print_table, ten_year_workspace, timed_ms  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from facilitator_desktop.ui.context import UiContext  # noqa: E402
from facilitator_desktop.ui.history import AttentionPage, HistoryPage  # noqa: E402
from facilitator_desktop.ui.history.page import (  # noqa: E402
    INSIGHTS_TAB,
    MEMBER_TAB,
    SESSIONS_TAB,
)
from facilitator_desktop.ui.theme import apply_theme  # noqa: E402

SIZE = (1040, 760)  # the page area of a 1280 × 800 window
REPEAT = 7


def _shown(widget: QWidget) -> None:
    """Paint now, as the first frame would, and let queued events run."""
    widget.repaint()
    QApplication.processEvents()


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


Row = tuple[str, float, float, float, int | str]  # screen, cold, warm, count(*), goal


def run() -> tuple[list[Row], float]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_theme(app)
    ws, populate_s = ten_year_workspace()
    ws.notes.decrypt_all()  # as after unlock: bench_history.py does the same
    ctx = UiContext(ws, demo=False)
    ctx.reload_groups()
    group_id = ctx.current_group_id()
    member_id = ws.members.list(group_id)[0].id

    def count(table: str) -> float:
        with ws.engine.connect() as conn:
            return timed_ms(lambda: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar())[
                0
            ]

    history = HistoryPage(ctx)
    history.resize(*SIZE)

    def hide_history() -> None:
        history.hide()
        history.workspace_locked()  # forget everything read, as after a lock

    def show_history() -> None:
        history.tabs.setCurrentIndex(SESSIONS_TAB)
        history.show()
        _shown(history)
        assert history.model.rowCount() == 50 and history.session_view.session_id()

    def reset_member() -> None:
        history.forget_tab(MEMBER_TAB)
        history.tabs.setCurrentIndex(SESSIONS_TAB)
        if not history.isVisible():
            history.show()
        _shown(history)

    def show_member() -> None:
        assert history.open_member(member_id)
        _shown(history)

    def reset_insights() -> None:
        history.forget_tab(INSIGHTS_TAB)
        history.tabs.setCurrentIndex(SESSIONS_TAB)
        _shown(history)

    def show_insights() -> None:
        history.tabs.setCurrentIndex(INSIGHTS_TAB)
        _shown(history)
        assert history.insights.grid.rows()

    attention = AttentionPage(ctx)
    attention.resize(*SIZE)

    def hide_attention() -> None:
        attention.hide()
        attention.clear()

    def show_attention() -> None:
        attention.show()
        _shown(attention)
        assert attention.lines()

    history_cold, history_warm = _cold_and_warm(show_history, hide_history)
    member_cold, member_warm = _cold_and_warm(show_member, reset_member)
    insights_cold, insights_warm = _cold_and_warm(show_insights, reset_insights)
    history.hide()
    attention_cold, attention_warm = _cold_and_warm(show_attention, hide_attention)
    rows: list[Row] = [
        (
            "History: first rows + newest summary",
            history_cold,
            history_warm,
            count("sessions"),
            150,
        ),
        ("member page", member_cold, member_warm, count("turns"), 100),
        ("Needs attention (follow-ups)", attention_cold, attention_warm, count("attendance"), 200),
        (
            "group insights (grid, equity, overruns)",
            insights_cold,
            insights_warm,
            count("attendance"),
            "-",
        ),
    ]
    history.deleteLater()
    attention.deleteLater()
    QApplication.processEvents()
    ws.close()
    return rows, populate_s


def measure() -> list[tuple[object, ...]]:
    """Headline figures for `run_all.py`: warm medians next to the same-run count(*)."""
    rows, _ = run()
    return [
        (
            f"{name} on screen (ten years)",
            warm,
            "ms",
            "SELECT count(*)",
            floor,
            f"≤ {goal} ms" if goal != "-" else "-",
        )
        for name, _cold, warm, floor, goal in rows
    ]


def main() -> int:
    rows, populate_s = run()
    print_table(
        f"Between-sessions screens on ten years, offscreen (populate took {populate_s:.1f} s)",
        ("screen, until painted", "cold ms", "warm ms", "count(*) ms", "goal ms"),
        list(rows),
    )
    failures = [r for r in rows if isinstance(r[4], int) and r[2] > r[4]]
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
