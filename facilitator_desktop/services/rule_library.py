"""The built-in library of ground-rule cards shipped in `resources/rules/library.json`.

Facilitators pick cards from this library to start a group's rule set. Loading is pure
Python (no Qt, no database) and nothing is cached here: callers keep the tuple they load.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


def default_library_path() -> Path:
    return resource_path("rules", "library.json")


def load_library(path: Path | None = None) -> tuple[LibraryCard, ...]:
    """Read and validate the rule card library, in file order.

    Raises `ValueError` with a message naming the file and, where it applies, the card
    (by key, or by position when the key itself is missing) if the file is malformed.
    A missing or unreadable file raises the usual `OSError`.
    """
    source = default_library_path() if path is None else path
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
    raw_cards = document.get("cards")
    if not isinstance(raw_cards, list):
        raise ValueError(f"Rule library {label} must have a 'cards' list")

    cards: list[LibraryCard] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_cards, start=1):
        card = _parse_card(raw, index, label)
        if card.key in seen:
            raise ValueError(
                f"Rule library {label}: card #{index} ({card.key!r}) repeats a key "
                "already used by an earlier card"
            )
        seen.add(card.key)
        cards.append(card)
    return tuple(cards)


def _parse_card(raw: object, index: int, label: str) -> LibraryCard:
    if not isinstance(raw, dict):
        raise ValueError(f"Rule library {label}: card #{index} must be a JSON object")

    key = raw.get("key")
    if not isinstance(key, str) or not _KEY_PATTERN.fullmatch(key):
        raise ValueError(
            f"Rule library {label}: card #{index} has key {key!r}; a key must be a "
            "lowercase slug such as 'right-to-pass'"
        )
    name = f"card #{index} ({key!r})"

    title = _text_field(raw, "title", name, label)
    statement = _text_field(raw, "statement", name, label)
    why = _text_field(raw, "why", name, label, required=False)

    if not title:
        raise ValueError(f"Rule library {label}: {name} has an empty title")
    if len(title) > MAX_TITLE_LENGTH:
        raise ValueError(
            f"Rule library {label}: {name} has a title of {len(title)} characters; "
            f"the limit is {MAX_TITLE_LENGTH}"
        )
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
