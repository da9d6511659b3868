"""What the sharing service tests share: offline server settings, refusals word for word, a
laptop's card and device, an invitation, and a row of the sharing tables."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from facilitator_desktop.models.sync import (
    SharedGroup,
)
from facilitator_desktop.services.sharing_cards import Invitation
from facilitator_desktop.sync.server import ServerSettings
from tests.unit.sync.laptops import Laptop

OFFLINE = ServerSettings("127.0.0.1", 9, "none", "none", "none")


START = datetime(2026, 3, 2, 18, 0)


NOT_SHARED = "That group is not shared."


ONLY_SHARED_NOTES = "Only a note of a shared group can be shared with co-facilitators."


def card(laptop: Laptop) -> str:
    return laptop.sharing.identity().text


def device(laptop: Laptop) -> str:
    return laptop.sharing.identity().device_id


def invite(owner: Laptop, group_id: int, other: Laptop) -> Invitation:
    text = card(other)
    return owner.sharing.share_group(group_id, text, owner.sharing.safety_number(text))


def shared_row(laptop: Laptop, **where: Any) -> dict[str, Any]:
    with laptop.ws.context.sessions.begin() as s:
        row = s.scalars(select(SharedGroup).filter_by(**where)).one()
        return {
            c: getattr(row, c)
            for c in (
                "group_id",
                "state",
                "epoch",
                "next_seq",
                "chain",
                "joined_at",
                "synced_at",
                "first_sync_done",
            )
        }
