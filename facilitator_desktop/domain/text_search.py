"""In-memory full-text matching over decrypted notes: case- and accent-insensitive.

Folding keeps search fast: each note is folded once (C-speed string operations) and cached
by the caller; the character-by-character map back to the original text, needed only to
highlight, is built for the notes actually shown.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower-case, accent-free form used on both sides of every comparison."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


@dataclass(frozen=True, slots=True)
class Query:
    terms: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> Query:
        """Whitespace-separated terms, all required; "quoted phrases" stay together."""
        terms: list[str] = []
        for quoted, bare in re.findall(r'"([^"]+)"|(\S+)', text):
            term = fold(quoted or bare).strip()
            if term and term not in terms:
                terms.append(term)
        return cls(tuple(terms))

    @property
    def empty(self) -> bool:
        return not self.terms

    def matches(self, folded_text: str) -> bool:
        return bool(self.terms) and all(term in folded_text for term in self.terms)


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return "".join(pieces), origin


def match_spans(text: str, query: Query) -> list[tuple[int, int]]:
    """(start, end) ranges in `text` where any term matches, merged and sorted."""
    folded, origin = _folded_with_map(text)
    spans: list[tuple[int, int]] = []
    for term in query.terms:
        start = folded.find(term)
        while start != -1:
            end = start + len(term)
            spans.append((origin[start], origin[end - 1] + 1))
            start = folded.find(term, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@dataclass(frozen=True, slots=True)
class Snippet:
    text: str
    spans: tuple[tuple[int, int], ...]  # relative to `text`


def snippet(text: str, spans: list[tuple[int, int]], width: int = 160) -> Snippet:
    """A one-line excerpt around the first match, with the matches inside it."""
    flat = text.replace("\n", " ")
    if not spans:
        return Snippet(flat[:width], ())
    first = spans[0][0]
    start = max(0, min(first - width // 3, len(flat) - width))
    end = min(len(flat), start + width)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    shift = len(prefix) - start
    inside = tuple(
        (max(s, start) + shift, min(e, end) + shift) for s, e in spans if s < end and e > start
    )
    return Snippet(prefix + flat[start:end] + suffix, inside)
