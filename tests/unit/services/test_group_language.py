"""A group's handout language: kept with the group (schema 0006), checked on input, and an
odd stored value never breaks the group."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator_desktop.errors import ValidationError
from facilitator_desktop.i18n import SHIPPED_LANGUAGES
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.workspace import Workspace, database_path
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.old_workspaces import revision_of, workspace_at_revision


def test_a_new_group_prints_in_the_apps_language(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("Tuesday Circle"))
    assert group.handout_language == ""


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_every_shipped_language_is_kept(workspace: Workspace, language: str) -> None:
    group = workspace.groups.create(GroupDraft("Circle", handout_language=language))
    assert workspace.groups.get(group.id).handout_language == language
    changed = workspace.groups.update(group.id, GroupDraft("Circle"))
    assert changed.handout_language == ""


@pytest.mark.parametrize("language", ["xx", "pl_PL", "PL", "pt", " pl", "../pl", "pl" * 20])
def test_a_language_the_app_does_not_ship_is_refused(workspace: Workspace, language: str) -> None:
    with pytest.raises(ValidationError) as info:
        workspace.groups.create(GroupDraft("Circle", handout_language=language))
    assert info.value.field == "handout_language"
    assert workspace.groups.list() == []


def test_an_odd_stored_value_reads_as_the_apps_language(data_dir: Path) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        odd = ws.groups.create(GroupDraft("Edited by hand")).id
        wrong_type = ws.groups.create(GroupDraft("Bytes instead")).id
    conn = sqlite3.connect(database_path(data_dir))
    with conn:
        conn.execute("UPDATE groups SET handout_language = 'klingon' WHERE id = ?", (odd,))
        conn.execute("UPDATE groups SET handout_language = X'00ff' WHERE id = ?", (wrong_type,))
    conn.close()
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        assert ws.groups.get(odd).handout_language == ""
        assert not ws.groups.get(odd).damaged
        # Not text at all: the app never wrote it; the row is shown, marked damaged.
        assert ws.groups.get(wrong_type).damaged
        assert ws.groups.get(wrong_type).handout_language == ""


def test_groups_an_older_version_made_get_the_apps_language(tmp_path: Path) -> None:
    data_dir = tmp_path / "old"
    database = workspace_at_revision(data_dir, "0005", PASSPHRASE, groups=2, weeks=1)
    assert revision_of(database) == "0005"
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        groups = ws.groups.list(include_archived=True)
        assert len(groups) == 2
        assert all(g.handout_language == "" and not g.damaged for g in groups)
    assert revision_of(database) >= "0006"
