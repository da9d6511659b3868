"""Check-in scores: a member's self-rating said aloud in a round ("how are you arriving
today, 0–10"), recorded by the facilitator with one input and private to them.

One score per session and member (re-entering replaces it). The score is sealed as a JSON
number ("7") in `checkin_scores.score_ct`, AAD (checkin_scores, id, "score", rev), the form
the session note's facts and the "not on track" rule read; only the session, the member and
when it was recorded stay plain.

In the room a score goes through the runner's queue of changes that wait for the disk
(room_writes.UnsavedChanges): it is held there sealed for this process's memory
(`KeyRing.seal_for_later`) from the moment it is entered, and sealed to its row when the
disk takes it, so a full disk or a lock loses nothing and never holds it in plain form.

The scale and the question are the group's (groups.checkin_min, checkin_max,
checkin_question); higher means better, as the "not on track" rule reads it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.crypto.keyring import KeyRing
from facilitator_desktop.errors import (
    N_,
    FacilitatorError,
    NotFound,
    RecordDamaged,
    ValidationError,
    VaultLocked,
)
from facilitator_desktop.models import CheckinScore, Group, GroupSession, Member

# The scale's rules live in checkin_scale; they stay importable from here (`X as X`: mypy's
# explicit re-export), for the screens and tests that take them with the service.
from facilitator_desktop.services.checkin_scale import DEFAULT_SCALE as DEFAULT_SCALE
from facilitator_desktop.services.checkin_scale import QUESTION_MAX as QUESTION_MAX
from facilitator_desktop.services.checkin_scale import SCALE_HIGHEST as SCALE_HIGHEST
from facilitator_desktop.services.checkin_scale import SCALE_LOWEST as SCALE_LOWEST
from facilitator_desktop.services.checkin_scale import CheckinScale as CheckinScale
from facilitator_desktop.services.checkin_scale import check_scale as check_scale
from facilitator_desktop.services.checkin_scale import check_score as check_score
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.row_check import next_rev
from facilitator_desktop.services.sealed import open_sealed, seal

TABLE: Final = "checkin_scores"
FIELD: Final = "score"  # as in SEALED_COLUMNS


_GONE_GROUP = "That group no longer exists."
_GONE_SESSION = "That session no longer exists."


class ScoreKeyChanging(FacilitatorError):
    default_message = (
        "The workspace key is being changed, so the score could not be recorded. Enter it "
        "again in a moment."
    )


# --- a score waiting for the disk --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HeldScore:
    """A score entered in the room, sealed for this process's memory until its row is
    written (see the module docstring)."""

    sealed: bytes
    recorded_at: datetime

    def __repr__(self) -> str:  # never the blob in a log or a traceback
        return f"HeldScore({len(self.sealed)} bytes sealed, recorded_at={self.recorded_at!r})"


def hold(keyring: KeyRing, scale: CheckinScale, score: int, now: datetime) -> HeldScore:
    """Seal a score entered in the room for the queue. Refuses a score off the scale; while
    the key is being changed, says so (nothing is recorded)."""
    check_score(scale, score)
    try:
        return HeldScore(keyring.seal_for_later(json.dumps(score)), now)
    except VaultLocked:
        raise
    except FacilitatorError as exc:  # KeyChanging
        raise ScoreKeyChanging() from exc


def open_held(keyring: KeyRing, held: Mapping[int, HeldScore]) -> dict[int, int]:
    """The waiting scores by member (those that no longer open are left out)."""
    found: dict[int, int] = {}
    for member_id, item in held.items():
        try:
            score = _number(keyring.open_later(item.sealed))
        except FacilitatorError:
            continue
        if score is not None:
            found[member_id] = score
    return found


def store_held(
    s: Session, keyring: KeyRing, session_id: int, held: Mapping[int, HeldScore]
) -> bool:
    """Write waiting scores (inside the caller's transaction). False, writing nothing, while
    the workspace is locked: they wait for the unlock. A score held under a data key since
    replaced can never be opened again and is dropped; a member erased meanwhile has no
    score to keep."""
    if not held:
        return True
    try:
        cipher = keyring.cipher
    except VaultLocked:
        return False
    for member_id, item in held.items():
        try:
            text = keyring.open_later(item.sealed)
        except RecordDamaged:
            continue
        if s.get(Member, member_id) is None:
            continue
        _write(s, cipher, session_id, member_id, text, item.recorded_at)
    return True


def _write(
    s: Session, cipher: FieldCipher, session_id: int, member_id: int, text: str, at: datetime
) -> None:
    row = s.scalar(
        select(CheckinScore).where(
            CheckinScore.session_id == session_id, CheckinScore.member_id == member_id
        )
    )
    if row is None:
        row = CheckinScore(session_id=session_id, member_id=member_id, rev=0, recorded_at=at)
        s.add(row)
        s.flush()  # the id is part of the AAD
    else:
        row.rev = next_rev(row.rev)
        row.recorded_at = at
    row.score_ct = seal(cipher, TABLE, row.id, row.rev, FIELD, text)
    s.flush()


def _number(text: str | None) -> int | None:
    """A score as this module seals it (a JSON number); also {"score": n}, which the
    session note's facts and the "not on track" rule read as well."""
    if not text:
        return None
    try:
        value: object = json.loads(text)
    except ValueError:
        return None
    if isinstance(value, dict):
        value = value.get("score")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            return None
        value = int(value)
    return value


# --- what the screens get ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScorePoint:
    """One member's score in one session."""

    session_id: int
    started_at: datetime  # stored, naive UTC
    score: int


@dataclass(frozen=True, slots=True)
class RecordedScore:
    """One check-in as stored; score None: it could not be read (damaged), never guessed."""

    session_id: int
    started_at: datetime  # stored, naive UTC
    score: int | None


@dataclass(frozen=True, slots=True)
class MemberCheckins:
    """A member's check-ins, oldest first, on their group's scale."""

    scale: CheckinScale
    points: tuple[ScorePoint, ...]
    damaged: int = 0  # scores that could not be read (left out of the points)


@dataclass(frozen=True, slots=True)
class SessionCheckins:
    """A group's check-ins in one session."""

    session_id: int
    started_at: datetime
    scores: tuple[int, ...]  # lowest first

    @property
    def mean(self) -> float:
        return sum(self.scores) / len(self.scores)

    @property
    def lowest(self) -> int:
        return self.scores[0]

    @property
    def highest(self) -> int:
        return self.scores[-1]


@dataclass(frozen=True, slots=True)
class GroupCheckins:
    """A group's check-ins session by session, oldest first (sessions without one are
    left out)."""

    scale: CheckinScale
    sessions: tuple[SessionCheckins, ...]
    damaged: int = 0


class CheckinScoreService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # --- the group's scale -----------------------------------------------------------------

    def scale(self, group_id: int) -> CheckinScale:
        with self._ctx.sessions() as s:
            return _scale(s, group_id)

    def set_scale(self, group_id: int, low: int, high: int, question: str) -> CheckinScale:
        """The group's scale and question. Scores already recorded must stay on it: a
        narrower scale that would leave one outside is refused, in words."""
        scale = check_scale(low, high, question)
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            group = s.get(Group, group_id)
            if group is None:
                raise NotFound(_GONE_GROUP)
            known = [score for _, _, score in _group_rows(s, cipher, group_id) if score is not None]
            if known and (min(known) < scale.low or max(known) > scale.high):
                raise ValidationError(
                    "checkin_scale",
                    N_(
                        "Check-in scores already recorded in this group go from {low} to "
                        "{high}: the scale must include them."
                    ),
                    low=min(known),
                    high=max(known),
                )
            group.checkin_min = scale.low
            group.checkin_max = scale.high
            group.checkin_question = scale.question
            return scale

    # --- scores -------------------------------------------------------------------------------

    def session_scores(self, session_id: int) -> dict[int, int]:
        """The scores recorded in a session, by member (one that does not open is left
        out)."""
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions() as s:
            rows = s.execute(
                select(
                    CheckinScore.id,
                    CheckinScore.member_id,
                    CheckinScore.rev,
                    CheckinScore.score_ct,
                ).where(CheckinScore.session_id == session_id)
            ).all()
        found: dict[int, int] = {}
        for row_id, member_id, rev, blob in rows:
            score = _opened(cipher, row_id, rev, blob)
            if score is not None:
                found[member_id] = score
        return found

    def record(self, session_id: int, member_id: int, score: int) -> None:
        """A score written at once, outside the room (a correction, or data brought in):
        the member must belong to the session's group and the score be on its scale.
        Re-entering replaces the score."""
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions.begin() as s:
            session = s.get(GroupSession, session_id)
            if session is None:
                raise NotFound(_GONE_SESSION)
            member = s.get(Member, member_id)
            if member is None or member.group_id != session.group_id:
                raise NotFound("That member is not part of this session's group.")
            check_score(_scale(s, session.group_id), score)
            _write(s, cipher, session_id, member_id, json.dumps(score), self._ctx.now())

    def member_series(self, member_id: int) -> MemberCheckins:
        """A member's check-ins over the weeks, oldest first."""
        scale, recorded = self.member_scores(member_id)
        points = tuple(
            ScorePoint(item.session_id, item.started_at, item.score)
            for item in recorded
            if item.score is not None
        )
        return MemberCheckins(scale, points, len(recorded) - len(points))

    def recorded_count(self, member_id: int) -> int:
        """How many check-ins of the member are stored (nothing opened: works while
        locked, and costs one count)."""
        with self._ctx.sessions() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(CheckinScore)
                    .where(CheckinScore.member_id == member_id)
                )
                or 0
            )

    def member_scores(self, member_id: int) -> tuple[CheckinScale, tuple[RecordedScore, ...]]:
        """Every check-in of a member as stored, oldest first, those that no longer open
        included (score None): what their copy of their record and the CSV say."""
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions() as s:
            member = s.get(Member, member_id)
            if member is None:
                raise NotFound("That member no longer exists.")
            scale = _scale(s, member.group_id)
            rows = s.execute(
                select(
                    CheckinScore.id,
                    CheckinScore.rev,
                    CheckinScore.score_ct,
                    CheckinScore.session_id,
                    GroupSession.started_at,
                )
                .join(GroupSession, GroupSession.id == CheckinScore.session_id)
                .where(CheckinScore.member_id == member_id)
                .order_by(GroupSession.started_at, CheckinScore.id)
            ).all()
        return scale, tuple(
            RecordedScore(session_id, started_at, _opened(cipher, row_id, rev, blob))
            for row_id, rev, blob, session_id, started_at in rows
        )

    def group_series(self, group_id: int, *, last: int | None = None) -> GroupCheckins:
        """The group's check-ins per session, oldest first; `last`: only the latest
        sessions that have any."""
        cipher = self._ctx.keyring.cipher
        with self._ctx.sessions() as s:
            scale = _scale(s, group_id)
            rows = _group_rows(s, cipher, group_id)
        per_session: dict[int, tuple[datetime, list[int]]] = {}
        damaged = 0
        for session_id, started_at, score in rows:
            if score is None:
                damaged += 1
                continue
            per_session.setdefault(session_id, (started_at, []))[1].append(score)
        sessions = [
            SessionCheckins(session_id, started_at, tuple(sorted(scores)))
            for session_id, (started_at, scores) in per_session.items()
        ]
        sessions.sort(key=lambda item: (item.started_at, item.session_id))
        if last is not None:
            sessions = sessions[-last:] if last > 0 else []
        return GroupCheckins(scale, tuple(sessions), damaged)


