"""Every file and folder the app makes is the user's alone (0600 / 0700), with the usual
desktop umask of 022 that would otherwise make them readable by every account on the
laptop: the workspace and its journals, backups, the lock files, the exports a facilitator
asks for (member record, CSV, the workspace for another laptop, a handout PDF) and the
copies handed to the PDF viewer."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.demo import populate
from facilitator_desktop.ui.handouts import HandoutKind
from facilitator_desktop.ui.handouts.viewer import PREFIX, ViewerCopies, remove_abandoned
from facilitator_desktop.ui.history.export import export_csv
from facilitator_desktop.ui.single_instance import LOCK_NAME, RAISE_REQUEST, SingleInstance
from facilitator_desktop.ui.vault.member_rights import export_member_record
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers.handouts import HandoutsDriver
from tests.gui.driving import Launch, PromptAnswerer, click, unlock

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def loose_umask() -> Iterator[None]:
    before = os.umask(0o022)
    yield
    os.umask(before)


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder the viewer copies go to, for this test alone."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert Path(QDir.tempPath()) == folder
    return folder


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def loose_entries(root: Path) -> dict[str, str]:
    """Everything under `root` (itself included) that is not 0600 for files, 0700 for
    folders; no symlinks expected."""
    found: dict[str, str] = {}
    for path in [root, *sorted(root.rglob("*"))]:
        wanted = 0o700 if path.is_dir() else 0o600
        if path.is_symlink() or mode(path) != wanted:
            found[path.relative_to(root.parent).as_posix()] = oct(mode(path))
    return found


def test_everything_the_app_writes_is_private_under_umask_022(
    qtbot: QtBot,
    launch: Launch,
    data_dir: Path,
    temp_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group_id = populate(ws, groups=1, weeks=3)[0]
    instance = SingleInstance(data_dir)  # as app.run() takes the folder
    assert instance.acquire()
    assert not SingleInstance(data_dir).acquire()  # a second copy leaves a raise request
    app = launch()
    window = unlock(qtbot, app)
    ws = window.ctx.workspace
    assert window.ctx.request_group(group_id)

    # The facilitator's own folder for what they export: theirs, left as it is.
    exports = tmp_path / "Documents"
    exports.mkdir()
    assert mode(exports) == 0o755

    # A member's record, reviewed, then written where the facilitator chose.
    member = ws.members.list(group_id)[0]
    record = exports / "member-record.json"

    def choose(_parent: QWidget, _suggested: str) -> Path:
        return record

    review = export_member_record(window, window.ctx, member.id, member.alias, choose)
    assert review is not None
    click(qtbot, review.save_button)
    assert record.is_file()

    # Attendance as CSV, over a file that was readable by everyone.
    csv_path = exports / "attendance.csv"
    csv_path.write_text("old", encoding="utf-8")
    assert mode(csv_path) == 0o644
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(csv_path), "CSV files (*.csv)")
    )
    go = PromptAnswerer("Choose where to save…").arm()
    assert export_csv(window, window.ctx, group_id, "attendance") == csv_path
    assert go.answered

    # The workspace for another laptop, into a folder the export makes.
    moved = ws.export_to(exports / "usb" / "workspace.fdw")
    # A backup now (the app also makes one daily and on quit).
    ws.create_backup()

    # A handout saved as PDF, and a copy opened in the PDF viewer.
    handouts = HandoutsDriver.open(qtbot, window)
    handouts.choose(HandoutKind.SIGN_IN_SHEET)
    pdf = exports / "sign-in.pdf"
    pdf.write_bytes(b"an older printout")
    assert mode(pdf) == 0o644
    assert handouts.save_pdf(pdf) == pdf
    opened: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", fake_open)
    handouts.click_open_in_viewer()
    (url,) = opened
    viewer_folder = Path(url.toLocalFile()).parent
    assert viewer_folder.parent == temp_dir and viewer_folder.name.startswith(PREFIX)

    written = {p.name for p in data_dir.iterdir()}
    assert {"workspace.db", "workspace.db-wal", "workspace.db-shm", "backups"} <= written
    assert {LOCK_NAME, RAISE_REQUEST} <= written
    assert loose_entries(data_dir) == {}
    assert loose_entries(viewer_folder) == {}
    assert len(list(viewer_folder.glob("*.pdf"))) == 1
    assert {p.name: oct(mode(p)) for p in exports.rglob("*")} == {
        "member-record.json": "0o600",
        "attendance.csv": "0o600",
        "usb": "0o700",
        "workspace.fdw": "0o600",
        "sign-in.pdf": "0o600",
    }
    assert moved.is_file()
    assert mode(exports) == 0o755  # the user's own folder was not changed

    # Quitting makes one more backup; locking deletes the viewer copies.
    app.lock()
    assert not viewer_folder.exists()
    app.shutdown()
    instance.release()
    assert len(list((data_dir / "backups").iterdir())) == 2
    assert loose_entries(data_dir) == {}


# A run of the app that made a viewer copy and was then killed (SIGKILL: no atexit, no
# lock, nothing of its own cleaning runs). Prints the copy's path first.
CRASHED_RUN = """
import os, signal, sys
from pathlib import Path
from facilitator_desktop.ui.handouts.viewer import ViewerCopies

print(ViewerCopies(Path(sys.argv[1])).write(b"%PDF-1.4", "sign-in-sheet"), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_the_viewer_folder_of_a_crashed_run_goes_and_this_runs_stays(temp_dir: Path) -> None:
    """A viewer's first copy also sweeps (the start sweeps every such folder too, see
    tests/security/test_process_start.py): the folder of a run killed while its copy was
    open goes, this run's own stays until it clears it."""
    crashed = subprocess.run(
        [sys.executable, "-c", CRASHED_RUN, str(temp_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    crashed_copy = Path(crashed.stdout.strip())
    assert crashed_copy.is_file() and crashed_copy.parent.parent == temp_dir

    current = ViewerCopies(temp_dir)
    current_copy = current.write(b"%PDF-1.4", "rule-cards")  # its first copy sweeps too
    assert not crashed_copy.exists() and not crashed_copy.parent.exists()
    assert remove_abandoned(temp_dir) == []
    assert current_copy.is_file()
    current.clear()
    assert not current_copy.parent.exists()
