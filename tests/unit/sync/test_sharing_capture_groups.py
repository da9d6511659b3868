"""Capture and apply, handed laptop to laptop without a server: a laptop introduced in one
shared group is no longer listed as unknown there, but still is in another group it has not
been introduced to; a session of a group that is not shared never goes to the
co-facilitators of another group, even when it takes the local id of a session discarded
there."""

from __future__ import annotations

import base64
import random
from pathlib import Path

from sqlalchemy import select

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.models import GroupSession
from facilitator_desktop.models.sync import SharedGroup
from facilitator_desktop.services.sharing_apply import record_problem
from facilitator_desktop.sync.server import ServerSettings
from tests.unit.sync.handoff import Handoff, with_a_group_not_shared
from tests.unit.sync.laptops import make_laptop, new_group, share

STUB = ServerSettings("127.0.0.1", 1, "db", "role", "pw")
NEWCOMER = "22222222-2222-4222-8222-222222222222"


def group_uuid_of(h: Handoff) -> str:
    with h.ana.ws.context.sessions.begin() as s:
        [shared] = s.scalars(select(SharedGroup))
        return shared.group_uuid


def test_a_laptop_introduced_in_one_group_stays_unknown_in_another_group_it_is_not_in(
    handoff: Handoff, tmp_path: Path
) -> None:
    h = handoff
    tuesday = group_uuid_of(h)
    assert h.apply(*h.captured()) == [True]
    fields = {
        "wrap": base64.b64encode(b"\x02" * 32).decode(),
        "sign": base64.b64encode(b"\x03" * 32).decode(),
        "removed": False,
        "upto": 0,
    }
    introduced = h.written([{"t": "peers", "k": NEWCOMER, "c": 70, "f": fields}])
    # Ben shares a group of his own with Cy's laptop; the newcomer writes to both groups
    cy = make_laptop(tmp_path, "cy", STUB)
    try:
        thursday_id, _ = new_group(h.ben, "Thursday group", ("Dee", "Eve"))
        share(h.ben, thursday_id, cy)
    finally:
        cy.ws.close()
    with h.ben.ws.context.sessions.begin() as s:
        by_uuid = {g.group_uuid: g.id for g in s.scalars(select(SharedGroup))}
        [thursday] = set(by_uuid) - {tuesday}
        for group_uuid in (tuesday, thursday):
            record_problem(s, by_uuid[group_uuid], NEWCOMER, 0, "unknown", h.ben.wall.now)
    assert h.apply(introduced, group_uuid=tuesday) == [True]
    problems = [(p.group_uuid, p.device_id, p.reason) for p in h.ben.sharing.problems()]
    # Ana introduced the laptop in Tuesday's group only: in Thursday's it is still unknown
    assert problems == [(thursday, NEWCOMER, "unknown")]


def test_a_session_of_a_group_not_shared_never_goes_to_another_groups_co_facilitators(
    handoff: Handoff,
) -> None:
    h = handoff
    ana = h.ana
    tuesday_id, thursday_id, (dee, _eve) = with_a_group_not_shared(h, ("Dee", "Eve"))
    # a session of the shared group started by mistake and discarded; before the next
    # capture, a session of the group not shared starts (and takes the same local id)
    mistake = ana.ws.sessions.start(tuesday_id, monotonic=FakeClock(1000.0), rng=random.Random(1))
    with ana.ws.context.sessions.begin() as s:
        mistake_uuid = s.scalar(
            select(GroupSession.uuid).where(GroupSession.id == mistake.session_id)
        )
    ana.ws.sessions.discard(mistake.session_id)
    other = ana.ws.sessions.start(thursday_id, monotonic=FakeClock(1000.0), rng=random.Random(1))
    other.mark(dee, "present")
    [change] = h.captured()
    records = [(r["t"], r["k"], r.get("del")) for r in change.body["records"]]
    assert records == [("sessions", mistake_uuid, 1)]
    assert h.apply(change) == [True]  # Ben's laptop does not wait for Thursday's group
