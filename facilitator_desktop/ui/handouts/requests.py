"""Asking for a handout from anywhere in the app: "print ground rules", "print the summary
of this session" — the Handouts page opens with that handout chosen.

Pages and dialogs do not know the main window or the Handouts page; they call
`open_handout(ctx, HandoutRequest(...))`. The Handouts page registers itself as the handler
on the `HandoutRequests` object that hangs under the UI context (one per unlocked workspace,
never a module-level singleton). Nothing here imports ReportLab.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt

from facilitator_desktop.ui.context import UiContext


class HandoutKind(StrEnum):
    GROUND_RULES = "ground_rules"
    RULE_CARDS = "rule_cards"
    SIGN_IN_SHEET = "sign_in_sheet"
    SESSION_SUMMARY = "session_summary"


@dataclass(frozen=True, slots=True)
class HandoutRequest:
    """What to show on the Handouts page.

    group_id: switch to this group first (None: stay on the current group).
    member_id: for ground rules, print the acknowledgement for this member (alias filled in).
    session_id: for a session summary, which finished session.
    """

    kind: HandoutKind
    group_id: int | None = None
    member_id: int | None = None
    session_id: int | None = None


Handler = Callable[[HandoutRequest], bool]


class HandoutRequests(QObject):
    """The switchboard between "print this" buttons and the Handouts page."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("handoutRequests")
        self._handler: weakref.WeakMethod[Handler] | None = None

    def set_handler(self, handler: Handler) -> None:
        """The page's bound method; held weakly so a closed window is never called."""
        self._handler = weakref.WeakMethod(handler)

    def open(self, request: HandoutRequest) -> bool:
        handler = self._handler() if self._handler is not None else None
        if handler is None:
            return False
        try:
            return handler(request)
        except RuntimeError:  # the page's C++ side is gone (window closed)
            return False


def handout_requests(ctx: UiContext) -> HandoutRequests:
    """The switchboard of this UI context, created on first use."""
    found = ctx.findChild(
        HandoutRequests, "handoutRequests", Qt.FindChildOption.FindDirectChildrenOnly
    )
    return found if isinstance(found, HandoutRequests) else HandoutRequests(ctx)


def open_handout(ctx: UiContext, request: HandoutRequest) -> bool:
    """Show the Handouts page with `request` chosen. False when nothing changed (the user
    chose to stay with unsaved edits, or there is no Handouts page)."""
    return handout_requests(ctx).open(request)


def open_session_summary_handout(ctx: UiContext, session_id: int) -> bool:
    """For the end-of-session summary: show the printable summary of `session_id`.

    The page switches to the session's group if needed; private notes are left out until
    the facilitator ticks "Include private notes" and confirms the warning.
    """
    return open_handout(ctx, HandoutRequest(HandoutKind.SESSION_SUMMARY, session_id=session_id))
