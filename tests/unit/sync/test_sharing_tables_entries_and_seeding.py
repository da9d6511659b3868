"""Replicated children, continued: a session note's progress entries, a shared note's members,
and what a group holds when sharing starts (owners first, sessions by start)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from facilitator_desktop.models import (
    Acknowledgement,
    Attendance,
    CheckinScore,
    Member,
    Note,
    NoteAddendum,
    NoteMember,
    ProgressEntry,
    RuleSet,
    SessionEvent,
    SessionNote,
    Turn,
)
from facilitator_desktop.services.sealed import open_sealed, seal
from facilitator_desktop.services.sharing_records import Ids, MissingOwner
from facilitator_desktop.services.sharing_tables import BY_NAME, seed_ids
from tests.unit.sync.laptops import Laptop, make_laptop, new_group
from tests.unit.sync.tables_support import (
    ERASED,
    NOBODY,
    OFFLINE,
    START,
    a_session,
    tombstone,
    uuid_of,
)


@pytest.fixture
def ana(tmp_path: Path) -> Iterator[Laptop]:
    laptop = make_laptop(tmp_path, "ana", OFFLINE, START)
    yield laptop
    laptop.ws.close()


# --- a session note's progress entries ---------------------------------------------------------


def entries_held(ana: Laptop, s: Session, note_id: int) -> dict[int, tuple[int, str]]:
    cipher = ana.ws.keyring.cipher
    return {
        e.member_id: (
            e.rev,
            open_sealed(cipher, "progress_entries", e.id, e.rev, "body", e.body_ct),
        )
        for e in s.scalars(select(ProgressEntry).where(ProgressEntry.session_note_id == note_id))
    }


def test_progress_entries_travel_by_member_uuid_and_are_resealed_here(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    spec, cipher = BY_NAME["session_notes"], ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        session = a_session(s, group_id, START, {})
        other_session = a_session(s, group_id, datetime(2026, 3, 9, 18, 0), {})
        note = SessionNote(session_id=session.id, rev=0, created_at=START, updated_at=START)
        other_note = SessionNote(
            session_id=other_session.id, rev=0, created_at=START, updated_at=START
        )
        s.add_all([note, other_note])
        s.flush()
        for note_row, member, text in (
            (note, members[2], "Cy spoke of loss."),
            (note, members[0], "Ann was quiet."),
            (note, members[1], ""),
            (other_note, members[0], "another week"),
        ):
            entry = ProgressEntry(session_note_id=note_row.id, member_id=member, rev=0)
            s.add(entry)
            s.flush()
            entry.body_ct = seal(cipher, "progress_entries", entry.id, 0, "body", text)
        s.flush()
        ids = Ids(s)
        keys = [uuid_of(s, Member, m) for m in members]
        entries = spec.read(s, note, ids, cipher)["entries"]
        assert entries == {keys[0]: "Ann was quiet.", keys[1]: "", keys[2]: "Cy spoke of loss."}
        assert list(entries) == sorted(entries)  # in key order, whatever order they were written

        tombstone(s, ERASED)
        spec.update(
            s,
            note,
            {
                "entries": {
                    ERASED: "gone",  # first: the members after them still count
                    keys[0]: "Ann spoke at last.",
                    keys[2]: "Cy spoke of loss.",
                }
            },
            ids,
            cipher,
        )
        # Bo's entry is gone, Ann's and Cy's are resealed under their next revision
        assert entries_held(ana, s, note.id) == {
            members[0]: (1, "Ann spoke at last."),
            members[2]: (1, "Cy spoke of loss."),
        }
        spec.update(s, note, {"entries": {keys[1]: "Bo is back."}}, ids, cipher)
        assert entries_held(ana, s, note.id) == {members[1]: (0, "Bo is back.")}
        spec.update(s, note, {"signed_at": None}, ids, cipher)  # no entries: they stay
        assert entries_held(ana, s, note.id) == {members[1]: (0, "Bo is back.")}
        for rev in (1, 2):
            spec.update(s, note, {"entries": {keys[1]: f"Bo, edit {rev}"}}, ids, cipher)
            assert entries_held(ana, s, note.id) == {members[1]: (rev, f"Bo, edit {rev}")}
        assert entries_held(ana, s, other_note.id) == {members[0]: (0, "another week")}
        with pytest.raises(MissingOwner):
            spec.update(s, note, {"entries": {NOBODY: "not here yet"}}, ids, cipher)


def test_entries_of_a_member_without_a_uuid_stay_home(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    spec, cipher = BY_NAME["session_notes"], ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        session = a_session(s, group_id, START, {})
        note = SessionNote(session_id=session.id, rev=0, created_at=START, updated_at=START)
        s.add(note)
        s.flush()
        for member in members[:2]:
            entry = ProgressEntry(session_note_id=note.id, member_id=member, rev=0)
            s.add(entry)
            s.flush()
            entry.body_ct = seal(cipher, "progress_entries", entry.id, 0, "body", f"about {member}")
        s.execute(update(Member).where(Member.id == members[0]).values(uuid=None))
        ids = Ids(s)
        assert spec.read(s, note, ids, cipher)["entries"] == {
            uuid_of(s, Member, members[1]): f"about {members[1]}"
        }


# --- a shared note's members ----------------------------------------------------------------------


def test_a_notes_members_travel_sorted_and_the_erased_are_dropped(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    spec, cipher = BY_NAME["notes"], ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        note = Note(group_id=group_id, rev=0, body_ct=b"", created_at=START, updated_at=START)
        other = Note(group_id=group_id, rev=0, body_ct=b"", created_at=START, updated_at=START)
        s.add_all([note, other])
        s.flush()
        for row in (note, other):
            row.body_ct = cipher.encrypt("notes", row.id, "body", 0, "shared with Ben")
        s.add_all([NoteMember(note_id=note.id, member_id=m) for m in members])
        s.add(NoteMember(note_id=other.id, member_id=members[0]))
        s.flush()
        s.execute(update(Member).where(Member.id == members[1]).values(uuid=None))
        ids = Ids(s)
        keys = {m: uuid_of(s, Member, m) for m in (members[0], members[2])}
        assert spec.read(s, note, ids, cipher)["members"] == sorted(keys.values())

        tombstone(s, ERASED)
        spec.update(s, note, {"members": [keys[members[2]], ERASED]}, ids, cipher)
        held = set(s.scalars(select(NoteMember.member_id).where(NoteMember.note_id == note.id)))
        assert held == {members[2]}
        spec.update(s, note, {"follow_up": True}, ids, cipher)  # no members: they stay
        assert spec.read(s, note, ids, cipher)["members"] == [keys[members[2]]]
        spec.update(s, note, {"members": []}, ids, cipher)
        assert spec.read(s, note, ids, cipher)["members"] == []
        assert spec.read(s, other, ids, cipher)["members"] == [keys[members[0]]]


# --- what a group holds when sharing starts -------------------------------------------------


def test_everything_a_group_holds_is_seeded_owners_first_sessions_by_start(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    other_id, others = new_group(ana, "Thursday carers", members=("Dee",))
    with ana.ws.context.sessions.begin() as s:
        rules = RuleSet(group_id=group_id, version=1, created_at=START)
        other_rules = RuleSet(group_id=other_id, version=1, created_at=START)
        s.add_all([rules, other_rules])
        s.flush()
        s.add_all(
            [
                Acknowledgement(
                    member_id=members[1],
                    rule_set_id=rules.id,
                    signed_on=date(2026, 3, 1),
                    recorded_at=START,
                ),
                Acknowledgement(
                    member_id=others[0],
                    rule_set_id=other_rules.id,
                    signed_on=date(2026, 3, 1),
                    recorded_at=START,
                ),
            ]
        )
        late = a_session(s, group_id, datetime(2026, 3, 9, 18, 0), {})
        early = a_session(s, group_id, datetime(2026, 3, 2, 18, 0), {})
        elsewhere = a_session(s, other_id, datetime(2026, 3, 1, 18, 0), {})
        events = []
        for seq in (2, 1):
            event = SessionEvent(
                session_id=early.id, seq=seq, at=float(seq), kind="k", payload="{}"
            )
            s.add(event)
            s.flush()
            events.append(event.id)
        s.add(SessionEvent(session_id=elsewhere.id, seq=1, at=1.0, kind="k", payload="{}"))
        s.add(Attendance(session_id=early.id, member_id=members[0], status="present"))
        s.add(Attendance(session_id=elsewhere.id, member_id=others[0], status="present"))
        turn = Turn(
            session_id=early.id, member_id=members[0], segment_index=0, started_at=1.0, duration=5.0
        )
        s.add(turn)
        s.add(
            CheckinScore(
                session_id=late.id, member_id=members[2], rev=0, score_ct=None, recorded_at=START
            )
        )
        note = SessionNote(session_id=late.id, rev=0, created_at=START, updated_at=START)
        s.add(note)
        s.flush()
        addendum = NoteAddendum(session_note_id=note.id, member_id=None, rev=0, created_at=START)
        s.add(addendum)
        shared_note = Note(
            group_id=group_id, rev=0, body_ct=b"", created_at=START, updated_at=START, shared=True
        )
        private_note = Note(
            group_id=group_id, rev=0, body_ct=b"", created_at=START, updated_at=START
        )
        foreign_note = Note(
            group_id=other_id, rev=0, body_ct=b"", created_at=START, updated_at=START, shared=True
        )
        s.add_all([shared_note, private_note, foreign_note])
        s.flush()
        assert list(seed_ids(s, group_id)) == [
            ("groups", (group_id, None)),
            ("members", (members[0], None)),
            ("members", (members[1], None)),
            ("members", (members[2], None)),
            ("rule_sets", (rules.id, None)),
            ("acknowledgements", (members[1], rules.id)),
            ("sessions", (early.id, None)),
            ("session_events", (events[1], None)),  # seq 1 before seq 2
            ("session_events", (events[0], None)),
            ("attendance", (early.id, members[0])),
            ("turns", (turn.id, None)),
            ("sessions", (late.id, None)),
            ("checkin_scores", (late.id, members[2])),
            ("session_notes", (note.id, None)),
            ("note_addenda", (addendum.id, None)),
            ("notes", (shared_note.id, None)),
        ]


def test_a_group_with_nothing_in_it_seeds_itself_alone(ana: Laptop) -> None:
    group_id, _ = new_group(ana, members=())
    with ana.ws.context.sessions.begin() as s:
        assert list(seed_ids(s, group_id)) == [("groups", (group_id, None))]
