"""Is a member on track? Two pure rules behind the "not on track" list in Follow-ups.

Routine measures with an alert for members going off course roughly double reliable change
for them (the "not on track" feedback of measurement-based care); the alert must therefore
be simple enough to trust and to explain in one sentence:

- reliable deterioration: the latest total of a measure is worse than the first by the
  instrument's reliable-change threshold or more;
- a falling check-in: over the member's last three check-ins, the latest is lower than the
  higher of the two before it by a set amount or more (a check-in is a self-rating where
  higher means better, "how are you arriving today, 0-10").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

from facilitator_desktop.domain.measures import Change, Instrument, change_between

CHECKIN_SESSIONS: Final = 3
# The set amount for a 0-10 scale is 3 points; other scales scale it (a third of 0-10,
# rounded down, keeps one bad night from counting).
CHECKIN_FALL_SHARE: Final = 0.3


def reliably_deteriorated(instrument: Instrument, totals: Sequence[float]) -> bool:
    """Totals oldest first; False with fewer than two, or without a threshold."""
    if len(totals) < 2:
        return False
    return change_between(instrument, totals[0], totals[-1]) is Change.DETERIORATED


def checkin_falling(
    scores: Sequence[float], fall: float, *, sessions: int = CHECKIN_SESSIONS
) -> bool:
    """Scores oldest first, one per session with a check-in. True when the latest is at
    least `fall` below the highest of the `sessions - 1` before it."""
    if not (math.isfinite(fall) and fall > 0):
        raise ValueError("the fall must be above 0")
    if sessions < 2:
        raise ValueError("a fall needs two sessions or more")
    if len(scores) < sessions:
        return False
    window = scores[-sessions:]
    return max(window[:-1]) - window[-1] >= fall


def checkin_fall_for_scale(lowest: int, highest: int) -> int:
    """The set amount for a group's check-in scale: 3 on 0-10, never under 1."""
    if highest <= lowest:
        raise ValueError("the scale must go up")
    return max(1, math.floor((highest - lowest) * CHECKIN_FALL_SHARE + 1e-9))
