"""Rule card library files written for the loader's tests: a card with every field filled
in, and a document written to disk as UTF-8 JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FILE = "cards.json"


def card_of(key: str, /, **overrides: Any) -> dict[str, Any]:
    """A valid card under `key`; an override of `...` leaves that field out."""
    card: dict[str, Any] = {
        "key": key,
        "title": f"Title of {key}",
        "statement": "One plain sentence.",
        "why": "Because it helps.",
    }
    card.update(overrides)
    return {name: value for name, value in card.items() if value is not ...}


def written(tmp_path: Path, document: Any) -> Path:
    path = tmp_path / FILE
    path.write_text(json.dumps(document), encoding="utf-8")
    return path
