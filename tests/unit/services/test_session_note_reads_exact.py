"""How a session note reads back: a member's entry cleared to nothing reads as an empty
entry (not damaged) and the entries after it still read; addenda come in the order they
were written by the clock, not the order they were stored."""

from __future__ import annotations

from datetime import datetime

from facilitator_desktop.services.session_note_views import AddendumInfo
from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import small_group, typical_session

EARLY, LATE = datetime(2026, 3, 9, 9, 0), datetime(2026, 3, 9, 18, 0)


def test_an_emptied_entry_reads_empty_and_the_next_entries_still_read(ws: Workspace) -> None:
    """Anna's entry (stored first) emptied: she keeps an empty entry, Bo and Cleo theirs."""
    group = small_group(ws)
    session_id = typical_session(ws, group)
    ws.session_notes.save(session_id, entries={group.anna: "Spoke first."})
    ws.session_notes.save(session_id, entries={group.bo: "Bo's line", group.cleo: "Cleo's"})
    ws.session_notes.save(session_id, entries={group.anna: ""})
    view = ws.session_notes.open(session_id)
    assert dict(view.entries) == {group.anna: "", group.bo: "Bo's line", group.cleo: "Cleo's"}
    assert view.damaged_entries == frozenset() and not view.damaged


def test_addenda_come_in_the_order_the_clock_wrote_them(ws: Workspace) -> None:
    """The clock was set back between the two: the one stored second was written first."""
    group = small_group(ws)
    session_id = typical_session(ws, group)
    ws.session_notes.save(session_id, entries={group.anna: "Spoke first."})
    ws.session_notes.sign(session_id)
    object.__setattr__(ws.context, "now", lambda: LATE)
    later = ws.session_notes.add_addendum(session_id, "Written in the evening.")
    object.__setattr__(ws.context, "now", lambda: EARLY)
    earlier = ws.session_notes.add_addendum(session_id, "Written in the morning.", group.anna)
    assert ws.session_notes.open(session_id).addenda == (
        AddendumInfo(earlier.id, group.anna, "Written in the morning.", EARLY),
        AddendumInfo(later.id, None, "Written in the evening.", LATE),
    )
