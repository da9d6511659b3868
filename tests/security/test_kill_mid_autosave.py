"""A process killed in the middle of autosaving loses at most the unacknowledged save and
leaves no plaintext anywhere."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers import canary

WORKER = Path(__file__).with_name("autosave_worker.py")


@pytest.mark.slow
def test_sigkill_mid_autosave(data_dir: Path, tmp_path: Path) -> None:
    marker = canary.marker("autosave")
    with Workspace.create(data_dir, "pass", kdf_params=FLOOR) as ws:
        note = ws.notes.create(NoteDraft("start", ws.groups.create(GroupDraft("G")).id))
    env = dict(os.environ, TMPDIR=str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    for round_no in range(3):
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(data_dir), "pass", str(note.id), marker],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert proc.stdout is not None
        acknowledged = -1
        deadline = time.monotonic() + 30
        while acknowledged < 20 + 15 * round_no and time.monotonic() < deadline:
            acknowledged = int(proc.stdout.readline())
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        # What was printed was committed; the newest stored revision is at least that one.
        with Workspace.open(data_dir, "pass") as ws:
            body = ws.notes.get(note.id).body
            assert f"{marker}-{acknowledged}" in body
            with ws.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert canary.find_markers([data_dir, tmp_path / "tmp"], [marker]) == []
