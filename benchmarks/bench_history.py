"""Between-sessions screens on ten years of data (6 groups × 520 weekly sessions).

Goals: history list first rows ≤ 150 ms, a member's page ≤ 100 ms, follow-ups ≤ 200 ms.
Each figure is printed next to a plain `SELECT count(*)` over the same tables in the same
run (the floor of touching that data at all); the query plans must use indexes.
"""

from __future__ import annotations

import sys

from common import print_table, ten_year_workspace, timed_ms


def measure() -> list[tuple[object, ...]]:
    """Headline figures for `run_all.py`."""
    ws, _ = ten_year_workspace()
    group = ws.groups.list()[0]
    member = ws.members.list(group.id)[0]
    ws.notes.decrypt_all()
    with ws.engine.connect() as conn:
        floor = timed_ms(lambda: conn.exec_driver_sql("SELECT count(*) FROM turns").scalar())[0]
    rows: list[tuple[object, ...]] = [
        (
            "history list, first rows (ten years)",
            timed_ms(lambda: ws.history.sessions(group.id))[0],
            "ms",
            "SELECT count(*) turns",
            floor,
            "≤ 150 ms",
        ),
        (
            "member page data (ten years)",
            timed_ms(lambda: ws.history.member_record(member.id))[0],
            "ms",
            "SELECT count(*) turns",
            floor,
            "≤ 100 ms",
        ),
        (
            "follow-ups list (ten years)",
            timed_ms(ws.history.follow_ups)[0],
            "ms",
            "SELECT count(*) turns",
            floor,
            "≤ 200 ms",
        ),
    ]
    ws.close()
    return rows


def main() -> int:
    ws, populate_s = ten_year_workspace()
    group = ws.groups.list()[0]
    member = ws.members.list(group.id)[0]
    ws.notes.decrypt_all()  # the notes cache is warm after unlock in the app as well

    def count(table: str) -> float:
        with ws.engine.connect() as conn:
            sql = f"SELECT count(*) FROM {table}"
            return timed_ms(lambda: conn.exec_driver_sql(sql).scalar())[0]

    rows = [
        (
            "history list, first 50 rows",
            *timed_ms(lambda: ws.history.sessions(group.id)),
            count("sessions"),
            150,
        ),
        (
            "member page",
            *timed_ms(lambda: ws.history.member_record(member.id)),
            count("turns"),
            100,
        ),
        ("follow-ups list", *timed_ms(lambda: ws.history.follow_ups()), count("attendance"), 200),
        (
            "attendance grid (26 weeks)",
            *timed_ms(lambda: ws.history.attendance_grid(group.id)),
            count("attendance"),
            "-",
        ),
        (
            "airtime equity (52 weeks)",
            *timed_ms(lambda: ws.history.equity(group.id)),
            count("turns"),
            "-",
        ),
    ]
    # The worst case of reading a run whole: one member away for all ten years, so the
    # follow-ups read their group's every session (the usual read is the last eight).
    with ws.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE attendance SET status = 'absent' WHERE member_id = ?", (member.id,)
        )
    rows.append(
        (
            "follow-ups, one member away ten years",
            *timed_ms(lambda: ws.history.follow_ups()),
            count("attendance"),
            200,
        )
    )
    print_table(
        f"History on ten years (populate took {populate_s:.1f} s)",
        ("screen", "median ms", "min ms", "count(*) ms", "goal ms"),
        rows,
    )
    plans = check_plans(ws)
    print("\nQuery plans (no full scans of the big tables):")
    for line in plans:
        print("  " + line)
    ws.close()
    failures = [r for r in rows if isinstance(r[4], int) and r[1] > r[4]]
    full_scans = [p for p in plans if p.startswith("SCAN ") and "USING" not in p]
    return 1 if failures or full_scans else 0


def check_plans(ws) -> list[str]:  # type: ignore[no-untyped-def]
    probes = {
        "sessions of a group": "SELECT * FROM sessions WHERE group_id = 1 AND status = 'finished' "
        "ORDER BY started_at DESC LIMIT 50",
        "a member's attendance": "SELECT * FROM attendance WHERE member_id = 1",
        "a member's turns": "SELECT session_id, sum(duration) FROM turns WHERE member_id = 1 "
        "GROUP BY session_id",
        "turns of a session": "SELECT * FROM turns WHERE session_id = 5",
        "a member's notes": "SELECT note_id FROM note_members WHERE member_id = 1",
    }
    lines = []
    with ws.engine.connect() as conn:
        for label, sql in probes.items():
            for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"):
                lines.append(f"{row[3]}    [{label}]")
    return lines


if __name__ == "__main__":
    sys.exit(main())
