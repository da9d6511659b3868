"""Records of two tables may name their rows by the same key (a session's note by its
session's uuid): what one of them brings is kept as that table's own, so a note that came
in is not sent back as this laptop's own newer edit when a member's entry is edited here."""

from __future__ import annotations

from sqlalchemy import select

from facilitator_desktop.models import GroupSession
from tests.unit.sync.handoff import Handoff, ana_group, ana_member_key, ben_group
from tests.unit.sync.laptops import run_session
from tests.unit.sync.test_sharing_capture_edges import opened


def bens_session_and_ann(h: Handoff) -> tuple[int, int]:
    """The session that came in on Ben's laptop, and Ann's id there."""
    with h.ben.ws.context.sessions.begin() as s:
        ben_session = s.scalar(select(GroupSession.id).where(GroupSession.group_id == ben_group(h)))
    assert ben_session is not None
    [ben_ann] = [m.id for m in h.ben.ws.members.list(ben_group(h)) if m.alias == "Ann"]
    return ben_session, ben_ann


def test_a_note_that_came_in_is_not_sent_back_when_an_entry_is_edited_here(
    handoff: Handoff,
) -> None:
    h = handoff
    session = run_session(h.ana, ana_group(h))
    h.apply(*h.captured())
    ann_id, _ = ana_member_key(h, "Ann")
    h.ana.ws.session_notes.save(session, entries={ann_id: "Spoke about her move."})
    assert h.apply(*h.captured()) == [True]
    ben_session, ben_ann = bens_session_and_ann(h)
    assert h.ben.ws.session_notes.open(ben_session).entry(ben_ann) == "Spoke about her move."
    h.ben.ws.session_notes.save(ben_session, entries={ben_ann: "Spoke about her move; settled."})
    h.ben.engine.capture()
    sent = [r for body in opened(h.ben) for r in body["records"] if r["t"] == "session_notes"]
    assert [sorted(r["f"]) for r in sent] == [["entries", "updated_at"]]


def test_a_session_and_its_note_that_came_in_together_keep_their_own_sync_rows(
    handoff: Handoff,
) -> None:
    """As above, with the session and its note arriving in one change (written before one
    sync): an entry edited here sends only the entry, and the session is not sent back."""
    h = handoff
    session = run_session(h.ana, ana_group(h))
    ann_id, _ = ana_member_key(h, "Ann")
    h.ana.ws.session_notes.save(session, entries={ann_id: "Spoke about her move."})
    assert h.apply(*h.captured()) == [True]
    ben_session, ben_ann = bens_session_and_ann(h)
    h.ben.ws.session_notes.save(ben_session, entries={ben_ann: "Spoke about her move; settled."})
    h.ben.engine.capture()
    sent = [r for body in opened(h.ben) for r in body["records"]]
    assert [(r["t"], sorted(r["f"])) for r in sent] == [
        ("session_notes", ["entries", "updated_at"])
    ]


def test_a_correction_and_a_note_edit_sent_together_each_send_only_their_own_change(
    handoff: Handoff,
) -> None:
    """Capture reads the session's and its note's sync rows, which share a key, in one go:
    a correction (the session's "corrected at") and an entry edited since each go alone."""
    h = handoff
    session = run_session(h.ana, ana_group(h))
    ann_id, _ = ana_member_key(h, "Ann")
    h.ana.ws.session_notes.save(session, entries={ann_id: "Spoke about her move."})
    assert h.apply(*h.captured()) == [True]
    h.ana.wall.advance(60)
    h.ana.ws.history.correct_attendance(session, ann_id, "excused")
    h.ana.ws.session_notes.save(session, entries={ann_id: "Spoke about her move; settled."})
    [change] = h.captured()
    sent = {r["t"]: sorted(r["f"]) for r in change.body["records"]}
    assert sent["sessions"] == ["corrected_at"]
    assert sent["session_notes"] == ["entries", "updated_at"]
    assert h.apply(change) == [True]
