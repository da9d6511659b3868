"""Every selection in a line of plain text grows to exactly the whole words it touches,
checked against a plain rule written out here: from the first letter of the first word
touched to the last letter of the last, punctuation and spaces left as selected."""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.redaction import widen_to_words

LINES = [",Ann met Bo.", "Zoe", "a b", "Jo, 12 x!", "  two  words  "]


def expected(text: str, start: int, end: int) -> tuple[int, int]:
    if text[start].isalnum():
        while start > 0 and text[start - 1].isalnum():
            start -= 1
    if text[end - 1].isalnum():
        while end < len(text) and text[end].isalnum():
            end += 1
    return start, end


@pytest.mark.parametrize("text", LINES)
def test_every_span_of_a_line(text: str) -> None:
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            assert widen_to_words(text, (start, end)) == expected(text, start, end), (
                text,
                start,
                end,
            )
