"""List and table models for notes and follow-ups.

Rows are small frozen records built from the services' NoteInfo: an id, the first line of
the body and the flags a list needs, never an ORM object. They carry decrypted text, so
every model here has a `clear()` the page calls when the workspace locks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from facilitator_desktop.domain.text_search import Query, match_spans
from facilitator_desktop.services.notes import NoteInfo, SearchHit
from facilitator_desktop.ui.formatting import short_date
from facilitator_desktop.ui.signals import emit

AnyIndex = QModelIndex | QPersistentModelIndex
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
META_ROLE = Qt.ItemDataRole.UserRole + 3
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 4  # (text, spans) or None
DAMAGED_ROLE = Qt.ItemDataRole.UserRole + 5
TITLE_MAX = 200


def local_time(moment: datetime) -> datetime:
    """Stored times are naive UTC; people read local time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoteListModel", text)


@dataclass(frozen=True, slots=True)
class NoteRow:
    id: int
    group_id: int | None
    title: str
    created_at: datetime
    member_ids: tuple[int, ...]
    follow_up: bool
    due_on: date | None
    done: bool
    damaged: bool
    snippet: str = ""
    spans: tuple[tuple[int, int], ...] = ()
    # Found by these members' names: (member id, "Alias" or "Alias (Full Name)").
    about: tuple[tuple[int, str], ...] = ()

    @classmethod
    def of(cls, note: NoteInfo) -> NoteRow:
        return cls(
            note.id,
            note.group_id,
            note.title[:TITLE_MAX],
            note.created_at,
            note.member_ids,
            note.follow_up,
            note.due_on,
            note.done,
            note.damaged,
        )

    @classmethod
    def of_hit(cls, hit: SearchHit, query: Query | None = None) -> NoteRow:
        """A search result. Found by a member's name, its excerpt starts by saying so
        ("About Anna (Anna Lindqvist) · …"), with the matching words marked there too."""
        row = replace(
            cls.of(hit.note), snippet=hit.snippet.text, spans=hit.snippet.spans, about=hit.about
        )
        if not hit.about:
            return row
        names = ", ".join(label for _, label in hit.about)
        prefix = _tr("About {names}").format(names=names) + " · "
        marks = tuple(match_spans(prefix, query)) if query is not None else ()
        shifted = tuple((start + len(prefix), end + len(prefix)) for start, end in row.spans)
        return replace(row, snippet=prefix + row.snippet, spans=marks + shifted)

    def updated_from(self, note: NoteInfo) -> NoteRow:
        """This row after a save: keeps the search excerpt it was found with."""
        return replace(NoteRow.of(note), snippet=self.snippet, spans=self.spans, about=self.about)


def follow_up_text(follow_up: bool, due_on: date | None, done: bool) -> str:
    if not follow_up:
        return ""
    if done:
        return _tr("Followed up ✓")
    if due_on is not None:
        return _tr("Follow up by {date}").format(date=short_date(due_on))
    return _tr("To follow up")


class NoteListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[NoteRow] = []
        self._aliases: dict[int, str] = {}
        self._groups: dict[int, str] = {}
        self._show_group = False

    # --- content -------------------------------------------------------------------------------

    def set_rows(
        self,
        rows: Sequence[NoteRow],
        *,
        aliases: Mapping[int, str],
        groups: Mapping[int, str],
        show_group: bool,
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._aliases = dict(aliases)
        self._groups = dict(groups)
        self._show_group = show_group
        self.endResetModel()

    def clear(self) -> None:
        """Drop every decrypted title, excerpt and alias (on lock)."""
        self.set_rows([], aliases={}, groups={}, show_group=False)

    def add_aliases(self, aliases: Mapping[int, str]) -> None:
        self._aliases.update(aliases)

    def row_of(self, note_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.id == note_id:
                return row
        return -1

    def item(self, row: int) -> NoteRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def ids(self) -> list[int]:
        return [r.id for r in self._rows]

    def insert_first(self, row: NoteRow) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self.endInsertRows()

    def replace(self, note: NoteInfo) -> None:
        row = self.row_of(note.id)
        if row < 0:
            return
        self._rows[row] = self._rows[row].updated_from(note)
        index = self.index(row, 0)
        emit(self.dataChanged, index, index)

    def remove(self, note_id: int) -> int:
        """Remove the note's row; returns the row it had (or -1)."""
        row = self.row_of(note_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        return row

    # --- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def meta(self, item: NoteRow) -> str:
        parts = [short_date(local_time(item.created_at))]
        if self._show_group and item.group_id is not None and item.group_id in self._groups:
            parts.append(self._groups[item.group_id])
        names = [self._aliases[m] for m in item.member_ids if m in self._aliases]
        if names:
            parts.append(", ".join(names))
        flag = follow_up_text(item.follow_up, item.due_on, item.done)
        if flag:
            parts.append(flag)
        return " · ".join(parts)

    def title(self, item: NoteRow) -> str:
        if item.damaged:
            return _tr("⚠ Damaged note")
        return item.title or _tr("(empty note)")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{self.title(item)} — {self.meta(item)}"
            return f"{text} — {item.snippet}" if item.snippet else text
        if role == NOTE_ID_ROLE:
            return item.id
        if role == TITLE_ROLE:
            return self.title(item)
        if role == META_ROLE:
            return self.meta(item)
        if role == SNIPPET_ROLE:
            return (item.snippet, item.spans) if item.snippet else None
        if role == DAMAGED_ROLE:
            return item.damaged
        return None


# --- follow-ups ---------------------------------------------------------------------------------
