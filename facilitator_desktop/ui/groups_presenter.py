"""What the Groups page does, apart from its widgets: which group the form describes (or a
new one), whether it has unsaved edits, saving, archiving, and the sealed description that
is forgotten while the workspace is locked.

The page (`GroupsPage`) holds the list and the form and forwards every edit and click here.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import FacilitatorError, RecordDamaged, ValidationError
from facilitator_desktop.services.groups import DEFAULT_AGENDA, GroupDraft, GroupInfo
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.signals import emit

_LOOSE_TIME = re.compile(r"^\s*(\d{1,2})[:.h]?(\d{2})\s*$")

# The default agenda's segment names, for the translation tools: a new group's agenda is
# offered in the app's language (the room display shows these names).
_DEFAULT_NAMES = (
    QT_TRANSLATE_NOOP("DefaultAgenda", "Check-in"),
    QT_TRANSLATE_NOOP("DefaultAgenda", "Discussion"),
    QT_TRANSLATE_NOOP("DefaultAgenda", "Check-out"),
)


def _tr(text: str) -> str:
    # Under the page's name: these strings were the page's, and are translated there.
    return QCoreApplication.translate("GroupsPage", text)


def normalise_time(text: str) -> str | None:
    """Accept "9:00", "0900" or "18.30" and store "09:00"; leave anything else for the
    service to refuse with its message."""
    text = text.strip()
    if not text:
        return None
    match = _LOOSE_TIME.match(text)
    if match is None:
        return text
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def default_agenda() -> tuple[SegmentSpec, ...]:
    """The default agenda, its names in the app's language."""
    return tuple(
        dataclasses.replace(seg, name=QCoreApplication.translate("DefaultAgenda", seg.name))
        for seg in DEFAULT_AGENDA
    )


class GroupsShows(Protocol):
    """What the presenter asks of the page."""

    def fill_form(self, group: GroupInfo | None, agenda: tuple[SegmentSpec, ...]) -> None:
        """Put the group's fields in the form (empty ones for a new group)."""

    def show_description(self, text: str) -> None:
        """Replace the description and its undo history."""

    def description(self) -> str: ...
    def draft(self) -> GroupDraft:
        """The form as typed (the start time as written)."""

    def save_checkin(self, group_id: int | None) -> bool:
        """Store the check-in scale as typed for `group_id` (None: a new group, only check
        it); False when refused, the reason shown and nothing typed lost."""

    def show_damage(self, *, group: bool, description: bool) -> None: ...
    def show_titles(self, group: GroupInfo | None) -> None: ...
    def show_dirty(self, dirty: bool) -> None: ...
    def sync_list_selection(self) -> None: ...
    def clear_errors(self) -> None: ...
    def show_error(self, field: str, message: str) -> None:
        """Show the message under the field and put the focus there."""

    def focus_name(self) -> None: ...
    def may_leave(self) -> bool:
        """Ask about unsaved edits; True when it is fine to go on."""

    def confirm_archive(self, name: str) -> bool: ...


class GroupsPresenter:
    def __init__(self, ctx: UiContext, view: GroupsShows) -> None:
        self.ctx = ctx
        self.view = view
        self.editing_id: int | None = None  # None: the form describes a new group
        self.dirty = False
        self._loading = False
        self._description_loaded = ""  # to tell whether the sealed description was edited

    def unsaved_what(self) -> str | None:
        if not self.dirty:
            return None
        if self.editing_id is None:
            return _tr("the new group")
        return _tr("this group")

    # --- loading -------------------------------------------------------------------------------

    def load(self, group: GroupInfo | None) -> None:
        self._loading = True
        try:
            self.view.clear_errors()
            self.editing_id = group.id if group else None
            self.view.fill_form(group, group.agenda if group else default_agenda())
            description, description_damaged = self._description(group)
            self._set_description(description)
        finally:
            self._loading = False
        self.view.show_damage(
            group=group is not None and group.damaged, description=description_damaged
        )
        self._set_dirty(False)
        self.view.show_titles(group)
        self.view.sync_list_selection()

    def load_current(self) -> None:
        self.load(self.ctx.current_group())

    def _description(self, group: GroupInfo | None) -> tuple[str, bool]:
        """The sealed description, and whether it is damaged."""
        if group is None or group.damaged:
            return "", False
        try:
            return self.ctx.workspace.groups.description(group.id), False
        except RecordDamaged:
            return "", True
        except FacilitatorError:  # locked: read again on unlock
            return "", False

    def _set_description(self, text: str) -> None:
        loading, self._loading = self._loading, True
        try:
            self.view.show_description(text)
        finally:
            self._loading = loading
        self._description_loaded = text

    def workspace_locked(self) -> bool:
        """The description is sealed: forget it (and its undo history) until unlock. Other
        unsaved edits name nobody and stay."""
        dropped = self.view.description() != self._description_loaded
        self._set_description("")
        return dropped

    def workspace_unlocked(self) -> None:
        current = self.ctx.current_group()
        if self.editing_id is not None and current is not None and current.id == self.editing_id:
            self._set_description(self._description(current)[0])

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.view.show_dirty(dirty)

    # --- what the user did ---------------------------------------------------------------------

    def edited(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def pick(self, group: GroupInfo | None) -> None:
        """The list's current row moved to `group`."""
        if group is None or group.id == self.editing_id:
            return
        if group.id == self.ctx.current_group_id():
            # Leaving a new-group draft for the group that is already current.
            if self.view.may_leave():
                self.load(group)
            else:
                self.view.sync_list_selection()
            return
        if not self.ctx.request_group(group.id):
            self.view.sync_list_selection()

    def new_group(self) -> None:
        if self.editing_id is None and not self.dirty:
            self.view.focus_name()
            return
        if not self.view.may_leave():
            return
        self.load(None)
        self.view.focus_name()

    def toggle_archived(self) -> None:
        group = self.ctx.current_group()
        if group is None or group.id != self.editing_id or not self.view.may_leave():
            return
        if not group.archived and not self.view.confirm_archive(group.name):
            return
        try:
            self.ctx.workspace.groups.set_archived(group.id, not group.archived)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return
        self.ctx.reload_groups()
        emit(
            self.ctx.statusMessage,
            _tr("Group unarchived.")
            if group.archived
            else _tr("Group archived. Its members, rules and history are kept."),
        )

    def save(self) -> bool:
        self.view.clear_errors()
        typed = self.view.draft()
        draft = dataclasses.replace(typed, start_time=normalise_time(typed.start_time or ""))
        # The check-in scale first: refused, nothing is saved and the form stays as typed.
        if not self.view.save_checkin(self.editing_id):
            return False
        groups = self.ctx.workspace.groups
        try:
            if self.editing_id is None:
                info = groups.create(draft)
            else:
                info = groups.update(self.editing_id, draft)
        except ValidationError as exc:
            self.view.show_error(exc.field, error_text(exc))
            return False
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return False
        created = self.editing_id is None
        if created:  # a new group has no scores that could refuse its scale
            self.view.save_checkin(info.id)
        self._set_dirty(False)
        self.ctx.reload_groups(select=info.id)
        self.load_current()
        emit(self.ctx.statusMessage, _tr("Group created.") if created else _tr("Group saved."))
        return True
