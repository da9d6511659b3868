"""Finding a person's names, phones and e-mails in free text: every form, nothing else."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Literal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from facilitator_desktop.domain.redaction import (
    Matcher,
    Terms,
    apply,
    apply_labelled,
    find_spans,
    fold,
    merge,
    terms_for,
    widen_to_words,
)

ZOE = terms_for("Zoë", unicodedata.normalize("NFD", "Zoë Strauß"), "+48 601 234 567")


def redacted(text: str, terms: Terms, keep: Terms | None = None) -> str:
    return apply(text, find_spans(text, terms, keep), "▇")


def found(text: str, terms: Terms) -> list[str]:
    return [text[s:e] for s, e in find_spans(text, terms)]


# --- terms ------------------------------------------------------------------------------------


def test_terms_are_alias_full_name_and_its_parts_without_initials() -> None:
    terms = terms_for("Benni", "Benedikt K. Ch. Müller-Lüdenscheidt", "")
    assert terms.words == {
        "benni",
        "benedikt",
        "muller",
        "ludenscheidt",
        "benediktmullerludenscheidt",
    }
    assert terms_for("K", "", "").empty  # a one-letter alias names nobody


def test_phones_and_emails_come_from_the_contact_field() -> None:
    terms = terms_for("Zoë", "", "Mobile +48 601 234 567; home (22) 555-01-02, Zoe.S@Example.ORG")
    assert {"48601234567", "601234567", "225550102"} <= terms.phones
    assert terms.emails == {"zoe.s@example.org"}
    assert terms_for("A", "", "flat 12, 00-950 Warsaw").phones == frozenset()  # too short


# --- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "form",
    [
        "Zoë",  # as written
        "Zoe\u0308",  # typed decomposed
        "zoe",
        "ZOË",
        "Zoës",  # an ending
        "STRAUSS",
        "Strauß",
        "strauss",
        "Strasse",  # one letter off, with an ending
        "Zoë\u00a0Strauß",
        "Zo\u00ade",  # a soft hyphen copied along
        "ＺＯＥ",  # full-width
    ],
)
def test_each_form_of_a_name_is_found_whole(form: str) -> None:
    text = f"Today {form} spoke."
    assert found(text, ZOE) == [form]
    assert redacted(text, ZOE) == "Today ▇ spoke."


@pytest.mark.parametrize(
    "text", ["Zoetrope", "Ozone", "Strausberger", "Z. spoke", "Arzoe", "zoology"]
)
def test_a_name_inside_an_unrelated_longer_word_is_left(text: str) -> None:
    assert find_spans(text, ZOE) == []


def test_genitives_and_case_endings() -> None:
    benedikt = terms_for("Benedikt", "", "")
    assert redacted("Benedikts Buch, Benedikta, BENEDIKTOWI", benedikt) == "▇ Buch, ▇, ▇"
    anna = terms_for("Anna", "", "")
    # The possessive "'s" is not part of the name: it stays and reads naturally.
    assert redacted("Anna's, Anna’s, Annas, Anny, Annę, Anną", anna) == "▇'s, ▇’s, ▇, ▇, ▇, ▇"
    assert redacted("an annual Annabelle", anna) == "an ▇ Annabelle"  # over-redaction, by rule


def test_short_names_match_only_whole_words() -> None:
    bo = terms_for("Bo", "", "")
    assert redacted("Bo, BO and Bob", bo) == "▇, ▇ and Bob"


def test_a_full_name_is_one_redaction_across_a_space_or_hyphen() -> None:
    terms = terms_for("Anna", "Anna-Maria Kowalska", "")
    assert redacted("Anna-Maria Kowalska came; Kowalskiej too.", terms) == "▇ came; ▇ too."
    assert redacted("Anna\nKowalska", terms) == "▇\n▇"  # a line break stays


def test_keep_spares_only_inflected_look_alikes_of_the_reader() -> None:
    daniel, daniela = terms_for("Daniel", "", ""), terms_for("Daniela", "", "")
    text = "Daniela met Daniel and Daniels; Danielas notes."
    assert redacted(text, daniel, keep=daniela) == "Daniela met ▇ and ▇; ▇ notes."
    assert redacted(text, daniel) == "▇ met ▇ and ▇; ▇ notes."
    # A name the reader shares exactly is still redacted: it might be the other person.
    assert redacted("Anna came", terms_for("Anna", "", ""), keep=terms_for("Anna", "", "")) == (
        "▇ came"
    )


def test_scripts_without_spaces_match_anywhere() -> None:
    wang = terms_for("王伟", "", "")
    assert redacted("我和王伟说话", wang) == "我和▇说话"
    assert redacted("王 伟", terms_for("", "王 伟", "")) == "王 伟"  # one-character parts
    assert redacted("昨天王伟来了", terms_for("", "王 伟", "")) == "昨天▇来了"


def test_korean_typed_decomposed_with_a_particle() -> None:
    kim = terms_for("김민수", "", "")
    text = unicodedata.normalize("NFD", "김민수가 왔다")
    assert redacted(text, kim) == unicodedata.normalize("NFD", "▇ 왔다")


def test_turkish_and_greek_case() -> None:
    assert redacted("IŞIL ve ışıl", terms_for("Işıl", "", "")) == "▇ ve ▇"
    assert redacted("ΣΟΦΙΑ, σοφία", terms_for("Σοφία", "", "")) == "▇, ▇"


# --- phones and e-mails -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "601 234 567",
        "601-234-567",
        "601.234.567",
        "(601) 234 567",
        "601234567",
        "+48 601 234 567",
        "+48601234567",
        "0048 601 234 567",
        "+48 (0) 601 234 567",
        "0601 234 567",
        "６０１２３４５６７",  # full-width digits
    ],
)
def test_a_phone_number_in_any_writing(written: str) -> None:
    text = f"Call {written} after six."
    assert redacted(text, ZOE) == "Call ▇ after six."


def test_a_phone_written_locally_in_contact_is_found_with_a_country_code() -> None:
    terms = terms_for("Zoe", "", "tel. 601 234 567")
    assert redacted("Rang +48 601-234-567 today", terms) == "Rang ▇ today"


def test_other_numbers_are_left() -> None:
    text = "Room 601, 234 people, session 567; 601 234 568"
    assert find_spans(text, ZOE) == []


def test_email_in_any_case() -> None:
    terms = terms_for("Zoe", "", "zoe.s@example.org")
    assert redacted("Wrote from ZOE.S@EXAMPLE.ORG.", terms) == "Wrote from ▇."
    assert find_spans("xzoe.s@example.org", terms) == []  # another address


# --- spans ------------------------------------------------------------------------------------


def test_merge_and_apply() -> None:
    assert merge([(5, 7), (0, 2), (1, 3)]) == [(0, 3), (5, 7)]
    assert merge([(0, 2), (3, 5)], "ab cd") == [(0, 5)]
    assert apply("abcdef", [(1, 2), (1, 3)], "_") == "a_def"
    assert apply_labelled("abcdef", [(4, 5, "Y"), (0, 1, "X")]) == "XbcdYf"
    with pytest.raises(ValueError):
        apply("abc", [(2, 4)], "_")


def test_widen_a_selection_to_whole_words_and_clusters() -> None:
    text = "Hi Zoe\u0308s, ok"
    assert widen_to_words(text, (4, 5)) == (3, 8)
    assert widen_to_words(text, (8, 9)) == (8, 9)  # the comma alone
    assert widen_to_words("a 👍🏽 b", (2, 3)) == (2, 4)  # emoji with its skin tone


def test_a_matcher_is_reused_across_texts() -> None:
    matcher = Matcher(ZOE)
    assert matcher.find("zoe") == [(0, 3)] and matcher.find("Zoë!") == [(0, 3)]


# --- properties -------------------------------------------------------------------------------

LETTERS = st.characters(categories=["Lu", "Ll", "Lo"], exclude_characters="ʼ")
# Names that fold to one word: a name folding to "al·b" is two words, and "b" is an initial.
NAMES = st.text(LETTERS, min_size=2, max_size=12).filter(
    lambda n: len(fold(n)) >= 2 and fold(n).isalpha()
)
FILLER = st.text(st.characters(exclude_categories=["Cs"], max_codepoint=0x2FFFF), max_size=40)
NormalForm = Literal["NFC", "NFD", "NFKC", "NFKD"]
FORMS: st.SearchStrategy[NormalForm] = st.sampled_from(["NFC", "NFD", "NFKC", "NFKD"])
CASES: st.SearchStrategy[Callable[[str], str]] = st.sampled_from(
    [str.lower, str.upper, str.title, str.swapcase, str]
)


@settings(max_examples=150, deadline=None)
@given(NAMES, FILLER, FILLER, FORMS, CASES)
def test_an_inserted_name_is_always_found(
    name: str, before: str, after: str, form: NormalForm, case: Callable[[str], str]
) -> None:
    terms = terms_for(name, "", "")
    assume(not terms.empty)
    written = unicodedata.normalize(form, case(name))
    text = f"{before} {written} {after}"
    start = len(before) + 1
    spans = find_spans(text, terms)
    letters = [i for i in range(start, start + len(written)) if text[i].isalnum()]
    assert all(any(s <= i < e for s, e in spans) for i in letters), (text, spans)


@settings(max_examples=150, deadline=None)
@given(NAMES, st.lists(st.sampled_from(["", " ", ", ", "'s ", "s ", "\n"]), max_size=4), FILLER)
def test_after_redaction_nothing_is_found(name: str, glue: list[str], filler: str) -> None:
    terms = terms_for(name, f"{name} {name[::-1]}", "+48 601 234 567 x@y.org")
    text = filler + "".join(f" {name}{g} 601 234 567 X@Y.ORG {g}" for g in glue) + filler
    cleaned = redacted(text, terms)
    assert find_spans(cleaned, terms) == [], cleaned


COMBINING = st.sampled_from(["\u0301", "\u0308", "\u20dd", "\u0e31", "\u200d", "\U0001f3fd"])


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from("zoeZOEaß王 .,\n"), st.lists(COMBINING, max_size=2))),
)
def test_spans_never_split_a_combining_sequence(pieces: list[tuple[str, list[str]]]) -> None:
    text = "".join(base + "".join(marks) for base, marks in pieces)
    for start, end in find_spans(text, ZOE | terms_for("王伟", "", "")):
        assert not unicodedata.category(text[start]).startswith("M")
        assert end == len(text) or not (
            unicodedata.category(text[end]).startswith("M") or text[end] == "\u200d"
        )
