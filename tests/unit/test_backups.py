"""Verified backups, pruning, restore, export/import to another laptop; backups ordered by
their sequence whatever the clock did, pruned per workspace, and kept when one record is
damaged."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.exc import DatabaseError

import facilitator_desktop.workspace as workspace_module
from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.domain.backup_schedule import BackupSchedule
from facilitator_desktop.errors import WorkspaceCorrupt, WrongPassphrase
from facilitator_desktop.services import backups
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.settings import BACKUP_KEEP
from facilitator_desktop.workspace import DAMAGED_PAGES, Workspace, database_path
from facilitator_desktop.workspace_backups import put_back_damaged, restore, set_aside_damaged
from tests.helpers.file_damage import alter_sealed_value, flip_page_byte

YEAR = timedelta(days=365)
DAY = timedelta(hours=24)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0)

    def __call__(self) -> datetime:
        return self.now


class Monotonic:
    """A monotonic clock: only ever moves forward, and only when told."""

    def __init__(self) -> None:
        self.seconds = 5000.0

    def __call__(self) -> float:
        return self.seconds

    def advance(self, by: timedelta) -> None:
        self.seconds += by.total_seconds()


@pytest.fixture
def ws(data_dir: Path) -> Workspace:
    clock = Clock()
    ws = Workspace.create(data_dir, "pass", kdf_params=FLOOR, now=clock)
    group = ws.groups.create(GroupDraft("Group"))
    ws.members.add(group.id, MemberDraft("Anna"))
    ws.notes.create(NoteDraft("first note", group.id))
    return ws


def clocks(ws: Workspace) -> tuple[Clock, Monotonic]:
    wall = ws.context.now
    assert isinstance(wall, Clock)
    monotonic = Monotonic()
    ws.backups.schedule = BackupSchedule(monotonic)
    return wall, monotonic


def listed_paths(ws: Workspace) -> list[Path]:
    return [b.path for b in backups.list_backups(ws.data_dir, ws.keyring.workspace_id)]


def test_backup_is_verified_listed_and_pruned(ws: Workspace) -> None:
    clock = ws.context.now
    assert isinstance(clock, Clock)
    ws.settings.set(BACKUP_KEEP, 3)
    made = []
    for _ in range(5):
        made.append(ws.create_backup())
        clock.now += timedelta(hours=1)
    listed = backups.list_backups(ws.data_dir)
    assert [b.path for b in listed] == made[::-1][:3]
    assert (listed[0].groups, listed[0].members, listed[0].notes) == (1, 1, 1)
    assert not list(backups.backups_dir(ws.data_dir).glob(".partial-*"))
    ws.close()


def test_backup_if_due_is_at_most_daily(ws: Workspace) -> None:
    clock = ws.context.now
    assert isinstance(clock, Clock)
    assert ws.backup_if_due() is not None
    clock.now += timedelta(hours=23)
    assert ws.backup_if_due() is None
    clock.now += timedelta(hours=2)
    assert ws.backup_if_due() is not None
    ws.close()


def test_a_backup_failing_its_check_never_replaces_a_good_one(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = ws.create_backup()
    before = good.read_bytes()

    def reject(*_args: object) -> None:
        raise backups.BackupFailed("trial decryption failed")

    monkeypatch.setattr(backups, "verify_copy", reject)
    with pytest.raises(backups.BackupFailed):
        ws.create_backup()
    raw = ws.engine.raw_connection()
    try:  # even aimed straight at the good file, a rejected copy does not replace it
        with pytest.raises(backups.BackupFailed):
            backups.write_backup(raw.driver_connection, good, reject)
    finally:
        raw.close()
    assert good.read_bytes() == before
    assert [p.name for p in backups.backups_dir(ws.data_dir).iterdir()] == [good.name]
    ws.close()


def test_trial_decryption_catches_a_copy_under_another_key(ws: Workspace, tmp_path: Path) -> None:
    other = Workspace.create(tmp_path / "other", "pass", kdf_params=FLOOR)
    copy = ws.create_backup()
    with pytest.raises(backups.BackupFailed):
        backups.verify_copy(copy, other.keyring.workspace_id, other.keyring.cipher)
    other.close()
    ws.close()


def test_restore_brings_back_the_backed_up_state(ws: Workspace) -> None:
    backup = ws.create_backup()
    group_id = ws.groups.list()[0].id
    ws.notes.create(NoteDraft("written after the backup", group_id))
    ws.create_backup()  # the current state is backed up before restoring
    data_dir = ws.data_dir
    ws.close()
    restore(data_dir, backup)
    with Workspace.open(data_dir, "pass") as reopened:
        assert [n.body for n in reopened.notes.find()] == ["first note"]
    assert len(backups.list_backups(data_dir)) == 2


@pytest.mark.parametrize("damage", ["truncate", "zero", "garbage"])
def test_a_damaged_database_can_be_set_aside_and_restored(ws: Workspace, damage: str) -> None:
    backup = ws.create_backup()
    data_dir = ws.data_dir
    ws.close()
    path = database_path(data_dir)
    content = path.read_bytes()
    path.write_bytes(
        {"truncate": content[:2048], "zero": bytes(len(content)), "garbage": b"x" * 9000}[damage]
    )
    with pytest.raises(WorkspaceCorrupt):
        Workspace.open(data_dir, "pass")
    assert backups.list_backups(data_dir)[0].path == backup  # offered to the user
    aside = set_aside_damaged(data_dir, datetime(2026, 3, 2))
    assert aside is not None and aside.exists()
    restore(data_dir, backup)
    with Workspace.open(data_dir, "pass") as reopened:
        assert reopened.notes.find()[0].body == "first note"


def test_stale_or_missing_wal_never_gives_an_empty_workspace(ws: Workspace) -> None:
    data_dir = ws.data_dir
    ws.close()
    wal = Path(f"{database_path(data_dir)}-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 4000)  # a WAL header from nowhere
    with Workspace.open(data_dir, "pass") as reopened:
        assert reopened.notes.find()[0].body == "first note"
    wal.unlink(missing_ok=True)
    with Workspace.open(data_dir, "pass") as reopened:
        assert reopened.members.list(reopened.groups.list()[0].id)[0].alias == "Anna"


def test_move_to_a_new_laptop(ws: Workspace, tmp_path: Path) -> None:
    exported = ws.export_to(tmp_path / "usb" / "my-workspace.fdw")
    ws.close()
    new_laptop = tmp_path / "new-laptop"
    Workspace.import_file(exported, new_laptop, "pass")
    with pytest.raises(WrongPassphrase):
        Workspace.open(new_laptop, "other")
    with Workspace.open(new_laptop, "pass") as moved:
        assert moved.notes.find()[0].body == "first note"
    conn = sqlite3.connect(exported)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


# --- the order is the sequence, not the clock ---------------------------------------------------


def test_names_carry_workspace_and_sequence(ws: Workspace) -> None:
    first, second = ws.create_backup(), ws.create_backup()
    owner = ws.keyring.workspace_id.hex()[:12]
    assert first.name.startswith(f"workspace-{owner}-000001-20260301-0900")
    assert second.name.startswith(f"workspace-{owner}-000002-")
    infos = backups.list_backups(ws.data_dir)
    assert [(i.sequence, i.workspace_id) for i in infos] == [
        (2, ws.keyring.workspace_id),
        (1, ws.keyring.workspace_id),
    ]
    ws.close()


def test_clock_set_back_a_year_never_deletes_the_backup_just_written(ws: Workspace) -> None:
    wall, _ = clocks(ws)
    ws.settings.set(BACKUP_KEEP, 3)
    before = [ws.create_backup() for _ in range(3)]
    wall.now -= YEAR
    for _ in range(4):  # each one stamped a year before the others
        made = ws.create_backup()
        assert made.exists()
        assert listed_paths(ws)[0] == made  # newest, though its date is the oldest
        wall.now += timedelta(minutes=1)
    assert len(listed_paths(ws)) == 3
    assert not any(p.exists() for p in before)  # the older ones went, by sequence
    newest = backups.latest(ws.data_dir, ws.keyring.workspace_id)
    assert newest is not None and newest.sequence == 7
    ws.close()


def test_clock_set_forward_then_corrected_never_makes_an_older_copy_newest(
    ws: Workspace,
) -> None:
    wall, monotonic = clocks(ws)
    ws.settings.set(BACKUP_KEEP, 3)
    wall.now += YEAR  # a wrong clock, say after a flat CMOS battery
    future = ws.create_backup()
    wall.now -= YEAR  # corrected
    monotonic.advance(timedelta(hours=1))
    now_made = ws.create_backup()
    assert listed_paths(ws) == [now_made, future]
    ws.settings.set(BACKUP_KEEP, 1)
    ws.create_backup()
    assert not future.exists() and not now_made.exists()  # the future stamp does not protect it
    ws.close()


def test_daily_backups_go_on_when_the_clock_goes_back_a_year(ws: Workspace) -> None:
    wall, monotonic = clocks(ws)
    assert ws.backup_if_due() is not None
    wall.now -= YEAR
    monotonic.advance(timedelta(hours=1))
    assert ws.backup_if_due() is None  # an hour is not a day, whatever the clock says
    monotonic.advance(timedelta(hours=23))
    wall.now += timedelta(hours=23)
    made = ws.backup_if_due()
    assert made is not None and listed_paths(ws)[0] == made
    monotonic.advance(timedelta(hours=2))
    wall.now += timedelta(hours=2)
    assert ws.backup_if_due() is None
    monotonic.advance(DAY)
    wall.now += DAY
    assert ws.backup_if_due() is not None
    ws.close()


def test_daily_backups_go_on_after_a_clock_forward_and_corrected(ws: Workspace) -> None:
    wall, monotonic = clocks(ws)
    assert ws.backup_if_due() is not None
    wall.now += YEAR
    monotonic.advance(timedelta(hours=1))
    ahead = ws.backup_if_due()  # a year "passed": one backup, stamped in the future
    assert ahead is not None
    wall.now -= YEAR  # corrected
    monotonic.advance(timedelta(hours=1))
    assert ws.backup_if_due() is None
    monotonic.advance(DAY)
    wall.now += DAY
    assert ws.backup_if_due() is not None  # not a year of silence
    ws.close()


def test_a_new_run_after_the_clock_went_back_backs_up_at_once(ws: Workspace) -> None:
    wall, _ = clocks(ws)
    ws.create_backup()  # stamped 1 March 2026
    data_dir = ws.data_dir
    ws.close()
    earlier = Clock()
    earlier.now = wall.now - YEAR
    with Workspace.open(data_dir, "pass", now=earlier) as reopened:
        reopened.backups.schedule = BackupSchedule(Monotonic())
        made = reopened.backup_if_due()
        assert made is not None
        assert reopened.backup_if_due() is None  # the fresh one is the reference now
        assert listed_paths(reopened)[0] == made


def test_backups_named_by_an_older_version_are_listed_after_and_pruned_by_owner(
    ws: Workspace, tmp_path: Path
) -> None:
    folder = backups.backups_dir(ws.data_dir)
    template = ws.create_backup()
    legacy = []
    for day in (3, 1, 2):  # made before the upgrade, on three days
        path = folder / backups.legacy_backup_name(datetime(2026, 2, day, 8, 0))
        shutil.copyfile(template, path)
        legacy.append(path)
    other = Workspace.create(tmp_path / "other", "pass", kdf_params=FLOOR)
    foreign_copy = other.create_backup()
    foreign_legacy = folder / backups.legacy_backup_name(datetime(2026, 1, 5, 8, 0))
    shutil.copyfile(foreign_copy, foreign_legacy)
    unreadable = folder / backups.legacy_backup_name(datetime(2026, 1, 4, 8, 0))
    unreadable.write_bytes(b"\0" * 4096)
    other.close()

    ordered = listed_paths(ws)
    assert ordered == [template, legacy[0], legacy[2], legacy[1]]
    assert backups.list_backups(ws.data_dir)[-1].path in (foreign_legacy, unreadable)
    ws.settings.set(BACKUP_KEEP, 2)
    newest = ws.create_backup()
    assert listed_paths(ws) == [newest, template]
    assert not any(p.exists() for p in legacy)
    assert foreign_legacy.exists() and unreadable.exists()  # not ours, or cannot tell: kept
    ws.close()


def test_latest_reads_an_older_versions_backup_by_the_id_it_holds(ws: Workspace) -> None:
    folder = backups.backups_dir(ws.data_dir)
    made = ws.create_backup()
    stamp = datetime(2026, 2, 27, 8, 0)
    made.rename(folder / backups.legacy_backup_name(stamp))
    newest = backups.latest(ws.data_dir, ws.keyring.workspace_id)
    assert newest is not None and (newest.sequence, newest.made) == (None, stamp)
    assert backups.latest(ws.data_dir, b"\x01" * 16) is None
    ws.close()


def test_two_workspaces_in_one_folder_keep_each_others_backups(data_dir: Path) -> None:
    first = Workspace.create(data_dir, "pass", kdf_params=FLOOR)
    first.settings.set(BACKUP_KEEP, 2)
    kept = [first.create_backup() for _ in range(3)][1:]
    first_id = first.keyring.workspace_id
    first.close()
    database_path(data_dir).rename(data_dir / "moved-away.db")  # a new start in this folder

    second = Workspace.create(data_dir, "other passphrase", kdf_params=FLOOR)
    second.settings.set(BACKUP_KEEP, 1)
    for _ in range(3):
        newest = second.create_backup()
    assert all(p.exists() for p in kept)
    assert listed_paths(second) == [newest]
    assert newest.name.split("-")[2] == "000003"  # its own sequence, from 1
    assert [b.path for b in backups.list_backups(data_dir, first_id)] == kept[::-1]
    everything = [b.path for b in backups.list_backups(data_dir)]
    assert everything == [newest, *kept[::-1]]  # each workspace's together, newest first
    second.close()


def test_a_prefix_shared_by_another_workspace_is_not_enough_to_prune(ws: Workspace) -> None:
    """The name's prefix is 48 bits; the id stored inside the copy is checked too."""
    made = ws.create_backup()
    impostor = made.with_name(made.name.replace("-000001-", "-000000-"))
    shutil.copyfile(made, impostor)
    with sqlite3.connect(impostor) as conn:
        conn.execute("UPDATE workspace_meta SET workspace_id = ?", (b"\x02" * 16,))
    conn.close()
    ws.settings.set(BACKUP_KEEP, 1)
    ws.create_backup()
    assert impostor.exists() and not made.exists()
    ws.close()


