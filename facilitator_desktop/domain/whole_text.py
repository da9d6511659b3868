"""Text as it can be stored: whole characters. Kept apart from validation (and its imports)
so that what loads before the unlock window can use it."""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def whole_characters(text: str) -> str:
    """Surrogate halves as some clipboards and APIs hand them over: a pair becomes the one
    character it encodes, a lone half becomes U+FFFD. A lone half is no character, and
    UTF-8 (so the database) cannot store it."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
