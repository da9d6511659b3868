"""What the Members page does, apart from its widgets: which member the form describes (or
a new one), unsaved edits, saving, the seat order, leaving and rejoining, a member's
rights (export, erasure), and what a lock keeps (only the id, to reselect after unlock).

The page (`MembersPage`) holds the list and the form and forwards every edit and click
here; the member list model is shared by both.
"""

from __future__ import annotations

import dataclasses
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from facilitator_desktop.errors import FacilitatorError, ValidationError
from facilitator_desktop.services.erasure import ErasureReport
from facilitator_desktop.services.members import MemberDraft, MemberInfo
from facilitator_desktop.ui.context import NO_GROUP, UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.handouts.requests import HandoutKind, HandoutRequest, open_handout
from facilitator_desktop.ui.qmodels.members import MemberListModel
from facilitator_desktop.ui.signals import emit


def _tr(text: str) -> str:
    # Under the page's name: these strings were the page's, and are translated there.
    return QCoreApplication.translate("MembersPage", text)


class MembersShows(Protocol):
    """What the presenter asks of the page."""

    def show_group(self, has_group: bool) -> None:
        """The list and form, or the hint to create a group first."""

    def show_left_members(self) -> bool:
        """Whether "Show members who left" is ticked."""

    def select_row(self, row: int) -> None:
        """Make `row` (-1: none) the list's current row without telling the presenter."""

    def selected_row(self) -> int: ...
    def clear_selection(self) -> None: ...
    def fill_form(self, member: MemberInfo | None) -> None:
        """The member's fields (empty for a new member), also clearing undo histories."""

    def draft(self) -> MemberDraft: ...
    def show_alias_error(self, message: str) -> None: ...
    def clear_alias_error(self) -> None: ...
    def focus_alias(self) -> None: ...
    def show_dirty(self, dirty: bool) -> None: ...
    def update_header(self) -> None: ...
    def update_buttons(self, member: MemberInfo | None) -> None:
        """The buttons for the member being edited (None: a new member)."""

    def may_leave(self) -> bool:
        """Ask about unsaved edits; True when it is fine to go on."""

    def export_record(self, member: MemberInfo) -> None: ...
    def ask_to_erase(self, member: MemberInfo) -> None:
        """Open the erasure dialog; `erased` follows when the member was erased."""


