"""What checking a file costs on the ten-year workspace, each next to a baseline measured in
the same run:
- `PRAGMA quick_check` at every unlock (finds damaged pages before any screen reads them),
  next to the whole of `Workspace.open` with the cheapest key derivation (check included);
- `PRAGMA integrity_check` of one backup, as the restore offer checks each candidate;
- a backup made and verified (online copy, integrity check, trial decryption), next to
  copying the file once."""

from __future__ import annotations

import shutil
import sqlite3
import sys
import time
from pathlib import Path

from common import print_table, ten_year_workspace, timed_ms

from facilitator_desktop.models.db import make_engine
from facilitator_desktop.workspace import Workspace, check_pages, database_path


def measure() -> list[tuple[object, ...]]:
    rows, _ = _run()
    return rows[:2]


def _read_once(path: Path) -> None:
    with path.open("rb") as handle:
        while handle.read(1 << 20):
            pass


def _quick_check(path: Path) -> None:
    engine = make_engine(path)  # as Workspace.open does: a fresh engine, every pragma
    try:
        check_pages(engine)
    finally:
        engine.dispose()


def _integrity_check(path: Path) -> None:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check(1)").fetchone() == ("ok",)
    finally:
        conn.close()


def _run() -> tuple[list[tuple[object, ...]], dict[str, float]]:
    ws, populate_s = ten_year_workspace()
    data_dir = ws.data_dir
    start = time.perf_counter()
    backup = ws.create_backup()
    backup_ms = (time.perf_counter() - start) * 1000
    backup_times = [backup_ms]
    for _ in range(4):
        start = time.perf_counter()
        ws.create_backup()
        backup_times.append((time.perf_counter() - start) * 1000)
    ws.close()
    path = database_path(data_dir)
    size_mb = path.stat().st_size / 1e6

    read_ms = timed_ms(lambda: _read_once(path))[0]
    copy_ms = timed_ms(lambda: shutil.copyfile(path, data_dir.parent / "copy.db"), repeat=5)[0]
    quick_ms = timed_ms(lambda: _quick_check(path))[0]
    open_ms = timed_ms(lambda: Workspace.open(data_dir, "bench").close(), repeat=5)[0]
    backup = sorted(backup.parent.glob("workspace-*.db"))[-1]
    integrity_ms = timed_ms(lambda: _integrity_check(backup))[0]
    backup_ms = sorted(backup_times)[len(backup_times) // 2]
    rows: list[tuple[object, ...]] = [
        (
            f"quick_check at unlock (ten years, {size_mb:.0f} MB)",
            quick_ms,
            "ms",
            "Workspace.open, cheapest KDF",
            open_ms,
            "≤ 100 ms",
        ),
        (
            "backup made and verified (ten years)",
            backup_ms,
            "ms",
            "copy the database file once",
            copy_ms,
            "-",
        ),
        (
            "integrity_check of one backup (restore offer)",
            integrity_ms,
            "ms",
            "read the database file once",
            read_ms,
            "-",
        ),
    ]
    return rows, {"populate_s": populate_s, "size_mb": size_mb}


def main() -> int:
    rows, facts = _run()
    print_table(
        f"Checking files: database {facts['size_mb']:.1f} MB "
        f"(populate took {facts['populate_s']:.1f} s)",
        ("figure", "value", "unit", "baseline", "baseline value", "goal"),
        rows,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
