"""The built-in rule card library: the shipped file's content and the loader's checks."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from facilitator_desktop.services.rule_library import LibraryCard, load_library
from tests.helpers.rule_cards import card_of, written

REQUIRED_KEYS = {
    "confidentiality",
    "confidentiality-limits",
    "one-voice-at-a-time",
    "right-to-pass",
    "i-statements",
    "no-unsolicited-advice",
    "respect",
    "attend-consistently",
    "tell-ahead-when-absent",
    "no-alcohol-or-drugs",
    "no-outside-relationships",
    "phones-silent",
    "start-and-end-on-time",
    "share-the-airtime",
}

_SENTENCE_END = re.compile(r"[.!?]")


@pytest.fixture(scope="module")
def library() -> tuple[LibraryCard, ...]:
    return load_library()


# --- the shipped library ---------------------------------------------------------------


def test_library_has_at_least_fourteen_cards(library: tuple[LibraryCard, ...]) -> None:
    assert len(library) >= 14
    assert all(isinstance(card, LibraryCard) for card in library)


def test_every_required_topic_is_present(library: tuple[LibraryCard, ...]) -> None:
    missing = REQUIRED_KEYS - {card.key for card in library}
    assert not missing, f"library lacks cards: {sorted(missing)}"


def test_keys_are_unique_lowercase_slugs(library: tuple[LibraryCard, ...]) -> None:
    keys = [card.key for card in library]
    assert len(keys) == len(set(keys))
    for key in keys:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", key), key


def test_titles_are_short(library: tuple[LibraryCard, ...]) -> None:
    for card in library:
        assert card.title, card.key
        assert len(card.title) <= 60, card.key
        assert len(card.title.split()) <= 6, card.key


def test_statement_is_exactly_one_sentence(library: tuple[LibraryCard, ...]) -> None:
    for card in library:
        statement = card.statement
        assert statement == statement.strip(), card.key
        assert statement[-1] in ".!?", f"{card.key}: statement must end a sentence"
        assert not _SENTENCE_END.search(statement[:-1]), (
            f"{card.key}: statement has sentence-ending punctuation before its end"
        )
        assert statement[0].isupper(), card.key
        assert len(statement) <= 160, card.key


def test_every_card_says_why(library: tuple[LibraryCard, ...]) -> None:
    for card in library:
        assert card.why, card.key
        assert card.why[-1] in ".!?", card.key
        assert len(_SENTENCE_END.findall(card.why)) <= 2, f"{card.key}: why is too long"


def test_cards_are_frozen(library: tuple[LibraryCard, ...]) -> None:
    with pytest.raises(AttributeError):
        library[0].title = "changed"  # type: ignore[misc]


def test_explicit_path_loads_the_same_file(library: tuple[LibraryCard, ...]) -> None:
    # Each call reads afresh (no module-level cache), and an explicit path is honoured.
    from facilitator_desktop.paths import resource_path

    again = load_library(resource_path("rules", "library.json"))
    assert again == library
    assert again is not library


# --- a broken file is refused with a message naming the card ------------------------------


def test_valid_minimal_file_loads(tmp_path: Path) -> None:
    path = written(tmp_path, {"format": 1, "cards": [card_of("alpha"), card_of("beta", why="")]})
    cards = load_library(path)
    assert [card.key for card in cards] == ["alpha", "beta"]
    assert cards[1].why == ""


def test_missing_why_is_allowed(tmp_path: Path) -> None:
    card = card_of("alpha")
    del card["why"]
    assert load_library(written(tmp_path, {"format": 1, "cards": [card]}))[0].why == ""


def test_empty_title_names_the_card(tmp_path: Path) -> None:
    path = written(
        tmp_path, {"format": 1, "cards": [card_of("alpha"), card_of("broken", title=" ")]}
    )
    with pytest.raises(ValueError, match=r"'broken'.*empty title"):
        load_library(path)


def test_empty_statement_names_the_card(tmp_path: Path) -> None:
    path = written(tmp_path, {"format": 1, "cards": [card_of("broken", statement="")]})
    with pytest.raises(ValueError, match=r"'broken'.*empty statement"):
        load_library(path)


def test_long_title_names_the_card(tmp_path: Path) -> None:
    path = written(tmp_path, {"format": 1, "cards": [card_of("wordy", title="x" * 61)]})
    with pytest.raises(ValueError, match=r"'wordy'.*61 characters"):
        load_library(path)


def test_title_of_exactly_sixty_characters_is_accepted(tmp_path: Path) -> None:
    path = written(tmp_path, {"format": 1, "cards": [card_of("edge", title="x" * 60)]})
    assert load_library(path)[0].title == "x" * 60


def test_duplicate_key_names_the_card(tmp_path: Path) -> None:
    path = written(tmp_path, {"format": 1, "cards": [card_of("twice"), card_of("twice")]})
    with pytest.raises(ValueError, match=r"card #2 \('twice'\).*repeats"):
        load_library(path)


@pytest.mark.parametrize("bad_key", [None, "", "Has Caps", "under_score", 7])
def test_bad_key_names_the_card_position(tmp_path: Path, bad_key: object) -> None:
    path = written(tmp_path, {"format": 1, "cards": [card_of("fine"), card_of("x", key=bad_key)]})
    with pytest.raises(ValueError, match=r"card #2 has key"):
        load_library(path)


def test_non_text_statement_names_the_card(tmp_path: Path) -> None:
    path = written(tmp_path, {"format": 1, "cards": [card_of("numeric", statement=42)]})
    with pytest.raises(ValueError, match=r"'numeric'.*'statement'"):
        load_library(path)


@pytest.mark.parametrize("file_format", [None, 0, 2, "1", True])
def test_wrong_format_is_refused(tmp_path: Path, file_format: object) -> None:
    document: dict[str, Any] = {"cards": [card_of("alpha")]}
    if file_format is not None:
        document["format"] = file_format
    with pytest.raises(ValueError, match="format"):
        load_library(written(tmp_path, document))


@pytest.mark.parametrize(
    "document", [[], {"format": 1}, {"format": 1, "cards": {}}, {"format": 1, "cards": ["x"]}]
)
def test_wrong_shape_is_refused(tmp_path: Path, document: Any) -> None:
    with pytest.raises(ValueError):
        load_library(written(tmp_path, document))


def test_invalid_json_is_a_value_error(tmp_path: Path) -> None:
    path = tmp_path / "library.json"
    path.write_text('{"format": 1, "cards": [', encoding="utf-8")
    with pytest.raises(ValueError, match="not valid JSON"):
        load_library(path)
