"""A workspace id that is not 16 bytes, as a hand-edited file may hold, makes the file a
damaged workspace, never an id of another type that reaches the vault."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from facilitator_desktop.errors import WorkspaceCorrupt
from facilitator_desktop.services.vault_store import read_workspace_id
from facilitator_desktop.workspace import Workspace, database_path
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.mark.parametrize("stored", ["0123456789abcdef", 16, 2.5, b"short"])
def test_a_workspace_id_of_another_type_or_length_is_damage(data_dir: Path, stored: object) -> None:
    Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF).close()
    path = database_path(data_dir)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE workspace_meta SET workspace_id = ? WHERE id = 1", (stored,))
    conn.close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with pytest.raises(WorkspaceCorrupt):
            read_workspace_id(engine)
    finally:
        engine.dispose()
