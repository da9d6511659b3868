"""Text with surrogate halves, as some clipboards and APIs hand it over, is kept whole: a
pair as the character it encodes, a lone half as U+FFFD. Before, a lone half in a template
title, a group name, a member's name or a rule card stopped the save with an encoding error."""

from __future__ import annotations

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.note_templates import TemplateDraft, TemplateSection
from facilitator_desktop.services.rules import RuleCardDraft
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