def _scale(s: Session, group_id: int) -> CheckinScale:
    row = s.execute(
        select(Group.checkin_min, Group.checkin_max, Group.checkin_question).where(
            Group.id == group_id
        )
    ).first()
    if row is None:
        raise NotFound(_GONE_GROUP)
    low, high, question = row
    try:
        return check_scale(low, high, question if isinstance(question, str) else "")
    except ValidationError:
        return DEFAULT_SCALE  # a row edited by hand: the usual scale, never a crash


def _group_rows(
    s: Session, cipher: FieldCipher, group_id: int
) -> Iterable[tuple[int, datetime, int | None]]:
    rows: list[Any] = list(
        s.execute(
            select(
                CheckinScore.id,
                CheckinScore.rev,
                CheckinScore.score_ct,
                CheckinScore.session_id,
                GroupSession.started_at,
            )
            .join(GroupSession, GroupSession.id == CheckinScore.session_id)
            .where(GroupSession.group_id == group_id)
            .order_by(GroupSession.started_at, CheckinScore.id)
        )
    )
    return [
        (session_id, started_at, _opened(cipher, row_id, rev, blob))
        for row_id, rev, blob, session_id, started_at in rows
    ]


def _opened(cipher: FieldCipher, row_id: int, rev: object, blob: object) -> int | None:
    if type(rev) is not int or not isinstance(blob, bytes):
        return None
    try:
        return _number(open_sealed(cipher, TABLE, row_id, rev, FIELD, blob))
    except RecordDamaged:
        return None


# --- a member's copy of their record and their scores' CSV ------------------------------------


@dataclass(frozen=True, slots=True)
class ExportCheckin:
    session: datetime  # stored, naive UTC
    score: int | None  # None: the score could not be read
    low: int  # the group's scale
    high: int


def export_checkins(ctx: ServiceContext, member_id: int) -> tuple[ExportCheckin, ...]:
    """The member's check-ins, oldest first, on their group's scale as it is now (a scale
    never narrows past a recorded score, so every score lies on it)."""
    scale, recorded = CheckinScoreService(ctx).member_scores(member_id)
    return tuple(
        ExportCheckin(item.started_at, item.score, scale.low, scale.high) for item in recorded
    )


def checkins_document(checkins: Iterable[ExportCheckin]) -> list[dict[str, object]]:
    return [
        {
            "session": item.session.replace(microsecond=0).isoformat(),
            "score": item.score,
            "scale": {"low": item.low, "high": item.high},
            **({"damaged": True} if item.score is None else {}),
        }
        for item in checkins
    ]
