"""Disks for the GUI tests of full and read-only storage (this module holds no tests).

`filling_disk`: the data folder on a disk that fills up and is freed again — a real tmpfs
where the machine allows, else the storage layer refusing every write as SQLite does on a
full disk. `turning_disk`: a data folder on a disk the system turns read-only under the open
app — an ext4 image meeting an error where allowed, else the storage layer. Each says which
one ran (`kind`), for the assertion messages.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.helpers import faults

DISK_BYTES = 8 * 1024 * 1024


@dataclass
class FillingDisk:
    data_dir: Path
    kind: str
    mount: Path | None
    _stop: Callable[[], None] | None = field(default=None, repr=False)

    def fill(self, engine: Engine) -> None:
        """No room left from now on (`engine`: the open app's, for the fallback)."""
        if self.mount is not None:
            faults.fill(self.mount, 0)
        else:
            self._stop = faults.failing_writes(engine)

    def free(self) -> None:
        if self.mount is not None:
            (self.mount / faults.FILLER).unlink()
        elif self._stop is not None:
            self._stop()
            self._stop = None


@pytest.fixture
def filling_disk(tmp_path: Path) -> Iterator[FillingDisk]:
    if faults.mounting_allowed():
        with faults.small_filesystem(tmp_path / "disk", DISK_BYTES) as mount:
            yield FillingDisk(mount / "data", "tmpfs", mount)
        return
    yield FillingDisk(tmp_path / "data", "storage layer", None)


@dataclass
class TurningDisk:
    data_dir: Path
    kind: str
    mount: Path | None
    monkeypatch: pytest.MonkeyPatch = field(repr=False)

    def turn_read_only(self, engine: Engine) -> None:
        """The disk turns read-only under the open app, as after a disk error."""
        if self.mount is not None:
            faults.fail_read_only(self.mount)
        else:
            faults.failing_writes(engine, "disk I/O error")
            faults.refuse_new_files(self.monkeypatch, errno.EROFS)


@pytest.fixture
def turning_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TurningDisk]:
    if faults.loop_ext4_allowed():
        with faults.small_ext4(tmp_path / "disk", 4 * DISK_BYTES) as mount:
            yield TurningDisk(mount / "data", "ext4 error remount", mount, monkeypatch)
        return
    yield TurningDisk(tmp_path / "data", "storage layer", None, monkeypatch)
