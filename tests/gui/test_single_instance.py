"""A second copy on the same data folder brings the first to the front instead; a lock
that cannot be judged from here (another computer's, an unreadable one, a copy that does
not answer) leads to a question, never to a refusal for ever; a folder that cannot be
written is explained in a window."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator_desktop import private_files
from facilitator_desktop.ui import single_instance
from facilitator_desktop.ui.single_instance import (
    EXIT_CANNOT_START,
    LOCK_NAME,
    RAISE_REQUEST,
    Claim,
    SingleInstance,
    claim_data_folder,
)
from tests.helpers import faults


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


# --- never locked out ------------------------------------------------------------------------


def write_foreign_lock(data_dir: Path, hostname: str = "other-laptop") -> bytes:
    """A lock file as another computer's copy writes it (pid, program, host, machine id,
    boot id): the folder was copied, synced or restored while the app was open there."""
    data_dir.mkdir(parents=True, exist_ok=True)
    content = (
        f"{os.getpid()}\npython3\n{hostname}\n"
        "0123456789abcdef0123456789abcdef\n01234567-89ab-cdef-0123-456789abcdef\n"
    ).encode()
    (data_dir / LOCK_NAME).write_bytes(content)
    return content


class AnswerInTurn:
    """Answers the message boxes the app opens, one after another, by button label; keeps
    what each said."""

    def __init__(self, *labels: str) -> None:
        self.labels = list(labels)
        self.seen: list[tuple[str, str, str]] = []
        # The boxes themselves, kept alive: a set of id()s would take a new box made where
        # a closed one was for the same box, and leave it unanswered (a hang).
        self._answered: list[QMessageBox] = []
        self._timer = QTimer()
        self._timer.timeout.connect(self._answer)
        self._timer.start(10)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not self.labels:
            return
        if any(box is answered for answered in self._answered):
            return
        self._answered.append(box)
        self.seen.append((box.windowTitle(), box.text(), box.informativeText()))
        label = self.labels.pop(0)
        for button in box.buttons():
            if button.text().replace("&", "") == label:
                button.click()
                return
        raise AssertionError(f"no {label!r} button in {[b.text() for b in box.buttons()]}")

    def stop(self) -> None:
        self._timer.stop()


def test_a_lock_from_another_computer_asks_and_quit_leaves_it(data_dir: Path, qtbot: QtBot) -> None:
    content = write_foreign_lock(data_dir)
    answers = AnswerInTurn("Quit")
    instance, code = claim_data_folder(data_dir)
    answers.stop()
    assert (instance, code) == (None, 0)
    ((title, text, informative),) = answers.seen
    assert "seems open elsewhere" in text and "other-laptop" in text
    assert "copied, synced or restored" in informative and "Open anyway?" in informative
    assert (data_dir / LOCK_NAME).read_bytes() == content  # nothing taken or changed


def test_a_lock_from_another_computer_can_be_opened_anyway(data_dir: Path, qtbot: QtBot) -> None:
    write_foreign_lock(data_dir)
    answers = AnswerInTurn("Open anyway")
    instance, code = claim_data_folder(data_dir)
    answers.stop()
    assert instance is not None and code == 0
    holder = instance.holder()
    assert holder is not None and holder.pid == os.getpid()
    assert holder.hostname == QSysInfo.machineHostName()
    # Owned for real: a second copy here is now asked to come forward instead.
    assert SingleInstance(data_dir).claim() is Claim.FORWARDED
    instance.release()


def test_an_unreadable_lock_file_asks_too(data_dir: Path, qtbot: QtBot) -> None:
    """Emptied or mangled by a sync tool: Qt cannot tell whose it is, so it never goes
    stale by itself."""
    data_dir.mkdir()
    (data_dir / LOCK_NAME).write_bytes(b"")
    answers = AnswerInTurn("Open anyway")
    instance, code = claim_data_folder(data_dir)
    answers.stop()
    assert instance is not None and code == 0
    assert "does not answer" in answers.seen[0][1]
    instance.release()


def test_a_copy_here_that_does_not_answer_is_not_pushed_aside(
    data_dir: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A live copy on this computer that holds the lock but never takes the raise request
    (hung, or on another desktop session): the facilitator is asked, and opening anyway is
    refused while that copy really holds the lock."""
    holder = subprocess.Popen(
        [sys.executable, "-c", SILENT_HOLDER, str(data_dir)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        holder.stdout.close()
        monkeypatch.setattr(single_instance, "ANSWER_WAIT_S", 0.3)
        answers = AnswerInTurn("Open anyway", "Close")
        instance, code = claim_data_folder(data_dir)
        answers.stop()
        assert (instance, code) == (None, EXIT_CANNOT_START)
        (_, asked, _), (_, told, advice) = answers.seen
        assert "does not answer" in asked
        assert "open in another copy" in told and "Close that copy first" in advice
        assert not (data_dir / RAISE_REQUEST).exists()  # the unanswered request withdrawn
    finally:
        holder.kill()
        holder.wait()


SILENT_HOLDER = (
    "import sys, time; from pathlib import Path; "
    "from PySide6.QtCore import QCoreApplication; "
    "from facilitator_desktop.ui.single_instance import SingleInstance; "
    "app = QCoreApplication([]); s = SingleInstance(Path(sys.argv[1])); "
    "assert s.acquire(); print('held', flush=True); time.sleep(60)"
)


@pytest.fixture
def unwritable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], Path]]:
    """A data folder on a read-only or full filesystem: a real tmpfs where allowed, else
    the storage layer raising what such a disk raises."""
    mounted: list[Path] = []

    def make(kind: str) -> Path:
        disk = tmp_path / "disk"
        if faults.mounting_allowed():
            stack.enter_context(faults.small_filesystem(disk, 256 * 1024))
            mounted.append(disk)
            (disk / "data").mkdir()
            if kind == "read-only":
                faults.remount_read_only(disk)
            else:
                faults.fill(disk, 0)
        else:
            (disk / "data").mkdir(parents=True)
            code = errno.EROFS if kind == "read-only" else errno.ENOSPC

            def refuse(*_args: object, **_kwargs: object) -> None:
                raise OSError(code, os.strerror(code))

            monkeypatch.setattr(private_files, "make_private_dir", refuse)
        return disk / "data"

    with contextlib.ExitStack() as stack:
        yield make


