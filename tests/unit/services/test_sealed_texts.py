"""Text that invites names is sealed like notes: group descriptions and the welcome line.

Also: what an older version stored in plain form is sealed and blanked by
`seal_legacy_plaintext`, tried on workspaces whose rows are set with sqlite3 as that
version would have left them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from facilitator_desktop import demo
from facilitator_desktop import workspace as workspace_module
from facilitator_desktop.errors import RecordDamaged
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.legacy_plaintext import seal_legacy_plaintext
from facilitator_desktop.services.settings import AUTO_LOCK, HANDOUT_WELCOME
from facilitator_desktop.workspace import Workspace, database_path
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers import canary


@contextmanager
def raw(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """sqlite3 on the closed workspace, as someone editing the file would; commits and
    closes (a connection left open would keep its journal beside the database)."""
    conn = sqlite3.connect(database_path(data_dir))
    try:
        with conn:
            yield conn
    finally:
        conn.close()


@pytest.fixture
def closed(data_dir: Path) -> Path:
    """A workspace with two groups, closed: ready for sqlite3 edits."""
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        ws.groups.create(GroupDraft("Tuesday Circle"))
        ws.groups.create(GroupDraft("Thursday Carers"))
    return data_dir


@pytest.fixture
def unsealed_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workspace.open seals legacy text itself; these tests call the function by hand to
    see what it does, so opening leaves it to them."""
    monkeypatch.setattr(workspace_module, "seal_legacy_plaintext", lambda _ctx: 0)


@pytest.fixture
def reopened(closed: Path) -> Iterator[Workspace]:
    ws = Workspace.open(closed, PASSPHRASE)
    try:
        yield ws
    finally:
        ws.close()


def group_ids(data_dir: Path) -> list[int]:
    with raw(data_dir) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM groups ORDER BY id")]


# --- group descriptions ---------------------------------------------------------------------


def test_a_description_is_sealed_bound_to_its_row_and_revision(workspace: Workspace) -> None:
    secret = canary.marker("description")
    group = workspace.groups.create(GroupDraft("Grief circle", f"For the family of {secret}"))
    assert workspace.groups.description(group.id) == f"For the family of {secret}"
    assert not hasattr(group, "description")  # lists and selectors never carry it
    with workspace.engine.connect() as conn:
        legacy, rev, sealed = conn.exec_driver_sql(
            "SELECT description, rev, description_ct FROM groups"
        ).one()
    assert (legacy, rev) == ("", 0)
    assert secret.encode() not in sealed

    workspace.groups.update(group.id, GroupDraft("Grief circle", "Second version"))
    workspace.groups.update(group.id, GroupDraft("Grief circle", ""))
    with workspace.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT rev, description_ct FROM groups").one() == (2, None)
    assert workspace.groups.description(group.id) == ""
    workspace.close()
    assert canary.find_markers([workspace.data_dir], [secret]) == []


def test_a_description_moved_or_rolled_back_is_damaged(closed: Path) -> None:
    first, second = group_ids(closed)
    with Workspace.open(closed, PASSPHRASE) as ws:
        ws.groups.update(first, GroupDraft("Tuesday Circle", "first words"))
        ws.groups.update(second, GroupDraft("Thursday Carers", "other words"))
    with raw(closed) as conn:
        old = conn.execute("SELECT description_ct FROM groups WHERE id=?", (first,)).fetchone()[0]
    with Workspace.open(closed, PASSPHRASE) as ws:
        ws.groups.update(first, GroupDraft("Tuesday Circle", "newer words"))
    with raw(closed) as conn:
        conn.execute("UPDATE groups SET description_ct=? WHERE id=?", (old, first))  # rollback
        moved = conn.execute("SELECT description_ct FROM groups WHERE id=?", (first,)).fetchone()
        conn.execute("UPDATE groups SET description_ct=?, rev=1 WHERE id=?", (moved[0], second))
    with Workspace.open(closed, PASSPHRASE) as ws:
        for group_id in (first, second):
            with pytest.raises(RecordDamaged, match="This record is damaged"):
                ws.groups.description(group_id)
        # The groups themselves still list and open; their names are plain by design.
        assert [g.name for g in ws.groups.list()] == ["Thursday Carers", "Tuesday Circle"]
        # Typing a new description over a damaged one replaces it.
        ws.groups.update(first, GroupDraft("Tuesday Circle", "written again"))
        assert ws.groups.description(first) == "written again"


