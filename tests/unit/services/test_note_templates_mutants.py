"""Note templates at the edges the mutation run found loose: refusals compared word for
word (message, field, nothing changed), one group's template read and cleared without
touching another's, and a section's guidance looked up by its title."""

from __future__ import annotations

import pytest

from facilitator_desktop.errors import NotFound, ValidationError
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
