"""Simulated laptops for the sharing tests: each a workspace of its own (cheap KDF) with the
sharing service and sync engine on it, all talking to one throwaway PostgreSQL database."""

from __future__ import annotations

import json
import random
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.models import (
    Acknowledgement,
    Attendance,
    CheckinScore,
    Group,
    GroupSession,
    Member,
    Note,
    NoteAddendum,
    RuleSet,
    SessionEvent,
    SessionNote,
    Turn,
)
from facilitator_desktop.models.sync import SyncGroupKey
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.sharing import SharingService
from facilitator_desktop.services.sharing_engine import SyncEngine, SyncReport
from facilitator_desktop.services.sharing_records import Ids
from facilitator_desktop.services.sharing_tables import BY_NAME
from facilitator_desktop.sync.server import ServerSettings
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.postgres import PostgresCluster

# Settings of a server never reached: for laptops whose changes are handed over in-process.
STUB = ServerSettings("127.0.0.1", 1, "db", "role", "pw")


def server_settings(cluster: PostgresCluster, dbname: str) -> ServerSettings:
    return ServerSettings(cluster.host, cluster.port, dbname, cluster.user, cluster.password)


class WallClock:
    """A wall clock each laptop steps by hand (services read it through ctx.now)."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class Laptop:
    name: str
    ws: Workspace
    sharing: SharingService
    engine: SyncEngine
    settings: ServerSettings
    wall: WallClock

    def sync(self) -> SyncReport:
        return self.engine.sync(self.settings)


_TEMPLATE: list[Path] = []


def _template() -> Path:
    """One empty workspace made once per test process and copied for every laptop: opening
    a copy costs a fifth of creating one. Each copy gets an identity of its own when it
    first shares (a laptop's device id and keys are made then, never copied)."""
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="fd-laptop-template-")) / "data"
        Workspace.create(folder, PASSPHRASE, kdf_params=FAST_KDF).close()
        _TEMPLATE.append(folder)
    return _TEMPLATE[0]


def make_laptop(
    folder: Path, name: str, settings: ServerSettings, start: datetime | None = None, **engine: Any
) -> Laptop:
    wall = WallClock(start or datetime(2026, 3, 2, 18, 0))
    shutil.copytree(_template(), folder / name)
    ws = Workspace.open(folder / name, PASSPHRASE, now=wall)
    return Laptop(
        name, ws, SharingService(ws.context), SyncEngine(ws.context, **engine), settings, wall
    )


def share(owner: Laptop, group_id: int, *others: Laptop) -> None:
    """`owner` shares the group with each of `others`, safety numbers compared as a careful
    facilitator would."""
    for other in others:
        card = other.sharing.identity().text
        digits = owner.sharing.safety_number(card)
        invitation = owner.sharing.share_group(group_id, card, digits)
        assert other.sharing.safety_number(invitation.inviter.text) == digits
        other.sharing.accept_invitation(invitation.text, digits)


def share_and_sync(owner: Laptop, group_id: int, *others: Laptop) -> None:
    """`share`, then the owner and each of the others sync once, in that order."""
    share(owner, group_id, *others)
    for laptop in (owner, *others):
        laptop.sync()


def new_group(
    laptop: Laptop,
    name: str = "Tuesday grief group",
    members: tuple[str, ...] = ("Ann", "Bo", "Cy"),
) -> tuple[int, list[int]]:
    group = laptop.ws.groups.create(GroupDraft(name, description=f"{name} description"))
    ids = [
        laptop.ws.members.add(group.id, MemberDraft(a, full_name=f"{a} Fullname")).id
        for a in members
    ]
    return group.id, ids


def local_group(laptop: Laptop, group_uuid: str) -> int | None:
    with laptop.ws.context.sessions.begin() as s:
        return s.scalar(select(Group.id).where(Group.uuid == group_uuid))


def aliases_in(laptop: Laptop, group_uuid: str) -> set[str]:
    """The aliases of the shared group's members as this laptop holds them."""
    group_id = local_group(laptop, group_uuid)
    assert group_id is not None
    return {m.alias for m in laptop.ws.members.list(group_id)}


def newest_epoch(laptop: Laptop) -> int:
    """The newest group key this laptop holds (0: none yet)."""
    with laptop.ws.context.sessions() as s:
        return int(s.scalar(select(func.max(SyncGroupKey.epoch))) or 0)


