"""What the record tests share: offline server settings, a start time, a uuid nobody has,
what a missing-owner refusal names, and a member's row."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy.orm import Session

from facilitator_desktop.models import (
    Member,
)
from facilitator_desktop.services.sharing_records import (
    MissingOwner,
)
from facilitator_desktop.sync.server import ServerSettings

OFFLINE = ServerSettings("127.0.0.1", 9, "none", "none", "none")


START = datetime(2026, 3, 2, 18, 0)


NOBODY = "0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0"


def missing(error: pytest.ExceptionInfo[MissingOwner]) -> tuple[str, str | None, str | None]:
    return str(error.value), error.value.table, error.value.key


def member_row(s: Session, member_id: int) -> Member:
    row = s.get(Member, member_id)
    assert row is not None
    return row
