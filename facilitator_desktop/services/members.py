"""Members of a group. Alias, full name, contact and remarks are encrypted per field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.domain.validation import clean, validate_alias
from facilitator_desktop.errors import N_, NotFound, RecordDamaged, ValidationError
from facilitator_desktop.models import Group, Member
from facilitator_desktop.services.context import ServiceContext, to_local
from facilitator_desktop.services.row_check import (
    CheckedRow,
    RowChecker,
    checker,
    load_for_edit,
    next_rev,
    raw_select,
    table_of,
)
from facilitator_desktop.services.sealed import open_sealed, seal
from facilitator_desktop.services.sealed_columns import alias_scope

TABLE = "members"
DAMAGED_ALIAS = "⚠ damaged record"
_GONE = "That member no longer exists."


@dataclass(frozen=True, slots=True)
class MemberDraft:
    alias: str
    full_name: str = ""
    contact: str = ""
    remarks: str = ""


@dataclass(frozen=True, slots=True)
class MemberInfo:
    id: int
    group_id: int
    seat: int
    alias: str
    full_name: str
    contact: str
    remarks: str
    joined_on: date
    left_on: date | None
    damaged: bool = False

    @property
    def active(self) -> bool:
        return self.left_on is None


def _alias_scope(group_id: int) -> str:
    return alias_scope(group_id)


class MemberService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # --- reading -------------------------------------------------------------------------

    def list(self, group_id: int, *, include_left: bool = False) -> list[MemberInfo]:
        """Seat order; a malformed or undecryptable member is listed as damaged."""
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions() as s:
            query = raw_select(table_of(Member)).where(Member.group_id == group_id)
            if not include_left:
                query = query.where(Member.left_on.is_(None))
            query = query.order_by(Member.left_on.is_not(None), Member.seat, Member.id)
            check = checker(s, Member)
            return [
                self._checked_info(cipher, check, check.check(raw))
                for raw in s.execute(query).mappings()
            ]

    def get(self, member_id: int) -> MemberInfo:
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions() as s:
            query = raw_select(table_of(Member)).where(Member.id == member_id)
            raw = s.execute(query).mappings().first()
            if raw is None:
                raise NotFound(_GONE)
            check = checker(s, Member)
            return self._checked_info(cipher, check, check.check(raw))

    # --- writing -------------------------------------------------------------------------

    def add(self, group_id: int, draft: MemberDraft) -> MemberInfo:
        alias = validate_alias(draft.alias)
        cipher = self._ctx.keyring.cipher
        try:
            with self._ctx.sessions.begin() as s:
                # By id only: a group whose own row is damaged still takes members.
                if s.scalar(select(Group.id).where(Group.id == group_id)) is None:
                    raise NotFound("That group no longer exists.")
                last_seat = s.scalar(
                    select(func.max(Member.seat)).where(Member.group_id == group_id)
                )
                member = Member(
                    group_id=group_id,
                    seat=(last_seat or 0) + 1,
                    rev=0,
                    alias_ct=b"",  # sealed below, once the row id exists for the AAD
                    alias_index=cipher.blind_index(_alias_scope(group_id), alias),
                    joined_on=to_local(self._ctx.now()).date(),
                    created_at=self._ctx.now(),
                )
                s.add(member)
                s.flush()
                self._seal_all(cipher, member, draft, alias)
                s.flush()
                return self._info(cipher, member)
        except IntegrityError as exc:
            raise self._duplicate_alias(alias) from exc

    def update(self, member_id: int, draft: MemberDraft) -> MemberInfo:
        alias = validate_alias(draft.alias)
        cipher = self._ctx.keyring.cipher
        try:
            with self._ctx.sessions.begin() as s:
                member = load_for_edit(s, Member, member_id, _GONE)
                member.alias_index = cipher.blind_index(_alias_scope(member.group_id), alias)
                member.rev = next_rev(member.rev)
                self._seal_all(cipher, member, draft, alias)
                s.flush()
                return self._info(cipher, member)
        except IntegrityError as exc:
            raise self._duplicate_alias(alias) from exc

    def reorder(self, group_id: int, member_ids: Sequence[int]) -> None:
        """Give the listed members seats 1..n in this order; others keep their relative
        order after them (e.g. members who have left)."""
        with self._ctx.sessions.begin() as s:
            # Ids only: a member whose other columns are damaged still takes a seat.
            seated = list(
                s.scalars(
                    select(Member.id)
                    .where(Member.group_id == group_id)
                    .order_by(Member.seat, Member.id)
                )
            )
            unknown = [i for i in member_ids if i not in set(seated)]
            if unknown:
                raise NotFound("A member in that order is not in this group.")
            ordered = list(dict.fromkeys(member_ids))
            ordered += [i for i in seated if i not in set(member_ids)]
            for seat, member_id in enumerate(ordered, start=1):
                s.execute(update(Member).where(Member.id == member_id).values(seat=seat))

    def set_left(self, member_id: int, left_on: date | None) -> MemberInfo:
        """Mark a member as having left (their history stays), or bring them back."""
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            member = load_for_edit(s, Member, member_id, _GONE)
            member.left_on = left_on
            s.flush()
            return self._info(cipher, member)

    # --- helpers -------------------------------------------------------------------------

    @staticmethod
    def _duplicate_alias(alias: str) -> ValidationError:
        return ValidationError(
            "alias",
            N_("“{alias}” is already in this group. Add an initial to tell them apart."),
            alias=alias,
        )

    @staticmethod
    def _seal_all(cipher: FieldCipher, member: Member, draft: MemberDraft, alias: str) -> None:
        def sealed(field: str, text: str) -> bytes | None:
            return seal(cipher, TABLE, member.id, member.rev, field, clean(text))

        member.alias_ct = sealed("alias", alias) or b""
        member.full_name_ct = sealed("full_name", draft.full_name)
        member.contact_ct = sealed("contact", draft.contact)
        member.remarks_ct = sealed("remarks", draft.remarks)

    @staticmethod
    def _info(cipher: FieldCipher, m: Member) -> MemberInfo:
        def opened(field: str, blob: bytes | None) -> str:
            return open_sealed(cipher, TABLE, m.id, m.rev, field, blob)

        try:
            alias = opened("alias", m.alias_ct)
            full_name = opened("full_name", m.full_name_ct)
            contact = opened("contact", m.contact_ct)
            remarks = opened("remarks", m.remarks_ct)
        except RecordDamaged:
            return MemberInfo(
                m.id, m.group_id, m.seat, DAMAGED_ALIAS, "", "", "", m.joined_on, m.left_on, True
            )
        return MemberInfo(
            m.id, m.group_id, m.seat, alias, full_name, contact, remarks, m.joined_on, m.left_on
        )

    @classmethod
    def _checked_info(cls, cipher: FieldCipher, check: RowChecker, row: CheckedRow) -> MemberInfo:
        if not row.damaged:
            return cls._info(cipher, check.instance(Member, row))
        return MemberInfo(
            row.values["id"],
            row.good("group_id", 0),
            row.good("seat", 0),
            DAMAGED_ALIAS,
            "",
            "",
            "",
            row.good("joined_on", date.min),  # date.min: not known
            row.good("left_on", None),
            damaged=True,
        )
