"""Numbers as printed on handouts: durations, differences, shares."""

from __future__ import annotations

import re

_SPACE_IN_NUMBER = re.compile(r"(?<=\d) (?=\d)")

MINUS = "\u2212"  # a real minus sign, as wide as the plus


def duration(seconds: float) -> str:
    """12:05 for minutes and seconds, 1:02:05 from an hour up; rounded to whole seconds."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def difference(seconds: float) -> str:
    """+2:40 over, −1:05 under, 0:00 on time."""
    rounded = round(seconds)
    if rounded == 0:
        return "0:00"
    sign = "+" if rounded > 0 else MINUS
    return sign + duration(abs(rounded))


def share(part: float, whole: float) -> str:
    """A percentage without decimals ("23 %"); "0 %" when the whole is zero."""
    if whole <= 0:
        return "0 %"
    return f"{round(100 * part / whole)} %"


def keep_numbers_together(text: str) -> str:
    """Join digit groups with no-break spaces, so "0800 000 0000" never breaks across lines."""
    return _SPACE_IN_NUMBER.sub("\u00a0", text)
