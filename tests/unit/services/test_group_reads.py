"""How groups read back: every weekday kept; one out of range refused or, edited in by hand,
shown as damaged, as is a value edited to another type; a missing group named as gone; and
agendas fetched in batches that miss or repeat no group."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import NotFound, ValidationError
from facilitator_desktop.services.groups import (
    DAMAGED_NAME,
    DEFAULT_MINUTES,
    DEFAULT_SOFT_LIMIT,
    GroupDraft,
)
from facilitator_desktop.workspace import Workspace, database_path
from tests.conftest import FAST_KDF, PASSPHRASE

BATCH = 500  # groups whose agendas one query asks for (`groups._agendas`)


def test_a_group_keeps_every_weekday_from_monday_to_sunday(workspace: Workspace) -> None:
    for weekday in range(7):
        group = workspace.groups.create(GroupDraft(f"Day {weekday}", weekday=weekday))
        read = workspace.groups.get(group.id)
        assert (read.weekday, read.damaged) == (weekday, False)


@pytest.mark.parametrize("edited", [7, -1, 99])
def test_a_weekday_edited_out_of_range_is_shown_damaged(data_dir: Path, edited: int) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group_id = ws.groups.create(GroupDraft("Edited by hand", weekday=6)).id
    conn = sqlite3.connect(database_path(data_dir))
    with conn:
        conn.execute("UPDATE groups SET weekday = ? WHERE id = ?", (edited, group_id))
    conn.close()
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        read = ws.groups.get(group_id)
        assert (read.weekday, read.damaged, read.name) == (None, True, "Edited by hand")


@pytest.mark.parametrize("weekday", [7, -1, 99])
def test_a_weekday_out_of_range_is_refused_in_words_and_nothing_changes(
    workspace: Workspace, weekday: int
) -> None:
    kept = workspace.groups.create(GroupDraft("Tuesdays", weekday=1))
    for attempt in (
        lambda: workspace.groups.create(GroupDraft("Someday", weekday=weekday)),
        lambda: workspace.groups.update(kept.id, GroupDraft("Renamed", weekday=weekday)),
    ):
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert (refused.value.field, refused.value.message) == (
            "weekday",
            "Choose a day of the week, Monday to Sunday.",
        )
    assert workspace.groups.list() == [kept]


@pytest.mark.parametrize(
    ("column", "edited", "field", "shown"),
    [
        ("name", b"\x00\xff", "name", DAMAGED_NAME),
        ("start_time", b"\x00\xff", "start_time", None),
        ("default_minutes", "ninety", "default_minutes", DEFAULT_MINUTES),
        ("speaker_soft_limit_min", "five", "speaker_soft_limit_min", DEFAULT_SOFT_LIMIT),
        ("handout_language", b"\x00\xff", "handout_language", ""),
        ("archived_at", b"\x00\xff", "archived", True),  # unreadable: still archived
    ],
)
def test_a_value_edited_to_another_type_reads_as_a_damaged_record_with_a_default(
    data_dir: Path, column: str, edited: object, field: str, shown: object
) -> None:
    draft = GroupDraft(
        "Carers",
        weekday=2,
        start_time="18:30",
        default_minutes=60,
        speaker_soft_limit_min=3,
        handout_language="de",
    )
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        before = ws.groups.create(draft)
    assert (before.name, before.weekday, before.start_time) == ("Carers", 2, "18:30")
    assert (before.default_minutes, before.speaker_soft_limit_min) == (60, 3)
    assert (before.handout_language, before.archived, before.damaged) == ("de", False, False)
    conn = sqlite3.connect(database_path(data_dir))
    with conn:
        conn.execute(f"UPDATE groups SET {column} = ? WHERE id = ?", (edited, before.id))
    conn.close()
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        read = ws.groups.get(before.id)
        assert read == replace(before, **{field: shown, "damaged": True})
        assert ws.groups.list(include_archived=True) == [read]


def test_a_group_that_is_gone_is_named_as_gone(workspace: Workspace) -> None:
    with pytest.raises(NotFound) as refused:
        workspace.groups.get(4242)
    assert refused.value.message == "That group no longer exists."


def test_a_language_the_app_does_not_ship_is_refused_in_words(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as refused:
        workspace.groups.create(GroupDraft("Circle", handout_language="xx"))
    assert refused.value.message == "Choose one of the listed languages for the handouts."


def test_more_groups_than_one_batch_each_list_their_own_agenda_once(data_dir: Path) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        first = ws.groups.create(GroupDraft("Group 0", agenda=_agenda(0))).id
    # Made by hand: a service call per group would make this test slow for nothing.
    conn = sqlite3.connect(database_path(data_dir))
    with conn:
        for n in range(1, BATCH + 2):
            cursor = conn.execute(
                "INSERT INTO groups (uuid, name, description, rev, default_minutes,"
                " speaker_soft_limit_min, created_at) SELECT ?, ?, '', 0, 90, 5, created_at"
                " FROM groups WHERE id = ?",
                (str(uuid.uuid4()), f"Group {n}", first),
            )
            for position, segment in enumerate(_agenda(n)):
                conn.execute(
                    "INSERT INTO agenda_template_segments (group_id, position, name, minutes,"
                    " kind) VALUES (?, ?, ?, ?, ?)",
                    (cursor.lastrowid, position, segment.name, segment.minutes, segment.kind),
                )
    conn.close()
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        groups = ws.groups.list()
    assert len(groups) == BATCH + 2 and first in {group.id for group in groups}
    for group in groups:
        n = int(group.name.removeprefix("Group "))
        assert group.agenda == _agenda(n), group.name
        assert not group.damaged


def _agenda(n: int) -> tuple[SegmentSpec, ...]:
    return (SegmentSpec(f"Check-in {n}", 5, "round"), SegmentSpec("Talk", 30 + n % 400, "open"))


def test_an_agenda_stored_out_of_order_reads_in_its_order(data_dir: Path) -> None:
    """Segments written in another order (as a merge from another laptop may) read back
    in the order of their positions."""
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group_id = ws.groups.create(GroupDraft("Merged", agenda=_agenda(1))).id
    conn = sqlite3.connect(database_path(data_dir))
    with conn:
        conn.execute("DELETE FROM agenda_template_segments WHERE group_id = ?", (group_id,))
        for position in (2, 0, 1):
            conn.execute(
                "INSERT INTO agenda_template_segments (group_id, position, name, minutes, kind)"
                " VALUES (?, ?, ?, 10, 'open')",
                (group_id, position, f"Segment {position}"),
            )
    conn.close()
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        names = [segment.name for segment in ws.groups.get(group_id).agenda]
    assert names == ["Segment 0", "Segment 1", "Segment 2"]
