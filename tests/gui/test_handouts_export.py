"""Saving a session summary from History: the Handouts screen's paper and large print, every
failure told in a dialog, never an empty or missing file said to be saved."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.demo import populate
from facilitator_desktop.services.settings import HANDOUT_LARGE_PRINT, HANDOUT_PAPER
from facilitator_desktop.ui.history.export import save_summary_pdf
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.driving import Launch, PromptAnswerer, unlock

LETTER_POINTS = (612, 792)
A4_POINTS = (595, 842)


@pytest.fixture
def opened(qtbot: QtBot, launch: Launch, data_dir: Path) -> FacilitatorApp:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        populate(ws, groups=1, weeks=2)
    app = launch()
    unlock(qtbot, app)
    assert app.window is not None
    return app


def _session(app: FacilitatorApp) -> int:
    assert app.ctx is not None
    ws = app.ctx.workspace
    group_id = ws.groups.list()[0].id
    return ws.history.sessions(group_id, limit=1)[0].id


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(
        "facilitator_desktop.ui.history.export.QFileDialog.getSaveFileName",
        lambda *_args: (str(target), ""),
    )


def _size(pdf: bytes) -> tuple[int, int]:
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


@pytest.mark.parametrize(("paper", "points"), [("Letter", LETTER_POINTS), ("A4", A4_POINTS)])
def test_the_chosen_paper_and_large_print_are_used(
    opened: FacilitatorApp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: Callable[[str], PromptAnswerer],
    paper: str,
    points: tuple[int, int],
) -> None:
    assert opened.ctx is not None
    settings = opened.ctx.workspace.settings
    settings.set(HANDOUT_PAPER, paper)
    settings.set(HANDOUT_LARGE_PRINT, True)
    target = tmp_path / "summary.pdf"
    _save_to(monkeypatch, target)
    answer("Choose where to save…")
    assert opened.window is not None and opened.ctx is not None
    assert save_summary_pdf(opened.window, opened.ctx, _session(opened)) == target
    assert _size(target.read_bytes()) == points


def test_a_failed_build_is_told_and_writes_nothing(
    opened: FacilitatorApp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: Callable[[str], PromptAnswerer],
) -> None:
    told: list[str] = []

    def fail(*_args: object) -> None:
        raise RuntimeError("layout blew up for Małgorzata")  # a message that names someone

    monkeypatch.setattr("facilitator_desktop.handouts.build_session_summary", fail)
    monkeypatch.setattr(
        "facilitator_desktop.ui.history.export.QMessageBox.warning",
        lambda _parent, title, text: told.append(f"{title}: {text}"),
    )
    out = tmp_path / "out"
    out.mkdir()
    _save_to(monkeypatch, out / "summary.pdf")
    answer("Choose where to save…")
    assert opened.window is not None and opened.ctx is not None
    assert save_summary_pdf(opened.window, opened.ctx, _session(opened)) is None
    assert list(out.iterdir()) == []  # no file, no partial file
    (message,) = told
    assert "Nothing was saved" in message and "RuntimeError" in message
    assert "Małgorzata" not in message


def test_an_unwritable_folder_is_told(
    opened: FacilitatorApp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: Callable[[str], PromptAnswerer],
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        "facilitator_desktop.ui.history.export.QMessageBox.warning",
        lambda _parent, title, text: told.append(f"{title}: {text}"),
    )
    _save_to(monkeypatch, tmp_path / "missing-folder" / "summary.pdf")
    answer("Choose where to save…")
    assert opened.window is not None and opened.ctx is not None
    assert save_summary_pdf(opened.window, opened.ctx, _session(opened)) is None
    assert len(told) == 1 and "could not be saved" in told[0]
