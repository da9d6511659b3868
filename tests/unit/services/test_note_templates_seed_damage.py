"""Built-in templates a workspace lacks are all written back, not only those before the
first one present; and a template whose sections cannot be read (bad JSON, or bytes where
the text should be) keeps its own id, so it can still be chosen, edited or deleted."""

from __future__ import annotations

from sqlalchemy import delete, update

from facilitator_desktop.models import NoteTemplate
from facilitator_desktop.services.note_templates import (
    NoteTemplateService,
    TemplateDraft,
    TemplateInfo,
    TemplateSection,
)
from facilitator_desktop.workspace import Workspace


def test_every_missing_builtin_is_written_back_after_one_present(workspace: Workspace) -> None:
    shipped = [t.builtin_key for t in workspace.note_templates.list() if t.builtin]
    assert len(shipped) >= 2
    with workspace.context.sessions.begin() as s:
        s.execute(delete(NoteTemplate).where(NoteTemplate.builtin_key.in_(shipped[1:])))
    fresh = NoteTemplateService(workspace.context)
    assert [t.builtin_key for t in fresh.list() if t.builtin] == shipped


def test_a_template_whose_sections_are_damaged_keeps_its_id(workspace: Workspace) -> None:
    own = workspace.note_templates.create(
        TemplateDraft("Our DAP", (TemplateSection("Data", "What happened"),))
    )
    with workspace.context.sessions.begin() as s:
        s.execute(
            update(NoteTemplate).where(NoteTemplate.id == own.id).values(sections_json="{oops")
        )
    damaged = TemplateInfo(own.id, "Our DAP", "custom", None, (TemplateSection("Note"),), True)
    assert workspace.note_templates.get(own.id) == damaged
    assert [t for t in workspace.note_templates.list() if not t.builtin] == [damaged]


def test_sections_stored_as_bytes_read_as_damaged(workspace: Workspace) -> None:
    """Sections that are not text at all (bytes where the JSON text should be, even bytes
    that would parse) are damaged like unreadable text."""
    own = workspace.note_templates.create(
        TemplateDraft("Our BIRP", (TemplateSection("Behaviour", "What was seen"),))
    )
    with workspace.context.sessions.begin() as s:
        s.execute(
            update(NoteTemplate)
            .where(NoteTemplate.id == own.id)
            .values(sections_json=b'[{"title": "Behaviour"}]')
        )
    assert workspace.note_templates.get(own.id) == TemplateInfo(
        own.id, "Our BIRP", "custom", None, (TemplateSection("Note"),), True
    )
