"""What the notes list shows: read from the services, shaped into rows and a hint.

Each call is one short read (the services open one session each) and returns plain
records; nothing here holds a widget. A read that fails says why in `error` (for the
status bar) and lists nothing, so the page stays usable.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from facilitator_desktop.domain.text_search import Query
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.notes import FollowUpFilter, NoteFilter, NoteInfo
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.notes.details import MemberChoice
from facilitator_desktop.ui.notes.models import NoteRow
from facilitator_desktop.workspace import Workspace

LIST_LIMIT = 500
SEARCH_LIMIT = 200


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # Under the page's name: these strings were the page's, and are translated there.
    return QCoreApplication.translate("NotesPage", text, disambiguation, n)


@dataclass(frozen=True, slots=True)
class Listing:
    """Rows for the list, what it needs to label them, and the line under it."""

    rows: tuple[NoteRow, ...] = ()
    aliases: dict[int, str] = field(default_factory=dict)
    groups: dict[int, str] = field(default_factory=dict)
    show_group: bool = False
    hint: str = ""
    error: str | None = None  # why the read failed (then nothing is listed)


class NoteLister:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def notes(
        self, group_id: int | None, member_id: int | None, follow_up: FollowUpFilter
    ) -> Listing:
        """The notes of one group (None: every group), newest first, filtered."""
        all_groups = group_id is None
        where = NoteFilter(group_id=group_id, member_id=member_id, follow_up=follow_up)
        error = None
        try:
            notes = self._workspace.notes.find(where, limit=LIST_LIMIT + 1)
        except FacilitatorError as exc:
            error, notes = error_text(exc), []
        shown = notes[:LIST_LIMIT]
        if len(notes) > LIST_LIMIT:
            hint = _tr("The newest %Ln notes. Search to find older ones.", "", LIST_LIMIT)
        elif not shown:
            hint = _tr("No notes here yet.")
        else:
            hint = ""
        return Listing(
            tuple(NoteRow.of(n) for n in shown),
            self.aliases(_group_ids(shown)),
            self.group_names() if all_groups else {},
            all_groups,
            hint,
            error,
        )

    @staticmethod
    def no_group() -> Listing:
        """Nothing to list before a group exists."""
        return Listing(hint=_tr("Create a group on the Groups page to write notes about it."))

    def search(self, text: str) -> Listing:
        """Every note of the workspace that holds all the words of `text` (in its body or
        the names of the members it is about), whatever the filters."""
        try:
            hits = self._workspace.notes.search(text, NoteFilter(), limit=SEARCH_LIMIT + 1)
        except FacilitatorError as exc:
            return Listing(error=error_text(exc))
        shown = hits[:SEARCH_LIMIT]
        query = Query.parse(text)
        rows = tuple(NoteRow.of_hit(hit, query) for hit in shown)
        if not rows:
            hint = _tr(
                "No note holds all of these words, in its text or in the names of the "
                "members it is about."
            )
        elif len(hits) > SEARCH_LIMIT:
            hint = _tr(
                "The newest %Ln matching notes, from all groups. Add a word to narrow.",
                "",
                SEARCH_LIMIT,
            )
        else:
            hint = _tr("%Ln matching notes, from all groups.", "", len(rows))
        group_ids = {row.group_id for row in rows if row.group_id is not None}
        return Listing(rows, self.aliases(group_ids), self.group_names(), True, hint)

    # --- names ---------------------------------------------------------------------------------

    def aliases(self, group_ids: set[int]) -> dict[int, str]:
        """Member id → alias, for the members of these groups (who left included)."""
        aliases: dict[int, str] = {}
        for group_id in group_ids:
            try:
                members = self._workspace.members.list(group_id, include_left=True)
            except FacilitatorError:
                continue
            aliases.update({m.id: m.alias for m in members if not m.damaged})
        return aliases

    def group_names(self) -> dict[int, str]:
        try:
            groups = self._workspace.groups.list(include_archived=True)
        except FacilitatorError:
            return {}
        return {g.id: g.name for g in groups}

    def members(self, group_id: int) -> list[MemberChoice]:
        """Everyone of the group who can be read, who left included (the filter's list)."""
        try:
            members = self._workspace.members.list(group_id, include_left=True)
        except FacilitatorError:
            return []
        return [MemberChoice(m.id, m.alias, m.active) for m in members if not m.damaged]

    def choices(self, group_id: int | None, linked: tuple[int, ...]) -> list[MemberChoice]:
        """Whom a note of the group can be about: its current members, and anyone already
        linked who has left since."""
        if group_id is None:
            return []
        return [m for m in self.members(group_id) if m.active or m.id in linked]


def _group_ids(notes: list[NoteInfo]) -> set[int]:
    return {n.group_id for n in notes if n.group_id is not None}
