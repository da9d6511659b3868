"""Replacing marked stretches: overlapping or touching marks become one, labelled as the
first of them; a stretch inside another adds nothing; an empty or outside mark is an error
that names it."""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.redaction import apply, apply_labelled

TEXT = "Anna met Bo at the clinic"


def test_labelled_marks_merge_under_the_first_label() -> None:
    assert apply_labelled(TEXT, [(9, 11, "[B]"), (0, 4, "[A]")]) == "[A] met [B] at the clinic"
    # Overlapping: one mark, the first label, to the end of the longer.
    assert apply_labelled(TEXT, [(0, 6, "[A]"), (4, 8, "[x]")]) == "[A] Bo at the clinic"
    # Touching: one mark too.
    assert apply_labelled(TEXT, [(0, 4, "[A]"), (4, 8, "[x]")]) == "[A] Bo at the clinic"
    # Inside another: nothing more.
    assert apply_labelled(TEXT, [(0, 11, "[A]"), (2, 3, "[x]")]) == "[A] at the clinic"
    # A chain: each joins the mark before it, however many.
    chain = [(0, 2, "[A]"), (1, 5, "[x]"), (5, 9, "[y]"), (12, 14, "[C]"), (13, 25, "[z]")]
    assert apply_labelled(TEXT, chain) == "[A]Bo [C]"


def test_plain_marks_count_once() -> None:
    assert apply(TEXT, [(0, 4), (2, 6), (9, 11)], "▇") == "▇et ▇ at the clinic"
    assert apply(TEXT, [], "▇") == TEXT


@pytest.mark.parametrize("span", [(3, 3), (-1, 2), (20, 40), (5, 4)])
def test_an_empty_or_outside_mark_is_named(span: tuple[int, int]) -> None:
    message = f"span {span} is outside a text of {len(TEXT)} characters"
    with pytest.raises(ValueError) as refused:
        apply(TEXT, [span], "▇")
    assert str(refused.value) == message
    with pytest.raises(ValueError) as refused:
        apply_labelled(TEXT, [(*span, "[x]")])
    assert str(refused.value) == message
