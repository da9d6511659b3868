"""Opening: SQLite's quick check runs while the key is derived (it reads the whole file, the
KDF leaves the interpreter free), and what each finds is said in the same order as when they
ran one after the other: the passphrase first, then damaged pages. No check is left running
whatever happens."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine

import facilitator_desktop.workspace as workspace_module
from facilitator_desktop.errors import StorageFull, WorkspaceCorrupt, WrongPassphrase
from facilitator_desktop.services import vault_store
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import DAMAGED_PAGES, Workspace, database_path
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.file_damage import flip_page_byte


@pytest.fixture
def closed(data_dir: Path) -> Path:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group = ws.groups.create(GroupDraft("Tuesday"))
        for index in range(30):  # a notes b-tree of several pages
            ws.notes.create(NoteDraft(f"note {index} " + "words " * 60, group.id))
    return data_dir


def checks_running() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "page-check"]


def test_the_page_check_runs_while_the_key_is_derived(
    closed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checking = threading.Event()
    real_check, real_unwrap = workspace_module.check_pages, vault_store.unwrap

    def check(engine: Engine) -> None:
        checking.set()
        real_check(engine)

    def unwrap(slot: bytes, passphrase: str, workspace_id: bytes) -> bytes:
        # Deriving the key waits for the check to have begun: one after the other, it never
        # would (and the open would fail here).
        assert checking.wait(10), "the page check did not start before the key was derived"
        return real_unwrap(slot, passphrase, workspace_id)

    monkeypatch.setattr(workspace_module, "check_pages", check)
    monkeypatch.setattr(vault_store, "unwrap", unwrap)
    with Workspace.open(closed, PASSPHRASE) as ws:
        assert len(ws.notes.find()) == 30
    assert checks_running() == []


def test_damaged_pages_are_found_before_anything_is_shown(closed: Path) -> None:
    path = database_path(closed)
    flip_page_byte(path, "notes")
    damaged = path.read_bytes()
    with pytest.raises(WorkspaceCorrupt) as caught:
        Workspace.open(closed, PASSPHRASE)
    assert caught.value.message == DAMAGED_PAGES
    assert path.read_bytes() == damaged  # nothing written
    assert checks_running() == []


def test_a_wrong_passphrase_is_said_first_even_on_damaged_pages(closed: Path) -> None:
    flip_page_byte(database_path(closed), "notes")
    with pytest.raises(WrongPassphrase):
        Workspace.open(closed, "not the passphrase")
    assert checks_running() == []


def test_a_disk_problem_met_by_the_check_reaches_the_unlock_as_it_is(
    closed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_engine: Engine) -> None:
        raise StorageFull()

    monkeypatch.setattr(workspace_module, "check_pages", full)
    with pytest.raises(StorageFull):
        Workspace.open(closed, PASSPHRASE)
    assert checks_running() == []
    monkeypatch.undo()
    with Workspace.open(closed, PASSPHRASE) as ws:  # the refused attempt left nothing open
        assert not ws.locked
