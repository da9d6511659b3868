"""The workspace's settings: one typed registry, read and written through one service.

Each setting is a `Setting[T]` below (key, type, default, bounds): `settings.get(AUTO_LOCK)`
is an int within its bounds, `settings.set(AUTO_LOCK, 5)` checks them. Plain settings hold
nothing about a member (auto-lock minutes, paper size, the facilitator's own details printed
on every handout). Free text that may name people — the handout welcome line — is sealed
instead, one row per key in `sealed_settings` (AAD: "sealed_settings", row id, "value",
`rev`, bumped on every write).
"""

from __future__ import annotations

from typing import Any, Final, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from facilitator_desktop.domain.announcements import LEVELS as ANNOUNCE_LEVELS
from facilitator_desktop.errors import N_, RecordDamaged
from facilitator_desktop.handouts.data import Paper
from facilitator_desktop.models import SealedSetting
from facilitator_desktop.models import Setting as SettingRow
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.row_check import (
    CheckedRow,
    checker,
    next_rev,
    raw_select,
    table_of,
)
from facilitator_desktop.services.sealed import open_sealed, seal
from facilitator_desktop.services.setting import (
    ChoiceSetting,
    FlagSetting,
    IntSetting,
    SealedTextSetting,
    Setting,
    TextSetting,
)

T = TypeVar("T")

# --- the registry --------------------------------------------------------------------------

AUTO_LOCK: Final = IntSetting(
    "auto_lock_minutes", default=10, low=0, high=240, refusal=N_("Choose 0 (off) to 240 minutes.")
)
BACKUP_KEEP: Final = IntSetting(
    "backup_keep", default=10, low=1, high=100, refusal=N_("Keep between 1 and 100 backups.")
)
# The first absence without notice is worth a call: it is when a member is easiest to
# reach, before missing becomes a habit. Up to six in a row may be asked for; the
# follow-ups look back further.
FOLLOW_UP_ABSENCES: Final = IntSetting(
    "follow_up_absences", default=1, low=1, high=6, refusal=N_("Choose 1 to 6 absences in a row.")
)
# How the room display names members (ui.runner.names.NameMode holds the same values).
ROOM_NAMES: Final[ChoiceSetting[str]] = ChoiceSetting(
    "room_display.names", choices=("aliases", "initials", "none"), default="aliases"
)
CHIME: Final = FlagSetting("runner.chime")  # off by default: a therapy room
# What a screen reader is told during a session (domain.announcements.AnnounceLevel): the
# key moments by default, each minute left when asked for, or nothing.
ANNOUNCEMENTS: Final[ChoiceSetting[str]] = ChoiceSetting(
    "runner.announcements", choices=ANNOUNCE_LEVELS, default="moments"
)
# None: not chosen yet, so the locale's usual paper.
HANDOUT_PAPER: Final[ChoiceSetting[Paper | None]] = ChoiceSetting(
    "handout_paper", choices=("A4", "Letter"), default=None
)
HANDOUT_LARGE_PRINT: Final = FlagSetting("handout_large_print")
# The facilitator's own details, printed on every handout.
FACILITATOR_NAME: Final = TextSetting("facilitator_name")
FACILITATOR_CONTACT: Final = TextSetting("facilitator_contact")
SUPPORT_LINE: Final = TextSetting("support_line")
# The handouts' welcome line may name people: sealed. None until chosen (then handouts
# print a default).
HANDOUT_WELCOME: Final = SealedTextSetting("handout_welcome")
# Session notes: how many days a note may stay unsigned before Follow-ups lists it, and how
# a member's printed copy shows the other members (their initials, or not at all).
UNSIGNED_NOTE_DAYS: Final = IntSetting(
    "session_notes.unsigned_days",
    default=3,
    low=1,
    high=60,
    refusal=N_("Choose 1 to 60 days."),
)
MEMBER_COPY_OTHERS: Final[ChoiceSetting[str]] = ChoiceSetting(
    "session_notes.others", choices=("initials", "removed"), default="initials"
)

WORKSPACE_SETTINGS: Final[tuple[Setting[Any], ...]] = (
    AUTO_LOCK,
    BACKUP_KEEP,
    FOLLOW_UP_ABSENCES,
    ROOM_NAMES,
    CHIME,
    ANNOUNCEMENTS,
    HANDOUT_PAPER,
    HANDOUT_LARGE_PRINT,
    FACILITATOR_NAME,
    FACILITATOR_CONTACT,
    SUPPORT_LINE,
    HANDOUT_WELCOME,
    UNSIGNED_NOTE_DAYS,
    MEMBER_COPY_OTHERS,
)
SEALED_TABLE = "sealed_settings"
SEALED_FIELD = "value"


class SettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default; never fails on text edited by hand. A sealed
        setting needs the data key, and raises `RecordDamaged` when its row does not open."""
        if setting.sealed:
            return setting.decode(self._open_sealed(setting.key))
        with self._ctx.sessions() as s:
            value = s.scalar(select(SettingRow.value).where(SettingRow.key == setting.key))
        # A value edited into something other than text reads as unset.
        return setting.decode(value if isinstance(value, str) else None)

    def set(self, setting: Setting[T], value: T) -> None:
        """Keep `value`; ValidationError (nothing kept) when it is out of the bounds."""
        text = setting.encode(value)
        if setting.sealed:
            self._seal(setting.key, text)
            return
        with self._ctx.sessions.begin() as s:
            s.merge(SettingRow(key=setting.key, value=text))

    # --- sealed settings ---------------------------------------------------------------------

    def _open_sealed(self, key: str) -> str | None:
        """The value opened with the data key; None when it was never set (an empty string
        is a value)."""
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

    def _seal(self, key: str, value: str) -> None:
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
