"""A rule card file the loader refuses is refused with its whole message, word for word:
the file's name, the card (by key, or by place when the key is bad) and the field. A file
in UTF-8 is read as UTF-8 whatever the system's locale says."""

from __future__ import annotations

import json
import locale
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from facilitator_desktop.services.rule_library import LibraryCard, load_library
from tests.helpers.rule_cards import FILE, card_of, written


def refusal(path: Path) -> str:
    with pytest.raises(ValueError) as caught:
        load_library(path)
    return str(caught.value)


def test_survivor_invalid_json_is_refused_with_the_parsers_words(tmp_path: Path) -> None:
    text = '{"format": 1, "cards": ['
    path = tmp_path / FILE
    path.write_text(text, encoding="utf-8")
    with pytest.raises(json.JSONDecodeError) as parser:
        json.loads(text)
    assert refusal(path) == f"Rule library {FILE} is not valid JSON: {parser.value}"


def test_survivor_a_file_not_in_utf8_is_refused_by_name(tmp_path: Path) -> None:
    raw = '{"format": 1, "cards": [], "note": "Cze\u015b\u0107"}'.encode("cp1250")
    path = tmp_path / FILE
    path.write_bytes(raw)
    with pytest.raises(UnicodeDecodeError) as decoder:
        raw.decode("utf-8")
    assert refusal(path) == f"Rule library {FILE} is not UTF-8 text: {decoder.value}"


@pytest.mark.parametrize("document", [[], "cards", 1], ids=["list", "text", "number"])
def test_survivor_a_file_that_is_not_an_object_is_refused(tmp_path: Path, document: Any) -> None:
    assert refusal(written(tmp_path, document)) == f"Rule library {FILE} must be a JSON object"


@pytest.mark.parametrize("cards", [..., {}, "x", None], ids=["absent", "object", "text", "null"])
def test_survivor_a_file_without_a_cards_list_is_refused(tmp_path: Path, cards: Any) -> None:
    document = {"format": 1} if cards is ... else {"format": 1, "cards": cards}
    assert refusal(written(tmp_path, document)) == f"Rule library {FILE} must have a 'cards' list"


def test_survivor_a_card_not_an_object_is_named_by_its_place(tmp_path: Path) -> None:
    path = written(tmp_path, {"format": 1, "cards": [card_of("fine"), ["x"]]})
    assert refusal(path) == f"Rule library {FILE}: card #2 must be a JSON object"


def test_survivor_a_repeated_key_is_refused_word_for_word(tmp_path: Path) -> None:
    path = written(tmp_path, {"format": 1, "cards": [card_of("twice"), card_of("twice")]})
    assert refusal(path) == (
        f"Rule library {FILE}: card #2 ('twice') repeats a key already used by an earlier card"
    )


def test_survivor_a_bad_key_names_the_file_and_the_place(tmp_path: Path) -> None:
    path = written(tmp_path, {"format": 1, "cards": [card_of("fine"), card_of("Bad Key")]})
    assert refusal(path) == (
        f"Rule library {FILE}: card #2 has key 'Bad Key'; a key must be a lowercase slug "
        "such as 'right-to-pass'"
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", 5),
        ("title", ...),
        ("title", None),
        ("statement", ["One."]),
        ("statement", ...),
        ("statement", None),
        ("why", 5),
        ("why", False),
    ],
    ids=[
        "title-number",
        "title-absent",
        "title-null",
        "statement-list",
        "statement-absent",
        "statement-null",
        "why-number",
        "why-false",
    ],
)
def test_survivor_a_field_that_is_not_text_is_refused(
    tmp_path: Path, field: str, value: Any
) -> None:
    """A title or a statement is required (absent is not "empty"); a why may be absent but
    is text when given."""
    path = written(
        tmp_path, {"format": 1, "cards": [card_of("fine"), card_of("odd", **{field: value})]}
    )
    assert refusal(path) == f"Rule library {FILE}: card #2 ('odd') must have a text {field!r}"


@pytest.mark.parametrize("why", [..., None], ids=["absent", "null"])
def test_survivor_a_card_without_why_is_kept_with_an_empty_why(tmp_path: Path, why: Any) -> None:
    path = written(tmp_path, {"format": 1, "cards": [card_of("plain", why=why)]})
    assert load_library(path) == (
        LibraryCard("plain", "Title of plain", "One plain sentence.", ""),
    )


@pytest.fixture
def ascii_locale() -> Iterator[None]:
    """The C locale: text files opened without an encoding are read as ASCII (unless
    Python runs in UTF-8 mode)."""
    saved = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")
    try:
        yield
    finally:
        locale.setlocale(locale.LC_CTYPE, saved)


@pytest.mark.usefixtures("ascii_locale")
def test_survivor_the_library_is_read_as_utf8_under_any_locale(tmp_path: Path) -> None:
    title = "Prawo do pauzy \u2014 \u017c\u00f3\u0142w"
    path = tmp_path / FILE
    document = {"format": 1, "cards": [card_of("pass", title=title)]}
    path.write_bytes(json.dumps(document, ensure_ascii=False).encode("utf-8"))
    assert [card.title for card in load_library(path)] == [title]
