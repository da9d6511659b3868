"""Seal what versions before schema 0005 stored in plain form, then blank it.

Migrations never hold the data key, so this runs once the workspace is unlocked: each
non-empty legacy group description and the legacy "handout_welcome" setting (stored as
"=" + text) move into their sealed columns, and the plaintext is emptied, all in one
transaction. It reads raw values so that a malformed row elsewhere in a group cannot stop
the unlock; the plaintext is blanked whatever else the row holds.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, type_coerce, update
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.models import Group, SealedSetting, Setting
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.row_check import REV_LIMIT
from facilitator_desktop.services.sealed import seal
from facilitator_desktop.services.settings import HANDOUT_WELCOME, SEALED_FIELD, SEALED_TABLE

WELCOME_CHOSEN = "="  # the old prefix that told a chosen (maybe empty) line from the default


def seal_legacy_plaintext(ctx: ServiceContext) -> int:
    """Seal every legacy plaintext value; returns how many values were sealed (0 when there
    was nothing to do, which is every unlock after the first)."""
    cipher = ctx.keyring.cipher
    with ctx.sessions.begin() as s:
        return _seal_descriptions(s, cipher) + _seal_welcome(s, cipher)


def _raw(column: Any) -> Any:
    return type_coerce(column, NullType())


def _text(value: object) -> str:
    """Legacy text as an older version meant it; bytes only appear if someone edited the
    file, and are kept as far as they decode."""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return "" if value is None else str(value)


def _next_rev(rev: object) -> int:
    # A revision the app never wrote restarts at 1: the value is sealed afresh either way.
    if type(rev) is int and 0 <= rev < REV_LIMIT - 1:
        return rev + 1
    return 1


def _seal_descriptions(s: Session, cipher: FieldCipher) -> int:
    rows = s.execute(
        select(Group.id, _raw(Group.rev), _raw(Group.description), _raw(Group.description_ct))
        # NULL is not "" either: a hand-edited NULL is blanked too (the column is NOT NULL).
        .where(Group.description.is_(None) | (_raw(Group.description) != ""))
    ).all()
    sealed = 0
    for group_id, rev, legacy, current in rows:
        text = _text(legacy).strip()
        values: dict[str, object] = {"description": ""}
        # A sealed value already there was written by this version, after the legacy one.
        if text and current is None:
            new_rev = _next_rev(rev)
            values |= {
                "rev": new_rev,
                "description_ct": seal(cipher, "groups", group_id, new_rev, "description", text),
            }
            sealed += 1
        s.execute(update(Group).where(Group.id == group_id).values(values))
    return sealed


def _seal_welcome(s: Session, cipher: FieldCipher) -> int:
    legacy = s.execute(
        select(_raw(Setting.value)).where(Setting.key == HANDOUT_WELCOME.key)
    ).first()
    if legacy is None:
        return 0
    s.execute(delete(Setting).where(Setting.key == HANDOUT_WELCOME.key))
    value = _text(legacy[0])
    already = s.scalar(select(SealedSetting.id).where(SealedSetting.key == HANDOUT_WELCOME.key))
    if not value.startswith(WELCOME_CHOSEN) or already is not None:
        return 0  # the default was in use, or a sealed line is newer
    setting = SealedSetting(key=HANDOUT_WELCOME.key, rev=0)
    s.add(setting)
    s.flush()  # the id is part of the AAD
    setting.value_ct = seal(
        cipher, SEALED_TABLE, setting.id, setting.rev, SEALED_FIELD, value[1:].strip()
    )
    return 1