def test_setting_aside_twice_in_one_second_keeps_both(ws: Workspace) -> None:
    data_dir = ws.data_dir
    ws.close()
    moment = datetime(2026, 3, 2, 10, 0)
    first = set_aside_damaged(data_dir, moment)
    database_path(data_dir).write_bytes(b"second damaged file")
    second = set_aside_damaged(data_dir, moment)
    assert first is not None and second is not None and first != second
    assert first.exists() and second.read_bytes() == b"second damaged file"
    put_back_damaged(data_dir, second)
    assert database_path(data_dir).read_bytes() == b"second damaged file"


# --- one damaged record never stops backups -----------------------------------------------------


def test_a_backup_with_one_damaged_note_is_still_made(ws: Workspace) -> None:
    group_id = ws.groups.list()[0].id
    for index in range(3):
        ws.notes.create(NoteDraft(f"note {index}", group_id))
    damaged_id = max(n.id for n in ws.notes.find())
    data_dir = ws.data_dir
    ws.close()
    alter_sealed_value(database_path(data_dir), "notes", "body_ct", damaged_id)
    with Workspace.open(data_dir, "pass") as reopened:
        made = reopened.create_backup()
        assert made.exists()
        found = reopened.last_backup
        assert found is not None and found.damaged == 1 and found.checked > 1
    with Workspace.open(data_dir, "pass") as reopened:  # the backup restores as it was
        reopened.notes.create(NoteDraft("after", group_id))
    restore(data_dir, made)
    with Workspace.open(data_dir, "pass") as restored:
        notes = restored.notes.find()
        assert sorted(n.body for n in notes if not n.damaged) == [
            "first note",
            "note 0",
            "note 1",
        ]
        assert [n.id for n in notes if n.damaged] == [damaged_id]