def run_session(laptop: Laptop, group_id: int, minutes: float = 20.0, seed: int = 1) -> int:
    """A short session run as in the room: marks, a round, a score, then the end."""
    clock = FakeClock(1000.0)
    live = laptop.ws.sessions.start(group_id, monotonic=clock, rng=random.Random(seed))
    members = [m.id for m in laptop.ws.members.list(group_id)]
    for m in members:
        live.mark(m, "present")
    live.toggle()
    live.start_round(members[0])
    for _ in members:
        live.next_speaker()
        clock.advance(minutes * 60 / max(1, len(members)))
    live.end_turn()
    laptop.wall.advance(minutes * 60)
    live.end()
    return live.session_id


def _last_session(laptop: Laptop, group_id: int) -> int:
    with laptop.ws.context.sessions.begin() as s:
        found = s.scalar(
            select(GroupSession.id)
            .where(GroupSession.group_id == group_id)
            .order_by(GroupSession.id.desc())
        )
        assert found is not None
        return found


# --- what two replicas must agree on -------------------------------------------------------

SNAPSHOT_TABLES = (
    "groups",
    "members",
    "rule_sets",
    "acknowledgements",
    "sessions",
    "session_events",
    "attendance",
    "turns",
    "checkin_scores",
    "session_notes",
    "note_addenda",
    "notes",
)


def snapshot(laptop: Laptop, group_uuid: str) -> dict[str, Any]:
    """Everything of a shared group as uuids and plaintext (local ids and revisions aside)."""
    cipher = laptop.ws.keyring.cipher
    out: dict[str, Any] = {}
    with laptop.ws.context.sessions.begin() as s:
        group_id = s.scalar(select(Group.id).where(Group.uuid == group_uuid))
        if group_id is None:
            return {}
        ids = Ids(s)
        member_ids = list(s.scalars(select(Member.id).where(Member.group_id == group_id)))
        session_ids = list(
            s.scalars(select(GroupSession.id).where(GroupSession.group_id == group_id))
        )
        rows: dict[str, list[Any]] = {
            "groups": [s.get(Group, group_id)],
            "members": list(s.scalars(select(Member).where(Member.group_id == group_id))),
            "rule_sets": list(s.scalars(select(RuleSet).where(RuleSet.group_id == group_id))),
            "acknowledgements": list(
                s.scalars(select(Acknowledgement).where(Acknowledgement.member_id.in_(member_ids)))
            ),
            "sessions": list(
                s.scalars(select(GroupSession).where(GroupSession.id.in_(session_ids)))
            ),
            "session_events": list(
                s.scalars(select(SessionEvent).where(SessionEvent.session_id.in_(session_ids)))
            ),
            "attendance": list(
                s.scalars(select(Attendance).where(Attendance.session_id.in_(session_ids)))
            ),
            "turns": list(s.scalars(select(Turn).where(Turn.session_id.in_(session_ids)))),
            "checkin_scores": list(
                s.scalars(select(CheckinScore).where(CheckinScore.session_id.in_(session_ids)))
            ),
            "session_notes": list(
                s.scalars(select(SessionNote).where(SessionNote.session_id.in_(session_ids)))
            ),
            "note_addenda": list(
                s.scalars(
                    select(NoteAddendum)
                    .join(SessionNote, SessionNote.id == NoteAddendum.session_note_id)
                    .where(SessionNote.session_id.in_(session_ids))
                )
            ),
            "notes": list(
                s.scalars(select(Note).where(Note.group_id == group_id, Note.shared.is_(True)))
            ),
        }
        for table in SNAPSHOT_TABLES:
            spec = BY_NAME[table]
            found = {}
            for row in rows[table]:
                key = spec.key_of(row, ids)
                found[key] = json.loads(json.dumps(spec.read(s, row, ids, cipher), sort_keys=True))
            out[table] = found
        out["note_addenda"] = {
            key: {**fields, "session_note_id": None, "session": _addendum_session(s, key)}
            for key, fields in out["note_addenda"].items()
        }
    return out


def _addendum_session(s: Session, key: str) -> str | None:
    """The uuid of the session an addendum's note belongs to, read here (not as the record
    names it): two replicas agree on the addendum's session, whatever its note's local row."""
    return s.scalar(
        select(GroupSession.uuid)
        .join(SessionNote, SessionNote.session_id == GroupSession.id)
        .join(NoteAddendum, NoteAddendum.session_note_id == SessionNote.id)
        .where(NoteAddendum.uuid == key)
    )


@contextmanager
def laptops(
    folder: Path, settings: ServerSettings, count: int, **engine: Any
) -> Iterator[list[Laptop]]:
    made = [
        make_laptop(
            folder,
            f"laptop{i}",
            settings,
            datetime(2026, 3, 2, 18, 0, tzinfo=UTC).replace(tzinfo=None),
            **engine,
        )
        for i in range(count)
    ]
    try:
        yield made
    finally:
        for laptop in made:
            laptop.ws.close()
