"""Private files whatever the umask: 0600 files, 0700 folders, looser ones tightened on open,
and temporary folders that tell a crashed run's leftovers from a running copy's."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator_desktop import private_files
from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.demo import populate
from facilitator_desktop.private_files import OwnedTempDir, owner_gone, remove_abandoned_temp_dirs
from facilitator_desktop.services import backups
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def loose_umask() -> Iterator[None]:
    """The usual desktop umask: without care every new file would be 0644, folders 0755."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_new_folders_are_private_and_existing_ones_the_users_own(tmp_path: Path) -> None:
    mine = tmp_path / "Documents"
    mine.mkdir(mode=0o755)
    os.chmod(mine, 0o755)
    private_files.make_dirs(mine / "exports" / "2024")
    assert mode(mine) == 0o755  # the user's folder keeps its mode
    assert mode(mine / "exports") == mode(mine / "exports" / "2024") == 0o700

    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    os.chmod(data, 0o755)
    private_files.make_private_dir(data)
    assert mode(data) == 0o700


def test_files_are_0600_even_when_they_replace_a_readable_one(tmp_path: Path) -> None:
    fresh = private_files.write_private_file(tmp_path / "fresh.json", b"{}")
    assert mode(fresh) == 0o600 and fresh.read_bytes() == b"{}"

    shared = tmp_path / "shared.pdf"
    shared.write_bytes(b"old and longer")
    os.chmod(shared, 0o664)
    private_files.write_private_file(shared, b"new")
    assert mode(shared) == 0o600 and shared.read_bytes() == b"new"

    with pytest.raises(FileExistsError):
        private_files.write_private_file(shared, b"again", exclusive=True)
    assert shared.read_bytes() == b"new"


def test_touch_keeps_content_and_tightens(tmp_path: Path) -> None:
    database = tmp_path / "workspace.db"
    private_files.touch_private(database)
    assert mode(database) == 0o600 and database.read_bytes() == b""
    database.write_bytes(b"SQLite format 3\x00")
    os.chmod(database, 0o644)
    private_files.touch_private(database)
    assert mode(database) == 0o600 and database.read_bytes() == b"SQLite format 3\x00"


def test_tightening_takes_away_group_and_world_only(tmp_path: Path) -> None:
    read_only = tmp_path / "read-only"
    read_only.write_bytes(b"x")
    os.chmod(read_only, 0o444)
    assert private_files.tighten(read_only)
    assert mode(read_only) == 0o400  # nothing is added, not even write for the owner
    assert private_files.tighten(tmp_path / "gone")  # nothing to do is not a failure


def test_the_process_umask_can_be_restricted() -> None:
    private_files.restrict_umask()
    now = os.umask(0o022)  # the fixture restores the test's own afterwards
    assert now == 0o077


def test_a_workspace_made_under_umask_022_is_private(data_dir: Path) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        populate(ws, groups=1, weeks=2)
        ws.create_backup()
        ws.export_to(data_dir.parent / "usb" / "workspace.fdw")
        assert {p.name for p in data_dir.iterdir()} >= {"workspace.db", "workspace.db-wal"}
        modes = {p.relative_to(data_dir).as_posix(): mode(p) for p in data_dir.rglob("*")}
    assert modes.pop("backups") == 0o700
    assert modes and set(modes.values()) == {0o600}, modes
    assert mode(data_dir) == 0o700
    assert mode(data_dir.parent / "usb") == 0o700  # made for the export
    assert mode(data_dir.parent / "usb" / "workspace.fdw") == 0o600


def test_loose_modes_are_tightened_when_the_workspace_opens(data_dir: Path) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        backup = ws.create_backup()
    damaged_copy = data_dir / "workspace.db.damaged-20240101-000000"
    damaged_copy.write_bytes(b"kept for repair")
    theirs = data_dir / "README.txt"  # a user's own file in a folder they chose
    theirs.write_text("mine", encoding="utf-8")
    os.chmod(data_dir, 0o755)
    os.chmod(backup.parent, 0o755)
    for path in (data_dir / "workspace.db", backup, damaged_copy, theirs):
        os.chmod(path, 0o644)

    with Workspace.open(data_dir, PASSPHRASE) as ws:
        assert ws.groups is not None
        journals = [data_dir / "workspace.db-wal", data_dir / "workspace.db-shm"]
        assert all(p.exists() for p in journals)
        assert {mode(p) for p in journals} == {0o600}  # SQLite copies the database's mode
    assert mode(data_dir) == mode(backup.parent) == 0o700
    assert mode(data_dir / "workspace.db") == mode(backup) == mode(damaged_copy) == 0o600
    assert mode(theirs) == 0o644  # not the app's to change


