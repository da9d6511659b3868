"""Helpers to plant unique marker strings and search files for them."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterable
from pathlib import Path


def marker(label: str) -> str:
    return f"CANARY{label}{uuid.uuid4().hex[:12]}"


def encodings(text: str) -> dict[str, bytes]:
    raw = text.encode("utf-8")
    found = {
        "utf-8": raw,
        "utf-16-le": text.encode("utf-16-le"),
        "utf-16-be": text.encode("utf-16-be"),
    }
    # Base64 depends on where the text starts in the encoded stream: try all three offsets
    # and keep only the characters that depend on the marker alone.
    for offset in range(3):
        encoded = base64.b64encode(b"\0" * offset + raw)
        found[f"base64+{offset}"] = encoded[(offset * 4 + 2) // 3 + 1 : -4]
    return found


def find_markers(folders: Iterable[Path], markers: Iterable[str]) -> list[str]:
    """Every (file, marker, encoding) hit, as readable strings; empty means clean."""
    hits: list[str] = []
    patterns = [(m, name, enc) for m in markers for name, enc in encodings(m).items()]
    for folder in folders:
        if not folder.exists():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            hits += [f"{path.name}: {m} ({name})" for m, name, enc in patterns if enc in data]
    return hits
