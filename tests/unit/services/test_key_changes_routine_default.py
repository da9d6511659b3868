"""A passphrase change asked for without saying more is the routine one: the data key stays,
no recovery key is made, and the report says exactly that."""

from __future__ import annotations

from pathlib import Path

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.services.key_changes import KeyChangeReport
from facilitator_desktop.workspace import Workspace

OLD, NEW = "old passphrase", "new passphrase"


def test_a_passphrase_change_by_default_keeps_the_data_key_and_says_so(data_dir: Path) -> None:
    with Workspace.create(data_dir, OLD, kdf_params=FLOOR) as ws:
        key_id = ws.keyring.key_id()
        report = ws.key_changes.change_passphrase(OLD, NEW, kdf_params=FLOOR)
        assert report == KeyChangeReport(False, None)
        assert report.rotated is False
        assert ws.keyring.key_id() == key_id
    with Workspace.open(data_dir, NEW) as ws:
        assert ws.keyring.key_id() == key_id
