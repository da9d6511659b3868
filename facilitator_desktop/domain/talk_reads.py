"""What the talking order shows: the speaker with their cue, airtime, one snapshot.

Pure Python, no Qt, no I/O. Everything here is computed from a
:class:`~facilitator_desktop.domain.talk_state.TalkState` and one clock reading ``t``, and
changes nothing.

Airtime is the sum of durations of turns that were not passes, plus the current speaker's
live time; a pass counts in ``passes``, not in ``turns`` or airtime. The live turn counts as
a turn while it runs. Shares are airtime / total airtime (all 0.0 while the total is 0).
The speaker cue (:func:`speaker_cue`) is ``"amber"`` from 75 % of the soft limit and
``"red"`` when over it, both compared in whole seconds as displayed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from facilitator_desktop.domain import durations
from facilitator_desktop.domain.clock import floor_seconds
from facilitator_desktop.domain.talk_state import Mode, RoundState, TalkState, Turn

__all__ = [
    "AMBER_FRACTION",
    "AirtimeStats",
    "Cue",
    "SpeakerView",
    "TalkSnapshot",
    "airtime_at",
    "previous_member",
    "snapshot_at",
    "speaker_cue",
]

Cue = Literal["ok", "amber", "red"]

#: The cue turns amber when the speaking time reaches this fraction of the soft limit.
AMBER_FRACTION: Final = 0.75


def speaker_cue(speaking_seconds: float, soft_limit_minutes: float | None) -> Cue:
    """Colour cue for the facilitator: ``"ok"``, ``"amber"`` or ``"red"``.

    Compares the *displayed* whole seconds (``floor``) with the limit: amber from
    ``AMBER_FRACTION`` (75 %) of the limit, red when strictly over the limit (``03:00`` of a
    3-minute limit is still amber, ``03:01`` is red). No limit (``None`` or <= 0): ``"ok"``.
    """
    if soft_limit_minutes is None or soft_limit_minutes <= 0:
        return "ok"
    shown = floor_seconds(speaking_seconds)
    limit = soft_limit_minutes * 60
    if shown > limit:
        return "red"
    if shown >= AMBER_FRACTION * limit:
        return "amber"
    return "ok"


@dataclass(frozen=True, slots=True)
class SpeakerView:
    """The current speaker at one instant."""

    member_id: int
    segment_index: int
    started_at: float
    #: Speaking time so far, session pauses excluded.
    speaking_seconds: float
    cue: Cue

    @property
    def speaking_text(self) -> str:
        return durations.clock(self.speaking_seconds)


@dataclass(frozen=True, slots=True)
class AirtimeStats:
    """One member's participation this session (live turn included)."""

    member_id: int
    seat: int
    seconds: float
    #: seconds / total seconds of all members (0.0 while nobody has spoken).
    share: float
    turns: int
    passes: int


@dataclass(frozen=True, slots=True)
class TalkSnapshot:
    """Everything about the talking order at one clock reading ``at``."""

    at: float
    mode: Mode | None
    segment_index: int | None
    speaker: SpeakerView | None
    up_next: int | None
    #: Waiting members in the order they will be called (round or queue).
    order: tuple[int, ...]
    round_started: bool
    round_finished: bool
    #: Members who spoke or passed in this round, in that order.
    round_done: tuple[int, ...]
    #: Present members in seat order.
    present: tuple[int, ...]
    turns: tuple[Turn, ...]
    airtime: tuple[AirtimeStats, ...]
    fewer_turns_first: bool
    held: bool


def round_started(state: TalkState) -> bool:
    order = state.current()
    return isinstance(order, RoundState) and order.started


def round_finished(state: TalkState) -> bool:
    """A started round with nobody waiting and nobody speaking."""
    order = state.current()
    return (
        isinstance(order, RoundState)
        and order.started
        and not order.ahead
        and not order.later
        and state.live is None
    )


def round_done(state: TalkState) -> tuple[int, ...]:
    """Members who spoke or passed in the current segment's round, in that order."""
    order = state.current()
    return tuple(order.done) if isinstance(order, RoundState) else ()


def airtime_at(state: TalkState, t: float) -> tuple[AirtimeStats, ...]:
    """Per-member airtime, turn and pass counts at ``t``, in seat order."""
    seconds: dict[int, list[float]] = {}
    turns: dict[int, int] = {}
    passes: dict[int, int] = {}
    for member_id in state.present:
        seconds.setdefault(member_id, [])
    for turn in state.turns:
        seconds.setdefault(turn.member_id, [])
        if turn.passed:
            passes[turn.member_id] = passes.get(turn.member_id, 0) + 1
        else:
            seconds[turn.member_id].append(turn.duration)
            turns[turn.member_id] = turns.get(turn.member_id, 0) + 1
    if state.live is not None:
        member_id = state.live.member_id
        seconds.setdefault(member_id, []).append(state.live.speaking_at(t))
        turns[member_id] = turns.get(member_id, 0) + 1
    totals = {m: math.fsum(parts) for m, parts in seconds.items()}
    grand = math.fsum(totals.values())
    return tuple(
        AirtimeStats(
            member_id=m,
            seat=state.seats.get(m, 0),
            seconds=totals[m],
            share=totals[m] / grand if grand > 0 else 0.0,
            turns=turns.get(m, 0),
            passes=passes.get(m, 0),
        )
        for m in sorted(totals, key=state.seat_key)
    )


def snapshot_at(state: TalkState, t: float, soft_limit_minutes: float | None) -> TalkSnapshot:
    """The whole talking order at ``t``."""
    speaker = None
    if state.live is not None:
        seconds = state.live.speaking_at(t)
        speaker = SpeakerView(
            member_id=state.live.member_id,
            segment_index=state.live.segment_index,
            started_at=state.live.started_at,
            speaking_seconds=seconds,
            cue=speaker_cue(seconds, soft_limit_minutes),
        )
    waiting = state.waiting()
    return TalkSnapshot(
        at=t,
        mode=state.mode,
        segment_index=state.segment,
        speaker=speaker,
        up_next=waiting[0] if waiting else None,
        order=waiting,
        round_started=round_started(state),
        round_finished=round_finished(state),
        round_done=round_done(state),
        present=state.present_in_seat_order(),
        turns=tuple(state.turns),
        airtime=airtime_at(state, t),
        fewer_turns_first=state.fewer_turns_first,
        held=state.held,
    )


def previous_member(
    turns: Sequence[Turn], segment_index: int | None, speaker: int | None
) -> int | None:
    """The member of the latest finished turn in segment `segment_index` who is not the
    current `speaker`: whom a clicker's "back" calls (None: nobody, or no segment)."""
    if segment_index is None:
        return None
    for turn in reversed(turns):
        if turn.segment_index == segment_index and turn.member_id != speaker:
            return turn.member_id
    return None