def test_a_wrong_passphrase_still_tightens(data_dir: Path) -> None:
    from facilitator_desktop.errors import WrongPassphrase

    Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF).close()
    os.chmod(data_dir / "workspace.db", 0o644)
    with pytest.raises(WrongPassphrase):
        Workspace.open(data_dir, "not the passphrase")
    assert mode(data_dir / "workspace.db") == 0o600


def test_a_backup_temporary_file_is_private_while_it_is_written(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []
    original = backups.verify_copy

    def spy(path: Path, workspace_id: bytes, cipher: FieldCipher | None) -> None:
        seen.append(mode(path))
        original(path, workspace_id, cipher)

    monkeypatch.setattr(backups, "verify_copy", spy)
    workspace.create_backup()
    assert seen == [0o600]


# --- temporary folders with an owner ----------------------------------------------------------

PREFIX = "facilitator-desktop-viewer-"
HOLDER = f"""
import sys, time
from pathlib import Path
from facilitator_desktop.private_files import OwnedTempDir, write_private_file
owned = OwnedTempDir.create("{PREFIX}", Path(sys.argv[1]))
print(write_private_file(owned.path / "sign-in-sheet.pdf", b"%PDF-1.4"), flush=True)
time.sleep(60)
"""


def start_holder(root: Path) -> tuple[subprocess.Popen[str], Path]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(root)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    child.stdout.close()
    assert line, "the holder did not start"
    return child, Path(line).parent


@pytest.mark.slow
def test_a_crashed_runs_previews_go_and_a_running_copys_stay(tmp_path: Path) -> None:
    running, running_folder = start_holder(tmp_path)
    crashed, crashed_folder = start_holder(tmp_path)
    crashed.send_signal(signal.SIGKILL)  # no clean-up code runs
    crashed.wait()
    try:
        assert crashed_folder.is_dir() and running_folder.is_dir()
        assert owner_gone(crashed_folder) is True
        assert owner_gone(running_folder) is False

        removed = remove_abandoned_temp_dirs(PREFIX, tmp_path)

        assert removed == [crashed_folder]
        assert not crashed_folder.exists()
        assert sorted(p.name for p in running_folder.iterdir()) == [".owner", "sign-in-sheet.pdf"]
    finally:
        running.kill()
        running.wait()
    assert remove_abandoned_temp_dirs(PREFIX, tmp_path) == [running_folder]


def test_this_processes_own_folder_is_never_taken_for_abandoned(tmp_path: Path) -> None:
    owned = OwnedTempDir.create(PREFIX, tmp_path)
    copy = private_files.write_private_file(owned.path / "rule-cards.pdf", b"%PDF-1.4")
    assert remove_abandoned_temp_dirs(PREFIX, tmp_path) == []
    assert copy.is_file()
    assert mode(owned.path) == 0o700 and mode(copy) == mode(owned.path / ".owner") == 0o600
    owned.remove()
    assert not owned.path.exists()


def test_folders_that_are_not_ours_to_judge_stay(tmp_path: Path) -> None:
    unmarked = tmp_path / f"{PREFIX}older-version"
    unmarked.mkdir()
    other_kind = tmp_path / "facilitator-desktop-demo-abc"  # made by mkdtemp, no mark
    other_kind.mkdir()
    link = tmp_path / f"{PREFIX}link"
    link.symlink_to(unmarked)
    assert owner_gone(unmarked) is None
    assert remove_abandoned_temp_dirs("facilitator-desktop-", tmp_path) == []
    assert unmarked.is_dir() and other_kind.is_dir() and link.is_symlink()


def test_an_owned_folder_is_locked_from_its_first_moment(tmp_path: Path) -> None:
    owned = OwnedTempDir.create("facilitator-desktop-test-", tmp_path)
    try:
        names = sorted(p.name for p in owned.path.iterdir())
        assert names == [".owner"]  # no unlocked ".owner.new" left for a sweep to see
        assert owner_gone(owned.path) is False
    finally:
        owned.remove()
        owned.remove()  # twice is harmless
    assert not owned.path.exists()
