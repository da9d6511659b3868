"""The ground-rules handout: content, one page for a dozen rules, graceful flow beyond."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

import pytest

from facilitator_desktop.handouts import (
    HandoutLabels,
    HandoutOptions,
    RuleCardData,
    build_ground_rules,
    samples,
)
from facilitator_desktop.handouts.data import Paper
from facilitator_desktop.paths import resource_path

PAPERS: list[Paper] = ["A4", "Letter"]

Pages = Callable[[bytes], list[str]]
Text = Callable[[bytes], str]


@pytest.mark.parametrize("paper", PAPERS)
def test_twelve_rules_print_whole_at_a_readable_size(paper: Paper, pdf_pages: Pages) -> None:
    # At 11 pt a dozen rules with their reasons take two pages; nothing is shrunk below it.
    data = samples.ground_rules()
    result = build_ground_rules(data, HandoutOptions(paper=paper))
    pages = pdf_pages(result.pdf)
    assert result.page_count == len(pages) <= 2
    text = " ".join(pages)
    assert samples.GROUP_NAME in text
    for card in data.cards:
        assert f"{card.title} {card.statement}" in text
        assert " ".join(card.why.split()) in text
    assert "Małgorzata" in text  # the member alias on the acknowledgement
    assert "Anna Lindqvist" in text and "anna.lindqvist@example.org" in text
    assert "0800 000 0000" in text
    assert "Rule set version 3 of 2026-10-07" in text
    assert f"Page 1 of {result.page_count}" in text
    assert result.warnings == ()


def test_a_short_rule_set_fits_one_page() -> None:
    result = build_ground_rules(samples.ground_rules(samples.TWELVE_CARDS[:6]))
    assert result.page_count == 1


@pytest.mark.parametrize("paper", PAPERS)
def test_the_longest_library_rules_take_at_most_two_pages(paper: Paper) -> None:
    library = json.loads(resource_path("rules", "library.json").read_text(encoding="utf-8"))
    cards = [RuleCardData(c["title"], c["statement"], c.get("why", "")) for c in library["cards"]]
    longest = sorted(cards, key=lambda c: len(c.statement) + len(c.why), reverse=True)[:12]
    result = build_ground_rules(samples.ground_rules(tuple(longest)), HandoutOptions(paper=paper))
    assert result.page_count <= 2


@pytest.mark.parametrize("paper", PAPERS)
def test_forty_rules_flow_with_each_rule_kept_whole(paper: Paper, pdf_pages: Pages) -> None:
    data = samples.ground_rules(samples.FORTY_CARDS)
    result = build_ground_rules(data, HandoutOptions(paper=paper))
    pages = pdf_pages(result.pdf)
    assert result.page_count == len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert samples.GROUP_NAME in page  # the header repeats
        assert f"Page {number} of {len(pages)}" in page
        assert "Rule set version 3" in page
    for card in data.cards:
        holding = [p for p in pages if f"{card.title} {card.statement}" in p]
        assert len(holding) == 1, card.title  # on exactly one page, title and statement together
        assert card.why in holding[0]


def test_acknowledgement_and_optional_parts_can_be_left_out(pdf_text: Text) -> None:
    data = replace(
        samples.ground_rules(),
        acknowledgement=False,
        support_line="",
        facilitator_name="",
        facilitator_contact="",
        welcome="",
    )
    text = pdf_text(build_ground_rules(data).pdf)
    assert "Signature" not in text
    assert "Małgorzata" not in text
    assert "Support" not in text and "Facilitator" not in text


def test_blank_name_line_without_a_member_alias(pdf_text: Text) -> None:
    text = pdf_text(build_ground_rules(samples.ground_rules(member_alias=None)).pdf)
    assert "Signature" in text
    assert "Małgorzata" not in text


def test_labels_and_dates_come_from_the_options(pdf_text: Text) -> None:
    options = HandoutOptions(
        labels=HandoutLabels(page_of="Strona {page} z {pages}", why="Dlaczego:"),
        format_date=lambda day: day.strftime("%d.%m.%Y"),
    )
    text = pdf_text(build_ground_rules(samples.ground_rules(), options).pdf)
    assert "Strona 1 z 2" in text
    assert "Dlaczego:" in text
    assert "07.10.2026" in text


def test_markup_in_user_text_is_printed_literally(pdf_text: Text) -> None:
    card = RuleCardData("Use <b> & <i> freely", "Tags like <br/> are text, not layout.")
    result = build_ground_rules(samples.ground_rules((card,)))
    text = pdf_text(result.pdf)
    assert "Use <b> & <i> freely" in text
    assert "Tags like <br/> are text" in text


def test_unprintable_characters_are_reported_by_rule(pdf_text: Text) -> None:
    card = RuleCardData("Kindness \U00013000", "Names like 漢 and مريم print as typed.")
    result = build_ground_rules(samples.ground_rules((samples.TWELVE_CARDS[0], card)))
    (warning,) = result.warnings
    assert warning.startswith("1 character in rule 2 cannot be printed")
    assert "U+13000 EGYPTIAN HIEROGLYPH A001" in warning
    (problem,) = result.problems
    assert (problem.place, problem.number) == ("rule", 2)
    text = pdf_text(result.pdf)
    assert "Kindness □" in text
    assert "漢" in text and "مريم" in text


def test_same_input_same_bytes() -> None:
    data = samples.ground_rules()
    assert build_ground_rules(data).pdf == build_ground_rules(data).pdf


def test_empty_rule_set_still_builds() -> None:
    result = build_ground_rules(samples.ground_rules(()))
    assert result.page_count == 1
    assert result.pdf.startswith(b"%PDF")


def test_a_rule_longer_than_a_page_continues_instead_of_failing(pdf_text: Text) -> None:
    sentence = "We keep what we hear to ourselves and look after one another with care."
    huge = RuleCardData("A very long rule", " ".join([sentence] * 120))
    cards = (samples.TWELVE_CARDS[0], huge, samples.TWELVE_CARDS[1])
    result = build_ground_rules(samples.ground_rules(cards))
    assert result.page_count > 1
    text = pdf_text(result.pdf)
    assert text.count("ourselves") == 120  # one word: a sentence may straddle a page break
    assert samples.TWELVE_CARDS[1].title in text
