"""What the Handouts presenter asks of the page: `HandoutsPage` is the one implementation.

Setting a value here never signals back into the presenter (the page blocks its widgets'
signals); only the user's own changes do.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from facilitator_desktop.handouts.data import HandoutResult, Paper
from facilitator_desktop.services.handout_data import FacilitatorProfile
from facilitator_desktop.ui.handouts.choices import HandoutChoices
from facilitator_desktop.ui.handouts.requests import HandoutKind, HandoutRequest


class HandoutsView(Protocol):
    # --- what the user chose -------------------------------------------------------------------

    def choices(self) -> HandoutChoices: ...
    def kind(self) -> HandoutKind: ...
    def large_print(self) -> bool: ...
    def profile(self) -> FacilitatorProfile: ...
    def profile_pending(self) -> bool: ...
    def visible(self) -> bool: ...

    # --- the options ---------------------------------------------------------------------------

    def show_paper(self, paper: Paper) -> None: ...
    def show_large_print(self, large: bool) -> None: ...
    def show_welcome(self, text: str) -> None:
        """The welcome line as stored, with a fresh undo history."""

    def forget_welcome(self) -> None: ...
    def show_profile(self, profile: FacilitatorProfile) -> None: ...
    def mark_profile_saved(self) -> None: ...
    def show_group(self, *, present: bool) -> None:
        """The options and preview, or (no group yet) the empty state."""

    def show_subtitle(self, group: str | None) -> None: ...
    def start_group(self, next_meeting: date) -> None:
        """Another group: its sign-in day, no member chosen, private notes asked again."""

    def show_members(self, members: list[tuple[int, str]]) -> None: ...
    def show_sessions(self, sessions: list[tuple[int, str]]) -> None: ...
    def forget_choices(self) -> None:
        """Every alias and session leaves the forms (on lock, or with no group)."""

    def choose_request(self, request: HandoutRequest, session_label: str) -> None:
        """What another screen asked for: the handout, its member or session."""

    def come_forward(self) -> bool:
        """Show the page; False when the user chose to stay where they were."""

    # --- the preview ---------------------------------------------------------------------------

    def show_ready(self, *, ready: bool) -> None:
        """Whether the output buttons work (the preview matches the options)."""

    def show_status(self, text: str) -> None: ...
    def show_busy(self, busy: bool) -> None: ...
    def show_message(self, message: str) -> None:
        """No handout, `message` instead (its pages and warnings forgotten)."""

    def show_result(self, result: HandoutResult, summary: str) -> None: ...
    def shown_result(self) -> HandoutResult | None: ...
