"""Gathers what each handout prints from the workspace, as the handouts' plain dataclasses.

Only `facilitator_desktop.handouts.data` is imported here (no ReportLab): building the PDF is
the caller's next step, done lazily.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.handouts.data import (
    AirtimeRow,
    AttendanceRow,
    CardLayout,
    CardsPerPage,
    GroundRulesData,
    NoteRow,
    RuleCardData,
    RuleCardsData,
    SegmentRow,
    SessionSummaryData,
    SignInSheetData,
)
from facilitator_desktop.services.context import to_local
from facilitator_desktop.services.groups import GroupService
from facilitator_desktop.services.members import MemberService
from facilitator_desktop.services.notes import NoteFilter, NoteService
from facilitator_desktop.services.rules import RuleService
from facilitator_desktop.services.sessions import GroupSessionService
from facilitator_desktop.services.settings import (
    FACILITATOR_CONTACT,
    FACILITATOR_NAME,
    SUPPORT_LINE,
    SettingsService,
)

WELCOME_DEFAULT = (
    "Welcome. These are the agreements that keep this group a safe place for everyone."
)


class NoRuleSet(FacilitatorError):
    default_message = "This group has no ground rules yet. Add cards on the Rules page first."


@dataclass(frozen=True, slots=True)
class FacilitatorProfile:
    name: str = ""
    contact: str = ""
    support_line: str = ""


class HandoutDataService:
    def __init__(
        self,
        groups: GroupService,
        members: MemberService,
        rules: RuleService,
        sessions: GroupSessionService,
        notes: NoteService,
        settings: SettingsService,
    ) -> None:
        self._groups = groups
        self._members = members
        self._rules = rules
        self._sessions = sessions
        self._notes = notes
        self._settings = settings

    # --- the facilitator's own details (not private: printed on every handout) -------------

    def profile(self) -> FacilitatorProfile:
        return FacilitatorProfile(
            self._settings.get(FACILITATOR_NAME),
            self._settings.get(FACILITATOR_CONTACT),
            self._settings.get(SUPPORT_LINE),
        )

    def save_profile(self, profile: FacilitatorProfile) -> None:
        self._settings.set(FACILITATOR_NAME, profile.name)
        self._settings.set(FACILITATOR_CONTACT, profile.contact)
        self._settings.set(SUPPORT_LINE, profile.support_line)

    # --- handouts ---------------------------------------------------------------------------

    def ground_rules(
        self,
        group_id: int,
        *,
        member_id: int | None = None,
        acknowledgement: bool = True,
        welcome: str = WELCOME_DEFAULT,
    ) -> GroundRulesData:
        group = self._groups.get(group_id)
        rule_set = self._rules.current(group_id)
        if rule_set is None or not rule_set.cards:
            raise NoRuleSet()
        profile = self.profile()
        alias = self._members.get(member_id).alias if member_id is not None else None
        return GroundRulesData(
            group_name=group.name,
            cards=tuple(RuleCardData(c.title, c.statement, c.why) for c in rule_set.cards),
            rule_set_version=rule_set.version,
            rule_set_date=to_local(rule_set.created_at).date(),
            welcome=welcome,
            facilitator_name=profile.name,
            facilitator_contact=profile.contact,
            support_line=profile.support_line,
            acknowledgement=acknowledgement,
            member_alias=alias,
        )

    def rule_cards(
        self,
        group_id: int,
        *,
        layout: CardLayout = "cut",
        per_page: CardsPerPage = 4,
        show_why: bool = True,
    ) -> RuleCardsData:
        group = self._groups.get(group_id)
        rule_set = self._rules.current(group_id)
        if rule_set is None or not rule_set.cards:
            raise NoRuleSet()
        return RuleCardsData(
            group_name=group.name,
            cards=tuple(RuleCardData(c.title, c.statement, c.why) for c in rule_set.cards),
            layout=layout,
            per_page=per_page,
            show_why=show_why,
        )

    def sign_in_sheet(self, group_id: int, on: date, *, guest_lines: int = 3) -> SignInSheetData:
        group = self._groups.get(group_id)
        return SignInSheetData(
            group_name=group.name,
            date=on,
            aliases=tuple(m.alias for m in self._members.list(group_id)),
            guest_lines=guest_lines,
            facilitator_name=self.profile().name,
        )

    def session_summary(
        self, session_id: int, *, include_private_notes: bool = False
    ) -> SessionSummaryData:
        summary = self._sessions.summary(session_id)
        notes: tuple[NoteRow, ...] = ()
        if include_private_notes:
            found = self._notes.find(NoteFilter(session_id=session_id))
            notes = tuple(
                NoteRow(to_local(n.created_at).strftime("%H:%M"), n.body)
                for n in sorted(found, key=lambda n: n.created_at)
            )
        return SessionSummaryData(
            group_name=summary.group_name,
            date=to_local(summary.started_at).date(),
            segments=tuple(
                SegmentRow(s.name, s.planned_seconds, s.actual_seconds) for s in summary.segments
            ),
            attendance=tuple(
                AttendanceRow(
                    a.alias,
                    a.status,  # type: ignore[arg-type]
                    arrived_after_s=a.arrived_at,
                    left_after_s=a.left_at,
                )
                for a in summary.attendance
            ),
            airtime=tuple(
                AirtimeRow(a.alias, a.seconds, a.turns, a.passes) for a in summary.airtime
            ),
            notes=notes,
            include_private_notes=include_private_notes,
        )
