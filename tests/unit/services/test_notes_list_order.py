"""The notes list: newest first by when each note was written (a clock set wrong between
two notes included), the later of two written in the same second first, and "done"
listing done follow-ups only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from facilitator_desktop.services.notes import NoteDraft, NoteFilter
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE

MONDAY = datetime(2026, 3, 9, 18, 0)


class Wall:
    def __init__(self) -> None:
        self.now = MONDAY

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def wall() -> Wall:
    return Wall()


@pytest.fixture
def ws(data_dir: Path, wall: Wall) -> Iterator[Workspace]:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF, now=wall) as opened:
        yield opened


def _bodies(ws: Workspace, where: NoteFilter | None = None) -> list[str]:
    return [note.body for note in ws.notes.find(where or NoteFilter())]


def test_a_note_written_under_a_clock_set_back_sorts_by_its_time(ws: Workspace, wall: Wall) -> None:
    """Written second, but dated a day earlier: it comes after the first."""
    ws.notes.create(NoteDraft("Monday's note"))
    wall.now = MONDAY - timedelta(days=1)
    ws.notes.create(NoteDraft("Sunday's note, written on Monday"))
    assert _bodies(ws) == ["Monday's note", "Sunday's note, written on Monday"]


def test_of_two_notes_written_in_one_moment_the_later_comes_first(ws: Workspace) -> None:
    for body in ("first", "second", "third"):
        ws.notes.create(NoteDraft(body))
    assert _bodies(ws) == ["third", "second", "first"]


def test_done_lists_done_follow_ups_only(ws: Workspace) -> None:
    """A plain note marked done (the service allows it) is not a done follow-up."""
    plain = ws.notes.create(NoteDraft("Just a note"))
    ws.notes.set_done(plain.id)
    follow_up = ws.notes.create(NoteDraft("Call Bo back", follow_up=True))
    ws.notes.set_done(follow_up.id)
    ws.notes.create(NoteDraft("Still to do", follow_up=True))
    assert _bodies(ws, NoteFilter(follow_up="done")) == ["Call Bo back"]
    assert _bodies(ws, NoteFilter(follow_up="open")) == ["Still to do"]
    assert _bodies(ws, NoteFilter(follow_up="none")) == ["Just a note"]
