"""Killing the app in the middle of a session loses nothing: the next start resumes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace

WORKER = Path(__file__).with_name("session_worker.py")


@pytest.mark.slow
def test_sigkill_mid_session_then_resume(data_dir: Path) -> None:
    with Workspace.create(data_dir, "pass", kdf_params=FLOOR) as ws:
        group = ws.groups.create(GroupDraft("G"))
        for alias in ("Ann", "Bo", "Cy"):
            ws.members.add(group.id, MemberDraft(alias))
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(data_dir), "pass", str(group.id)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "speaking"
    beats = [float(proc.stdout.readline()) for _ in range(6)]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()

    with Workspace.open(data_dir, "pass") as ws:
        (running,) = ws.sessions.running()
        live = ws.sessions.resume(running.id, monotonic=FakeClock(0.0))
        (turn,) = live.runner.turns
        # Ended at the last heartbeat that reached the disk: at least the last one we saw.
        assert beats[-1] <= turn.ended_at < beats[-1] + 1.0
        assert live.snapshot().agenda.phase == "paused"
        live.toggle()
        live.next_speaker()
        live.end()
        summary = ws.sessions.summary(live.session_id)
        assert summary.attended == 3 and len(summary.turns) == 2
