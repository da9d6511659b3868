"""A misspelt name is still found when it is one slip away: one letter changed, added or
removed, or two neighbours swapped (and the same word, of course). Checked against every
pair of short words over a small alphabet, by listing each word's slips in full."""

from __future__ import annotations

from itertools import product

from facilitator_desktop.domain.redaction import _one_edit_apart

ALPHABET = "abc"


def slips(word: str) -> set[str]:
    """Every word one slip away from `word`."""
    found: set[str] = set()
    for i in range(len(word) + 1):
        found.update(word[:i] + c + word[i:] for c in ALPHABET)  # a letter added
    for i in range(len(word)):
        found.add(word[:i] + word[i + 1 :])  # a letter left out
        found.update(word[:i] + c + word[i + 1 :] for c in ALPHABET)  # a letter changed
    for i in range(len(word) - 1):
        found.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # neighbours swapped
    return found


def test_every_pair_of_short_words() -> None:
    words = ["".join(p) for n in range(5) for p in product(ALPHABET, repeat=n)]
    for a in words:
        near = slips(a) | {a}
        for b in words:
            assert _one_edit_apart(a, b) == (b in near), (a, b)
