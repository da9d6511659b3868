"""A rehearsal's workspace: a whole Workspace that lives in memory and is dropped after.

The Session page points its controller at one of these for a rehearsal, so the facilitator
practises with exactly the code, pages and keys of a real session, while every write lands
in a database in memory with its own random key (see services/rehearsal.py). The real
workspace is only read, once, for the group's outline.

Whatever would touch a folder (backups, exports, maintenance jobs) refuses here, and the
folder it names is the null device, where nothing can be created.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from facilitator_desktop.crypto import keys, vault
from facilitator_desktop.crypto.keyring import KeyRing
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services import backups
from facilitator_desktop.services.backup_sync import SyncReport
from facilitator_desktop.services.context import utc_now
from facilitator_desktop.services.groups import GroupInfo
from facilitator_desktop.services.key_changes import Progress
from facilitator_desktop.services.rehearsal import (
    RehearsalOutline,
    RehearsalSessions,
    check_speed,
    memory_engine,
    outline_for,
    reserve_high_ids,
    seed,
)
from facilitator_desktop.workspace import Workspace


class NothingKept(FacilitatorError):
    default_message = "A rehearsal keeps nothing: there is nothing to back up or export."


class RehearsalWorkspace(Workspace):
    """One rehearsal's throwaway workspace. `group_id` is its sample group; `close()` drops
    everything (the database in memory and its key)."""

    def __init__(
        self,
        outline: RehearsalOutline,
        speed: int,
        *,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        check_speed(speed)
        engine = memory_engine()
        keyring = KeyRing(vault.new_workspace_id())
        keyring.unlock(keys.new_data_key())
        super().__init__(Path(os.devnull), engine, keyring, now)
        self.speed = speed
        self.outline = outline
        self.sessions = RehearsalSessions(self.context, self.members, self.rules, speed)
        try:
            reserve_high_ids(self.context)
            self.group_id = seed(self.groups, self.members, self.rules, outline)
        except BaseException:
            self.close()
            raise

    @classmethod
    def of_group(
        cls,
        real: Workspace,
        group: GroupInfo | None,
        speed: int,
        *,
        fallback_name: str,
    ) -> RehearsalWorkspace:
        """A rehearsal of `group` (None: a sample group called `fallback_name`), reading the
        real workspace and writing nothing to it."""
        outline = outline_for(real.context, real.rules, group, fallback_name)
        return cls(outline, speed, now=real.context.now)

    # --- nothing of a rehearsal reaches a file ---------------------------------------------

    def create_backup(self) -> Path:
        raise NothingKept()

    def backup_if_due(self, interval: timedelta = backups.DAILY) -> Path | None:
        return None

    def export_to(self, path: Path) -> Path:
        raise NothingKept()

    def run_maintenance(self, progress: Progress | None = None) -> SyncReport:
        raise NothingKept()
