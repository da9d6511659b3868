"""What an interrupted backup left behind is swept before the next one, and only that; a
leftover already gone when its turn comes (another window of the app, or the facilitator,
removed it after the folder was listed) is no reason to stop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from facilitator_desktop.services import backups

PARTIAL = f"{backups.TEMP_PREFIX}0123{backups.SUFFIX}"


class ListedThenGone(type(Path())):
    """A folder whose listing names one more leftover, removed before it is reached."""

    def glob(self, pattern: str) -> Iterator[Path]:
        yield from super().glob(pattern)
        yield Path(self) / f"{backups.TEMP_PREFIX}gone{backups.SUFFIX}"


def test_leftovers_are_swept_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / PARTIAL).write_bytes(b"half a copy")
    (tmp_path / "kept.sqlite3").write_bytes(b"a finished copy")
    backups.sweep_partials(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.sqlite3"]


def test_a_leftover_gone_before_its_turn_does_not_stop_the_sweep(tmp_path: Path) -> None:
    (tmp_path / PARTIAL).write_bytes(b"half a copy")
    backups.sweep_partials(ListedThenGone(tmp_path))
    assert list(tmp_path.iterdir()) == []


def test_no_folder_yet_is_nothing_to_sweep(tmp_path: Path) -> None:
    backups.sweep_partials(tmp_path / "backups")
    assert not (tmp_path / "backups").exists()
