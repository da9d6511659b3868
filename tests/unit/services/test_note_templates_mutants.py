"""Note templates at the edges the mutation run found loose: refusals compared word for
word (message, field, nothing changed), one group's template read and cleared without
touching another's, and a section's guidance looked up by its title."""

from __future__ import annotations

from datetime import datetime

import pytest

from facilitator_desktop.errors import FacilitatorError, NotFound, ValidationError
from facilitator_desktop.models import NoteTemplate
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.note_templates import (
    TemplateDraft,
    TemplateInfo,
    TemplateSection,
)
from facilitator_desktop.workspace import Workspace

OWN = TemplateDraft("Our DAP", (TemplateSection("Data", "What happened"),))


def test_an_unknown_group_has_no_chosen_template_and_says_so(workspace: Workspace) -> None:
    with pytest.raises(NotFound) as raised:
        workspace.note_templates.chosen_for_group(999)
    assert str(raised.value) == "That group no longer exists."


def test_the_chosen_template_is_the_groups_own_not_another_groups(
    workspace: Workspace,
) -> None:
    templates = workspace.note_templates
    first = workspace.groups.create(GroupDraft("Carers")).id
    second = workspace.groups.create(GroupDraft("Grief")).id
    soap = templates.builtin("soap").id
    templates.set_for_group(first, soap)
    assert templates.chosen_for_group(first) == soap
    assert templates.chosen_for_group(second) is None
    dap = templates.builtin("dap").id
    templates.set_for_group(second, dap)
    assert (templates.chosen_for_group(first), templates.chosen_for_group(second)) == (soap, dap)


def test_updating_or_deleting_a_template_that_is_gone_says_which_thing_is_gone(
    workspace: Workspace,
) -> None:
    templates = workspace.note_templates
    before = templates.list()
    with pytest.raises(NotFound) as raised:
        templates.update(999, OWN)
    assert str(raised.value) == "That template no longer exists."
    with pytest.raises(NotFound) as raised:
        templates.delete(999)
    assert str(raised.value) == "That template no longer exists."
    assert templates.list() == before


def test_deleting_a_template_clears_only_the_groups_that_used_it(workspace: Workspace) -> None:
    templates = workspace.note_templates
    own = templates.create(OWN).id
    other = templates.create(TemplateDraft("Other", (TemplateSection("Story"),))).id
    soap = templates.builtin("soap").id
    using = workspace.groups.create(GroupDraft("Carers")).id
    using_other = workspace.groups.create(GroupDraft("Grief")).id
    using_builtin = workspace.groups.create(GroupDraft("Parents")).id
    templates.set_for_group(using, own)
    templates.set_for_group(using_other, other)
    templates.set_for_group(using_builtin, soap)
    templates.delete(own)
    assert templates.chosen_for_group(using) is None
    assert templates.chosen_for_group(using_other) == other
    assert templates.chosen_for_group(using_builtin) == soap


@pytest.mark.parametrize("action", ["create", "update"])
def test_a_name_already_taken_is_refused_on_the_name_field_word_for_word(
    workspace: Workspace, action: str
) -> None:
    templates = workspace.note_templates
    own = templates.create(OWN)
    mine = templates.create(TemplateDraft("Mine", (TemplateSection("A"),)))
    before = templates.list()
    taken = TemplateDraft("our dap", (TemplateSection("B"),))
    with pytest.raises(ValidationError) as raised:
        if action == "create":
            templates.create(taken)
        else:
            templates.update(mine.id, taken)
    assert raised.value.field == "name"
    assert str(raised.value) == "There is already a template called “our dap”."
    assert raised.value.template == "There is already a template called “{name}”."
    assert raised.value.params == {"name": "our dap"}
    assert templates.list() == before
    # Its own name, in another case, is not "taken".
    assert templates.update(own.id, TemplateDraft("OUR dap", OWN.sections)).name == "OUR dap"


def _info(*sections: TemplateSection) -> TemplateInfo:
    return TemplateInfo(1, "T", "custom", None, sections)


def test_guidance_is_found_by_title_whatever_the_case_and_spaces() -> None:
    info = _info(
        TemplateSection("Data", "What happened"),
        TemplateSection(" Plan ", "What comes next"),
    )
    assert info.guidance_for("Data") == "What happened"
    assert info.guidance_for("  plan ") == "What comes next"
    assert info.guidance_for("PLAN") == "What comes next"
    assert info.guidance_for("data") == "What happened"


def test_a_title_the_template_lacks_has_no_guidance() -> None:
    info = _info(TemplateSection("Data", "What happened"), TemplateSection("Plan", "Next"))
    assert info.guidance_for("Story") == ""
    assert _info().guidance_for("Data") == ""


def _sections(count: int) -> tuple[TemplateSection, ...]:
    return tuple(TemplateSection(f"S{i}") for i in range(count))


