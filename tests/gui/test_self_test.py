"""The bundle's smoke test path (`--self-test DIR`) works from source too."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator_desktop import cli


def test_self_test_runs_every_step(
    tmp_path: Path, qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--self-test", str(tmp_path / "data")]) == 0
    out = capsys.readouterr().out
    for step in (
        "workspace created",
        "workspace unlocked",
        "handout built",
        "backup verified",
        "main window shown and closed",
    ):
        assert f"self-test: {step}" in out
