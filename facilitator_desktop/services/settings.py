"""Workspace preferences, stored as text and read back typed with defaults.

Plain settings hold nothing about a member (auto-lock minutes, paper size, the facilitator's
own details printed on every handout). Free text that may name people — the handout welcome
line — is sealed instead, one row per key in `sealed_settings` (AAD: "sealed_settings", row
id, "value", `rev`, bumped on every write).
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from facilitator_desktop.errors import RecordDamaged, ValidationError
from facilitator_desktop.models import SealedSetting, Setting
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.row_check import (
    CheckedRow,
    checker,
    next_rev,
    raw_select,
    table_of,
)
from facilitator_desktop.services.sealed import open_sealed, seal

AUTO_LOCK_MINUTES = "auto_lock_minutes"
BACKUP_KEEP = "backup_keep"
FOLLOW_UP_ABSENCES = "follow_up_absences"
# Up to this many absences in a row may be asked for; the follow-ups look back further.
FOLLOW_UP_ABSENCES_MAX = 6
DEFAULTS: dict[str, str] = {
    AUTO_LOCK_MINUTES: "10",  # 0 = off
    BACKUP_KEEP: "10",
    # The first absence without notice is worth a call: it is when a member is easiest
    # to reach, before missing becomes a habit.
    FOLLOW_UP_ABSENCES: "1",
}
HANDOUT_WELCOME = "handout_welcome"
SEALED_KEYS = frozenset({HANDOUT_WELCOME})
SEALED_TABLE = "sealed_settings"
SEALED_FIELD = "value"


class SettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # --- plain settings ----------------------------------------------------------------------

    def get(self, key: str) -> str:
        with self._ctx.sessions() as s:
            value = s.scalar(select(Setting.value).where(Setting.key == key))
        # A value edited into something other than text reads as unset.
        return value if isinstance(value, str) else DEFAULTS.get(key, "")

    def get_int(self, key: str) -> int:
        try:
            return int(self.get(key))
        except ValueError:
            return int(DEFAULTS[key])

    def set(self, key: str, value: str | int) -> None:
        if key in SEALED_KEYS:
            raise ValueError(f"{key} may name people: store it with set_sealed")
        with self._ctx.sessions.begin() as s:
            s.merge(Setting(key=key, value=str(value)))

    @property
    def auto_lock_minutes(self) -> int:
        return max(0, self.get_int(AUTO_LOCK_MINUTES))

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        if not 0 <= minutes <= 240:
            raise ValidationError("auto_lock", "Choose 0 (off) to 240 minutes.")
        self.set(AUTO_LOCK_MINUTES, minutes)

    @property
    def backup_keep(self) -> int:
        return min(100, max(1, self.get_int(BACKUP_KEEP)))

    @backup_keep.setter
    def backup_keep(self, count: int) -> None:
        if not 1 <= count <= 100:
            raise ValidationError("backup_keep", "Keep between 1 and 100 backups.")
        self.set(BACKUP_KEEP, count)

    @property
    def follow_up_absences(self) -> int:
        """How many absences in a row without notice make a follow-up (1: the first)."""
        return min(FOLLOW_UP_ABSENCES_MAX, max(1, self.get_int(FOLLOW_UP_ABSENCES)))

    @follow_up_absences.setter
    def follow_up_absences(self, count: int) -> None:
        if not 1 <= count <= FOLLOW_UP_ABSENCES_MAX:
            raise ValidationError(
                "follow_up_absences",
                f"Choose 1 to {FOLLOW_UP_ABSENCES_MAX} absences in a row.",
            )
        self.set(FOLLOW_UP_ABSENCES, count)

    # --- sealed settings ---------------------------------------------------------------------

    def get_sealed(self, key: str) -> str | None:
        """The value opened with the data key; None when it was never set (an empty string
        is a value). `RecordDamaged` when the stored row does not open."""
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions() as s:
            row = _sealed_row(s, key)
            if row is None:
                return None
            if row.damaged:
                raise RecordDamaged()
            return open_sealed(
                cipher,
                SEALED_TABLE,
                row.values["id"],
                row.values["rev"],
                SEALED_FIELD,
                row.values["value_ct"],
            )

    def set_sealed(self, key: str, value: str) -> None:
        """Seal `value` under a new revision. A damaged row for the key is replaced: the
        facilitator's new value is all a setting holds, so nothing readable is lost."""
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            setting = _growable(s, key)
            if setting is None:
                s.execute(delete(SealedSetting).where(SealedSetting.key == key))
                setting = SealedSetting(key=key, rev=0)
                s.add(setting)
                s.flush()  # the id is part of the AAD
            setting.value_ct = seal(
                cipher, SEALED_TABLE, setting.id, setting.rev, SEALED_FIELD, value
            )

    def welcome_line(self) -> str | None:
        """The handout welcome line; None when never chosen (handouts then print a default)."""
        return self.get_sealed(HANDOUT_WELCOME)

    def set_welcome_line(self, text: str) -> None:
        self.set_sealed(HANDOUT_WELCOME, text.strip())


def _sealed_row(s: Session, key: str) -> CheckedRow | None:
    query = raw_select(table_of(SealedSetting)).where(SealedSetting.key == key)
    raw = s.execute(query).mappings().first()
    return None if raw is None else checker(s, SealedSetting).check(raw)


def _growable(s: Session, key: str) -> SealedSetting | None:
    """The key's row with its revision bumped, or None when there is none or it is damaged."""
    row = _sealed_row(s, key)
    if row is None or row.damaged:
        return None
    try:
        rev = next_rev(row.values["rev"])
    except RecordDamaged:
        return None
    setting = s.get(SealedSetting, row.values["id"])
    if setting is None:  # pragma: no cover - read in this same transaction
        return None
    setting.rev = rev
    return setting
