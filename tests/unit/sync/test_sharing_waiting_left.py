"""The "changes waiting" count holds what is written or sealed and not on the server yet,
and only what can still go: a laptop that reads its own removal, or that stops sharing a
group, no longer counts what it wrote for that group and never sent, before or after
sealing it (it can never go); its other groups still count. Handed over without a server."""

from __future__ import annotations

from sqlalchemy import func, select

from facilitator_desktop.models.sync import SyncSent
from facilitator_desktop.services.members import MemberDraft
from tests.unit.sync.handoff import Handoff, ana_group, ben_group
from tests.unit.sync.laptops import new_group, share


def test_sealed_changes_wait_until_they_are_uploaded(handoff: Handoff) -> None:
    ana = handoff.ana
    ana.engine.capture()  # the group's first changes sealed; no server reached
    with ana.ws.context.sessions() as s:
        sealed = s.scalar(select(func.count()).where(SyncSent.uploaded.is_(False)))
    assert sealed
    assert ana.engine.waiting() == ana.sharing.waiting_changes() == sealed


def test_a_laptop_that_reads_its_removal_has_nothing_waiting_for_that_group(
    handoff: Handoff,
) -> None:
    h = handoff
    assert h.apply(*h.captured()) == [True]
    h.ben.ws.members.add(ben_group(h), MemberDraft("Written as the removal came"))
    assert h.ben.sharing.waiting_changes() > 0
    h.ana.sharing.remove_co_facilitator(ana_group(h), h.ben.sharing.identity().device_id)
    assert h.apply(*h.captured()) == [True]
    assert [g.state for g in h.ben.sharing.shared_groups()] == ["removed"]
    assert h.ben.sharing.waiting_changes() == 0
    assert h.ben.engine.waiting() == 0
    h.ben.engine.capture()  # and sealing nothing, nothing waits still
    assert h.ben.engine.waiting() == 0


def test_stopping_sharing_leaves_nothing_waiting_but_the_other_groups(
    handoff: Handoff,
) -> None:
    h = handoff
    ana = h.ana
    tuesday_id = ana_group(h)
    thursday_id, _ = new_group(ana, "Thursday group", ("Dee",))
    share(ana, thursday_id, h.ben)
    ana.engine.capture()  # both groups sealed, never uploaded
    ana.ws.members.add(tuesday_id, MemberDraft("Added after"))  # and one written since
    both = ana.engine.waiting()
    ana.sharing.stop_sharing(tuesday_id)
    left = ana.engine.waiting()
    assert 0 < left < both  # Thursday's still wait
    ana.sharing.stop_sharing(thursday_id)
    assert ana.engine.waiting() == ana.sharing.waiting_changes() == 0
