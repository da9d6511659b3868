"""The real `python -m facilitator_desktop` in a child process, started where it cannot
work as usual: a read-only or full data folder, a lock file from another computer, a crash
at start. Each time a window says what happened (recorded offscreen by the window probe, see
tests/helpers/window_probe), the exit code says it too, and no traceback is printed."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from facilitator_desktop.cli import EXIT_CRASHED
from facilitator_desktop.crash_log import crash_log_dir
from facilitator_desktop.ui.single_instance import EXIT_CANNOT_START, LOCK_NAME
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.test_single_instance import write_foreign_lock
from tests.helpers import faults
from tests.unit.test_crash_log import MARKERS, files_holding_markers

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux child processes"),
]
PROBE = Path(__file__).resolve().parent.parent / "helpers" / "window_probe"


@dataclass
class Started:
    returncode: int | None
    stdout: str
    stderr: str
    boxes: list[dict[str, object]]


def probe_env(tmp_path: Path, **probe: str) -> dict[str, str]:
    temp = tmp_path / "tmp"
    temp.mkdir(exist_ok=True)
    path = os.pathsep.join(filter(None, [str(PROBE), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"}
    env.update(PYTHONPATH=path, FD_PROBE_RECORD=str(tmp_path / "boxes.jsonl"), **probe)
    return env


def boxes_shown(tmp_path: Path) -> list[dict[str, object]]:
    record = tmp_path / "boxes.jsonl"
    if not record.exists():
        return []
    return [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]


def start_app(tmp_path: Path, data_dir: Path, **probe: str) -> Started:
    done = subprocess.run(
        [sys.executable, "-m", "facilitator_desktop", "--data-dir", str(data_dir)],
        env=probe_env(tmp_path, **probe),
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    return Started(done.returncode, done.stdout, done.stderr, boxes_shown(tmp_path))


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A small filesystem holding a workspace (skipped where tests may not mount: a
    read-only or full disk cannot be faked for another process from here)."""
    if not faults.mounting_allowed():
        pytest.skip("needs a tmpfs (root on Linux); covered in-process by test_single_instance")
    with faults.small_filesystem(tmp_path / "disk", 1024 * 1024) as mounted:
        Workspace.create(mounted / "data", PASSPHRASE, kdf_params=FAST_KDF).close()
        yield mounted


def only_box(started: Started) -> dict[str, object]:
    assert "Traceback" not in started.stderr, started.stderr
    (box,) = started.boxes
    assert box["visible"] is True  # really on screen (offscreen), not only made
    return box


def test_a_read_only_data_folder_is_explained_in_a_window(tmp_path: Path, disk: Path) -> None:
    faults.remount_read_only(disk)
    started = start_app(tmp_path, disk / "data")
    assert started.returncode == EXIT_CANNOT_START
    box = only_box(started)
    assert box["title"] == "Facilitator Desktop cannot start"
    assert "read-only" in str(box["text"])
    assert str(disk / "data") in str(box["informative"])


def test_a_full_data_folder_is_explained_in_a_window(tmp_path: Path, disk: Path) -> None:
    faults.fill(disk, 0)
    started = start_app(tmp_path, disk / "data")
    assert started.returncode == EXIT_CANNOT_START
    box = only_box(started)
    assert "is full" in str(box["text"]) and "Free some space" in str(box["informative"])


def test_a_lock_from_another_computer_asks_and_quit_ends_calmly(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    content = write_foreign_lock(data_dir, hostname="office-pc")
    started = start_app(tmp_path, data_dir, FD_PROBE_ANSWER="Quit")
    assert started.returncode == 0
    box = only_box(started)
    assert box["title"] == "Open this folder?" and "office-pc" in str(box["text"])
    assert box["buttons"] == ["Open anyway", "Quit"]
    assert (data_dir / LOCK_NAME).read_bytes() == content


def _lock_text(lock: Path) -> str:
    """The lock's text, or "" in the moment between the old lock's removal and the new one."""
    try:
        return lock.read_text(errors="replace")
    except FileNotFoundError:
        return ""


def test_a_lock_from_another_computer_can_be_opened_anyway(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    write_foreign_lock(data_dir, hostname="office-pc")
    child = subprocess.Popen(
        [sys.executable, "-m", "facilitator_desktop", "--data-dir", str(data_dir)],
        env=probe_env(tmp_path, FD_PROBE_ANSWER="Open anyway"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        lock = data_dir / LOCK_NAME
        while not _lock_text(lock).startswith(f"{child.pid}\n"):
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "the app never took the folder over"
            time.sleep(0.05)
        time.sleep(0.5)  # the event loop runs: the create window is up
        child.send_signal(signal.SIGTERM)
        _out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, err
    assert "Traceback" not in err
    assert [box["title"] for box in boxes_shown(tmp_path)] == ["Open this folder?"]


@pytest.mark.parametrize("windowed", [False, True], ids=["terminal", "windowed bundle"])
def test_a_crash_at_start_is_shown_and_logged_without_private_text(
    tmp_path: Path, windowed: bool
) -> None:
    probe = {"FD_PROBE_CRASH": MARKERS[0]}
    if windowed:
        probe["FD_PROBE_NO_STDERR"] = "1"  # no terminal: the window is all there is
    started = start_app(tmp_path, tmp_path / "data", **probe)
    assert started.returncode == EXIT_CRASHED
    box = only_box(started)
    assert box["title"] == "Something went wrong" and box["icon"] == "Information"
    assert "could not start" in str(box["text"])
    assert "Open log folder" in box["buttons"]  # type: ignore[operator]
    (log,) = crash_log_dir().glob("crash-*.log")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    text = log.read_text()
    assert "where: start" in text and "exception: RuntimeError" in text
    assert "in build_app" in text
    assert MARKERS[0] not in started.stderr + started.stdout
    home = Path(os.environ["HOME"])
    assert files_holding_markers(home, tmp_path / "data", tmp_path / "tmp") == []
