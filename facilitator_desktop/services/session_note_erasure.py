"""Erasure's part in session notes: a person's names out of every note of their group.

Runs in an open transaction of any copy of the workspace (services/erasure.py calls it for
the workspace and for each backup), through raw SQL: a backup made by an older version may
lack the tables, and then has nothing to do.
"""

from __future__ import annotations

from collections.abc import Callable

from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError
from facilitator_desktop.domain.session_note import body_from_json, body_to_json, redact_body
from facilitator_desktop.services.reseal import Run

NOTES = "session_notes"
ENTRIES = "progress_entries"
ADDENDA = "note_addenda"
FIELD = "body"


def erase_names_in_notes(
    run: Run, cipher: FieldCipher, group_id: int, redact: Callable[[str], str]
) -> int:
    """Take a person's names out of every session note of a group, in an open transaction
    of any copy of the workspace: each body's sections and themes, each progress entry and
    each addendum, re-sealed under the next revision. Returns how many texts changed. A
    copy made before session notes existed has nothing to do."""
    tables = {name for (name,) in run("SELECT name FROM sqlite_master WHERE type='table'", ())}
    if not {NOTES, ENTRIES, ADDENDA} <= tables:
        return 0
    changed = 0
    notes = run(
        "SELECT n.id, n.rev, n.body_ct FROM session_notes n "
        "JOIN sessions s ON s.id = n.session_id WHERE s.group_id = ?",
        (group_id,),
    )
    for note_id, rev, blob in notes:
        changed += _redact_row(run, cipher, NOTES, note_id, rev, blob, _redact_json(redact))
    for table in (ENTRIES, ADDENDA):
        rows = run(
            f"SELECT e.id, e.rev, e.body_ct FROM {table} e "
            "JOIN session_notes n ON n.id = e.session_note_id "
            "JOIN sessions s ON s.id = n.session_id WHERE s.group_id = ?",
            (group_id,),
        )
        for row_id, rev, blob in rows:
            changed += _redact_row(run, cipher, table, row_id, rev, blob, redact)
    return changed


def _redact_json(redact: Callable[[str], str]) -> Callable[[str], str]:
    def clean(text: str) -> str:
        try:
            body = body_from_json(text)
        except ValueError:
            return redact(text)  # not what the app writes: its words go all the same
        return body_to_json(redact_body(body, redact))

    return clean


def _redact_row(
    run: Run,
    cipher: FieldCipher,
    table: str,
    row_id: int,
    rev: object,
    blob: object,
    redact: Callable[[str], str],
) -> int:
    if not isinstance(blob, bytes | memoryview) or type(rev) is not int:
        return 0
    try:
        text = cipher.decrypt(table, row_id, FIELD, rev, bytes(blob))
    except (FieldDecryptError, TypeError, ValueError):
        return 0  # a damaged text stays damaged; nobody can read it
    cleaned = redact(text)
    if cleaned == text:
        return 0
    sealed = cipher.encrypt(table, row_id, FIELD, rev + 1, cleaned)
    run(f"UPDATE {table} SET body_ct = ?, rev = ? WHERE id = ?", (sealed, rev + 1, row_id))
    return 1
