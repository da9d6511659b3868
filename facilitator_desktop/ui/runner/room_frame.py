"""What the room display may show at one moment, from the session snapshot.

Privacy is applied here, in one place: names come in already reduced to the chosen mode
(aliases, initials or none), and while the workspace is locked the frame keeps only the
timer: no speaker, no next member, no card.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from facilitator_desktop.domain.session_state import SessionSnapshot
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.room_display import RoomCard, RoomFrame

ROOM_CONTEXT = "RoomDisplay"


def _tr(text: str) -> str:
    return QCoreApplication.translate(ROOM_CONTEXT, text)


room_words = _tr  # in the app's language


def build_frame(
    snapshot: SessionSnapshot | None,
    names: Mapping[int, str],
    card: RoomCard | None,
    *,
    blank: bool,
    locked: bool,
    translate: Callable[[str], str] = _tr,
) -> RoomFrame:
    """`translate` words what the room reads (the group's language; the app's by default)."""
    _tr = translate  # noqa: N806  (the extractor reads these as the module helper's)
    if snapshot is None:
        return RoomFrame(blank=blank)
    agenda = snapshot.agenda
    if agenda.phase == "finished":
        return RoomFrame(state=_tr("Thank you"), blank=blank)
    current = agenda.current
    started = agenda.phase != "not_started"
    state = {"not_started": _tr("Starting soon"), "paused": _tr("Paused")}.get(agenda.phase, "")
    timer = RoomFrame(
        segment=current.name,
        remaining=formatting.digits(current.remaining_text),
        status=current.status if started else "normal",
        state=state,
        blank=blank,
    )
    if locked:
        return timer
    talk = snapshot.talk
    speaker = names.get(talk.speaker.member_id, "") if talk.speaker is not None else ""
    next_up = names.get(talk.up_next, "") if talk.up_next is not None else ""
    return RoomFrame(
        segment=timer.segment,
        remaining=timer.remaining,
        status=timer.status,
        state=timer.state,
        speaker=speaker,
        next_up=next_up,
        card=card,
        blank=blank,
    )
