"""How the Handouts page builds: off the GUI thread, debounced, ReportLab only on demand,
and a clear message instead of a preview when there is nothing to print."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator_desktop.demo import populate
from facilitator_desktop.handouts.data import HandoutOptions, HandoutResult
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.ui.handouts import HandoutKind
from facilitator_desktop.ui.handouts import presenter as presenter_module
from facilitator_desktop.ui.handouts.jobs import HandoutData
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers.handouts import HandoutsDriver
from tests.gui.driving import Launch, unlock

ROOT = Path(__file__).resolve().parents[2]


def test_builds_run_off_the_gui_thread_and_are_debounced(
    qtbot: QtBot, launch: Launch, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        populate(ws, groups=1, weeks=2)
    threads: list[int] = []
    real_build: Callable[[HandoutData, HandoutOptions], HandoutResult] = (
        presenter_module.build_handout
    )

    def spy(data: HandoutData, options: HandoutOptions) -> HandoutResult:
        threads.append(threading.get_ident())
        return real_build(data, options)

    monkeypatch.setattr(presenter_module, "build_handout", spy)
    window = unlock(qtbot, launch())
    handouts = HandoutsDriver.open(qtbot, window)
    assert threads and threading.get_ident() not in threads

    # Typing a welcome line letter by letter: one rebuild after the pause, not one per key.
    threads.clear()
    handouts.type_welcome("Welcome, all of you")
    assert not handouts.ready() and handouts.result() is None
    assert not handouts.save_enabled()  # nothing stale can be saved or printed
    handouts.wait_ready()
    assert len(threads) == 1
    assert handouts.save_enabled() and handouts.print_enabled()


def test_a_group_without_rules_says_so(qtbot: QtBot, launch: Launch, data_dir: Path) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group = ws.groups.create(GroupDraft("Parents' Evening Circle"))
        ws.members.add(group.id, MemberDraft("Zoë"))
    window = unlock(qtbot, launch())
    handouts = HandoutsDriver.open(qtbot, window)
    assert handouts.kind() is HandoutKind.GROUND_RULES
    assert handouts.result() is None
    assert "no ground rules yet" in handouts.message()
    assert not handouts.save_enabled()

    handouts.choose(HandoutKind.SIGN_IN_SHEET)
    assert handouts.result() is not None and handouts.save_enabled()

    handouts.choose(HandoutKind.SESSION_SUMMARY)
    assert "No finished sessions yet" in handouts.message()
    assert handouts.session_count() == 0


def test_no_group_shows_the_empty_state(qtbot: QtBot, launch: Launch, data_dir: Path) -> None:
    Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF).close()
    window = unlock(qtbot, launch())
    handouts = HandoutsDriver.open(qtbot, window)
    assert handouts.showing_empty_state()
    assert handouts.result() is None and not handouts.save_enabled()


def test_the_app_starts_without_reportlab_and_imports_it_for_the_first_handout(
    tmp_path: Path,
) -> None:
    """The main window (with its Handouts page) comes up without ReportLab; the first visit
    to the page imports it on the worker thread."""
    probe = textwrap.dedent(
        f"""
        import os, sys, time
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from pathlib import Path
        from PySide6.QtCore import QSettings
        from facilitator_desktop.app import build_app, ensure_application
        from facilitator_desktop.crypto.kdf import FLOOR
        from facilitator_desktop.workspace import Workspace
        from facilitator_desktop.services.groups import GroupDraft

        folder = Path(sys.argv[1])
        with Workspace.create(folder / "data", "{PASSPHRASE}", kdf_params=FLOOR) as ws:
            ws.groups.create(GroupDraft("Group"))
        qapp = ensure_application()
        settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
        app = build_app(folder / "data", kdf_params=FLOOR, settings=settings, qapp=qapp)
        app.unlock_dialog.passphrase.setText("{PASSPHRASE}")
        app.unlock_dialog.unlock_button.click()
        qapp.processEvents()
        assert app.window is not None and app.window.isVisible()
        assert "reportlab" not in sys.modules, "start-up imported ReportLab"
        app.window.show_page("handouts")
        page = app.window.pages["handouts"]
        end = time.monotonic() + 20
        while not page.is_ready() and time.monotonic() < end:
            qapp.processEvents()
            time.sleep(0.01)
        assert page.is_ready() and page.result() is None  # no rules: a message
        assert "reportlab" in sys.modules
        app.shutdown()
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("ok")


def test_keyboard_shortcuts_save_and_print_are_page_local(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        populate(ws, groups=1, weeks=1)
    window = unlock(qtbot, launch())
    handouts = HandoutsDriver.open(qtbot, window)
    handouts.focus_first()
    assert handouts.kind_has_focus()
    handouts.press_down()  # arrows move between the handouts
    assert handouts.kind() is HandoutKind.RULE_CARDS
