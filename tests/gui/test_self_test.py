"""The bundle's smoke test path (`--self-test DIR`) works from source too.

It runs its own event loop, so it runs in its own process, as the bundle runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_runs_every_step(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "facilitator_desktop", "--self-test", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr
    for step in (
        "workspace created",
        "workspace unlocked",
        "rule library loaded",
        "handout built",
        "names in every script printed with DejaVuSans, NotoSansArabic, NotoSansCJKsc, "
        "NotoSansDevanagari, NotoSansHebrew, NotoSansThai",
        "backup verified",
        "translations found:",
        "main window shown and closed",
    ):
        assert f"self-test: {step}" in result.stdout
    assert f"self-test: resources in {ROOT / 'resources'}" in result.stdout