@pytest.mark.parametrize(
    ("kind", "words"),
    [("read-only", "read-only"), ("full", "disk that holds the data folder is full")],
)
def test_a_folder_that_cannot_be_written_is_explained(
    kind: str, words: str, unwritable: Callable[[str], Path], qtbot: QtBot
) -> None:
    data_dir = unwritable(kind)
    answers = AnswerInTurn("Close")
    instance, code = claim_data_folder(data_dir)
    answers.stop()
    assert (instance, code) == (None, EXIT_CANNOT_START)
    ((title, text, informative),) = answers.seen
    assert title == "Facilitator Desktop cannot start"
    assert words in text
    assert str(data_dir) in informative and "Nothing has been changed" in informative


def test_a_second_start_on_an_open_folder_ends_once_the_first_answers(
    data_dir: Path, qtbot: QtBot
) -> None:
    first = SingleInstance(data_dir)
    assert first.acquire()
    first.watch()
    probe = (
        "import sys; from pathlib import Path; "
        "from PySide6.QtWidgets import QApplication; "
        "from facilitator_desktop.ui.single_instance import claim_data_folder; "
        "app = QApplication([]); instance, code = claim_data_folder(Path(sys.argv[1])); "
        "sys.exit(3 if instance is not None else code)"
    )
    with qtbot.waitSignal(first.raiseRequested, timeout=10_000):
        second = subprocess.Popen(
            [sys.executable, "-c", probe, str(data_dir)],
            stdout=subprocess.PIPE,
            text=True,
        )
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=10_000)
    out, _ = second.communicate()
    assert second.returncode == 0 and "brought to the front" in out
    first.release()
