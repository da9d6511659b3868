"""No measure's answers or total reach any file in plain form, in any common encoding:
not the database, its WAL, a backup, a temporary file, the settings or anything else in
the (isolated) home folder; typed through the real dialog or recorded by the service,
read back as trajectories, the not-on-track list and a CSV built in memory."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QSettings
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import build_app
from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.domain.measures import InstrumentDraft, PaperTotal
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.ui.members_page import MembersPage
from facilitator_desktop.workspace import Workspace
from tests.gui.drivers import measures as driver
from tests.gui.driving import PromptAnswerer, go_to, unlock
from tests.helpers import canary

PASSPHRASE = "canary hedge lantern seven"
# A PHQ-9 as its sealed JSON would write it, and in the CSV's spacing.
PHQ9_ANSWERS = [3, 1, 2, 0, 3, 2, 1, 0, 2]
PHQ9_MARKERS = ("[3,1,2,0,3,2,1,0,2]", "3 1 2 0 3 2 1 0 2")

pytestmark = pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise)\(\)$"
)


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert Path(QDir.tempPath()) == folder
    return folder


def home() -> Path:
    return Path(os.environ["HOME"])  # isolated per test by tests/conftest.py


def test_recorded_answers_and_totals_never_reach_disk(data_dir: Path, temp_dir: Path) -> None:
    # A form of one's own with a hundred items in tenths: its total and its answers are
    # long enough to be unmistakable anywhere.
    answers = [1000.0] * 98 + [500.0, 265.4]
    total = "98765.4"
    markers = [json.dumps(answers, separators=(",", ":")), total, *PHQ9_MARKERS]
    ws = Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR)
    try:
        group = ws.groups.create(GroupDraft("Canary group"))
        member = ws.members.add(group.id, MemberDraft("Canary"))
        service = MeasureService(ws.context)
        mine = service.create_instrument(
            InstrumentDraft("Long form", 100, 0, 1000, decimals=1, reliable_change=10)
        )
        phq9 = service.instruments()[0]
        service.record(member.id, mine.id, answers, date(2026, 1, 5))
        service.record(member.id, mine.id, PaperTotal(float(total)), date(2026, 1, 6))
        service.record(member.id, phq9.id, PHQ9_ANSWERS, date(2026, 1, 7))
        assert service.entries(member.id)[0].score is not None
        assert canary.find_markers([data_dir, temp_dir], markers) == []
        ws.backups.create()  # a copy beside the workspace holds them sealed too
    finally:
        ws.close()
    assert canary.find_markers([data_dir, temp_dir], markers) == []
    with Workspace.open(data_dir, PASSPHRASE) as reopened:
        service = MeasureService(reopened.context)
        (long_form, phq9_trajectory) = sorted(
            service.trajectories(member.id), key=lambda t: t.spec.name
        )
        assert long_form.points[1].total == float(total)
        assert phq9_trajectory.points[0].score.items == tuple(PHQ9_ANSWERS)
        service.not_on_track()
        csv_text = service.scores_csv(member.id, "Canary").decode("utf-8-sig")
        assert PHQ9_MARKERS[1] in csv_text and total in csv_text  # the search can find them
    assert canary.find_markers([data_dir, temp_dir, home()], markers) == []


def test_a_phq9_typed_in_never_reaches_disk(
    qtbot: QtBot, data_dir: Path, temp_dir: Path, tmp_path: Path
) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR) as ws:
        group = ws.groups.create(GroupDraft("Canary group"))
        member_id = ws.members.add(group.id, MemberDraft("Canary")).id
    settings_file = tmp_path / "settings" / "facilitator.ini"
    app = build_app(
        data_dir,
        kdf_params=FLOOR,
        settings=QSettings(str(settings_file), QSettings.Format.IniFormat),
    )
    try:
        window = unlock(qtbot, app, PASSPHRASE)
        go_to(qtbot, window, "members")
        page = window.pages["members"]
        assert isinstance(page, MembersPage)
        dialog = driver.open_from_members(page)
        driver.type_answers(dialog, [str(a) for a in PHQ9_ANSWERS[:-1]])
        told = PromptAnswerer("I have read this").arm()
        QTest.keyClicks(driver.focused(), str(PHQ9_ANSWERS[-1]))
        assert dialog.safety.isVisible()
        driver.press_enter()
        told.check()
        app.lock()
    finally:
        app.shutdown()
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        (entry,) = MeasureService(ws.context).entries(member_id)
        assert entry.score is not None and entry.score.items == tuple(PHQ9_ANSWERS)
    places = [data_dir, temp_dir, settings_file.parent, home()]
    assert canary.find_markers(places, list(PHQ9_MARKERS)) == []
