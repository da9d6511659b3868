"""Command line and --demo: the throwaway sample workspace says what it is."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator_desktop import __version__
from facilitator_desktop.cli import build_parser, main
from facilitator_desktop.demo import DEMO_PASSPHRASE
from facilitator_desktop.ui.widgets.banner import Banner
from tests.gui.driving import Launch, unlock


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out

    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = capsys.readouterr().out
    assert "--data-dir DIR" in help_text and "--demo" in help_text


def test_data_dir_and_demo_are_exclusive(capsys: pytest.CaptureFixture[str]) -> None:
    assert build_parser().parse_args(["--data-dir", "x"]).data_dir == Path("x")
    with pytest.raises(SystemExit) as exit_info:
        main(["--demo", "--data-dir", "x"])
    assert exit_info.value.code == 2
    assert "not allowed" in capsys.readouterr().err


def test_demo_opens_sample_data_says_so_and_is_deleted(qtbot: QtBot, launch: Launch) -> None:
    app = launch(demo=True)
    window = app.window
    assert window is not None and window.isVisible()
    assert window.banner is not None
    note = window.banner.text()
    assert "Demo workspace" in note and f"passphrase: {DEMO_PASSPHRASE}" in note
    assert "deleted when you quit" in note
    assert window.group_selector.combo.count() == 2
    demo_folder = app.data_dir
    assert demo_folder.exists()

    window.lock_action.trigger()
    dialog = app.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    # The lock screen's demo banner (beside its hidden notice of notes kept across the lock).
    assert any(DEMO_PASSPHRASE in banner.text() for banner in dialog.findChildren(Banner))
    unlock(qtbot, app, DEMO_PASSPHRASE)

    app.shutdown()
    assert not demo_folder.exists()


@pytest.mark.slow
def test_demo_run_removes_its_folder_on_sigterm(tmp_path: Path) -> None:
    """The real entry point in a child process: a demo started from a terminal and
    stopped with SIGTERM (or Ctrl+C) still cleans up after itself."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "facilitator_desktop", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while not list(scratch.glob("facilitator-desktop-demo-*/workspace/workspace.db")):
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "the demo workspace never appeared"
            time.sleep(0.05)
        time.sleep(0.5)  # let the window come up and the event loop start
        child.send_signal(signal.SIGTERM)
        _out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 0, err.decode(errors="replace")
    assert list(scratch.iterdir()) == []
    assert b"Traceback" not in err
