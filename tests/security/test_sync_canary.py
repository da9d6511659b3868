"""The server can read nothing: marker strings planted in every kind of shared text (names,
contact, remarks, the group's name and description, rule cards, the check-in question and
scores, a session note, a note for co-facilitators, a private note) cross to the other
laptop intact, and a dump of the whole server database holds none of them, nor the names
of the tables and fields they live in."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from facilitator_desktop.models import Note
from facilitator_desktop.services.checkin_scores import CheckinScoreService
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.rules import RuleCardDraft
from tests.helpers.postgres import PostgresCluster
from tests.unit.sync.laptops import laptops, local_group, run_session, server_settings, share

MARK = "Qz7canary"
MARKERS = {
    "alias": f"{MARK}Alias",
    "full_name": f"{MARK}Fullname",
    "contact": f"{MARK}Contact",
    "remarks": f"{MARK}Remarks",
    "group": f"{MARK}Groupname",
    "description": f"{MARK}Description",
    "rule_title": f"{MARK}Rule",
    "rule_text": f"{MARK}Statement",
    "rule_why": f"{MARK}Why",
    "question": f"{MARK}Question",
    "entry": f"{MARK}Progress",
    "shared_note": f"{MARK}SharedNote",
    "private_note": f"{MARK}PrivateNote",
}
# Names the content travels under: none may show either (the server sees sizes, not shapes).
SHAPES = ("members", "remarks", "checkin", "score", "session_notes", "alias", "records")


def test_a_dump_of_the_server_holds_no_marker(
    tmp_path: Path, postgres_cluster: PostgresCluster, sync_database: str
) -> None:
    settings = server_settings(postgres_cluster, sync_database)
    with laptops(tmp_path, settings, 2) as (ana, ben):
        group = ana.ws.groups.create(
            GroupDraft(MARKERS["group"], description=MARKERS["description"])
        )
        member = ana.ws.members.add(
            group.id,
            MemberDraft(
                MARKERS["alias"],
                full_name=MARKERS["full_name"],
                contact=MARKERS["contact"],
                remarks=MARKERS["remarks"],
            ),
        )
        ana.ws.members.add(group.id, MemberDraft("Bo"))
        ana.ws.rules.save(
            group.id,
            [RuleCardDraft(MARKERS["rule_title"], MARKERS["rule_text"], MARKERS["rule_why"])],
        )
        scores = CheckinScoreService(ana.ws.context)
        scores.set_scale(group.id, 0, 10, MARKERS["question"])
        session_id = run_session(ana, group.id)
        scores.record(session_id, member.id, 7)
        ana.ws.session_notes.save(session_id, entries={member.id: MARKERS["entry"]})
        ana.ws.session_notes.sign(session_id)
        private = ana.ws.notes.create(NoteDraft(MARKERS["private_note"], group_id=group.id))
        share(ana, group.id, ben)
        shared = ana.ws.notes.create(NoteDraft(MARKERS["shared_note"], group_id=group.id))
        ana.sharing.set_note_shared(shared.id, True)
        ana.sync()
        ben.sync()

        # everything shared crossed, intact
        [info] = ana.sharing.shared_groups()
        ben_group = local_group(ben, info.group_uuid)
        assert ben_group is not None
        assert ben.ws.groups.get(ben_group).name == MARKERS["group"]
        assert ben.ws.groups.description(ben_group) == MARKERS["description"]
        ben_member = next(m for m in ben.ws.members.list(ben_group) if m.alias == MARKERS["alias"])
        assert (ben_member.full_name, ben_member.contact, ben_member.remarks) == (
            MARKERS["full_name"],
            MARKERS["contact"],
            MARKERS["remarks"],
        )
        [card] = ben.ws.rules.current(ben_group).cards  # type: ignore[union-attr]
        assert (card.title, card.statement, card.why) == (
            MARKERS["rule_title"],
            MARKERS["rule_text"],
            MARKERS["rule_why"],
        )
        ben_scores = CheckinScoreService(ben.ws.context)
        assert ben_scores.scale(ben_group).question == MARKERS["question"]
        [ben_session] = ben.ws.history.sessions(ben_group)
        assert ben_scores.session_scores(ben_session.id) == {ben_member.id: 7}
        view = ben.ws.session_notes.open(ben_session.id)
        assert view.signed and view.entry(ben_member.id) == MARKERS["entry"]
        bodies = {n.body for n in ben.ws.notes.find()}
        assert MARKERS["shared_note"] in bodies
        assert MARKERS["private_note"] not in bodies  # never shared

        dump = postgres_cluster.dump(sync_database)
        assert b"CREATE TABLE" in dump and len(dump) > 2000  # a real dump
        # bytea columns are dumped in hex: a public key the server does hold shows so, a
        # marker must not, in any form
        assert ana.sharing.identity().public.sign.hex().encode() in dump
        for name, marker in MARKERS.items():
            for form in (marker.encode(), marker.encode("utf-16-le")):
                assert form not in dump, name
                assert form.hex().encode() not in dump, name
        lowered = dump.lower()
        assert MARK.lower().encode() not in lowered
        for shape in SHAPES:
            assert shape.encode() not in lowered, shape

        # taken back: gone from the co-facilitator's laptop
        ana.sharing.set_note_shared(shared.id, False)
        ana.sync()
        ben.sync()
        assert MARKERS["shared_note"] not in {n.body for n in ben.ws.notes.find()}
        with ana.ws.context.sessions.begin() as s:
            assert s.get(Note, private.id) is not None
            assert s.scalar(select(Note.shared).where(Note.id == shared.id)) is False
