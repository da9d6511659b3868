"""How long: one way to write a duration or an offset, on every screen and every page.

Pure Python, no Qt, no I/O. The live timer, the room display, the session summary, the
history and the printed summary all write lengths with these three functions.

The house style is the session timer's, which the facilitator watches most:

* ``clock(247)`` → ``"04:07"``, ``clock(3700)`` → ``"1:01:40"``: minutes and seconds always
  two digits, hours only when there are any. The digits keep their place as the timer runs
  (the room display does not jump when 10:00 becomes 09:59), and a column of lengths lines
  up at the colons.
* Whole seconds by the rule of :mod:`~facilitator_desktop.domain.clock`: a length counting
  up is floored, a countdown (:func:`countdown`) ceiled, so a length written anywhere later
  is what the live timer showed at that moment. An offset (:func:`signed`) is floored too,
  so it is the shown length minus the shown plan (``clock(600.6)`` is ``"10:00"`` against a
  plan of ``"10:00"``: ``signed(0.6)`` is ``"00:00"``; ``clock(599.4)`` is ``"09:59"``:
  ``signed(-0.6)`` is ``"−00:01"``), and it is the countdown turned round: ``signed(x)`` is
  ``countdown(-x)`` with a plus sign when over.
* Signs: ``"+"`` over, ``"−"`` (U+2212, the minus sign, as wide as the plus and the digits,
  unlike the short hyphen) under or in overtime, and none on zero: nothing is over or under
  (``"±0:00"`` read aloud is "plus or minus zero").

``digits`` swaps 0–9 for a locale's ten digits ("٠١٢٣٤٥٦٧٨٩"): the UI and the handouts pass
the ones of the language they write in.
"""

from __future__ import annotations

import math
from typing import Final

from facilitator_desktop.domain.clock import ceil_seconds, floor_seconds

__all__ = ["ASCII_DIGITS", "MINUS", "clock", "countdown", "signed"]

#: The minus sign of every negative length and offset.
MINUS: Final = "\u2212"
ASCII_DIGITS: Final = "0123456789"


def clock(seconds: float, digits: str = ASCII_DIGITS) -> str:
    """A length counting up, floored to whole seconds: ``"04:07"``, ``"1:01:40"``
    (negative: ``"−01:05"`` for -65 s, and -64.2 s floors to -65 s too)."""
    return _written(floor_seconds(_finite(seconds)), "", digits)


def countdown(seconds: float, digits: str = ASCII_DIGITS) -> str:
    """Time left, ceiled to whole seconds: ``"00:01"`` during the last second, ``"00:00"``
    from exactly zero, ``"−00:01"`` from one second over."""
    return _written(ceil_seconds(_finite(seconds)), "", digits)


def signed(seconds: float, digits: str = ASCII_DIGITS) -> str:
    """An offset from a plan, floored to whole seconds: ``"+03:05"`` over, ``"−00:05"``
    under, ``"00:00"`` on time, ``"+1:01:40"`` from an hour on."""
    return _written(floor_seconds(_finite(seconds)), "+", digits)


def _finite(seconds: float) -> float:
    if not math.isfinite(seconds):
        raise ValueError(f"a length must be a finite number of seconds, got {seconds!r}")
    return seconds


def _written(whole: int, plus: str, digits: str) -> str:
    if len(digits) != 10:
        raise ValueError(f"a locale has ten digits, got {digits!r}")
    sign = MINUS if whole < 0 else plus if whole > 0 else ""
    hours, rest = divmod(abs(whole), 3600)
    minutes, secs = divmod(rest, 60)
    text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
    if digits != ASCII_DIGITS:
        text = text.translate(str.maketrans(ASCII_DIGITS, digits))
    return sign + text
