"""Crash logs hold exception types and code places only: markers planted in messages,
arguments and local variables never reach the log, stderr or any file."""

from __future__ import annotations

import io
import os
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator_desktop import crash_log
from facilitator_desktop.crash_log import (
    CrashReport,
    CrashReporter,
    crash_log_dir,
    describe,
    short_path,
    write_crash_log,
)

MARKERS = ("MARKER-MESSAGE-Ζωή", "MARKER-LOCAL-Anna", "MARKER-ARGUMENT-José", "MARKER-KEY-Ødön")


class NoteDamaged(Exception):
    pass


def save_note(body: str) -> None:
    member_alias = MARKERS[1]  # a local a careless log would dump
    raise ValueError(f"{MARKERS[0]}: cannot save {body!r} for {member_alias}")


def open_record(key: str) -> None:
    try:
        save_note(MARKERS[2])
    except ValueError as exc:
        raise NoteDamaged(key) from exc


def crash() -> BaseException:
    """A chained exception (cause, then context) with markers everywhere."""
    try:
        try:
            open_record(MARKERS[3])
        except NoteDamaged:
            {}[MARKERS[3]]
    except KeyError as exc:
        return exc
    raise AssertionError("no crash")


def files_holding_markers(*roots: Path) -> list[Path]:
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                if any(marker.encode() in data for marker in MARKERS):
                    found.append(path)
    return found


@pytest.fixture
def home() -> Path:
    return Path(os.environ["HOME"])


def test_the_log_names_types_and_places_only() -> None:
    text = describe(crash(), where="main thread")
    assert not any(marker in text for marker in MARKERS)
    # The whole story is there, oldest first: the cause, what it caused, what came after.
    order = [
        text.index("exception: ValueError"),
        text.index("which was the direct cause of:"),
        text.index(f"exception: {__name__}.NoteDamaged"),
        text.index("while it was handled, this happened:"),
        text.index("exception: KeyError"),
    ]
    assert order == sorted(order)
    line = save_note.__code__.co_firstlineno + 2
    assert f"at tests/unit/test_crash_log.py:{line} in save_note" in text
    assert "in open_record" in text and "in crash" in text
    assert "where: main thread" in text


def test_exception_groups_show_what_they_hold() -> None:
    try:
        raise ExceptionGroup(MARKERS[0], [ValueError(MARKERS[1]), KeyError(MARKERS[2])])
    except ExceptionGroup as exc:
        text = describe(exc, where="thread")
    assert "contains:" in text and "exception: ValueError" in text
    assert not any(marker in text for marker in MARKERS)


def test_places_never_name_the_home_folder(home: Path) -> None:
    script = home / "Anna Kowalska" / "tool.py"
    assert short_path(str(script)) == "tool.py"
    assert short_path(crash_log.__file__) == "facilitator_desktop/crash_log.py"
    assert short_path("<frozen importlib._bootstrap>") == "<frozen importlib._bootstrap>"
    assert short_path("facilitator_desktop/app.py") == "facilitator_desktop/app.py"  # bundled


def test_the_log_is_private_in_the_users_state_folder(home: Path) -> None:
    folder = crash_log_dir()
    assert folder.is_relative_to(home / ".local" / "state")
    path = write_crash_log(describe(crash(), where="start"), folder)
    assert path is not None and path.parent == folder
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_only_the_newest_logs_are_kept(tmp_path: Path) -> None:
    for _ in range(crash_log.KEEP + 5):
        write_crash_log("x\n", tmp_path)
    assert len(list(tmp_path.glob("crash-*.log"))) == crash_log.KEEP


@pytest.fixture
def reporter(tmp_path: Path) -> Iterator[tuple[CrashReporter, list[CrashReport], io.StringIO]]:
    stderr = io.StringIO()
    found: list[CrashReport] = []
    reporter = CrashReporter(tmp_path / "logs", stderr=lambda: stderr)
    reporter.listeners.append(found.append)
    reporter.install()
    try:
        yield reporter, found, stderr
    finally:
        reporter.uninstall()


def test_uncaught_exceptions_on_any_thread_are_logged_and_told(
    reporter: tuple[CrashReporter, list[CrashReport], io.StringIO], tmp_path: Path, home: Path
) -> None:
    watcher, found, stderr = reporter
    exc = crash()
    sys.excepthook(type(exc), exc, exc.__traceback__)  # as PySide6 does for a slot

    def worker() -> None:
        secret = MARKERS[1]  # noqa: F841 - a local that must not be logged
        raise RuntimeError(MARKERS[0])

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert [(r.exception, r.where) for r in found] == [
        ("KeyError", "main thread"),
        ("RuntimeError", "thread"),
    ]
    assert all(r.path is not None and r.path.is_file() for r in found)
    assert "in worker" in found[1].path.read_text()  # type: ignore[union-attr]
    assert "crash report" in stderr.getvalue()
    assert not any(marker in stderr.getvalue() for marker in MARKERS)
    assert files_holding_markers(tmp_path, home) == []


def test_install_and_uninstall_leave_the_hooks_as_they_were(tmp_path: Path) -> None:
    before = (sys.excepthook, threading.excepthook)
    reporter = CrashReporter(tmp_path)
    reporter.install()
    assert (sys.excepthook, threading.excepthook) != before
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_a_log_that_cannot_be_written_is_still_told(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the log folder should be")
    found: list[CrashReport] = []
    reporter = CrashReporter(blocked, stderr=lambda: None)  # a windowed bundle: no stderr

    def broken_listener(_report: CrashReport) -> None:
        raise RuntimeError("the dialog itself failed")

    reporter.listeners.extend([broken_listener, found.append])
    reported = reporter.report(crash(), where="start")
    assert reported.path is None
    assert found == [reported]  # a failing listener does not stop the others
