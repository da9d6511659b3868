"""The built-in library of ground-rule cards shipped in `resources/rules/`.

Facilitators pick cards from this library to start a group's rule set. `library.json` holds
the cards in English, the source; `library.<language>.json` (say `library.pl.json`) holds the
same cards, by key, in another language. A card a language does not have yet (or has only in
part) comes in English, whole: never a title in one language over a sentence in another.
`scripts/i18n.py update` keeps every language file listing every English key.

Loading is pure Python (no Qt, no database) and nothing is cached here: callers keep the
tuple they load.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator_desktop.i18n import SOURCE_LANGUAGE
from facilitator_desktop.paths import resource_path

LIBRARY_FORMAT = 1
MAX_TITLE_LENGTH = 60

_KEY_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True, slots=True)
class LibraryCard:
    """One ground rule from the built-in library."""

    key: str
    title: str
    statement: str
    why: str
    language: str = SOURCE_LANGUAGE  # the language this card's text is in


def default_library_path() -> Path:
    return resource_path("rules", "library.json")


def translation_path(language: str, source: Path | None = None) -> Path:
    """Where `language`'s cards live, next to the English `source`."""
    english = default_library_path() if source is None else source
    return english.with_name(f"{english.stem}.{language}{english.suffix}")


def load_library(
    path: Path | None = None, *, language: str = SOURCE_LANGUAGE
) -> tuple[LibraryCard, ...]:
    """Read and validate the rule card library, in file order, in `language` (English for
    every card that language lacks; all English when it has no file).

    Raises `ValueError` with a message naming the file and, where it applies, the card
    (by key, or by position when the key itself is missing) if a file is malformed.
    A missing or unreadable English file raises the usual `OSError`.
    """
    source = default_library_path() if path is None else path
    english = _load_source(source)
    if language == SOURCE_LANGUAGE:
        return english
    translated = load_translations(translation_path(language, source), language)
    return tuple(_whole(translated.get(card.key), card) or card for card in english)


def missing_cards(language: str, path: Path | None = None) -> list[str]:
    """The keys of the English cards `language` does not have whole, in library order."""
    source = default_library_path() if path is None else path
    translated = load_translations(translation_path(language, source), language)
    return [card.key for card in _load_source(source) if not _whole(translated.get(card.key), card)]


def _whole(translated: LibraryCard | None, english: LibraryCard) -> LibraryCard | None:
    """The translated card when it has everything the English one has."""
    if translated is None or (english.why and not translated.why):
        return None
    return translated


def load_translations(path: Path, language: str) -> dict[str, LibraryCard]:
    """The cards of a language file that have a title and a statement, by key. Cards left
    empty for the translators are skipped; no file, no cards."""
    if not path.exists():
        return {}
    label = path.name
    cards: dict[str, LibraryCard] = {}
    for index, raw in enumerate(_cards_of(_read(path), label), start=1):
        key = _key_of(raw, index, label)
        name = f"card #{index} ({key!r})"
        title = _text_field(raw, "title", name, label, required=False)
        statement = _text_field(raw, "statement", name, label, required=False)
        why = _text_field(raw, "why", name, label, required=False)
        if not title or not statement:
            continue  # not translated yet: the English card stands in
        _check_title(title, name, label)
        cards[key] = LibraryCard(key, title, statement, why, language)
    return cards


def _read(source: Path) -> dict[str, Any]:
    label = source.name
    try:
        document: Any = json.loads(source.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"Rule library {label} is not valid JSON: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise ValueError(f"Rule library {label} is not UTF-8 text: {exc}") from exc
    if not isinstance(document, dict):
        raise ValueError(f"Rule library {label} must be a JSON object")
    file_format = document.get("format")
    # bool is an int subclass; `true` must not pass for format 1.
    if isinstance(file_format, bool) or file_format != LIBRARY_FORMAT:
        raise ValueError(
            f"Rule library {label} has format {file_format!r}; expected {LIBRARY_FORMAT}"
        )
    return document


def _cards_of(document: dict[str, Any], label: str) -> list[dict[str, Any]]:
    raw_cards = document.get("cards")
    if not isinstance(raw_cards, list):
        raise ValueError(f"Rule library {label} must have a 'cards' list")
    for index, raw in enumerate(raw_cards, start=1):
        if not isinstance(raw, dict):
            raise ValueError(f"Rule library {label}: card #{index} must be a JSON object")
    return raw_cards


def _key_of(raw: dict[str, Any], index: int, label: str) -> str:
    key = raw.get("key")
    if not isinstance(key, str) or not _KEY_PATTERN.fullmatch(key):
        raise ValueError(
            f"Rule library {label}: card #{index} has key {key!r}; a key must be a "
            "lowercase slug such as 'right-to-pass'"
        )
    return key


def _check_title(title: str, name: str, label: str) -> None:
    if len(title) > MAX_TITLE_LENGTH:
        raise ValueError(
            f"Rule library {label}: {name} has a title of {len(title)} characters; "
            f"the limit is {MAX_TITLE_LENGTH}"
        )


def _load_source(source: Path) -> tuple[LibraryCard, ...]:
    label = source.name
    cards: list[LibraryCard] = []
    seen: set[str] = set()
    for index, raw in enumerate(_cards_of(_read(source), label), start=1):
        card = _parse_card(raw, index, label)
        if card.key in seen:
            raise ValueError(
                f"Rule library {label}: card #{index} ({card.key!r}) repeats a key "
                "already used by an earlier card"
            )
        seen.add(card.key)
        cards.append(card)
    return tuple(cards)


def _parse_card(raw: dict[str, Any], index: int, label: str) -> LibraryCard:
    key = _key_of(raw, index, label)
    name = f"card #{index} ({key!r})"

    title = _text_field(raw, "title", name, label)
    statement = _text_field(raw, "statement", name, label)
    why = _text_field(raw, "why", name, label, required=False)

    if not title:
        raise ValueError(f"Rule library {label}: {name} has an empty title")
    _check_title(title, name, label)
    if not statement:
        raise ValueError(f"Rule library {label}: {name} has an empty statement")
    return LibraryCard(key=key, title=title, statement=statement, why=why)


def _text_field(
    raw: dict[str, Any], field: str, name: str, label: str, *, required: bool = True
) -> str:
    value = raw.get(field)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"Rule library {label}: {name} must have a text {field!r}")
    return value.strip()
