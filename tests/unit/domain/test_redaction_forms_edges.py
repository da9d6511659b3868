"""What redaction treats as one character on screen (grapheme clusters: combining marks,
emoji joiners and skin tones, surrogate pairs, Korean jamo), the digit strings a phone in
a contact field may appear as, and where an e-mail address starts and ends in a text."""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.redaction import (
    Matcher,
    _clusters,
    _continues,
    _phone_forms,
    apply,
    terms_for,
)


@pytest.mark.parametrize(
    ("previous", "char"),
    [
        ("e", "\u0300"),  # combining grave (Mn)
        ("\u0915", "\u0903"),  # Devanagari visarga (Mc)
        ("a", "\u20dd"),  # enclosing circle (Me)
        ("a", "\u200d"),  # zero-width joiner
        ("\u200d", "\U0001f469"),  # what a joiner joins
        ("\U0001f44b", "\U0001f3fb"),  # the lightest skin tone
        ("\U0001f44b", "\U0001f3ff"),  # the darkest
        ("\ud800", "\udc00"),  # a surrogate pair, at both ends of each range
        ("\udbff", "\udfff"),
        ("\u1100", "\u1161"),  # Korean typed as jamo
        ("\u1161", "\ud7a4"),
    ],
    ids=[f"joins-{i}" for i in range(11)],
)
def test_what_continues_a_cluster(previous: str, char: str) -> None:
    assert _continues(previous, char)


@pytest.mark.parametrize(
    ("previous", "char"),
    [
        ("\U0001f44b", "\U0001f3fa"),  # just before the skin tones
        ("\U0001f44b", "\U0001f400"),  # just after
        ("a", "\udc00"),  # a low surrogate alone
        ("\ud7ff", "\udc00"),  # after a character just below the high surrogates
        ("\udc00", "\udc01"),  # after a low one
        ("\ud800", "\ue000"),  # just above the low surrogates
        ("a", "\u1161"),  # a vowel jamo after a Latin letter
        ("\u1100", "\uac00"),  # a whole syllable starts its own cluster
        ("\u1100", "\ud7a3"),
    ],
    ids=[f"apart-{i}" for i in range(9)],
)
def test_what_starts_a_new_cluster(previous: str, char: str) -> None:
    assert not _continues(previous, char)


def test_clusters_of_a_text() -> None:
    assert _clusters("ab") == [(0, 1), (1, 2)]
    assert _clusters("e\u0300x") == [(0, 2), (2, 3)]
    assert _clusters("\u200da") == [(0, 1), (1, 2)]  # a letter never joins a joiner
    assert _clusters("") == []


def test_a_name_written_decomposed_is_hidden_with_its_accent() -> None:
    assert Matcher(terms_for("Zoè", "", "")).find("Zoe\u0300 came") == [(0, 4)]


@pytest.mark.parametrize(
    ("written", "forms"),
    [
        ("+48 601 234 567", {"48601234567", "8601234567", "601234567"}),
        ("0048 601 234 567", {"48601234567", "8601234567", "601234567"}),
        ("+1 234567", {"1234567", "234567"}),
        ("0601 234 567", {"601234567"}),
        ("601 234 567", {"601234567"}),
    ],
    ids=["plus", "double-zero", "six-after-code", "trunk-zero", "local"],
)
def test_the_forms_a_phone_may_take(written: str, forms: set[str]) -> None:
    assert _phone_forms(written) == forms


@pytest.mark.parametrize(
    ("contact", "text", "found"),
    [
        ("mail: anna@example.org.", "write to anna@example.org today", [(9, 25)]),
        ("BOB@MAIL.BOX", "wrote to BOB@MAIL.BOX", [(9, 21)]),
        ("a@b", "mail a@b now", [(5, 8)]),
        ("anna@example.org", "xanna@example.org", []),
        ("anna@example.org", "anna@example.orgx", []),
        ("anna@example.org", "anna@example.org_b", []),
    ],
    ids=["sentence-end", "capitals", "shortest", "glued-before", "glued-after", "underscore"],
)
def test_where_an_address_starts_and_ends(
    contact: str, text: str, found: list[tuple[int, int]]
) -> None:
    assert Matcher(terms_for("Zoe", "", contact)).find(text) == found


def test_touching_spans_are_replaced_once() -> None:
    assert apply("abcde", [(0, 3), (3, 5)], "#") == "#"


def test_an_initial_is_at_most_four_characters() -> None:
    assert terms_for("", "Ste. Anna").words == frozenset({"anna"})
    assert terms_for("", "Marc. Anna").words == frozenset({"marc", "anna", "marcanna"})
