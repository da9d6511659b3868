"""How members are named on the room display: aliases, initials or no names at all.

Pure Python (no Qt). The facilitator's own screen always shows aliases; only the room
display follows this setting. The setting itself is a workspace preference (never a name):
services.settings.ROOM_NAMES, with these values.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from enum import StrEnum
from typing import Final


class NameMode(StrEnum):
    ALIASES = "aliases"
    INITIALS = "initials"
    NONE = "none"


DEFAULT_MODE: Final = NameMode.ALIASES


def parse_mode(text: str) -> NameMode:
    """The stored setting as a mode; anything unknown falls back to the default."""
    try:
        return NameMode(text)
    except ValueError:
        return DEFAULT_MODE


def initials(alias: str, letters: int = 1) -> str:
    """``"Anna"`` → ``"A."``, ``"Anna Maria"`` → ``"A. M."``; ``letters=2`` → ``"An."``."""
    words = alias.split()
    if not words:
        return ""
    if len(words) == 1:
        return _initial(words[0], letters) + "."
    return " ".join(_initial(word, 1) + "." for word in words)


def _initial(word: str, letters: int) -> str:
    head = word[:letters]
    return head[:1].upper() + head[1:]


def room_names(aliases: Mapping[int, str], mode: NameMode) -> dict[int, str]:
    """What the room display may call each member (empty for ``NONE``).

    Initials that two members share get a second letter (``"An."``, ``"Ad."``) so the room
    can still tell them apart.
    """
    if mode is NameMode.NONE:
        return {}
    if mode is NameMode.ALIASES:
        return dict(aliases)
    first = {member_id: initials(alias) for member_id, alias in aliases.items()}
    shared = Counter(first.values())
    return {
        member_id: initials(aliases[member_id], 2) if shared[short] > 1 else short
        for member_id, short in first.items()
    }


def next_mode(mode: NameMode) -> NameMode:
    """The mode after `mode` (the I key): aliases → initials → none → aliases."""
    modes = list(NameMode)
    return modes[(modes.index(mode) + 1) % len(modes)]
