"""Where the room display goes, from the screens the system reports (plain values, no Qt).

Three set-ups a facilitator meets:

- **separate**: another screen that does not show the facilitator's picture (a TV or a
  projector set to "extend", or a second X screen): the room display fills it.
- **single**: one screen. The room view fills it; a key brings the panels back.
- **mirrored**: another screen shows (part of) the same picture: the same desktop at an
  overlapping place, as a projector set to "mirror" or "duplicate" is reported. Whatever
  the facilitator sees, the room sees, so the room view fills the shared screen after a
  warning. (Many systems report a mirrored pair as one screen: that is the single case,
  and the room view covering the screen is the right answer there too.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum


class ScreenSetup(Enum):
    SEPARATE = "separate"
    SINGLE = "single"
    MIRRORED = "mirrored"


@dataclass(frozen=True, slots=True)
class ScreenArea:
    #: Screens with the same number share one coordinate space (one virtual desktop);
    #: separate X screens each have their own.
    desktop: int
    x: int
    y: int
    width: int
    height: int

    def overlaps(self, other: ScreenArea) -> bool:
        return (
            self.desktop == other.desktop
            and self.x < other.x + other.width
            and other.x < self.x + self.width
            and self.y < other.y + other.height
            and other.y < self.y + self.height
        )


@dataclass(frozen=True, slots=True)
class Placement:
    setup: ScreenSetup
    #: The screen the room display fills (an index into the list given to `place`).
    screen: int
    #: The screens that repeat the facilitator's picture (the room may see their panels).
    mirrors: tuple[int, ...] = ()


def place(screens: Sequence[ScreenArea], own: int) -> Placement:
    """Where the room display goes when the facilitator's window is on ``screens[own]``:
    the first screen that does not repeat the facilitator's picture, else their own."""
    if not 0 <= own < len(screens):
        raise ValueError(f"no screen {own} among {len(screens)}")
    mine = screens[own]
    others = [index for index in range(len(screens)) if index != own]
    mirrors = tuple(index for index in others if screens[index].overlaps(mine))
    separate = [index for index in others if index not in mirrors]
    if separate:
        return Placement(ScreenSetup.SEPARATE, separate[0], mirrors)
    if mirrors:
        return Placement(ScreenSetup.MIRRORED, own, mirrors)
    return Placement(ScreenSetup.SINGLE, own)
