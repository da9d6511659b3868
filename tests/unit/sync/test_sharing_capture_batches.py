"""Capture in batches: more rows of one table than one read takes all go (a large roster
shared, then seated again), and one capture goes through every shared group, also when
the first has nothing new. Handed over without a server."""

from __future__ import annotations

from facilitator_desktop.services.members import MemberDraft
from tests.unit.sync.laptops import Laptop, new_group, share
from tests.unit.sync.test_sharing_capture_edges import (
    opened,
    outbox_count,
    records_of,
    shared_group,
)


def test_a_roster_larger_than_two_reads_goes_whole(pair: tuple[Laptop, Laptop]) -> None:
    """The rows a batch names, and what was sent of them, are read 500 at a time: a group of
    1,001 new members (as when a large roster is shared) sends every one of them, none taken
    for gone; seating them all again sends every seat, and only the seats."""
    ana, ben = pair
    group_id, _ = shared_group(ana, ben)
    ana.engine.capture()
    for n in range(1001):
        ana.ws.members.add(group_id, MemberDraft(f"Member {n}"))
    ana.engine.capture()
    added = [r for r in records_of(opened(ana)[1:]) if r["t"] == "members"]
    assert len({r["k"] for r in added}) == 1001
    assert outbox_count(ana) == 0
    seats = [m.id for m in ana.ws.members.list(group_id)]
    ana.ws.members.reorder(group_id, seats[-1:] + seats[:-1])  # everyone moves one seat
    sent = len(opened(ana))
    ana.engine.capture()
    moved = [r for r in records_of(opened(ana)[sent:]) if r["t"] == "members"]
    assert len({r["k"] for r in moved}) == len(seats)
    assert {tuple(r["f"]) for r in moved} == {("seat",)}


def test_a_write_to_the_second_of_two_shared_groups_alone_goes(
    pair: tuple[Laptop, Laptop],
) -> None:
    ana, ben = pair
    shared_group(ana, ben)
    second, _ = new_group(ana, "Thursday group", ("Dee",))
    share(ana, second, ben)
    ana.engine.capture()
    ana.ws.members.add(second, MemberDraft("Eve"))  # the first group has nothing new
    assert ana.engine.capture() == 1
    assert outbox_count(ana) == 0
