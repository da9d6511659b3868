"""Rule cards: cut-out and table-tent sheets, 2, 4 or 6 to a page."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from facilitator_desktop.handouts import HandoutOptions, RuleCardsData, build_rule_cards, samples
from facilitator_desktop.handouts.data import CardLayout, CardsPerPage, Paper

Pages = Callable[[bytes], list[str]]
Text = Callable[[bytes], str]

LAYOUTS: list[CardLayout] = ["cut", "tent"]
DENSITIES: list[CardsPerPage] = [2, 4, 6]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("per_page", DENSITIES)
@pytest.mark.parametrize("count", [1, 12, 40])
def test_page_count_is_cards_over_cards_per_page(
    layout: CardLayout, per_page: CardsPerPage, count: int, pdf_pages: Pages
) -> None:
    cards = samples.FORTY_CARDS[:count]
    result = build_rule_cards(samples.rule_cards(cards, layout=layout, per_page=per_page))
    assert result.page_count == math.ceil(count / per_page)
    assert len(pdf_pages(result.pdf)) == result.page_count


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_title_and_statement_is_printed(
    layout: CardLayout, paper: Paper, pdf_text: Text
) -> None:
    data = samples.rule_cards(samples.FORTY_CARDS, layout=layout, per_page=6)
    result = build_rule_cards(data, HandoutOptions(paper=paper))
    text = pdf_text(result.pdf)
    for card in data.cards:
        assert card.title in text
        assert card.statement in text
    assert samples.GROUP_NAME in text
    assert result.warnings == ()


def test_a_tent_prints_each_rule_on_both_faces(pdf_text: Text) -> None:
    card = samples.TWELVE_CARDS[0]
    tent = pdf_text(build_rule_cards(samples.rule_cards((card,), layout="tent")).pdf)
    cut = pdf_text(build_rule_cards(samples.rule_cards((card,), layout="cut")).pdf)
    assert tent.count(card.statement) == 2
    assert cut.count(card.statement) == 1
    assert "fold" in tent


def test_why_can_be_left_out(pdf_text: Text) -> None:
    card = samples.TWELVE_CARDS[0]
    data = RuleCardsData(samples.GROUP_NAME, (card,), show_why=False)
    assert card.why not in pdf_text(build_rule_cards(data).pdf)


def test_no_cards_gives_one_blank_sheet() -> None:
    result = build_rule_cards(samples.rule_cards(()))
    assert result.page_count == 1


def test_very_long_text_is_shrunk_not_lost(pdf_text: Text) -> None:
    long_statement = " ".join(["We listen to one another with patience and care."] * 12)
    card = samples.TWELVE_CARDS[0].__class__("A long rule", long_statement, "")
    text = pdf_text(build_rule_cards(samples.rule_cards((card,), per_page=6)).pdf)
    assert text.count("We listen to one another with patience and care.") == 12


@pytest.mark.parametrize(("layout", "per_page"), [("fold", 4), ("cut", 3)])
def test_invalid_choices_are_refused(layout: str, per_page: int) -> None:
    with pytest.raises(ValueError):
        RuleCardsData("G", (), layout=layout, per_page=per_page)  # type: ignore[arg-type]


def test_same_input_same_bytes() -> None:
    data = samples.rule_cards(layout="tent", per_page=4)
    assert build_rule_cards(data).pdf == build_rule_cards(data).pdf
