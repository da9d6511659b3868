"""SQLAlchemy ORM classes only. Importing this package registers every table."""

from facilitator_desktop.models.base import Base
from facilitator_desktop.models.documentation import (
    CheckinScore,
    MeasureEntry,
    MeasureInstrument,
    NoteAddendum,
    NoteTemplate,
    ProgressEntry,
    SessionNote,
)
from facilitator_desktop.models.group import AgendaTemplateSegment, Group
from facilitator_desktop.models.maintenance import MaintenanceJob, SealedSetting
from facilitator_desktop.models.member import Member
from facilitator_desktop.models.note import Note, NoteMember
from facilitator_desktop.models.rules import Acknowledgement, RuleCard, RuleSet
from facilitator_desktop.models.session import (
    Attendance,
    Correction,
    GroupSession,
    SessionEvent,
    SessionSegment,
    Turn,
)
from facilitator_desktop.models.setting import Setting
from facilitator_desktop.models.workspace_meta import VaultSlotRow, WorkspaceMeta

__all__ = [
    "Acknowledgement",
    "Attendance",
    "Correction",
    "GroupSession",
    "SessionEvent",
    "SessionSegment",
    "Turn",
    "AgendaTemplateSegment",
    "Base",
    "CheckinScore",
    "Group",
    "MaintenanceJob",
    "MeasureEntry",
    "MeasureInstrument",
    "Member",
    "Note",
    "NoteAddendum",
    "NoteMember",
    "NoteTemplate",
    "ProgressEntry",
    "RuleCard",
    "RuleSet",
    "SealedSetting",
    "SessionNote",
    "Setting",
    "VaultSlotRow",
    "WorkspaceMeta",
]
