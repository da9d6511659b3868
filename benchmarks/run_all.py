"""`make bench`: every benchmark's headline figures in one table, each with the baseline
measured in the same run. Writes the table, with the machine it ran on, to
benchmarks/latest.md (the README shows it)."""

from __future__ import annotations

import os
import platform
import sys
from datetime import date
from pathlib import Path

import bench_checkin
import bench_handouts
import bench_history
import bench_history_ui
import bench_integrity
import bench_measures
import bench_notes
import bench_rekey
import bench_runner_cpu
import bench_session_note
import bench_startup
import bench_sync
from common import print_table

HERE = Path(__file__).resolve().parent
HEADER = ("figure", "value", "unit", "baseline (same run)", "baseline value", "goal")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass  # not Linux: platform.processor() is what there is
    from PySide6 import __version__ as pyside

    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, PySide6 {pyside}"
    )


def main() -> int:
    rows: list[tuple[object, ...]] = []
    modules = (
        bench_startup,
        bench_history,
        bench_history_ui,
        bench_notes,
        bench_session_note,
        bench_measures,
        bench_checkin,
        bench_handouts,
        bench_rekey,
        bench_integrity,
        bench_sync,
        bench_runner_cpu,
    )  # the last one measures for 60 s
    for module in modules:
        print(f"running {module.__name__} …", flush=True)
        rows += module.measure()
    print_table("Facilitator Desktop benchmarks", HEADER, rows)
    where = machine()
    print(f"\nMachine: {where}")
    lines = [
        f"Measured {date.today().isoformat()} on: {where}",
        "",
        "| " + " | ".join(HEADER) + " |",
        "|" + "---|" * len(HEADER),
    ]
    for row in rows:
        cells = [f"{c:.1f}" if isinstance(c, float) else str(c) for c in row]
        lines.append("| " + " | ".join(cells) + " |")
    (HERE / "latest.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
