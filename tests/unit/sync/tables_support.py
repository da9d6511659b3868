"""What the replicated-children tests share: offline server settings, fixed times and uuids,
a row's uuid, a session written straight to the database, and a tombstone."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_desktop.models import (
    GroupSession,
)
from facilitator_desktop.models.sync import SharedGroup, SyncRow
from facilitator_desktop.sync.server import ServerSettings

OFFLINE = ServerSettings("127.0.0.1", 9, "none", "none", "none")


START = datetime(2026, 3, 2, 18, 0)


NOBODY = "0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0"


ERASED = "e0e0e0e0-4b5a-4978-8796-a5b4c3d2e1f0"


def uuid_of(s: Session, model: Any, row_id: int) -> str:
    found = s.scalar(select(model.uuid).where(model.id == row_id))
    assert found is not None
    return str(found)


def a_session(s: Session, group_id: int, started: datetime, seats: dict[int, int]) -> GroupSession:
    row = GroupSession(
        group_id=group_id,
        status="finished",
        started_at=started,
        plan_json="[]",
        seats_json=json.dumps({str(k): v for k, v in seats.items()}),
        soft_limit_min=3,
    )
    s.add(row)
    s.flush()
    return row


def tombstone(s: Session, key: str) -> None:
    """A member erased on some laptop: their record is deleted for good."""
    shared = SharedGroup(
        group_uuid="a1b2c3d4-e5f6-4789-8abc-def012345678",
        group_id=None,
        state="pending",
        epoch=0,
        next_seq=1,
        chain=b"",
        joined_at=START,
    )
    s.add(shared)
    s.flush()
    s.add(SyncRow(tbl="members", key=key, shared_group_id=shared.id, deleted=True))
    s.flush()
