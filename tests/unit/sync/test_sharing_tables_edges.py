"""The children that travel inside a record, read and written exactly: a group's agenda, a
rule set's cards, a session's seat map and segments, an event's payload, a session note's
progress entries and a shared note's members, each in its order, with erased members left
out and members not yet arrived waited for; and everything a group holds when sharing
starts, in the order it is sent. One laptop, no server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from facilitator_desktop.models import (
    AgendaTemplateSegment,
    Group,
    GroupSession,
    Member,
    RuleCard,
    RuleSet,
    SessionEvent,
    SessionSegment,
)
from facilitator_desktop.services.sharing_records import Ids, MissingOwner
from facilitator_desktop.services.sharing_tables import BY_NAME, ORDER, SEALED_ON_THE_WIRE
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


def test_the_tables_go_owners_first_and_secrets_travel_sealed_again() -> None:
    assert list(ORDER) == [
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
    ]
    assert SEALED_ON_THE_WIRE["session_notes"] == {"body", "entries"}
    assert SEALED_ON_THE_WIRE["members"] == {"alias", "full_name", "contact", "remarks"}
    assert SEALED_ON_THE_WIRE["sessions"] == frozenset()


# --- a group's agenda, a rule set's cards -----------------------------------------------------


def test_a_groups_agenda_travels_in_order_and_is_replaced_whole(ana: Laptop) -> None:
    group_id, _ = new_group(ana)
    other_id, _ = new_group(ana, "Thursday carers")
    spec, cipher = BY_NAME["groups"], ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        for gid in (group_id, other_id):
            s.execute(
                AgendaTemplateSegment.__table__.delete().where(
                    AgendaTemplateSegment.group_id == gid
                )
            )
        s.add_all(
            [
                AgendaTemplateSegment(
                    group_id=group_id, position=2, name="Out", minutes=10, kind="round"
                ),
                AgendaTemplateSegment(
                    group_id=group_id, position=0, name="In", minutes=15, kind="round"
                ),
                AgendaTemplateSegment(
                    group_id=group_id, position=1, name="Talk", minutes=45, kind="open"
                ),
                AgendaTemplateSegment(
                    group_id=other_id, position=0, name="Other", minutes=5, kind="open"
                ),
            ]
        )
        s.flush()
        row = s.get(Group, group_id)
        ids = Ids(s)
        fields = spec.read(s, row, ids, cipher)
        assert fields["agenda"] == [
            [0, "In", 15, "round"],
            [1, "Talk", 45, "open"],
            [2, "Out", 10, "round"],
        ]
        spec.update(s, row, {"name": "Renamed"}, ids, cipher)  # no agenda: it stays
        assert spec.read(s, row, ids, cipher)["agenda"] == fields["agenda"]
        spec.update(s, row, {"agenda": [[0, "Only", 60, "open"]]}, ids, cipher)
        assert spec.read(s, row, ids, cipher)["agenda"] == [[0, "Only", 60, "open"]]
        other = s.get(Group, other_id)
        assert spec.read(s, other, ids, cipher)["agenda"] == [[0, "Other", 5, "open"]]
        spec.update(s, row, {"agenda": []}, ids, cipher)
        assert spec.read(s, row, ids, cipher)["agenda"] == []


def test_a_rule_sets_cards_travel_in_order_with_their_uuids(ana: Laptop) -> None:
    group_id, _ = new_group(ana)
    spec, cipher = BY_NAME["rule_sets"], ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        rules = RuleSet(group_id=group_id, version=1, created_at=START)
        other = RuleSet(group_id=group_id, version=2, created_at=START)
        s.add_all([rules, other])
        s.flush()
        s.add_all(
            [
                RuleCard(
                    uuid="c2",
                    rule_set_id=rules.id,
                    position=1,
                    title="Respect",
                    statement="One at a time.",
                    why="",
                    library_key=None,
                ),
                RuleCard(
                    uuid="c1",
                    rule_set_id=rules.id,
                    position=0,
                    title="Confidential",
                    statement="It stays here.",
                    why="Trust.",
                    library_key="conf",
                ),
                RuleCard(
                    uuid="c9",
                    rule_set_id=other.id,
                    position=0,
                    title="Other",
                    statement="Elsewhere.",
                    why="",
                    library_key=None,
                ),
            ]
        )
        s.flush()
        ids = Ids(s)
        fields = spec.read(s, rules, ids, cipher)
        assert fields["cards"] == [
            ["c1", 0, "Confidential", "It stays here.", "Trust.", "conf"],
            ["c2", 1, "Respect", "One at a time.", "", None],
        ]
        spec.update(s, rules, {"version": 1}, ids, cipher)
        assert spec.read(s, rules, ids, cipher)["cards"] == fields["cards"]
        # the same card uuids written back replace the cards (no clash with themselves)
        swapped = [
            ["c2", 0, "Respect", "One at a time.", "", None],
            ["c3", 1, "Pass", "Any time.", "Nobody must speak.", "pass"],
        ]
        spec.update(s, rules, {"cards": swapped}, ids, cipher)
        assert spec.read(s, rules, ids, cipher)["cards"] == swapped
        assert s.scalar(select(RuleCard.uuid).where(RuleCard.uuid == "c1")) is None
        assert spec.read(s, other, ids, cipher)["cards"] == [
            ["c9", 0, "Other", "Elsewhere.", "", None]
        ]


# --- a session's seats and segments, an event's payload ---------------------------------------


def test_a_sessions_seats_name_members_by_uuid_and_leave_the_erased_out(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    spec, cipher = BY_NAME["sessions"], ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        session = a_session(s, group_id, START, {members[0]: 1, members[2]: 3, 10_000: 9})
        s.add_all(
            [
                SessionSegment(
                    session_id=session.id,
                    position=1,
                    name="Talk",
                    kind="open",
                    planned_seconds=2700.0,
                    actual_seconds=2800.5,
                ),
                SessionSegment(
                    session_id=session.id,
                    position=0,
                    name="In",
                    kind="round",
                    planned_seconds=900.0,
                    actual_seconds=850.0,
                ),
            ]
        )
        s.flush()
        ids = Ids(s)
        keys = [uuid_of(s, Member, m) for m in members]
        fields = spec.read(s, session, ids, cipher)
        assert fields["seats"] == {keys[0]: 1, keys[2]: 3}  # a member gone here is left out
        assert fields["segments"] == [
            [0, "In", "round", 900.0, 850.0],
            [1, "Talk", "open", 2700.0, 2800.5],
        ]

        tombstone(s, ERASED)
        spec.update(
            s,
            session,
            {"seats": {keys[1]: 2, ERASED: 5}, "segments": [[0, "All", "open", 60.0, 61.0]]},
            ids,
            cipher,
        )
        assert json.loads(session.seats_json) == {str(members[1]): 2}
        assert spec.read(s, session, ids, cipher)["segments"] == [[0, "All", "open", 60.0, 61.0]]
        spec.update(s, session, {"status": "finished"}, ids, cipher)  # neither: both stay
        assert json.loads(session.seats_json) == {str(members[1]): 2}
        assert (
            len(
                list(
                    s.scalars(select(SessionSegment).where(SessionSegment.session_id == session.id))
                )
            )
            == 1
        )
        with pytest.raises(MissingOwner) as waiting:
            spec.update(s, session, {"seats": {NOBODY: 1}}, ids, cipher)
        assert (waiting.value.table, waiting.value.key) == ("members", NOBODY)


def test_an_events_payload_travels_with_uuids_and_comes_back_with_local_ids(ana: Laptop) -> None:
    group_id, members = new_group(ana)
    spec, cipher = BY_NAME["session_events"], ana.ws.keyring.cipher
    with ana.ws.context.sessions.begin() as s:
        session = a_session(s, group_id, START, {})
        payload = {
            "member_id": members[1],
            "order": [members[2], members[0]],
            "member_ids": [None, members[1]],  # someone erased from a list: nobody
            "gone_member_id": 10_000,
            "none_member_id": None,
            "at": 12.5,
        }
        event = SessionEvent(
            session_id=session.id, seq=1, at=12.5, kind="round_started", payload=json.dumps(payload)
        )
        s.add(event)
        s.flush()
        ids = Ids(s)
        keys = [uuid_of(s, Member, m) for m in members]
        fields = spec.read(s, event, ids, cipher)
        assert fields["payload"] == {
            "member_id": keys[1],
            "order": [keys[2], keys[0]],
            "member_ids": [None, keys[1]],
            "gone_member_id": None,  # erased here since: nobody
            "none_member_id": None,
            "at": 12.5,
        }
        assert (fields["seq"], fields["at"], fields["kind"]) == (1, 12.5, "round_started")

        tombstone(s, ERASED)
        wire = {"member_id": keys[0], "order": [ERASED, keys[1]], "at": 3.0}
        spec.update(s, event, {"payload": wire}, ids, cipher)
        assert json.loads(event.payload) == {
            "member_id": members[0],
            "order": [None, members[1]],
            "at": 3.0,
        }
        spec.update(s, event, {"kind": "renamed"}, ids, cipher)  # no payload: it stays
        assert json.loads(event.payload)["member_id"] == members[0]
        made = spec.create(
            s,
            NOBODY,
            {
                "seq": 2,
                "at": 4.0,
                "kind": "turn_started",
                "session_id": uuid_of(s, GroupSession, session.id),
                "payload": {"member_id": keys[2]},
            },
            ids,
            cipher,
        )
        assert (made.uuid, made.seq, made.payload) == (
            NOBODY,
            2,
            f'{{"member_id":{members[2]}}}',
        )
