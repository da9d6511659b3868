"""Every sealed column of the schema, in one list: what re-keying and erasure walk.

A column added to the models that holds ciphertext must be listed here, or a change of the
data key would leave it unreadable; a unit test compares this list with the models.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SealedColumn:
    table: str
    field: str  # the name bound into the AAD
    column: str


SEALED_COLUMNS: tuple[SealedColumn, ...] = (
    SealedColumn("members", "alias", "alias_ct"),
    SealedColumn("members", "full_name", "full_name_ct"),
    SealedColumn("members", "contact", "contact_ct"),
    SealedColumn("members", "remarks", "remarks_ct"),
    SealedColumn("notes", "body", "body_ct"),
    SealedColumn("groups", "description", "description_ct"),
    SealedColumn("sealed_settings", "value", "value_ct"),
    SealedColumn("maintenance_jobs", "payload", "payload_ct"),
    SealedColumn("session_notes", "body", "body_ct"),
    SealedColumn("progress_entries", "body", "body_ct"),
    SealedColumn("note_addenda", "body", "body_ct"),
    SealedColumn("checkin_scores", "score", "score_ct"),
    SealedColumn("measure_entries", "answers", "answers_ct"),
    # Sharing a group (revision 0008): the facilitator's private keys, each group key, the
    # server password and the other value of a sync conflict.
    SealedColumn("sync_identity", "secret", "secret_ct"),
    SealedColumn("sync_group_keys", "key", "key_ct"),
    SealedColumn("sync_server", "password", "password_ct"),
    SealedColumn("sync_conflicts", "value", "value_ct"),
)


def alias_scope(group_id: int) -> str:
    """The blind index of an alias is keyed per group: aliases are unique within one."""
    return f"members.alias/{group_id}"
