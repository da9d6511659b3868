"""A change holding a record that cannot be used is applied again record by record, and
what it applies then is what it would have applied whole: the records after one about
someone erased meanwhile still apply, and a value edited on both laptops at once names the
laptop it came from in the conflict listed. Changes are handed over without a server."""

from __future__ import annotations

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft, NoteFilter
from facilitator_desktop.services.rules import RuleCardDraft
from tests.unit.sync.handoff import NAME, Handoff, ana_group, ana_member_key, ben_group
from tests.unit.sync.test_sharing_apply_owners_turns_marks import acknowledgement, rule_set_key

LEAFLETS = "Bring the leaflets on grief to the next meeting."
UNUSABLE = {"t": "no_such_table", "k": "x", "c": 5, "f": {}}


def test_the_records_after_one_about_someone_erased_still_apply(handoff: Handoff) -> None:
    h = handoff
    h.ana.ws.rules.save(
        ana_group(h), [RuleCardDraft("Confidentiality", "What is said here stays.")]
    )
    assert h.apply(*h.captured()) == [True]
    ann_id, ann_key = ana_member_key(h, "Ann")
    h.ana.ws.erasure.erase(ann_id)
    assert h.apply(*h.captured()) == [True]
    note = h.ana.ws.notes.create(NoteDraft(LEAFLETS, group_id=ana_group(h)))
    h.ana.sharing.set_note_shared(note.id, True)
    [noted] = h.captured()
    # the acknowledgement sorts before the note, and sends the change down the slow path
    late = h.written([*noted.body["records"], acknowledgement(ann_key, rule_set_key(h))])
    assert h.apply(late) == [True]
    found = h.ben.ws.notes.find(NoteFilter(group_id=ben_group(h)))
    assert [n.body for n in found] == [LEAFLETS]
    assert h.ben.sharing.problems() == []


def test_a_conflict_met_record_by_record_names_both_laptops(handoff: Handoff) -> None:
    h = handoff
    assert h.apply(*h.captured()) == [True]
    h.ben.ws.groups.update(ben_group(h), GroupDraft(NAME, default_minutes=105))
    h.ben.engine.capture()  # Ben's edit stamped, as his next sync does first
    h.ana.ws.groups.update(ana_group(h), GroupDraft(NAME, default_minutes=75))
    [edit] = h.captured()
    assert h.apply(h.written([*edit.body["records"], UNUSABLE])) == [True]
    [conflict] = h.ben.sharing.conflicts()
    ana, ben = h.ana.sharing.identity().device_id, h.ben.sharing.identity().device_id
    assert conflict.field == "default_minutes"
    assert {conflict.kept_device, conflict.other_device} == {ana, ben}


def test_a_note_shared_and_taken_back_before_it_went_out_leaves_nothing(
    handoff: Handoff,
) -> None:
    h = handoff
    assert h.apply(*h.captured()) == [True]
    note = h.ana.ws.notes.create(NoteDraft(LEAFLETS, group_id=ana_group(h)))
    h.ana.sharing.set_note_shared(note.id, True)
    h.ana.sharing.set_note_shared(note.id, False)
    assert h.captured() == []  # nothing of it goes out, its text least of all
    h.ana.ws.members.add(ana_group(h), MemberDraft("Dee"))  # and what comes next still goes
    assert h.apply(*h.captured()) == [True]
    assert h.ben.ws.notes.find(NoteFilter(group_id=ben_group(h))) == []
    assert h.ben.sharing.problems() == []


def test_a_note_taken_back_after_it_went_out_is_dropped_without_its_text_again(
    handoff: Handoff,
) -> None:
    h = handoff
    assert h.apply(*h.captured()) == [True]
    note = h.ana.ws.notes.create(NoteDraft(LEAFLETS, group_id=ana_group(h)))
    h.ana.sharing.set_note_shared(note.id, True)
    assert h.apply(*h.captured()) == [True]
    assert len(h.ben.ws.notes.find(NoteFilter(group_id=ben_group(h)))) == 1
    h.ana.ws.notes.save_body(note.id, LEAFLETS + " And the phone list.")
    h.ana.sharing.set_note_shared(note.id, False)
    [back] = h.captured()
    assert [r["f"] for r in back.body["records"]] == [{"shared": False}]
    assert h.apply(back) == [True]
    assert h.ben.ws.notes.find(NoteFilter(group_id=ben_group(h))) == []
    assert h.ben.sharing.problems() == []
    assert h.ben.sharing.conflicts() == []  # taking back is no edit made at once with his


def test_a_note_taken_back_and_edited_sends_nothing_until_shared_again(
    handoff: Handoff,
) -> None:
    h = handoff
    assert h.apply(*h.captured()) == [True]
    note = h.ana.ws.notes.create(NoteDraft(LEAFLETS, group_id=ana_group(h)))
    h.ana.sharing.set_note_shared(note.id, True)
    assert h.apply(*h.captured()) == [True]
    h.ana.sharing.set_note_shared(note.id, False)
    assert h.apply(*h.captured()) == [True]
    h.ana.ws.notes.save_body(note.id, LEAFLETS + " And the phone list.")
    assert h.captured() == []  # kept to herself now: neither the text nor "taken back" again
    h.ana.sharing.set_note_shared(note.id, True)
    [again] = h.captured()
    [record] = again.body["records"]
    assert {"shared", "body"} <= set(record["f"])  # shared again: everything goes again
    assert h.apply(again) == [True]
    [found] = h.ben.ws.notes.find(NoteFilter(group_id=ben_group(h)))
    assert found.body == LEAFLETS + " And the phone list."