def test_every_sample_damaged_still_backs_up_when_the_key_is_ours(data_dir: Path) -> None:
    ws = Workspace.create(data_dir, "pass", kdf_params=FLOOR)
    group = ws.groups.create(GroupDraft("Group"))
    note = ws.notes.create(NoteDraft("the only sealed value", group.id))
    ws.close()
    alter_sealed_value(database_path(data_dir), "notes", "body_ct", note.id)
    with Workspace.open(data_dir, "pass") as reopened:
        made = reopened.create_backup()
        assert made.exists()
        assert reopened.last_backup == backups.Verification(checked=1, damaged=1)
        # Another key than the one recorded in the copy: refused, as before.
        other = Workspace.create(data_dir.parent / "other", "pass", kdf_params=FLOOR)
        with pytest.raises(backups.NothingOpened):
            backups.verify_copy(made, reopened.keyring.workspace_id, other.keyring.cipher)
        assert not backups.key_matches(made, b"\0" * 16)
        other.close()


def test_a_copy_that_fails_the_integrity_check_is_refused(ws: Workspace) -> None:
    made = ws.create_backup()
    flip_page_byte(made, "notes")
    with pytest.raises(backups.BackupFailed):
        backups.verify_copy(made, ws.keyring.workspace_id, ws.keyring.cipher)
    ws.close()


