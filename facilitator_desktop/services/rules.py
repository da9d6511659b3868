"""A group's ground rules as versioned rule sets, and the built-in card library.

Saving a changed list of cards makes a new version; earlier versions stay readable (members
acknowledge a specific version). Retiring a card means leaving it out of the next version.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator_desktop.domain.validation import clean, validate_rule_card
from facilitator_desktop.errors import N_, NotFound, Phrase, ValidationError
from facilitator_desktop.i18n import SOURCE_LANGUAGE
from facilitator_desktop.models import Group, RuleCard, RuleSet
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.rule_library import LibraryCard, load_library


@dataclass(frozen=True, slots=True)
class RuleCardDraft:
    title: str
    statement: str
    why: str = ""
    library_key: str | None = None

    @classmethod
    def from_library(cls, card: LibraryCard) -> RuleCardDraft:
        return cls(card.title, card.statement, card.why, card.key)


@dataclass(frozen=True, slots=True)
class RuleSetInfo:
    id: int
    group_id: int
    version: int
    created_at: datetime
    cards: tuple[RuleCardDraft, ...]


@dataclass(frozen=True, slots=True)
class RuleSetSummary:
    id: int
    version: int
    created_at: datetime
    card_count: int


def _normalized(cards: Sequence[RuleCardDraft]) -> tuple[RuleCardDraft, ...]:
    return tuple(
        RuleCardDraft(clean(c.title), clean(c.statement), clean(c.why), c.library_key)
        for c in cards
    )


def _info(rule_set: RuleSet) -> RuleSetInfo:
    return RuleSetInfo(
        id=rule_set.id,
        group_id=rule_set.group_id,
        version=rule_set.version,
        created_at=rule_set.created_at,
        cards=tuple(
            RuleCardDraft(c.title, c.statement, c.why, c.library_key) for c in rule_set.cards
        ),
    )


class RuleService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._libraries: dict[str, tuple[LibraryCard, ...]] = {}

    def library(self, language: str = SOURCE_LANGUAGE) -> tuple[LibraryCard, ...]:
        """The built-in cards in `language`; English for a card it lacks, and all English
        when its file cannot be read (the tests keep the shipped files valid)."""
        if language not in self._libraries:
            try:
                cards = load_library(language=language)
            except (ValueError, OSError):
                if language == SOURCE_LANGUAGE:
                    raise
                cards = self.library()
            self._libraries[language] = cards
        return self._libraries[language]

    def current(self, group_id: int) -> RuleSetInfo | None:
        with self._ctx.sessions() as s:
            rule_set = s.scalars(
                select(RuleSet)
                .where(RuleSet.group_id == group_id)
                .order_by(RuleSet.version.desc())
                .limit(1)
            ).first()
            return _info(rule_set) if rule_set else None

    def versions(self, group_id: int) -> list[RuleSetSummary]:
        with self._ctx.sessions() as s:
            rows = s.execute(
                select(RuleSet.id, RuleSet.version, RuleSet.created_at, func.count(RuleCard.id))
                .outerjoin(RuleCard, RuleCard.rule_set_id == RuleSet.id)
                .where(RuleSet.group_id == group_id)
                .group_by(RuleSet.id)
                .order_by(RuleSet.version.desc())
            )
            return [RuleSetSummary(r[0], r[1], r[2], r[3]) for r in rows]

    def get_version(self, rule_set_id: int) -> RuleSetInfo:
        with self._ctx.sessions() as s:
            rule_set = s.get(RuleSet, rule_set_id)
            if rule_set is None:
                raise NotFound("That rule set version no longer exists.")
            return _info(rule_set)

    def save(self, group_id: int, cards: Sequence[RuleCardDraft]) -> RuleSetInfo:
        """Store `cards` as the group's rule set; a new version only when something changed."""
        for index, card in enumerate(cards, start=1):
            try:
                validate_rule_card(card.title, card.statement, card.why)
            except ValidationError as exc:
                raise ValidationError(
                    exc.field,
                    # Translators: {problem} is what is wrong with the card, a whole sentence.
                    N_("Card {index}: {problem}"),
                    index=index,
                    problem=Phrase(exc.template, exc.params),
                ) from exc
        normalized = _normalized(cards)
        with self._ctx.sessions.begin() as s:
            if s.get(Group, group_id) is None:
                raise NotFound("That group no longer exists.")
            latest = self._latest(s, group_id)
            if latest is not None and _info(latest).cards == normalized:
                return _info(latest)
            rule_set = RuleSet(
                group_id=group_id,
                version=(latest.version + 1) if latest else 1,
                created_at=self._ctx.now(),
            )
            rule_set.cards.extend(
                RuleCard(
                    position=i,
                    title=c.title,
                    statement=c.statement,
                    why=c.why,
                    library_key=c.library_key,
                )
                for i, c in enumerate(normalized)
            )
            s.add(rule_set)
            s.flush()
            return _info(rule_set)

    @staticmethod
    def _latest(s: Session, group_id: int) -> RuleSet | None:
        return s.scalars(
            select(RuleSet)
            .where(RuleSet.group_id == group_id)
            .order_by(RuleSet.version.desc())
            .limit(1)
        ).first()
