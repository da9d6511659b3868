"""Workspace preferences (never private): stored as text, read back typed with defaults."""

from __future__ import annotations

from sqlalchemy import select

from facilitator_desktop.errors import ValidationError
from facilitator_desktop.models import Setting
from facilitator_desktop.services.context import ServiceContext

AUTO_LOCK_MINUTES = "auto_lock_minutes"
BACKUP_KEEP = "backup_keep"
DEFAULTS: dict[str, str] = {
    AUTO_LOCK_MINUTES: "10",  # 0 = off
    BACKUP_KEEP: "10",
}


class SettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def get(self, key: str) -> str:
        with self._ctx.sessions() as s:
            value = s.scalar(select(Setting.value).where(Setting.key == key))
        return value if value is not None else DEFAULTS.get(key, "")

    def get_int(self, key: str) -> int:
        try:
            return int(self.get(key))
        except ValueError:
            return int(DEFAULTS[key])

    def set(self, key: str, value: str | int) -> None:
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
