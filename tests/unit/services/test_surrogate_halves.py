"""Text with surrogate halves, as some clipboards and APIs hand it over, is kept whole: a
pair as the character it encodes, a lone half as U+FFFD. Before, a lone half in a template
title, a group name, a member's name, a rule card, a note, a session note (its sections,
members' entries and addenda) or a text setting stopped the save with an encoding error."""

from __future__ import annotations

import random

from facilitator_desktop.domain.session_note import NoteBody, Section
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.note_templates import TemplateDraft, TemplateSection
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.services.settings import FACILITATOR_NAME, HANDOUT_WELCOME
from facilitator_desktop.workspace import Workspace

LONE = "\ud83c"  # the first half of 🌻, with nothing after it
PAIR = "\ud83c\udf3b"  # 🌻 as two halves


def test_a_template_with_a_lone_half_in_its_texts_is_kept(workspace: Workspace) -> None:
    draft = TemplateDraft(f"Ours{LONE}", (TemplateSection(f"Data{LONE}", f"Say{PAIR}"),))
    made = workspace.note_templates.create(draft)
    again = workspace.note_templates.get(made.id)
    assert again.name == "Ours\ufffd"
    assert again.sections == (TemplateSection("Data\ufffd", "Say🌻"),)
    assert not again.damaged


def test_a_group_and_a_member_with_a_lone_half_are_kept(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft(f"Sunflowers {PAIR}{LONE}"))
    assert workspace.groups.get(group.id).name == "Sunflowers 🌻\ufffd"
    member = workspace.members.add(group.id, MemberDraft(f"Anna{LONE}", f"Anna Berg{LONE}"))
    again = workspace.members.get(member.id)
    assert (again.alias, again.full_name) == ("Anna\ufffd", "Anna Berg\ufffd")


def test_a_rule_card_with_a_lone_half_is_kept(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("Sunflowers")).id
    workspace.rules.save(group, [RuleCardDraft(f"Listen{LONE}", f"One voice{PAIR}.")])
    current = workspace.rules.current(group)
    assert current is not None
    assert [(c.title, c.statement) for c in current.cards] == [("Listen\ufffd", "One voice🌻.")]


def test_a_note_with_a_lone_half_is_kept_and_found(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("Sunflowers")).id
    made = workspace.notes.create(NoteDraft(f"Call Anna{LONE}", group_id=group))
    assert workspace.notes.get(made.id).body == "Call Anna\ufffd"
    workspace.notes.save_body(made.id, f"Called Anna {PAIR}{LONE}")
    workspace.notes.forget_all()  # read back from the vault, not from memory
    again = workspace.notes.get(made.id)
    assert (again.body, again.damaged) == ("Called Anna 🌻\ufffd", False)


def test_a_session_note_with_lone_halves_is_kept(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("Sunflowers")).id
    anna = workspace.members.add(group, MemberDraft("Anna")).id
    live = workspace.sessions.start(group, rng=random.Random(1))
    live.toggle()
    live.end()
    session = live.session_id
    body = NoteBody((Section(f"Check-in{LONE}", f"Calm{PAIR}{LONE}"),), (f"grief{LONE}",))
    workspace.session_notes.save(session, body=body, entries={anna: f"Spoke{LONE}"})
    workspace.session_notes.sign(session)
    workspace.session_notes.add_addendum(session, f"Later{LONE}", anna)
    note = workspace.session_notes.open(session)
    assert [(s.title, s.text) for s in note.body.sections] == [("Check-in\ufffd", "Calm🌻\ufffd")]
    assert note.body.themes == ("grief\ufffd",)
    assert note.entries[anna] == "Spoke\ufffd"
    assert [a.text for a in note.addenda] == ["Later\ufffd"]
    assert not note.damaged


def test_text_settings_with_a_lone_half_are_kept(workspace: Workspace) -> None:
    workspace.settings.set(FACILITATOR_NAME, f"Maria {PAIR}{LONE}")
    workspace.settings.set(HANDOUT_WELCOME, f"Welcome{LONE}")
    assert workspace.settings.get(FACILITATOR_NAME) == "Maria 🌻\ufffd"
    assert workspace.settings.get(HANDOUT_WELCOME) == "Welcome\ufffd"
