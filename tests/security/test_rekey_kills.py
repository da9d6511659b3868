"""kill -9 at every step of a data-key rotation and of an erasure.

Rotation: the workspace opens with exactly one of the old and new passphrase, every value
readable; once opened, no file in the folder opens with the other one. Erasure: the member
is fully present, or fully erased; once opened, no file in the folder names them.
"""

from __future__ import annotations

import multiprocessing
import shutil
import signal
import sys
from collections.abc import Iterator
from multiprocessing.context import ForkServerContext
from pathlib import Path
from typing import Any

import pytest

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.services import backups
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace, database_path
from tests.helpers.vault_files import files_opening_with, key_from, readable_values, sqlite_files
from tests.security import rekey_workers

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL"),
]
OLD, NEW = "old passphrase", "new passphrase"
# Enough points to land in every phase (main transaction, each backup, finishing) while
# keeping the sweep to seconds on two cores.
MAX_KILLS = 30


@pytest.fixture(scope="module")
def forkserver() -> Iterator[ForkServerContext]:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.security.rekey_workers"])
    yield ctx


def run_child(ctx: ForkServerContext, target: Any, args: tuple[Any, ...]) -> int | None:
    """Run the child to its end or to its self-inflicted SIGKILL; the step count if it ended."""
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(target=target, args=(*args, child), daemon=True)
    process.start()
    child.close()
    process.join(60)
    try:
        count = parent.recv() if parent.poll(0) else None
    except EOFError:  # killed before it could report
        count = None
    parent.close()
    assert process.exitcode in (0, -signal.SIGKILL), process.exitcode
    return count


def kill_points(total: int) -> list[int]:
    stride = max(1, total // MAX_KILLS)
    return list(range(1, total + 1, stride))


@pytest.fixture
def pristine(tmp_path: Path) -> Path:
    folder = tmp_path / "pristine"
    with Workspace.create(folder, OLD, kdf_params=FLOOR) as ws:
        group = ws.groups.create(GroupDraft("Group")).id
        zoe = ws.members.add(group, MemberDraft("Zoë", full_name="Zoë Marchetti"))
        bob = ws.members.add(group, MemberDraft("Bob"))
        for i in range(6):
            ws.notes.create(NoteDraft(f"note {i} about Zoë", group, member_ids=(zoe.id,)))
            ws.notes.create(NoteDraft(f"Zoë and Bob {i}", group, member_ids=(zoe.id, bob.id)))
            if i % 2:
                ws.create_backup()
    return folder


def fresh_copy(pristine: Path, tmp_path: Path) -> Path:
    target = tmp_path / "trial"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(pristine, target)
    return target


def test_kill_anywhere_in_a_rotation(
    pristine: Path, tmp_path: Path, forkserver: ForkServerContext
) -> None:
    with Workspace.open(pristine, OLD) as ws:
        expected_notes = sorted(n.body for n in ws.notes.find())
    trial = fresh_copy(pristine, tmp_path)
    total = run_child(forkserver, rekey_workers.rotate, (str(trial), OLD, NEW, 10**9))
    assert total is not None and total > 40
    outcomes = set()
    for kill_at in kill_points(total):
        trial = fresh_copy(pristine, tmp_path)
        assert run_child(forkserver, rekey_workers.rotate, (str(trial), OLD, NEW, kill_at)) is None
        database = database_path(trial)
        opening = [p for p in (OLD, NEW) if key_from(database, passphrase=p) is not None]
        assert len(opening) == 1, (kill_at, opening)
        works, other = opening[0], ({OLD, NEW} - set(opening)).pop()
        outcomes.add(works)
        with Workspace.open(trial, works) as ws:  # finishes what the kill left undone
            notes = ws.notes.find()
            assert sorted(n.body for n in notes) == expected_notes, kill_at
            assert not any(n.damaged for n in notes)
        assert files_opening_with(trial, passphrase=other) == [], kill_at
        for path in sqlite_files(trial):
            dek = key_from(path, passphrase=works)
            assert dek is not None and readable_values(path, dek)[1] == 0, (kill_at, path)
        assert not list(backups.backups_dir(trial).glob(f"{backups.TEMP_PREFIX}*"))
    assert outcomes == {OLD, NEW}  # the sweep landed on both sides of the commit


ERASURE_LEAVES = {"workspace.db", "workspace.db-wal", "workspace.db-shm", "backups"}


def test_kill_anywhere_in_an_erasure(
    pristine: Path, tmp_path: Path, forkserver: ForkServerContext
) -> None:
    trial = fresh_copy(pristine, tmp_path)
    total = run_child(forkserver, rekey_workers.erase, (str(trial), OLD, 1, 10**9))
    assert total is not None
    outcomes = set()
    for kill_at in kill_points(total):
        trial = fresh_copy(pristine, tmp_path)
        assert run_child(forkserver, rekey_workers.erase, (str(trial), OLD, 1, kill_at)) is None
        with Workspace.open(trial, OLD) as ws:
            group = ws.groups.list()[0].id
            present = [m.alias for m in ws.members.list(group)]
            bodies = [n.body for n in ws.notes.find()]
        # The next start left no half-rewritten copy behind (they could hold the member).
        assert not list(backups.backups_dir(trial).glob(f"{backups.TEMP_PREFIX}*")), kill_at
        assert {p.name for p in trial.iterdir()} <= ERASURE_LEAVES, kill_at
        if "Zoë" in present:
            outcomes.add("present")
            assert len(bodies) == 12 and sum("Zoë" in b for b in bodies) == 12, kill_at
            continue
        outcomes.add("erased")
        assert len(bodies) == 6, kill_at
        for path in sqlite_files(trial):
            dek = key_from(path, passphrase=OLD)
            assert dek is not None
            values = readable_values(path, dek)[0]
            assert not any("Zoë" in v or "Marchetti" in v for v in values), (kill_at, path)
    assert outcomes == {"present", "erased"}
