"""Killed (SIGKILL) in the middle of saves and backups: nothing acknowledged is lost, the
database stays sound, earlier backups stay intact and no temporary file survives."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sys
from collections.abc import Iterator
from multiprocessing.context import ForkServerContext
from pathlib import Path

import pytest

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.services import backups
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.workspace import Workspace
from tests.security import fault_workers

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL"),
]
KILLS = 100


@pytest.fixture(scope="module")
def forkserver() -> Iterator[ForkServerContext]:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.security.fault_workers"])
    yield ctx


def kill_after(ctx: ForkServerContext, target, args, acks: int) -> list[tuple]:  # type: ignore[no-untyped-def]
    """Run `target` in a child, collect `acks` messages, then SIGKILL it mid-flight."""
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(target=target, args=(*args, child), daemon=True)
    process.start()
    child.close()
    received = []
    try:
        while len(received) < acks and parent.poll(30):
            received.append(parent.recv())
        os.kill(process.pid, signal.SIGKILL)
        process.join(10)
        # Anything already in the pipe was committed too.
        while parent.poll(0):
            try:
                received.append(parent.recv())
            except EOFError:
                break
    finally:
        parent.close()
    assert process.exitcode == -signal.SIGKILL
    return received


def test_a_hundred_kills_mid_save(data_dir: Path, forkserver: ForkServerContext) -> None:
    with Workspace.create(data_dir, "pass", kdf_params=FLOOR) as ws:
        ws.groups.create(GroupDraft("Group"))
    rng = random.Random(7)
    acknowledged: dict[str, dict[int, str]] = {"note": {}, "member": {}, "group": {}}
    for round_no in range(KILLS):
        received = kill_after(
            forkserver,
            fault_workers.save_forever,
            (str(data_dir), "pass", round_no),
            rng.randint(1, 12),
        )
        for kind, row_id, value in received:
            acknowledged[kind][row_id] = value
    with Workspace.open(data_dir, "pass") as ws:
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        notes = {n.id: n.body for n in ws.notes.find()}
        group = ws.groups.list()[0]
        members = {m.id: m.alias for m in ws.members.list(group.id)}
    assert len(acknowledged["note"]) >= KILLS
    assert all(notes.get(i) == body for i, body in acknowledged["note"].items())
    assert all(members.get(i) == alias for i, alias in acknowledged["member"].items())
    # A rename may have been committed after the last one we heard of, never before.
    last_heard = acknowledged["group"][group.id]
    assert _order(group.name) >= _order(last_heard)


def test_killed_during_backup(data_dir: Path, forkserver: ForkServerContext) -> None:
    with Workspace.create(data_dir, "pass", kdf_params=FLOOR) as ws:
        ws.groups.create(GroupDraft("Group"))
        first = ws.create_backup()
    rng = random.Random(3)
    for _ in range(10):
        kill_after(
            forkserver, fault_workers.backup_forever, (str(data_dir), "pass"), rng.randint(1, 3)
        )
        with Workspace.open(data_dir, "pass") as ws:  # opening sweeps a killed backup's file
            folder = backups.backups_dir(data_dir)
            assert not list(folder.glob(f"{backups.TEMP_PREFIX}*"))
            for info in backups.list_backups(data_dir):
                backups.verify_copy(info.path, ws.keyring.workspace_id, ws.keyring.cipher)
    listed = backups.list_backups(data_dir)
    assert listed and (first in [b.path for b in listed] or len(listed) == 10)


def _order(name: str) -> tuple[int, int]:
    """ "Group r12 s7" → (12, 7)."""
    round_part, save_part = name.removeprefix("Group ").split()
    return int(round_part[1:]), int(save_part[1:])
