"""A second copy on the same data folder brings the first to the front instead."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from facilitator_desktop.ui.single_instance import RAISE_REQUEST, SingleInstance


def test_second_copy_asks_the_first_to_come_forward(data_dir: Path, qtbot: QtBot) -> None:
    first = SingleInstance(data_dir)
    assert first.acquire()
    first.watch()
    probe = (
        "import sys; from pathlib import Path; "
        "from PySide6.QtCore import QCoreApplication; "
        "from facilitator_desktop.ui.single_instance import SingleInstance; "
        "app = QCoreApplication([]); "
        "sys.exit(0 if SingleInstance(Path(sys.argv[1])).acquire() else 3)"
    )
    with qtbot.waitSignal(first.raiseRequested, timeout=5000):
        second = subprocess.run([sys.executable, "-c", probe, str(data_dir)], check=False)
    assert second.returncode == 3
    qtbot.waitUntil(lambda: not (data_dir / RAISE_REQUEST).exists())
    first.release()


def test_a_request_made_before_watching_is_answered(data_dir: Path, qtbot: QtBot) -> None:
    # The owner starts watching once its first window is painted; a copy started in that
    # moment must not go unanswered.
    first = SingleInstance(data_dir)
    assert first.acquire()
    assert not SingleInstance(data_dir).acquire()
    with qtbot.waitSignal(first.raiseRequested, timeout=1000):
        first.watch()
    assert not (data_dir / RAISE_REQUEST).exists()
    first.release()


def test_a_dead_owners_lock_is_taken_over(data_dir: Path) -> None:
    holder = (
        "import os, sys; from pathlib import Path; "
        "from PySide6.QtCore import QCoreApplication; "
        "from facilitator_desktop.ui.single_instance import SingleInstance; "
        "app = QCoreApplication([]); s = SingleInstance(Path(sys.argv[1])); "
        "assert s.acquire(); os._exit(0)"  # dies without unlocking, like a crash
    )
    subprocess.run([sys.executable, "-c", holder, str(data_dir)], check=True)
    survivor = SingleInstance(data_dir)
    assert survivor.acquire()
    survivor.release()