# --- quick_check at unlock ----------------------------------------------------------------------


def test_quick_check_catches_a_damaged_notes_page_at_unlock(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    group_id = ws.groups.list()[0].id
    for index in range(30):  # enough notes for a b-tree of several pages
        ws.notes.create(NoteDraft(f"note {index} " + "words " * 60, group_id))
    data_dir = ws.data_dir
    ws.close()
    path = database_path(data_dir)
    flip_page_byte(path, "notes")
    damaged = path.read_bytes()
    with pytest.raises(WorkspaceCorrupt) as caught:
        Workspace.open(data_dir, "pass")
    assert caught.value.message == DAMAGED_PAGES
    assert path.read_bytes() == damaged  # nothing written

    # Without the check the unlock succeeds and the first screen that reads notes meets a
    # raw database error: what the check is there to prevent.
    monkeypatch.setattr(workspace_module, "check_pages", lambda _engine: None)
    with Workspace.open(data_dir, "pass") as unchecked, pytest.raises(DatabaseError):
        unchecked.notes.find()


def test_a_copy_that_is_not_a_database_matches_no_key(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all " * 200)
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()  # a database, without the workspace's record
    for copy in (garbage, empty, tmp_path / "missing.db"):
        assert backups.key_matches(copy, b"\0" * 16) is False, copy.name


def test_a_copy_that_will_not_open_is_listed_with_nothing_counted(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws.groups.create(GroupDraft("Group"))
    made = ws.create_backup()

    def refuse(path: Path) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(backups, "_read_only", refuse)
    (info,) = backups.list_backups(ws.data_dir)
    assert info.path == made and info.workspace_id is None
    assert (info.groups, info.members, info.sessions, info.notes) == (0, 0, 0, 0)
