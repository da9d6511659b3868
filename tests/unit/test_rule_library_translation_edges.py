"""A language file of the rule library that is damaged says which card and which field,
word for word; cards left empty or half-done stand in English; the shipped library is the
default when no file is named."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from facilitator_desktop.services.rule_library import (
    MAX_TITLE_LENGTH,
    default_library_path,
    load_library,
    load_translations,
    missing_cards,
)


def write(path: Path, cards: list[Any]) -> Path:
    path.write_text(json.dumps({"format": 1, "cards": cards}), encoding="utf-8")
    return path


def refusal(path: Path) -> str:
    with pytest.raises(ValueError) as refused:
        load_translations(path, "de")
    return str(refused.value)


def test_a_card_that_is_not_an_object_is_named_by_its_place(tmp_path: Path) -> None:
    path = write(tmp_path / "library.de.json", [{"key": "pass"}, "pass"])
    assert refusal(path) == "Rule library library.de.json: card #2 must be a JSON object"


def test_a_bad_key_is_named_by_the_cards_place_counted_from_one(tmp_path: Path) -> None:
    path = write(
        tmp_path / "library.de.json",
        [{"key": "pass", "title": "Passen", "statement": "Sag passe."}, {"key": "Bad Key"}],
    )
    assert refusal(path) == (
        "Rule library library.de.json: card #2 has key 'Bad Key'; a key must be a lowercase "
        "slug such as 'right-to-pass'"
    )


@pytest.mark.parametrize("field", ["title", "statement", "why"])
def test_a_field_that_is_not_text_names_the_card_and_the_field(tmp_path: Path, field: str) -> None:
    raw: dict[str, Any] = {"key": "phones", "title": "Handys", "statement": "Aus.", "why": ""}
    raw[field] = 42
    path = write(tmp_path / "library.de.json", [{"key": "pass"}, raw])
    assert refusal(path) == (
        f"Rule library library.de.json: card #2 ('phones') must have a text {field!r}"
    )


def test_a_title_over_the_limit_names_the_card_and_its_length(tmp_path: Path) -> None:
    title = "T" * (MAX_TITLE_LENGTH + 1)
    path = write(
        tmp_path / "library.de.json", [{"key": "pass", "title": title, "statement": "Passe."}]
    )
    assert refusal(path) == (
        f"Rule library library.de.json: card #1 ('pass') has a title of "
        f"{MAX_TITLE_LENGTH + 1} characters; the limit is {MAX_TITLE_LENGTH}"
    )


def test_a_title_at_the_limit_is_kept(tmp_path: Path) -> None:
    title = "T" * MAX_TITLE_LENGTH
    path = write(
        tmp_path / "library.de.json", [{"key": "pass", "title": title, "statement": "Passe."}]
    )
    assert load_translations(path, "de")["pass"].title == title


@pytest.mark.parametrize(
    "raw",
    [
        {"key": "pass"},
        {"key": "pass", "title": "Passen"},
        {"key": "pass", "statement": "Sag passe."},
        {"key": "pass", "title": "", "statement": "Sag passe."},
        {"key": "pass", "title": "Passen", "statement": "  "},
    ],
    ids=["empty", "title-only", "statement-only", "blank-title", "blank-statement"],
)
def test_a_card_without_both_title_and_statement_is_left_to_english(
    tmp_path: Path, raw: dict[str, Any]
) -> None:
    path = write(tmp_path / "library.de.json", [raw])
    assert load_translations(path, "de") == {}


def test_a_translated_card_is_read_whole_in_its_language(tmp_path: Path) -> None:
    path = write(
        tmp_path / "library.de.json",
        [{"key": "pass", "title": " Passen ", "statement": "Sag passe. ", "why": " Zuhören."}],
    )
    card = load_translations(path, "de")["pass"]
    assert (card.key, card.title, card.statement, card.why, card.language) == (
        "pass",
        "Passen",
        "Sag passe.",
        "Zuhören.",
        "de",
    )


@pytest.mark.parametrize("language", ["de", "fr"])
def test_what_is_missing_is_read_from_the_shipped_library_when_no_file_is_named(
    language: str,
) -> None:
    assert missing_cards(language) == missing_cards(language, default_library_path())


def test_what_is_missing_counts_half_translated_cards(tmp_path: Path) -> None:
    english = write(
        tmp_path / "library.json",
        [
            {"key": "pass", "title": "Pass", "statement": "Say pass.", "why": "Listening."},
            {"key": "time", "title": "On time", "statement": "We start on time.", "why": ""},
            {"key": "kind", "title": "Kind", "statement": "Be kind.", "why": ""},
        ],
    )
    write(
        tmp_path / "library.de.json",
        [
            {"key": "pass", "title": "Passen", "statement": "Sag passe.", "why": ""},
            {"key": "time", "title": "Pünktlich", "statement": "Wir beginnen pünktlich."},
        ],
    )
    assert missing_cards("de", english) == ["pass", "kind"]


def test_a_title_over_the_limit_in_the_english_library_names_the_file_and_card(
    tmp_path: Path,
) -> None:
    title = "T" * (MAX_TITLE_LENGTH + 1)
    path = write(tmp_path / "library.json", [{"key": "pass", "title": title, "statement": "Pass."}])
    with pytest.raises(ValueError) as refused:
        load_library(path)
    assert str(refused.value) == (
        f"Rule library library.json: card #1 ('pass') has a title of "
        f"{MAX_TITLE_LENGTH + 1} characters; the limit is {MAX_TITLE_LENGTH}"
    )
