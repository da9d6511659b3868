"""How a value an older version left in plain text is read before it is sealed: bytes as far
as they decode, nothing as empty, revisions the app never wrote started again at 1."""

from __future__ import annotations

import pytest

from facilitator_desktop.services.legacy_plaintext import _next_rev, _text
from facilitator_desktop.services.row_check import REV_LIMIT


@pytest.mark.parametrize(
    ("value", "read"),
    [
        (None, ""),
        ("", ""),
        ("Anna", "Anna"),
        (42, "42"),
        ("Zoë".encode(), "Zoë"),
        (b"Zo\xeb", "Zo\ufffd"),  # Latin-1 bytes: what decodes is kept, the rest marked
    ],
    ids=["none", "empty", "text", "number", "utf8-bytes", "broken-bytes"],
)
def test_a_legacy_value_reads_as_text(value: object, read: str) -> None:
    assert _text(value) == read


@pytest.mark.parametrize(
    ("rev", "following"),
    [
        (0, 1),
        (1, 2),
        (REV_LIMIT - 2, REV_LIMIT - 1),
        (REV_LIMIT - 1, 1),
        (REV_LIMIT, 1),
        (-1, 1),
        (None, 1),
        ("3", 1),
        (True, 1),
        (2.0, 1),
    ],
    ids=[
        "zero",
        "one",
        "last",
        "limit-less-one",
        "limit",
        "negative",
        "none",
        "text",
        "bool",
        "float",
    ],
)
def test_the_next_revision_is_one_on_or_starts_again(rev: object, following: int) -> None:
    assert _next_rev(rev) == following
