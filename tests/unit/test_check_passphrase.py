"""Asking for the passphrase again (before a sensitive change) checks it and changes
nothing."""

from __future__ import annotations

import pytest

from facilitator_desktop.errors import WrongPassphrase
from facilitator_desktop.services import vault_store
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE


def test_the_right_passphrase_passes_and_a_wrong_one_is_told(workspace: Workspace) -> None:
    slots = vault_store.all_slots(workspace.engine)
    workspace.key_changes.check_passphrase(PASSPHRASE)
    for wrong in ("", PASSPHRASE.upper(), PASSPHRASE + " "):
        with pytest.raises(WrongPassphrase):
            workspace.key_changes.check_passphrase(wrong)
    assert not workspace.locked
    assert vault_store.all_slots(workspace.engine) == slots