# --- the welcome line -------------------------------------------------------------------------


def test_the_welcome_line_is_sealed_and_an_empty_line_is_a_choice(workspace: Workspace) -> None:
    settings = workspace.settings
    assert settings.get(HANDOUT_WELCOME) is None  # never chosen: handouts print their default
    secret = canary.marker("welcome")
    settings.set(HANDOUT_WELCOME, f"  Welcome, {secret}  ")
    assert settings.get(HANDOUT_WELCOME) == f"Welcome, {secret}"
    settings.set(HANDOUT_WELCOME, "")
    assert settings.get(HANDOUT_WELCOME) == ""
    with workspace.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT key, rev FROM sealed_settings").all() == [
            (HANDOUT_WELCOME.key, 1)
        ]
        assert conn.exec_driver_sql("SELECT count(*) FROM settings").scalar() == 0
    settings.set(HANDOUT_WELCOME, "=plain")  # the registry seals it: never the plain table
    with workspace.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM settings").scalar() == 0
    assert settings.get(HANDOUT_WELCOME) == "=plain"
    workspace.close()
    assert canary.find_markers([workspace.data_dir], [secret]) == []


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE sealed_settings SET value_ct = x'0102'",
        "UPDATE sealed_settings SET value_ct = 'Welcome'",
        "UPDATE sealed_settings SET value_ct = 42",
        "UPDATE sealed_settings SET rev = 9223372036854775807",
        "UPDATE sealed_settings SET rev = 'one'",
        "UPDATE sealed_settings SET rev = 0.5",
        "UPDATE sealed_settings SET id = id + 1",
    ],
)
def test_a_damaged_welcome_line_says_so_and_a_new_line_replaces_it(
    data_dir: Path, edit: str
) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        ws.settings.set(HANDOUT_WELCOME, "First line")
    with raw(data_dir) as conn:
        conn.execute(edit)
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        with pytest.raises(RecordDamaged):
            ws.settings.get(HANDOUT_WELCOME)
        ws.settings.set(HANDOUT_WELCOME, "Second line")
        assert ws.settings.get(HANDOUT_WELCOME) == "Second line"
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM sealed_settings").scalar() == 1


def test_a_welcome_line_at_the_last_revision_is_replaced_not_overflowed(
    data_dir: Path,
) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        ws.settings.set(HANDOUT_WELCOME, "")  # NULL ciphertext: nothing binds the revision
    with raw(data_dir) as conn:
        conn.execute("UPDATE sealed_settings SET rev = 9223372036854775806")
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        assert ws.settings.get(HANDOUT_WELCOME) == ""
        ws.settings.set(HANDOUT_WELCOME, "Next")
        assert ws.settings.get(HANDOUT_WELCOME) == "Next"


def test_a_plain_setting_edited_into_a_blob_reads_as_its_default(data_dir: Path) -> None:
    Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF).close()
    with raw(data_dir) as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('auto_lock_minutes', x'00ff')")
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        assert ws.settings.get(AUTO_LOCK) == 10


# --- sealing what an older version left in plain form ----------------------------------------


def test_legacy_description_and_welcome_line_are_sealed_once_and_blanked(
    closed: Path, unsealed_open: None
) -> None:
    description = canary.marker("legacydescription")
    welcome = canary.marker("legacywelcome")
    first, second = group_ids(closed)
    with raw(closed) as conn:  # as a version before schema 0005 wrote them
        conn.execute("UPDATE groups SET description=? WHERE id=?", (f"For {description}", first))
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)", (HANDOUT_WELCOME.key, f"={welcome}")
        )
    with Workspace.open(closed, PASSPHRASE) as ws:
        assert seal_legacy_plaintext(ws.context) == 2
        assert ws.groups.description(first) == f"For {description}"
        assert ws.groups.description(second) == ""
        assert ws.settings.get(HANDOUT_WELCOME) == welcome
        assert seal_legacy_plaintext(ws.context) == 0  # every later unlock: nothing to do
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT DISTINCT description FROM groups").all() == [("",)]
            assert conn.exec_driver_sql("SELECT rev FROM groups ORDER BY id").all() == [
                (1,),
                (0,),
            ]
            assert conn.exec_driver_sql("SELECT count(*) FROM settings").scalar() == 0
    assert canary.find_markers([closed], [description, welcome]) == []


