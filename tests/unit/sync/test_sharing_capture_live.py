"""While a session runs, its rows wait in the outbox to go out as one when it ends; what is
written meanwhile outside it (a newcomer added during the meeting) goes out at once."""

from __future__ import annotations

import random

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.services.members import MemberDraft
from tests.unit.sync.handoff import Handoff, aliases, ana_group


def test_a_member_added_during_a_running_session_goes_out_before_it_ends(
    handoff: Handoff,
) -> None:
    h = handoff
    assert h.apply(*h.captured()) == [True]
    group = ana_group(h)
    live = h.ana.ws.sessions.start(group, monotonic=FakeClock(0.0), rng=random.Random(1))
    for member in h.ana.ws.members.list(group):
        live.mark(member.id, "present")
    h.ana.ws.members.add(group, MemberDraft("Dee"))
    changes = h.captured()
    assert {r["t"] for c in changes for r in c.body["records"]} == {"members"}
    assert h.apply(*changes) == [True] * len(changes)
    assert aliases(h) == ["Ann", "Bo", "Cy", "Dee"]
    live.toggle()
    live.end()
    tables = {r["t"] for c in h.captured() for r in c.body["records"]}
    assert {"sessions", "attendance"} <= tables  # the session, once it ended
