"""Session-note templates: the four built-ins are there in any workspace, editable and put
back as shipped, never deleted; the facilitator's own come and go; a group picks one."""

from __future__ import annotations

import pytest

from facilitator_desktop.errors import FacilitatorError, NotFound, ValidationError
from facilitator_desktop.models import NoteTemplate
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.note_templates import (
    BUILTINS,
    BuiltinTemplateKept,
    NoteTemplateService,
    TemplateDraft,
    TemplateSection,
)
from facilitator_desktop.workspace import Workspace

GROUP_DAP = TemplateDraft(
    "Our DAP",
    (TemplateSection("Data", "What happened"), TemplateSection("Plan", "Next")),
)


def test_the_built_ins_are_seeded_once_in_their_order(workspace: Workspace) -> None:
    listed = workspace.note_templates.list()
    assert [t.builtin_key for t in listed] == ["free", "dap", "birp", "soap"]
    assert listed[1].titles == ("Data", "Assessment", "Plan")
    assert listed[2].titles == ("Behaviour", "Intervention", "Response", "Plan")
    assert listed[3].titles == ("Subjective", "Objective", "Assessment", "Plan")
    assert all(s.guidance for t in listed for s in t.sections)
    # A second service on the same workspace (a restart) adds nothing.
    again = NoteTemplateService(workspace.context).list()
    assert [t.id for t in again] == [t.id for t in listed]
    with workspace.context.sessions() as s:
        assert s.query(NoteTemplate).count() == 4


def test_a_group_documents_in_free_text_until_it_picks_a_template(
    workspace: Workspace,
) -> None:
    templates = workspace.note_templates
    group = workspace.groups.create(GroupDraft("Carers")).id
    assert templates.for_group(group).builtin_key == "free"
    assert templates.chosen_for_group(group) is None
    soap = templates.builtin("soap")
    templates.set_for_group(group, soap.id)
    assert templates.for_group(group) == soap
    templates.set_for_group(group, None)
    assert templates.for_group(group).builtin_key == "free"
    with pytest.raises(NotFound):
        templates.set_for_group(group, 999)
    with pytest.raises(NotFound):
        templates.set_for_group(999, soap.id)


def test_the_facilitators_own_template(workspace: Workspace) -> None:
    templates = workspace.note_templates
    own = templates.create(GROUP_DAP)
    assert (own.kind, own.builtin, own.titles) == ("custom", False, ("Data", "Plan"))
    assert templates.list()[-1] == own
    changed = templates.update(
        own.id, TemplateDraft(" Our notes ", (TemplateSection("  Story\u200b ", " Tell it "),))
    )
    assert (changed.name, changed.sections) == ("Our notes", (TemplateSection("Story", "Tell it"),))
    group = workspace.groups.create(GroupDraft("Carers")).id
    templates.set_for_group(group, own.id)
    templates.delete(own.id)
    assert templates.for_group(group).builtin_key == "free"  # back to free text
    with pytest.raises(NotFound):
        templates.get(own.id)


def test_a_built_in_is_edited_and_put_back_never_deleted(workspace: Workspace) -> None:
    templates = workspace.note_templates
    dap = templates.builtin("dap")
    templates.update(dap.id, TemplateDraft("DAP, ours", (TemplateSection("Data"),)))
    assert templates.get(dap.id).titles == ("Data",)
    with pytest.raises(BuiltinTemplateKept):
        templates.delete(dap.id)
    back = templates.reset(dap.id)
    assert (back.name, back.sections) == (BUILTINS["dap"].name, BUILTINS["dap"].sections)
    own = templates.create(GROUP_DAP)
    with pytest.raises(FacilitatorError, match="Only a built-in"):
        templates.reset(own.id)


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (TemplateDraft("  ", (TemplateSection("A"),)), "Give the template a name."),
        (TemplateDraft("x" * 81, (TemplateSection("A"),)), "Keep the name to 80 characters."),
        (TemplateDraft("T", ()), "A template needs at least one section."),
        (
            TemplateDraft("T", tuple(TemplateSection(f"S{i}") for i in range(13))),
            "A template has at most 12 sections.",
        ),
        (TemplateDraft("T", (TemplateSection("A"), TemplateSection(" "))), "Section 2 needs"),
        (TemplateDraft("T", (TemplateSection("y" * 61),)), "title of section 1 to 60"),
        (TemplateDraft("T", (TemplateSection("A", "g" * 301),)), "guidance of section 1"),
        (
            TemplateDraft("T", (TemplateSection("Plan"), TemplateSection("PLAN"))),
            "Two sections are called “PLAN”",
        ),
        (
            TemplateDraft(
                "soap (subjective, objective, assessment, plan)", (TemplateSection("A"),)
            ),
            "already",
        ),
    ],
)
def test_bad_templates_are_refused_in_words_and_nothing_is_kept(
    workspace: Workspace, draft: TemplateDraft, message: str
) -> None:
    templates = workspace.note_templates
    before = templates.list()
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        templates.create(draft)
    assert templates.list() == before


def test_sections_edited_outside_the_app_read_as_one_free_section(workspace: Workspace) -> None:
    templates = workspace.note_templates
    own = templates.create(GROUP_DAP)
    with workspace.context.sessions.begin() as s:
        row = s.get(NoteTemplate, own.id)
        assert row is not None
        row.sections_json = '[{"title": 3}]'
    damaged = templates.get(own.id)
    assert damaged.damaged and damaged.titles == ("Note",)
    assert templates.update(own.id, GROUP_DAP).titles == ("Data", "Plan")
