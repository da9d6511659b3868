"""Numbers as printed on handouts: shares, and phone numbers kept on one line (lengths are
written by domain/durations.py)."""

from __future__ import annotations

import re

_SPACE_IN_NUMBER = re.compile(r"(?<=\d) (?=\d)")


def share(part: float, whole: float) -> str:
    """A percentage without decimals ("23 %"); "0 %" when the whole is zero."""
    if whole <= 0:
        return "0 %"
    return f"{round(100 * part / whole)} %"


def keep_numbers_together(text: str) -> str:
    """Join digit groups with no-break spaces, so "0800 000 0000" never breaks across lines."""
    return _SPACE_IN_NUMBER.sub("\u00a0", text)
