"""The built-in templates' words in the facilitator's language (or a group's).

The built-ins are stored in English (services/note_templates.py); while a name, heading or
line of guidance is still the shipped English, it is shown translated. Once the facilitator
changes it, their own words are shown as written.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from facilitator_desktop.services.note_templates import BUILTINS

CONTEXT = "NoteTemplates"
Translate = Callable[[str], str]

# Listed for lupdate: every shipped word (the same strings as services/note_templates.py).
_SHIPPED = (
    QT_TRANSLATE_NOOP("NoteTemplates", "Free text"),
    QT_TRANSLATE_NOOP("NoteTemplates", "Note"),
    QT_TRANSLATE_NOOP("NoteTemplates", "What happened in the session, in your own words."),
    QT_TRANSLATE_NOOP("NoteTemplates", "DAP (Data, Assessment, Plan)"),
    QT_TRANSLATE_NOOP("NoteTemplates", "Data"),
    QT_TRANSLATE_NOOP(
        "NoteTemplates", "What was said and done: the topics, what members brought, what you saw."
    ),
    QT_TRANSLATE_NOOP("NoteTemplates", "Assessment"),
    QT_TRANSLATE_NOOP(
        "NoteTemplates", "Your reading of it: the group's process, themes, progress, concerns."
    ),
    QT_TRANSLATE_NOOP("NoteTemplates", "Plan"),
    QT_TRANSLATE_NOOP("NoteTemplates", "What comes next: the next session's focus, follow-ups."),
    QT_TRANSLATE_NOOP("NoteTemplates", "BIRP (Behaviour, Intervention, Response, Plan)"),
    QT_TRANSLATE_NOOP("NoteTemplates", "Behaviour"),
    QT_TRANSLATE_NOOP(
        "NoteTemplates", "What members showed and said: mood, participation, how they related."
    ),
    QT_TRANSLATE_NOOP("NoteTemplates", "Intervention"),
    QT_TRANSLATE_NOOP("NoteTemplates", "What you did: the topics, prompts and techniques."),
    QT_TRANSLATE_NOOP("NoteTemplates", "Response"),
    QT_TRANSLATE_NOOP("NoteTemplates", "How the group and its members responded."),
    QT_TRANSLATE_NOOP("NoteTemplates", "Next steps: the next session's focus and follow-ups."),
    QT_TRANSLATE_NOOP("NoteTemplates", "SOAP (Subjective, Objective, Assessment, Plan)"),
    QT_TRANSLATE_NOOP("NoteTemplates", "Subjective"),
    QT_TRANSLATE_NOOP(
        "NoteTemplates", "What members reported in their own words: the concerns they brought."
    ),
    QT_TRANSLATE_NOOP("NoteTemplates", "Objective"),
    QT_TRANSLATE_NOOP(
        "NoteTemplates", "What you observed: attendance, participation, affect, interactions."
    ),
    QT_TRANSLATE_NOOP("NoteTemplates", "Your assessment of the group's process and progress."),
    QT_TRANSLATE_NOOP("NoteTemplates", "The next session's focus, tasks agreed, follow-ups."),
)
SHIPPED_WORDS = frozenset(
    [draft.name for draft in BUILTINS.values()]
    + [s.title for draft in BUILTINS.values() for s in draft.sections]
    + [s.guidance for draft in BUILTINS.values() for s in draft.sections]
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def shown(text: str, translate: Translate = _tr) -> str:
    """`text` as the facilitator reads it: translated while it is a shipped word."""
    return translate(text) if text in SHIPPED_WORDS else text
