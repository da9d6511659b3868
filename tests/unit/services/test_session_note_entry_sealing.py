"""A member's line left or made empty is kept as nothing at all, not as a sealed empty
text: a new workspace key then has one private detail fewer to re-encrypt, and says so."""

from __future__ import annotations

from datetime import datetime

from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.session_notes import small_group, typical_session


def test_an_empty_line_leaves_nothing_to_re_encrypt(workspace: Workspace) -> None:
    """Counts of a new key: the same after an empty line is added, one fewer once a line
    is emptied; the lines read back empty either way."""
    object.__setattr__(workspace.context, "now", lambda: datetime(2026, 3, 9, 12, 0))
    group = small_group(workspace)
    session_id = typical_session(workspace, group)
    notes, keys = workspace.session_notes, workspace.key_changes
    notes.save(session_id, entries={group.anna: "Anna spoke first."})
    before = keys.replace_recovery_key(PASSPHRASE, kdf_params=FAST_KDF).values_resealed
    notes.save(session_id, entries={group.bo: ""})
    added = keys.replace_recovery_key(PASSPHRASE, kdf_params=FAST_KDF).values_resealed
    notes.save(session_id, entries={group.anna: ""})
    emptied = keys.replace_recovery_key(PASSPHRASE, kdf_params=FAST_KDF).values_resealed
    assert (added, emptied) == (before, before - 1)
    view = notes.open(session_id)
    assert (view.entry(group.anna), view.entry(group.bo)) == ("", "")
