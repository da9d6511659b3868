"""Keyed fingerprints (what the clipboard guard keeps instead of the text it copied): the
same text gives the same fingerprint in one object, another text another; a second object
(another key) fingerprints the same text differently; a lone surrogate, which Qt can hand
over, has a fingerprint of its own; and `same` compares them."""

from __future__ import annotations

from facilitator_desktop.crypto.keyed_digest import KeyedDigest

TEXTS = ("Ann said", "Ann said ", "ann said", "", "Ω ☂ 😀", "\ud800", "\udc00", "\ufffd")


def test_one_fingerprint_per_text() -> None:
    digest = KeyedDigest()
    prints = [digest.of(text) for text in TEXTS]
    assert len(set(prints)) == len(TEXTS)
    assert prints == [digest.of(text) for text in TEXTS]  # the same again
    assert all(len(p) == 64 for p in prints)


def test_another_object_fingerprints_with_another_key() -> None:
    first, second = KeyedDigest(), KeyedDigest()
    assert all(first.of(text) != second.of(text) for text in TEXTS)


def test_same_compares_fingerprints() -> None:
    digest = KeyedDigest()
    kept = digest.of("Ann said")
    assert KeyedDigest.same(kept, digest.of("Ann said"))
    assert not KeyedDigest.same(kept, digest.of("Ann said "))
