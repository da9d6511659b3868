"""A measure entry's sealed answers: what is sealed (the answers, or a total from paper),
and the score read back from it (None when it cannot be read or no longer fits)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.domain.measures import (
    Answers,
    Instrument,
    PaperTotal,
    Score,
    score,
)
from facilitator_desktop.errors import RecordDamaged, ValidationError
from facilitator_desktop.services.sealed import open_sealed

TABLE = "measure_entries"
FIELD = "answers"  # as in SEALED_COLUMNS


def sealed_answers(result: Score) -> str:
    """What is sealed: the answers, or the total from paper (compact JSON)."""
    content = (
        {"answers": list(result.items)} if result.items is not None else {"total": result.total}
    )
    return json.dumps(content, separators=(",", ":"))


def answers_from(plain: str) -> Answers:
    content = json.loads(plain)
    if isinstance(content, dict) and isinstance(content.get("answers"), list):
        return list(content["answers"])
    if isinstance(content, dict) and "total" in content:
        return PaperTotal(content["total"])
    raise ValueError("no answers and no total")


def opened_score(
    cipher: FieldCipher, spec: Instrument, entry_id: int, rev: int, blob: bytes | None
) -> Score | None:
    """The entry's score, or None when it cannot be read or no longer fits the instrument."""
    try:
        if blob is None:
            return None
        return score(spec, answers_from(open_sealed(cipher, TABLE, entry_id, rev, FIELD, blob)))
    except (RecordDamaged, ValidationError, ValueError, TypeError):
        return None


def first_readable(
    cipher: FieldCipher, spec: Instrument, entries: Iterable[Any]
) -> tuple[Any, float] | None:
    for row in entries:
        result = opened_score(cipher, spec, row.id, row.rev, row.answers_ct)
        if result is not None:
            return row, result.total
    return None
