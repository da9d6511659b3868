"""Saved files are whole or absent; what a killed or failed save leaves is swept."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator_desktop import partial_files
from facilitator_desktop.partial_files import (
    PARTIAL_PREFIX,
    records_dir,
    sweep_abandoned,
    write_file,
    write_with,
)
from tests.helpers import faults

RECORD = b"the member's record, reviewed and redacted\n" * 200


def leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{PARTIAL_PREFIX}*")) + sorted(records_dir().glob("*"))


def test_a_saved_file_is_private_and_leaves_nothing_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "member-record.txt"
    write_file(target, RECORD)
    assert target.read_bytes() == RECORD
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["member-record.txt"]


def test_a_save_that_fails_half_way_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "attendance.csv"
    target.write_bytes(b"last week's export")

    def half_then_fail(partial: Path) -> None:
        partial.write_bytes(RECORD[: len(RECORD) // 2])
        raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(OSError):
        write_with(target, half_then_fail)
    assert target.read_bytes() == b"last week's export"
    assert leftovers(tmp_path) == []


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    if faults.mounting_allowed():
        with faults.small_filesystem(tmp_path / "usb", 64 * 1024) as disk:
            yield disk, "tmpfs"
    else:
        disk = tmp_path / "usb"
        disk.mkdir()
        yield disk, "storage layer"


def test_a_full_disk_keeps_the_old_file_and_leaves_nothing(
    small_disk: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    disk, fault = small_disk
    target = disk / "summary.pdf"
    target.write_bytes(b"%PDF an older summary")
    if fault == "storage layer":
        real = partial_files.private_files.write_private_file

        def no_space(path: Path, data: bytes, **kwargs: bool) -> Path:
            real(path, data[: len(data) // 3], **kwargs)
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(partial_files.private_files, "write_private_file", no_space)
    with pytest.raises(OSError) as info:
        write_file(target, RECORD * 20)  # far more than the disk holds
    assert info.value.errno == errno.ENOSPC, fault
    assert target.read_bytes() == b"%PDF an older summary"
    assert leftovers(disk) == []


WRITER = """
import os, sys, time
from pathlib import Path
from facilitator_desktop.partial_files import write_with

def slowly(partial):
    partial.write_bytes(b"first half of the file")
    print("writing", flush=True)
    time.sleep(60)

write_with(Path(sys.argv[1]), slowly)
"""


def start_writer(target: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "writing"
    child.stdout.close()
    return child


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_save_killed_half_way_is_swept_at_the_next_start(tmp_path: Path) -> None:
    exports = tmp_path / "Documents"
    exports.mkdir()
    target = exports / "attendance.csv"
    killed = start_writer(target)
    running = start_writer(exports / "airtime.csv")  # another copy, still saving
    try:
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait()
        assert not target.exists()  # never a half file under the chosen name
        assert len(list(exports.glob(f"{PARTIAL_PREFIX}*"))) == 2
        removed = sweep_abandoned()
        (gone,) = removed
        assert not gone.exists()
        (kept,) = exports.glob(f"{PARTIAL_PREFIX}*")  # the running copy's
        assert (kept / "file").read_bytes() == b"first half of the file"
        assert len(list(records_dir().glob("*"))) == 1  # its record too
    finally:
        running.kill()
        running.wait()
    sweep_abandoned()
    assert leftovers(exports) == []
    assert sorted(p.name for p in exports.iterdir()) == []


def test_a_state_folder_that_cannot_take_the_record_does_not_stop_the_save(
    tmp_path: Path,
) -> None:
    """The laptop's own disk is full, the USB stick is not: the file is still saved."""
    blocked = tmp_path / "state"
    blocked.write_text("a file where the records folder should be")
    target = tmp_path / "stick" / "attendance.csv"
    target.parent.mkdir()
    write_file(target, RECORD, records=blocked / "pending-writes")
    assert target.read_bytes() == RECORD
    assert not list(target.parent.glob(f"{PARTIAL_PREFIX}*"))
