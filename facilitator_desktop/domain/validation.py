"""Input rules for groups, members and rule cards, with messages fit for the form."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from facilitator_desktop.domain.whole_text import whole_characters
from facilitator_desktop.errors import N_, ValidationError

SegmentKind = Literal["round", "open"]
SEGMENT_KINDS: tuple[SegmentKind, ...] = ("round", "open")

RULE_TITLE_MAX = 60
RULE_STATEMENT_MAX = 400
RULE_WHY_MAX = 240  # a reason, not an essay: still readable under the rule on a card
ALIAS_MAX = 40
GROUP_NAME_MAX = 120
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True, slots=True)
class SegmentSpec:
    name: str
    minutes: int
    kind: SegmentKind


#: Kept although invisible: the joiners choose a letter's form in Persian, Arabic and Indic
#: writing ("می‌خواهم", "क्‍ष") and hold emoji sequences together.
MEANINGFUL_FORMAT_CHARS = frozenset({"\u200c", "\u200d"})


def is_invisible_format(char: str) -> bool:
    """True for formatting characters that print nothing and mean nothing in a name or a
    rule: bidi marks, embeddings, overrides and isolates (LRM, RLM, ALM, LRE…PDF, LRI…PDI),
    zero-width spaces, the word joiner, soft hyphens and byte-order marks."""
    return unicodedata.category(char) == "Cf" and char not in MEANINGFUL_FORMAT_CHARS


def clean(text: str | None) -> str:
    """Text as stored: whole characters, composed (NFC, so "é" is one character however it
    was typed or pasted), without invisible formatting characters, without surrounding
    whitespace."""
    text = unicodedata.normalize("NFC", whole_characters(text or ""))
    if any(unicodedata.category(char) == "Cf" for char in text):
        text = "".join(char for char in text if not is_invisible_format(char))
    return text.strip()


def validate_group(
    name: str,
    start_time: str | None,
    default_minutes: int,
    soft_limit_min: int,
    agenda: tuple[SegmentSpec, ...],
) -> None:
    if not clean(name):
        raise ValidationError("name", "Give the group a name.")
    if len(clean(name)) > GROUP_NAME_MAX:
        raise ValidationError(
            "name", N_("Keep the name to {limit} characters or fewer."), limit=GROUP_NAME_MAX
        )
    if start_time and not _TIME.match(start_time):
        raise ValidationError("start_time", "Write the time as HH:MM, for example 18:30.")
    if not 10 <= default_minutes <= 480:
        raise ValidationError("default_minutes", "A session lasts between 10 and 480 minutes.")
    if not 1 <= soft_limit_min <= 60:
        raise ValidationError("speaker_soft_limit_min", "The speaker limit is 1 to 60 minutes.")
    for position, segment in enumerate(agenda, start=1):
        if not clean(segment.name):
            raise ValidationError(
                "agenda", N_("Segment {position} needs a name."), position=position
            )
        if not 1 <= segment.minutes <= 480:
            raise ValidationError(
                "agenda", N_("Segment {position} needs 1 to 480 minutes."), position=position
            )
        if segment.kind not in SEGMENT_KINDS:
            raise ValidationError(
                "agenda", N_("Segment {position} must be a round or open."), position=position
            )


def validate_alias(alias: str) -> str:
    alias = clean(alias)
    if not alias:
        raise ValidationError("alias", "An alias is required: the first name the room sees.")
    if len(alias) > ALIAS_MAX:
        raise ValidationError(
            "alias", N_("Keep the alias to {limit} characters or fewer."), limit=ALIAS_MAX
        )
    return alias


def validate_rule_card(title: str, statement: str, why: str = "") -> None:
    if not clean(title):
        raise ValidationError("title", "Give the card a short title.")
    if len(clean(title)) > RULE_TITLE_MAX:
        raise ValidationError(
            "title",
            N_("Titles are at most {limit} characters (this one has {length})."),
            limit=RULE_TITLE_MAX,
            length=len(clean(title)),
        )
    if not clean(statement):
        raise ValidationError("statement", "Write the rule as one plain sentence.")
    if len(clean(statement)) > RULE_STATEMENT_MAX:
        raise ValidationError(
            "statement",
            N_("Keep the statement under {limit} characters."),
            limit=RULE_STATEMENT_MAX,
        )
    if len(clean(why)) > RULE_WHY_MAX:
        raise ValidationError(
            "why",
            N_("Keep the reason under {limit} characters: it prints under the rule."),
            limit=RULE_WHY_MAX,
        )
