"""SQLite triggers that fill the sharing outbox in the same transaction as every change to
a shared group, whichever service (or future code) makes it: ORM, Core or plain SQL alike.

A trigger fires only for rows of a group in `sync_groups` (state "active") and never while
others' changes are applied (a row in `sync_apply_guard`). It ticks the Lamport clock and
records which row changed; push reads the row itself later. A child table's change is
recorded as its parent record's (an agenda segment as its group, a rule card as its rule
set, a progress entry as its session note, a note's member link as the note).

SQLite drops a table's triggers with the table, and Alembic's batch mode rebuilds tables:
`statements()` is run by migration 0008 and again whenever sharing starts on a workspace
(`missing()` tells which are gone), so a later migration cannot silently stop capture.
"""

from __future__ import annotations

from dataclasses import dataclass

_ACTIVE = "(SELECT group_id FROM sync_groups WHERE group_id IS NOT NULL AND state = 'active')"
_SESSION_GROUP = "(SELECT group_id FROM sessions WHERE id = {r}.session_id)"
_NOTE_GROUP = (
    "(SELECT s.group_id FROM sessions s JOIN session_notes n ON n.session_id = s.id "
    "WHERE n.id = {r}.session_note_id)"
)


@dataclass(frozen=True, slots=True)
class Tracked:
    table: str
    record: str  # the replicated record the change belongs to
    group: str  # SQL for the row's group id; {r} is NEW or OLD
    row_id: str
    row_id2: str = "NULL"
    extra_when: str = ""  # a further condition on the row ({r})
    decided: str = "0"
    deletes: bool = False  # a deleted row leaves a tombstone with its uuid


TRACKED: tuple[Tracked, ...] = (
    Tracked("groups", "groups", "{r}.id", "{r}.id"),
    Tracked("agenda_template_segments", "groups", "{r}.group_id", "{r}.group_id"),
    Tracked("members", "members", "{r}.group_id", "{r}.id", deletes=True),
    Tracked("rule_sets", "rule_sets", "{r}.group_id", "{r}.id"),
    Tracked(
        "rule_cards",
        "rule_sets",
        "(SELECT group_id FROM rule_sets WHERE id = {r}.rule_set_id)",
        "{r}.rule_set_id",
    ),
    Tracked(
        "acknowledgements",
        "acknowledgements",
        "(SELECT group_id FROM members WHERE id = {r}.member_id)",
        "{r}.member_id",
        "{r}.rule_set_id",
    ),
    Tracked("sessions", "sessions", "{r}.group_id", "{r}.id", deletes=True),
    Tracked("session_segments", "sessions", _SESSION_GROUP, "{r}.session_id"),
    Tracked("session_events", "session_events", _SESSION_GROUP, "{r}.id"),
    Tracked(
        "attendance",
        "attendance",
        _SESSION_GROUP,
        "{r}.session_id",
        "{r}.member_id",
        # A mark set after the session ended is a decision (a correction), not the room's.
        decided="(SELECT status = 'finished' FROM sessions WHERE id = {r}.session_id)",
    ),
    Tracked("turns", "turns", _SESSION_GROUP, "{r}.id", deletes=True),
    Tracked("checkin_scores", "checkin_scores", _SESSION_GROUP, "{r}.session_id", "{r}.member_id"),
    Tracked("session_notes", "session_notes", _SESSION_GROUP, "{r}.id"),
    Tracked("progress_entries", "session_notes", _NOTE_GROUP, "{r}.session_note_id"),
    Tracked("note_addenda", "note_addenda", _NOTE_GROUP, "{r}.id"),
    Tracked("notes", "notes", "{r}.group_id", "{r}.id", extra_when="{r}.shared", deletes=True),
    Tracked(
        "note_members",
        "notes",
        "(SELECT group_id FROM notes WHERE id = {r}.note_id AND shared)",
        "{r}.note_id",
    ),
)


def _trigger(t: Tracked, op: str) -> tuple[str, str]:
    r = "OLD" if op == "DELETE" else "NEW"
    name = f"sync_{t.table}_{op.lower()}"
    group = t.group.format(r=r)
    when = ["NOT EXISTS (SELECT 1 FROM sync_apply_guard)", f"{group} IN {_ACTIVE}"]
    if t.extra_when:
        condition = t.extra_when.format(r=r)
        if op == "UPDATE":  # a note no longer shared is gone for the others: recorded too
            condition = f"({condition} OR {t.extra_when.format(r='OLD')})"
        when.append(condition)
    tombstone = op == "DELETE" and t.deletes and t.table == t.record
    key = f"{r}.uuid" if tombstone else "NULL"
    sql = (
        f"CREATE TRIGGER IF NOT EXISTS {name} AFTER {op} ON {t.table} FOR EACH ROW "
        f"WHEN {' AND '.join(when)} BEGIN "
        "UPDATE sync_identity SET clock = clock + 1; "
        "INSERT INTO sync_outbox (group_id, tbl, row_id, row_id2, row_key, deleted, decided, "
        f"clock) VALUES ({group}, '{t.record}', {t.row_id.format(r=r)}, "
        f"{t.row_id2.format(r=r)}, {key}, {1 if tombstone else 0}, "
        f"coalesce({t.decided.format(r=r)}, 0), coalesce((SELECT clock FROM sync_identity), 0)); "
        "END"
    )
    return name, sql


def statements() -> list[tuple[str, str]]:
    """(trigger name, CREATE TRIGGER IF NOT EXISTS ...) for every tracked table and write."""
    found = []
    for tracked in TRACKED:
        ops = ["INSERT", "UPDATE"]
        # A deleted child changes its parent record (a rule card, a note's member link).
        if tracked.deletes or tracked.table != tracked.record:
            ops.append("DELETE")
        found += [_trigger(tracked, op) for op in ops]
    return found


def names() -> set[str]:
    return {name for name, _ in statements()}
