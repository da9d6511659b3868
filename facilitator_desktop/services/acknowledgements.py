"""Which rule set version each member read and signed, and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from facilitator_desktop.errors import NotFound
from facilitator_desktop.models import Acknowledgement, Member, RuleSet
from facilitator_desktop.services.context import ServiceContext


@dataclass(frozen=True, slots=True)
class AcknowledgementInfo:
    member_id: int
    rule_set_id: int
    version: int
    signed_on: date


class AcknowledgementService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def record(self, member_id: int, rule_set_id: int, signed_on: date) -> AcknowledgementInfo:
        """Record a signature; recording the same version again updates its date."""
        with self._ctx.sessions.begin() as s:
            member = s.get(Member, member_id)
            rule_set = s.get(RuleSet, rule_set_id)
            if member is None or rule_set is None:
                raise NotFound("That member or rule set no longer exists.")
            if rule_set.group_id != member.group_id:
                raise NotFound("That rule set belongs to another group.")
            existing = s.scalar(
                select(Acknowledgement).where(
                    Acknowledgement.member_id == member_id,
                    Acknowledgement.rule_set_id == rule_set_id,
                )
            )
            if existing is None:
                existing = Acknowledgement(member_id=member_id, rule_set_id=rule_set_id)
                s.add(existing)
            existing.signed_on = signed_on
            existing.recorded_at = self._ctx.now()
            return AcknowledgementInfo(member_id, rule_set_id, rule_set.version, signed_on)

    def for_member(self, member_id: int) -> list[AcknowledgementInfo]:
        """Newest version first."""
        with self._ctx.sessions() as s:
            rows = s.execute(
                select(Acknowledgement.rule_set_id, RuleSet.version, Acknowledgement.signed_on)
                .join(RuleSet, RuleSet.id == Acknowledgement.rule_set_id)
                .where(Acknowledgement.member_id == member_id)
                .order_by(RuleSet.version.desc())
            )
            return [AcknowledgementInfo(member_id, r[0], r[1], r[2]) for r in rows]

    def latest_by_member(self, group_id: int) -> dict[int, AcknowledgementInfo]:
        """Each member's most recent acknowledgement in the group (members who never
        signed are absent from the result)."""
        with self._ctx.sessions() as s:
            rows = s.execute(
                select(
                    Acknowledgement.member_id,
                    Acknowledgement.rule_set_id,
                    RuleSet.version,
                    Acknowledgement.signed_on,
                )
                .join(RuleSet, RuleSet.id == Acknowledgement.rule_set_id)
                .where(RuleSet.group_id == group_id)
                .order_by(RuleSet.version)
            )
            return {r[0]: AcknowledgementInfo(r[0], r[1], r[2], r[3]) for r in rows}
