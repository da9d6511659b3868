"""Session-note templates: the built-in free text, DAP, BIRP and SOAP for groups, and the
facilitator's own; and which one each group documents with.

A template is headings and a line of guidance per section, never content: it names nobody
and stays plain. The four built-ins are written into `note_templates` the first time
templates are asked for (a workspace made before them gets them then); they may be edited
and put back as shipped, never deleted. The UI translates a built-in's words while they are
still the shipped English ones (ui/session_note/template_words.py).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from facilitator_desktop.domain.redaction import fold
from facilitator_desktop.domain.validation import clean
from facilitator_desktop.errors import N_, FacilitatorError, NotFound, ValidationError
from facilitator_desktop.models import Group, NoteTemplate
from facilitator_desktop.services.context import ServiceContext

NAME_MAX = 80
TITLE_MAX = 60
GUIDANCE_MAX = 300
SECTIONS_MAX = 12
FREE: Final = "free"
_GONE = "That template no longer exists."


@dataclass(frozen=True, slots=True)
class TemplateSection:
    title: str
    guidance: str = ""


@dataclass(frozen=True, slots=True)
class TemplateDraft:
    name: str
    sections: tuple[TemplateSection, ...]


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    id: int
    name: str
    kind: str  # free | dap | birp | soap | custom
    builtin_key: str | None
    sections: tuple[TemplateSection, ...]
    damaged: bool = False  # its sections could not be read: shown as one free section

    @property
    def builtin(self) -> bool:
        return self.builtin_key is not None

    @property
    def titles(self) -> tuple[str, ...]:
        return tuple(s.title for s in self.sections)

    def guidance_for(self, title: str) -> str:
        key = fold(title.strip())
        return next((s.guidance for s in self.sections if fold(s.title.strip()) == key), "")


# The shipped wording (English; the UI translates it while unchanged). Guidance says what
# goes in a section in a group, not about one client.
BUILTINS: Final[dict[str, TemplateDraft]] = {
    FREE: TemplateDraft(
        "Free text",
        (TemplateSection("Note", "What happened in the session, in your own words."),),
    ),
    "dap": TemplateDraft(
        "DAP (Data, Assessment, Plan)",
        (
            TemplateSection(
                "Data", "What was said and done: the topics, what members brought, what you saw."
            ),
            TemplateSection(
                "Assessment", "Your reading of it: the group's process, themes, progress, concerns."
            ),
            TemplateSection("Plan", "What comes next: the next session's focus, follow-ups."),
        ),
    ),
    "birp": TemplateDraft(
        "BIRP (Behaviour, Intervention, Response, Plan)",
        (
            TemplateSection(
                "Behaviour", "What members showed and said: mood, participation, how they related."
            ),
            TemplateSection("Intervention", "What you did: the topics, prompts and techniques."),
            TemplateSection("Response", "How the group and its members responded."),
            TemplateSection("Plan", "Next steps: the next session's focus and follow-ups."),
        ),
    ),
    "soap": TemplateDraft(
        "SOAP (Subjective, Objective, Assessment, Plan)",
        (
            TemplateSection(
                "Subjective", "What members reported in their own words: the concerns they brought."
            ),
            TemplateSection(
                "Objective", "What you observed: attendance, participation, affect, interactions."
            ),
            TemplateSection("Assessment", "Your assessment of the group's process and progress."),
            TemplateSection(
                "Plan", "The next session's focus, tasks agreed, follow-ups, referrals."
            ),
        ),
    ),
}
BUILTIN_ORDER: Final = (FREE, "dap", "birp", "soap")


class BuiltinTemplateKept(FacilitatorError):
    default_message = (
        "The built-in templates stay. You can change their sections, or put them back as shipped."
    )


def validate(draft: TemplateDraft) -> TemplateDraft:
    """The draft as stored (texts cleaned); ValidationError naming the field otherwise."""
    name = clean(draft.name)
    if not name:
        raise ValidationError("name", "Give the template a name.")
    if len(name) > NAME_MAX:
        raise ValidationError("name", N_("Keep the name to {limit} characters."), limit=NAME_MAX)
    sections = tuple(TemplateSection(clean(s.title), clean(s.guidance)) for s in draft.sections)
    if not sections:
        raise ValidationError("sections", "A template needs at least one section.")
    if len(sections) > SECTIONS_MAX:
        raise ValidationError(
            "sections", N_("A template has at most {limit} sections."), limit=SECTIONS_MAX
        )
    seen: set[str] = set()
    for number, section in enumerate(sections, start=1):
        if not section.title:
            raise ValidationError("sections", N_("Section {number} needs a title."), number=number)
        if len(section.title) > TITLE_MAX:
            raise ValidationError(
                "sections",
                N_("Keep the title of section {number} to {limit} characters."),
                number=number,
                limit=TITLE_MAX,
            )
        if len(section.guidance) > GUIDANCE_MAX:
            raise ValidationError(
                "sections",
                N_("Keep the guidance of section {number} to {limit} characters."),
                number=number,
                limit=GUIDANCE_MAX,
            )
        if fold(section.title) in seen:
            raise ValidationError(
                "sections",
                N_("Two sections are called “{title}”: give each its own title."),
                title=section.title,
            )
        seen.add(fold(section.title))
    return TemplateDraft(name, sections)


def _sections_json(sections: Sequence[TemplateSection]) -> str:
    return json.dumps(
        [{"title": s.title, "guidance": s.guidance} for s in sections], ensure_ascii=False
    )


def _parse_sections(text: object) -> tuple[TemplateSection, ...] | None:
    """The stored sections; None when they are not what the app writes."""
    try:
        items = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return None
    if not isinstance(items, list) or not items:
        return None
    sections = []
    for item in items:
        if not isinstance(item, dict):
            return None
        title, guidance = item.get("title"), item.get("guidance", "")
        if not isinstance(title, str) or not title.strip() or not isinstance(guidance, str):
            return None
        sections.append(TemplateSection(title, guidance))
    return tuple(sections)


def _info(row: NoteTemplate) -> TemplateInfo:
    sections = _parse_sections(row.sections_json)
    if sections is None:
        return TemplateInfo(
            row.id, str(row.name), "custom", row.builtin_key, (TemplateSection("Note"),), True
        )
    return TemplateInfo(row.id, row.name, row.kind, row.builtin_key, sections)


class NoteTemplateService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._seeded = False

    # --- reading -----------------------------------------------------------------------------

    def list(self) -> list[TemplateInfo]:
        """The built-ins in their shipped order, then the facilitator's own by name."""
        self._seed()
        with self._ctx.sessions() as s:
            rows = [_info(row) for row in s.scalars(select(NoteTemplate))]
        order = {key: i for i, key in enumerate(BUILTIN_ORDER)}
        return sorted(
            rows,
            key=lambda t: (
                t.builtin_key is None,
                order.get(t.builtin_key or "", 99),
                fold(t.name),
                t.id,
            ),
        )

    def get(self, template_id: int) -> TemplateInfo:
        self._seed()
        with self._ctx.sessions() as s:
            row = s.get(NoteTemplate, template_id)
            if row is None:
                raise NotFound(_GONE)
            return _info(row)

    def builtin(self, key: str) -> TemplateInfo:
        self._seed()
        with self._ctx.sessions() as s:
            row = s.scalar(select(NoteTemplate).where(NoteTemplate.builtin_key == key))
            if row is None:
                raise NotFound(_GONE)
            return _info(row)

    def for_group(self, group_id: int) -> TemplateInfo:
        """The template the group documents with (free text until one is chosen)."""
        with self._ctx.sessions() as s:
            chosen = s.scalar(select(Group.note_template_id).where(Group.id == group_id))
        if chosen is not None:
            try:
                return self.get(chosen)
            except NotFound:
                pass  # the chosen template was deleted since: the group writes free text
        return self.builtin(FREE)

    def chosen_for_group(self, group_id: int) -> int | None:
        """The template id stored for the group; None when none was chosen."""
        with self._ctx.sessions() as s:
            if s.scalar(select(Group.id).where(Group.id == group_id)) is None:
                raise NotFound("That group no longer exists.")
            return s.scalar(select(Group.note_template_id).where(Group.id == group_id))

    # --- writing -----------------------------------------------------------------------------

    def create(self, draft: TemplateDraft) -> TemplateInfo:
        draft = validate(draft)
        self._seed()
        with self._ctx.sessions.begin() as s:
            self._refuse_same_name(s, draft.name, None)
            row = NoteTemplate(
                name=draft.name,
                kind="custom",
                sections_json=_sections_json(draft.sections),
                builtin_key=None,
                created_at=self._ctx.now(),
            )
            s.add(row)
            s.flush()
            return _info(row)

    def update(self, template_id: int, draft: TemplateDraft) -> TemplateInfo:
        """New name and sections. Notes already written keep the headings they were
        written under."""
        draft = validate(draft)
        with self._ctx.sessions.begin() as s:
            row = s.get(NoteTemplate, template_id)
            if row is None:
                raise NotFound(_GONE)
            self._refuse_same_name(s, draft.name, template_id)
            row.name = draft.name
            row.sections_json = _sections_json(draft.sections)
            s.flush()
            return _info(row)

    def reset(self, template_id: int) -> TemplateInfo:
        """A built-in back as shipped."""
        with self._ctx.sessions.begin() as s:
            row = s.get(NoteTemplate, template_id)
            if row is None:
                raise NotFound(_GONE)
            shipped = BUILTINS.get(row.builtin_key or "")
            if shipped is None:
                raise FacilitatorError("Only a built-in template can be put back as shipped.")
            row.name = shipped.name
            row.sections_json = _sections_json(shipped.sections)
            s.flush()
            return _info(row)

    def delete(self, template_id: int) -> None:
        """One of the facilitator's own; groups using it go back to free text (notes written
        with it keep their sections)."""
        with self._ctx.sessions.begin() as s:
            row = s.get(NoteTemplate, template_id)
            if row is None:
                raise NotFound(_GONE)
            if row.builtin_key is not None:
                raise BuiltinTemplateKept()
            s.execute(
                update(Group)
                .where(Group.note_template_id == template_id)
                .values(note_template_id=None)
            )
            s.delete(row)

    def set_for_group(self, group_id: int, template_id: int | None) -> None:
        with self._ctx.sessions.begin() as s:
            if s.scalar(select(Group.id).where(Group.id == group_id)) is None:
                raise NotFound("That group no longer exists.")
            if template_id is not None and s.get(NoteTemplate, template_id) is None:
                raise NotFound(_GONE)
            s.execute(
                update(Group).where(Group.id == group_id).values(note_template_id=template_id)
            )

    # --- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _refuse_same_name(s: Session, name: str, template_id: int | None) -> None:
        for other_id, other_name in s.execute(select(NoteTemplate.id, NoteTemplate.name)):
            if other_id != template_id and fold(str(other_name)) == fold(name):
                raise ValidationError(
                    "name", N_("There is already a template called “{name}”."), name=name
                )

    def _seed(self) -> None:
        """Write the built-ins a workspace lacks (once per run)."""
        if self._seeded:
            return
        with self._ctx.sessions.begin() as s:
            present = set(
                s.scalars(
                    select(NoteTemplate.builtin_key).where(NoteTemplate.builtin_key.in_(BUILTINS))
                )
            )
            for key in BUILTIN_ORDER:
                if key in present:
                    continue
                shipped = BUILTINS[key]
                s.add(
                    NoteTemplate(
                        name=shipped.name,
                        kind=key,
                        sections_json=_sections_json(shipped.sections),
                        builtin_key=key,
                        created_at=self._ctx.now(),
                    )
                )
        self._seeded = True