def test_each_legacy_description_is_counted_and_sealed_at_a_revision_past_its_own(
    closed: Path, unsealed_open: None
) -> None:
    """A revision never goes back, so no value sealed under an earlier one can be put back."""
    first, second = group_ids(closed)
    with raw(closed) as conn:
        conn.execute("UPDATE groups SET description='First', rev=3 WHERE id=?", (first,))
        conn.execute("UPDATE groups SET description='Second' WHERE id=?", (second,))
    with Workspace.open(closed, PASSPHRASE) as ws:
        assert seal_legacy_plaintext(ws.context) == 2
        assert [ws.groups.description(g) for g in (first, second)] == ["First", "Second"]
        with ws.engine.connect() as conn:
            revs = conn.exec_driver_sql("SELECT rev FROM groups ORDER BY id").all()
    assert revs == [(4,), (1,)]


def test_legacy_text_is_sealed_even_in_a_malformed_row(closed: Path, unsealed_open: None) -> None:
    secret = canary.marker("malformed")
    first, _ = group_ids(closed)
    with raw(closed) as conn:
        conn.execute(
            "UPDATE groups SET description=?, rev='three', created_at='garbage' WHERE id=?",
            (secret, first),
        )
    with Workspace.open(closed, PASSPHRASE) as ws:
        assert seal_legacy_plaintext(ws.context) == 1
        # The row is still damaged (its date), but the plaintext is gone and sealed.
        assert [g.damaged for g in ws.groups.list()] == [False, True]
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT description, rev, description_ct IS NOT NULL FROM groups WHERE id=?",
                (first,),
            ).one() == ("", 1, 1)


def test_legacy_edge_cases(closed: Path, unsealed_open: None) -> None:
    first, second = group_ids(closed)
    with Workspace.open(closed, PASSPHRASE) as ws:
        ws.groups.update(first, GroupDraft("Tuesday Circle", "sealed and newer"))
    with raw(closed) as conn:
        # A plaintext beside a sealed value (only a hand edit makes this): sealed wins.
        conn.execute("UPDATE groups SET description='stale' WHERE id=?", (first,))
        # A blob where text belongs: kept as far as it decodes.
        conn.execute("UPDATE groups SET description=x'4f6c64c3a9' WHERE id=?", (second,))
        # The old page stored the default (no "=" prefix): nothing was chosen.
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, 'Welcome.')", (HANDOUT_WELCOME.key,)
        )
    with Workspace.open(closed, PASSPHRASE) as ws:
        assert seal_legacy_plaintext(ws.context) == 1
        assert ws.groups.description(first) == "sealed and newer"
        assert ws.groups.description(second) == "Oldé"
        assert ws.settings.get(HANDOUT_WELCOME) is None
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM settings").scalar() == 0


def test_a_chosen_empty_legacy_welcome_line_stays_empty(closed: Path) -> None:
    with raw(closed) as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES (?, '=')", (HANDOUT_WELCOME.key,))
    with Workspace.open(closed, PASSPHRASE) as ws:
        seal_legacy_plaintext(ws.context)
        assert ws.settings.get(HANDOUT_WELCOME) == ""


def test_a_newer_sealed_welcome_line_wins_over_a_legacy_one(closed: Path) -> None:
    with Workspace.open(closed, PASSPHRASE) as ws:
        ws.settings.set(HANDOUT_WELCOME, "sealed")
    with raw(closed) as conn:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, '=plain')", (HANDOUT_WELCOME.key,)
        )
    with Workspace.open(closed, PASSPHRASE) as ws:
        assert seal_legacy_plaintext(ws.context) == 0
        assert ws.settings.get(HANDOUT_WELCOME) == "sealed"
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM settings").scalar() == 0


# --- demo data --------------------------------------------------------------------------------


def test_demo_descriptions_go_through_the_sealing_path(workspace: Workspace) -> None:
    demo.populate(workspace, groups=2, weeks=2)
    with workspace.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, description, description_ct FROM groups").all()
    assert rows and all(legacy == "" and sealed is not None for _, legacy, sealed in rows)
    texts = {workspace.groups.description(group_id) for group_id, _, _ in rows}
    assert texts == {template.description for template in demo.TEMPLATES[:2]}
    workspace.close()
    words = [template.description for template in demo.TEMPLATES[:2]]
    assert canary.find_markers([workspace.data_dir], words) == []