@pytest.mark.parametrize(
    ("draft", "field", "message"),
    [
        (TemplateDraft(" \u200b ", _sections(1)), "name", "Give the template a name."),
        (TemplateDraft("x" * 81, _sections(1)), "name", "Keep the name to 80 characters."),
        (TemplateDraft("T", ()), "sections", "A template needs at least one section."),
        (TemplateDraft("T", _sections(13)), "sections", "A template has at most 12 sections."),
        (
            TemplateDraft("T", (TemplateSection("A"), TemplateSection(" "))),
            "sections",
            "Section 2 needs a title.",
        ),
        (
            TemplateDraft("T", (TemplateSection("A"), TemplateSection("y" * 61))),
            "sections",
            "Keep the title of section 2 to 60 characters.",
        ),
        (
            TemplateDraft("T", (TemplateSection("A", "g" * 301),)),
            "sections",
            "Keep the guidance of section 1 to 300 characters.",
        ),
        (
            TemplateDraft("T", (TemplateSection("Plan"), TemplateSection(" PLAN "))),
            "sections",
            "Two sections are called “PLAN”: give each its own title.",
        ),
    ],
    ids=[
        "blank-name",
        "long-name",
        "no-section",
        "13-sections",
        "untitled",
        "long-title",
        "long-guidance",
        "same-titles",
    ],
)
def test_a_bad_template_is_refused_on_its_field_word_for_word(
    workspace: Workspace, draft: TemplateDraft, field: str, message: str
) -> None:
    templates = workspace.note_templates
    before = templates.list()
    with pytest.raises(ValidationError) as raised:
        templates.create(draft)
    assert (raised.value.field, str(raised.value)) == (field, message)
    assert templates.list() == before


def test_a_template_at_every_limit_is_kept(workspace: Workspace) -> None:
    sections = (TemplateSection("t" * 60, "g" * 300),) + _sections(11)
    kept = workspace.note_templates.create(TemplateDraft("n" * 80, sections))
    assert (len(kept.name), len(kept.sections)) == (80, 12)
    assert kept.sections[0] == TemplateSection("t" * 60, "g" * 300)


def test_choosing_for_a_group_or_a_template_that_is_gone_says_which(
    workspace: Workspace,
) -> None:
    templates = workspace.note_templates
    group = workspace.groups.create(GroupDraft("Carers")).id
    soap = templates.builtin("soap").id
    with pytest.raises(NotFound) as raised:
        templates.set_for_group(999, soap)
    assert str(raised.value) == "That group no longer exists."
    with pytest.raises(NotFound) as raised:
        templates.set_for_group(group, 999)
    assert str(raised.value) == "That template no longer exists."
    assert templates.chosen_for_group(group) is None


def test_putting_back_what_is_gone_or_not_shipped_says_so(workspace: Workspace) -> None:
    templates = workspace.note_templates
    own = templates.create(OWN)
    with pytest.raises(NotFound) as raised:
        templates.reset(999)
    assert str(raised.value) == "That template no longer exists."
    with pytest.raises(FacilitatorError) as refused:
        templates.reset(own.id)
    assert str(refused.value) == "Only a built-in template can be put back as shipped."
    assert templates.get(own.id) == own


def test_a_built_in_this_version_does_not_know_lists_after_the_shipped_ones(
    workspace: Workspace,
) -> None:
    templates = workspace.note_templates
    own = templates.create(OWN)
    with workspace.context.sessions.begin() as s:  # written by a later version
        s.add(
            NoteTemplate(
                name="GIRP",
                kind="custom",
                sections_json='[{"title": "Goal", "guidance": ""}]',
                builtin_key="girp",
                created_at=datetime(2026, 1, 1),
            )
        )
    listed = templates.list()
    assert [t.builtin_key for t in listed] == ["free", "dap", "birp", "soap", "girp", None]
    assert listed[-1] == own


@pytest.mark.parametrize(
    "stored",
    [
        "not json",
        "{}",
        "[]",
        '["Data"]',
        '[{"guidance": "no title"}]',
        '[{"title": "  "}]',
        '[{"title": "Data", "guidance": 3}]',
        '[{"title": "Data"}, 7]',
    ],
    ids=[
        "text",
        "object",
        "empty",
        "string-item",
        "no-title",
        "blank-title",
        "bad-guidance",
        "mixed",
    ],
)
def test_sections_not_as_the_app_writes_them_read_as_one_free_section(
    workspace: Workspace, stored: str
) -> None:
    templates = workspace.note_templates
    dap = templates.builtin("dap")
    with workspace.context.sessions.begin() as s:
        row = s.get(NoteTemplate, dap.id)
        assert row is not None
        row.sections_json = stored
    damaged = templates.get(dap.id)
    assert (damaged.name, damaged.kind, damaged.builtin_key) == (dap.name, "custom", "dap")
    assert (damaged.sections, damaged.damaged) == ((TemplateSection("Note"),), True)


def test_a_section_stored_without_guidance_reads_with_none(workspace: Workspace) -> None:
    templates = workspace.note_templates
    own = templates.create(OWN)
    with workspace.context.sessions.begin() as s:
        row = s.get(NoteTemplate, own.id)
        assert row is not None
        row.sections_json = '[{"title": "Data"}, {"title": "Plan", "guidance": "Next"}]'
    read = templates.get(own.id)
    assert (read.sections, read.damaged, read.kind) == (
        (TemplateSection("Data", ""), TemplateSection("Plan", "Next")),
        False,
        "custom",
    )


def test_reading_a_template_that_is_not_there_says_so(workspace: Workspace) -> None:
    templates = workspace.note_templates
    with pytest.raises(NotFound) as raised:
        templates.get(999)
    assert str(raised.value) == "That template no longer exists."
    with pytest.raises(NotFound) as raised:
        templates.builtin("girp")
    assert str(raised.value) == "That template no longer exists."
