"""Finding words in notes the way a facilitator types them: any case, with or without
accents, every term required, "quoted phrases" kept whole; the places found are marked in
the note as written, and the one-line excerpt keeps them in view."""

from __future__ import annotations

from facilitator_desktop.domain.text_search import Query, Snippet, fold, match_spans, snippet


def test_folding_drops_case_and_accents_only() -> None:
    assert fold("Zoë ÅSE Straße ﬁne") == "zoe ase strasse fine"
    assert fold("Дмитрий") == "дмитрии"  # й is и with a breve: folded like an accent
    assert fold("a-b c") == "a-b c"


def test_terms_phrases_and_duplicates() -> None:
    assert Query.parse('  Zoë "bad  week"  zoe ZOE  ').terms == ("zoe", "bad  week")
    assert Query.parse("   ").empty and not Query.parse("x").empty
    query = Query.parse('anna "slept badly"')
    assert query.matches(fold("Anna said she slept badly"))
    assert not query.matches(fold("Anna slept, badly"))  # the phrase must be whole
    assert not query.matches(fold("She slept badly"))  # every term is required
    assert not Query.parse("").matches("anything")  # nothing asked, nothing found


def test_spans_point_into_the_text_as_written() -> None:
    text = "Zoë met ZOE; zoë again"
    assert match_spans(text, Query.parse("zoe")) == [(0, 3), (8, 11), (13, 16)]
    # "ß" is two letters when folded: a match on "ss" marks the one letter written.
    assert match_spans("Straße", Query.parse("strasse")) == [(0, 6)]
    # Overlapping and touching matches are merged, in order.
    assert match_spans("abcabc", Query.parse("bca abc")) == [(0, 6)]
    assert match_spans("ab cd", Query.parse("cd ab")) == [(0, 2), (3, 5)]
    assert match_spans("nothing here", Query.parse("absent")) == []


def test_an_excerpt_keeps_the_first_match_in_view() -> None:
    text = "x" * 300 + "Anna" + "y" * 300
    spans = match_spans(text, Query.parse("anna"))
    cut = snippet(text, spans, width=60)
    assert cut.text == "…" + "x" * 20 + "Anna" + "y" * 36 + "…"
    ((start, end),) = cut.spans
    assert cut.text[start:end] == "Anna"


def test_excerpts_at_the_edges() -> None:
    assert snippet("line one\nline two", []) == Snippet("line one line two", ())
    assert snippet("abc" * 100, [], width=10) == Snippet("abcabcabca", ())
    start_of_text = snippet("Anna came late", [(0, 4)], width=8)
    assert start_of_text == Snippet("Anna cam…", ((0, 4),))
    end_of_text = snippet("came late, Anna", [(11, 15)], width=8)
    assert end_of_text == Snippet("…te, Anna", ((5, 9),))
    # A match running past the excerpt is cut at its edge; one outside it is left out.
    cut = snippet("aaaa Anna bbbb", [(5, 9), (12, 14)], width=7)
    assert cut.text[cut.spans[0][0] : cut.spans[0][1]] in "Anna"
    assert all(0 <= s < e <= len(cut.text) for s, e in cut.spans)


def test_touching_matches_merge_and_the_window_edges() -> None:
    assert match_spans("abcd", Query.parse("ab cd")) == [(0, 4)]
    assert len(snippet("z" * 161, []).text) == 160  # the default width
    # The window starts one character in: the excerpt says something was cut.
    assert snippet("x" * 5 + "Anna" + "y" * 10, [(5, 9)], width=12) == Snippet(
        "…xxxxAnnayyyy…", ((5, 9),)
    )
    # Spans that only touch the window's edges are not marked inside it.
    for spans in ([(0, 2), (4, 6), (8, 10)], [(5, 6), (2, 4)]):
        window = snippet("0123456789", spans, width=4 if spans[0][0] == 0 else 3)
        assert window.spans and all(e > s for s, e in window.spans), window
