"""Shared helpers for the benchmark scripts: a ten-year workspace, timing, a table."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from facilitator_desktop import demo
from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.workspace import Workspace


def ten_year_workspace(folder: Path | None = None) -> tuple[Workspace, float]:
    """`demo.populate(ws, groups=6, weeks=520)`; returns the workspace and populate seconds."""
    folder = folder or Path(tempfile.mkdtemp(prefix="fd-bench-")) / "data"
    ws = Workspace.create(folder, "bench", kdf_params=FLOOR)
    start = time.perf_counter()
    demo.populate(ws, groups=6, weeks=520, seed=0)
    return ws, time.perf_counter() - start


def timed_ms(action: Callable[[], object], *, repeat: int = 7) -> tuple[float, float]:
    """(median, min) wall milliseconds over `repeat` runs."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), min(samples)


def print_table(title: str, header: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
    cells = [tuple(str(c) for c in header)] + [tuple(_fmt(c) for c in r) for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    print(f"\n{title}")
    for index, row in enumerate(cells):
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if index == 0:
            print("  ".join("-" * w for w in widths))


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.2f}" if value < 10 else f"{value:.1f}"
    return str(value)