class MembersPresenter:
    def __init__(self, ctx: UiContext, view: MembersShows, model: MemberListModel) -> None:
        self.ctx = ctx
        self.view = view
        self.model = model
        self.member_id: int | None = None  # None: the form describes a new member
        self._member_before_lock: int | None = None  # an id only, to reselect after unlock
        self.dirty = False
        self._loading = False

    def unsaved_what(self) -> str | None:
        if not self.dirty:
            return None
        return _tr("the new member") if self.member_id is None else _tr("this member")

    def discard_changes(self) -> None:
        self.show_member(self.selected_member())

    def workspace_locked(self) -> bool:
        dropped = self.dirty
        self._member_before_lock = self.member_id
        self.model.clear()
        self.member_id = None
        self._fill_form(None)
        self._set_dirty(False)
        return dropped

    def workspace_unlocked(self) -> None:
        self.reload(select=self._member_before_lock)
        self._member_before_lock = None

    # --- loading -------------------------------------------------------------------------------

    def group_id(self) -> int:
        return self.ctx.current_group_id()

    def reload(self, select: int | None = None) -> None:
        """Re-read members; select `select` (or keep the current member)."""
        keep = select if select is not None else self.member_id
        group_id = self.group_id()
        self.view.show_group(group_id != NO_GROUP)
        if group_id == NO_GROUP or self.ctx.workspace.locked:
            self.model.set_items([])
        else:
            include_left = self.view.show_left_members()
            self.model.set_items(
                self.ctx.workspace.members.list(group_id, include_left=include_left)
            )
        self.view.update_header()
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        self.view.select_row(row)
        self.show_member(self.model.item(row) if row >= 0 else None)

    def selected_member(self) -> MemberInfo | None:
        row = self.view.selected_row()
        return self.model.item(row) if row >= 0 else None

    def show_member(self, member: MemberInfo | None) -> None:
        self.member_id = member.id if member else None
        self._fill_form(member)
        self._set_dirty(False)
        self._update_buttons()

    def _fill_form(self, member: MemberInfo | None) -> None:
        self._loading = True
        try:
            self.view.fill_form(member)
        finally:
            self._loading = False

    def _update_buttons(self) -> None:
        self.view.update_buttons(self.selected_member() if self.member_id is not None else None)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.view.show_dirty(dirty)

    # --- what the user did ---------------------------------------------------------------------

    def group_changed(self) -> None:
        self.member_id = None
        self.reload()

    def show_left_toggled(self) -> bool:
        """Show (or hide) those who left; False when the user stayed with unsaved edits."""
        if not self.view.may_leave():
            return False
        self.reload()
        return True

    def edited(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def current_changed(self, row: int) -> bool:
        """The list's current row moved (-1: none); False when the user stayed with
        unsaved edits (the page selects the previous row again)."""
        member = self.model.item(row) if row >= 0 else None
        if member is not None and member.id == self.member_id:
            self._update_buttons()  # the same member moved to another seat
            return True
        if not self.view.may_leave():
            return False
        self.show_member(member)
        return True

    def add(self) -> None:
        if self.group_id() == NO_GROUP:
            return
        if self.member_id is not None and not self.view.may_leave():
            return
        self.view.clear_selection()
        if self.member_id is not None or not self.dirty:
            self.show_member(None)
        self.view.focus_alias()

    def row_moved(self) -> None:
        """Persist the new seat order right away; a move is a complete user action."""
        try:
            self.ctx.workspace.members.reorder(self.group_id(), self.model.active_ids())
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            self.reload()
            return
        for row in range(self.model.active_count()):
            member = self.model.item(row)
            if member.seat != row + 1:
                self.model.replace(row, dataclasses.replace(member, seat=row + 1))
        self._update_buttons()
        emit(self.ctx.statusMessage, _tr("Seat order saved."))

    def print_sign_in(self) -> None:
        open_handout(self.ctx, HandoutRequest(HandoutKind.SIGN_IN_SHEET))

    def export(self) -> None:
        member = self.selected_member()
        if member is None or member.damaged or not self.view.may_leave():
            return
        self.view.export_record(member)

    def erase(self) -> None:
        member = self.selected_member()
        if member is None or member.damaged or not self.view.may_leave():
            return
        self.view.ask_to_erase(member)

    def erased(self, report: ErasureReport | None) -> None:
        self.member_id = None
        self.reload()
        if report is not None:
            emit(
                self.ctx.statusMessage,
                _tr(
                    "Member erased, backups included: {deleted} notes removed, their name "
                    "taken out of {kept} others."
                ).format(deleted=report.notes_deleted, kept=report.notes_redacted),
            )

    def toggle_left(self) -> None:
        member = self.selected_member()
        if member is None or not self.view.may_leave():
            return
        left_on = self.ctx.today() if member.active else None
        try:
            self.ctx.workspace.members.set_left(member.id, left_on)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return
        self.reload(select=member.id)
        if member.active:
            message = _tr("Marked as left. Their history is kept.")
            if not self.view.show_left_members():
                message += " " + _tr("Tick “Show members who left” to see them.")
        else:
            message = _tr("Welcome back: rejoined the group.")
        emit(self.ctx.statusMessage, message)

    def save(self) -> bool:
        group_id = self.group_id()
        if group_id == NO_GROUP:
            return False
        self.view.clear_alias_error()
        draft = self.view.draft()
        members = self.ctx.workspace.members
        try:
            if self.member_id is None:
                info = members.add(group_id, draft)
            else:
                info = members.update(self.member_id, draft)
        except ValidationError as exc:
            # Everything typed stays in the form; the message sits under the alias.
            self.view.show_alias_error(error_text(exc))
            return False
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return False
        created = self.member_id is None
        self._set_dirty(False)
        self.reload(select=info.id)
        emit(self.ctx.statusMessage, _tr("Member added.") if created else _tr("Member saved."))
        return True
