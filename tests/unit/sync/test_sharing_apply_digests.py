"""What a laptop took from another stays known as sent: when the facilitator then changes
another field of the same member, only that field goes out, not the value that came in as
if it were this laptop's own newer edit (it would then win over an edit made meanwhile on a
third laptop)."""

from __future__ import annotations

from facilitator_desktop.services.members import MemberDraft
from tests.unit.sync.handoff import Handoff, ana_member_key, ben_group
from tests.unit.sync.test_sharing_capture_edges import opened


def test_only_the_field_changed_here_goes_out_after_one_came_in(handoff: Handoff) -> None:
    h = handoff
    h.apply(*h.captured())
    ann_id, _ = ana_member_key(h, "Ann")
    ann = h.ana.ws.members.get(ann_id)
    h.ana.ws.members.update(
        ann_id, MemberDraft(ann.alias, ann.full_name, ann.contact, "prefers the window seat")
    )
    h.apply(*h.captured())
    mine = next(m for m in h.ben.ws.members.list(ben_group(h)) if m.alias == "Ann")
    assert mine.remarks == "prefers the window seat"
    h.ben.ws.members.update(
        mine.id, MemberDraft(mine.alias, mine.full_name, "555 0100", mine.remarks)
    )
    h.ben.engine.capture()
    sent = [r for body in opened(h.ben) for r in body["records"] if r["t"] == "members"]
    assert [sorted(r["f"]) for r in sent] == [["contact"]]
