"""A refusal from the session's own rules, said in the facilitator's language.

The page checks the usual cases first and says them itself (a pass with nobody speaking);
these words are for what slips past those checks, so that a refusal is never English in a
German room, and names a member by their alias, never by an internal number."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from facilitator_desktop.domain.refusal import Reason, Refusal


def _tr(text: str) -> str:
    # The controller's context, under which these words are translated.
    return QCoreApplication.translate("SessionController", text)


# Each is a function: the words are looked up in the language chosen when they are said.
_WORDS: dict[Reason, Callable[[], str]] = {
    Reason.TURN_RUNNING: lambda: _tr("End the turn under way first."),
    Reason.NOBODY_SPEAKING: lambda: _tr("Nobody is speaking."),
    Reason.NOBODY_PRESENT: lambda: _tr("Nobody is marked present yet."),
    Reason.ROUND_COMPLETE: lambda: _tr("The round is complete: it is nobody's turn to pass."),
    Reason.NOBODY_WAITING: lambda: _tr("Nobody else is waiting in this round."),
    Reason.NOBODY_BEFORE: lambda: _tr("Nobody spoke before in this segment: nobody to go back to."),
    Reason.ROUND_NOT_STARTED: lambda: _tr("The round has not started yet."),
    Reason.NO_SEGMENT: lambda: _tr("No segment is running."),
    Reason.NOT_A_ROUND: lambda: _tr("That is for rounds; this segment is an open discussion."),
    Reason.NOT_OPEN: lambda: _tr("That is for open discussion; this segment is a round."),
    Reason.NOT_PRESENT: lambda: _tr("{name} is not marked present."),
    Reason.NOT_SPEAKING: lambda: _tr("{name} is not the one speaking."),
    Reason.NOT_WAITING: lambda: _tr("{name} is not waiting in the queue."),
    Reason.ALREADY_QUEUED: lambda: _tr("{name} is already in the queue."),
    Reason.ALREADY_IN_ROUND: lambda: _tr("{name} is already in the round."),
    Reason.SPEAKING_LEAVES: lambda: _tr("{name} is speaking: end their turn before they leave."),
    Reason.FIRST_SEGMENT: lambda: _tr("This is the first segment."),
    Reason.SEGMENT_CURRENT: lambda: _tr("That segment is already the current one."),
    Reason.NOT_STARTED: lambda: _tr("The session has not started yet: Space starts it."),
    Reason.RUNNING: lambda: _tr("The session is already running."),
    Reason.PAUSED: lambda: _tr("The session is paused: Space resumes it."),
    Reason.ENDED: lambda: _tr("The session has ended."),
    Reason.NEGATIVE_TIME: lambda: _tr("A segment's planned time cannot go below zero."),
    Reason.LAST_SEGMENT: lambda: _tr("An agenda needs at least one segment."),
    Reason.SEGMENT_NAME: lambda: _tr("A segment needs a name."),
}


def refusal_text(error: ValueError, name_of: Callable[[int], str]) -> str:
    """The refusal in words; `name_of` gives a member's name. A refusal without a reason
    is a program's mistake, whose English text means nothing in the room: it is said as
    "not possible" (the detail is the log's)."""
    if not isinstance(error, Refusal) or error.reason is None:
        return _tr("That is not possible right now.")
    text = _WORDS[error.reason]()
    if "{name}" in text:
        name = name_of(error.member_id) if error.member_id is not None else "—"
        text = text.replace("{name}", name)
    return text
