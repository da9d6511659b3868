"""Passphrase change (crash-safe), recovery key, wrong/odd passphrases."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from sqlalchemy import event

from facilitator_desktop.crypto import vault
from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.errors import WrongPassphrase, WrongRecoveryKey
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace

OLD, NEW = "old passphrase", "new passphrase ✓"


class Crash(Exception):
    """Injected in the middle of a passphrase change."""


def opens_with(data_dir: Path) -> set[str]:
    works = set()
    for phrase in (OLD, NEW):
        with contextlib.suppress(WrongPassphrase):  # that one does not open it
            Workspace.open(data_dir, phrase).close()
            works.add(phrase)
    return works


@pytest.fixture
def ws_dir(data_dir: Path) -> Path:
    with Workspace.create(data_dir, OLD, kdf_params=FLOOR) as ws:
        ws.notes.create(NoteDraft("kept through everything", ws.groups.create(GroupDraft("G")).id))
    return data_dir


def test_change_passphrase_rewraps_only_the_key(ws_dir: Path) -> None:
    with Workspace.open(ws_dir, OLD) as ws:
        with pytest.raises(WrongPassphrase):
            ws.change_passphrase("not the current one", NEW)
        ws.change_passphrase(OLD, NEW)
        assert ws.notes.find()[0].body == "kept through everything"
    assert opens_with(ws_dir) == {NEW}
    with Workspace.open(ws_dir, NEW) as ws:
        assert ws.notes.find()[0].body == "kept through everything"


@pytest.mark.parametrize("step", ["derive", "seal", "statement", "commit"])
def test_a_failure_at_any_step_leaves_the_old_passphrase(
    ws_dir: Path, step: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace.open(ws_dir, OLD)

    def crash(*_args: object, **_kwargs: object) -> None:
        raise Crash(step)

    if step == "derive":
        monkeypatch.setattr(vault, "derive_key", crash)
    elif step == "seal":
        monkeypatch.setattr(vault, "seal_with_passphrase", crash)
    elif step == "statement":

        def before(conn, cursor, statement, *rest):  # type: ignore[no-untyped-def]
            if statement.lstrip().upper().startswith("UPDATE VAULT_SLOTS"):
                raise Crash(step)

        event.listen(ws.engine, "before_cursor_execute", before)
    else:
        event.listen(ws.engine, "commit", crash)
    with pytest.raises(Crash):
        ws.change_passphrase(OLD, NEW)
    monkeypatch.undo()
    ws.close()
    assert opens_with(ws_dir) == {OLD}


def test_recovery_key_round_trip(ws_dir: Path) -> None:
    with Workspace.open(ws_dir, OLD) as ws:
        assert not ws.has_recovery_key
        key = ws.create_recovery_key()
        assert ws.has_recovery_key
    with pytest.raises(WrongRecoveryKey):
        Workspace.open_with_recovery_key(ws_dir, vault.new_recovery_key(), NEW)
    assert opens_with(ws_dir) == {OLD}
    with Workspace.open_with_recovery_key(ws_dir, key.lower(), NEW, kdf_params=FLOOR) as ws:
        assert ws.notes.find()[0].body == "kept through everything"
    assert opens_with(ws_dir) == {NEW}
    # The recovery key keeps working until it is replaced or removed.
    with Workspace.open_with_recovery_key(ws_dir, key, OLD, kdf_params=FLOOR) as ws:
        ws.remove_recovery_key(OLD, kdf_params=FLOOR)
    with pytest.raises(WrongRecoveryKey, match="no recovery key"):
        Workspace.open_with_recovery_key(ws_dir, key, NEW)


@pytest.mark.parametrize("phrase", ["🔐🌧️🐙 octopus rain", "x" * 4096, "pässwörd"])
def test_odd_passphrases(data_dir: Path, phrase: str) -> None:
    Workspace.create(data_dir, phrase, kdf_params=FLOOR).close()
    Workspace.open(data_dir, phrase).close()
    with pytest.raises(WrongPassphrase):
        Workspace.open(data_dir, phrase[:-1])
