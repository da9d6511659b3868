"""What the Notes page keeps while the workspace is locked: where the user was (ids and
positions only), and a note the disk would not take, sealed with the data key (held.py).

Plain records and two steps, sealing before the lock and saving after the unlock; the
presenter decides when, and what the editor shows afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.notes import FollowUpFilter, NoteDraft, NoteService
from facilitator_desktop.ui.notes.held import HeldText, Sealer, why_not_saved


@dataclass(frozen=True, slots=True)
class Place:
    """Where the user was when the workspace locked: ids and positions only."""

    note_id: int | None
    cursor: int
    all_groups: bool
    member_id: int | None
    follow_up: FollowUpFilter


@dataclass(frozen=True, slots=True)
class HeldNote:
    """A note the disk would not take when the workspace locked: its text sealed with the
    data key, and where it belongs."""

    text: HeldText
    note_id: int | None  # None: a new note, not stored yet
    group_id: int | None
    member_ids: tuple[int, ...]
    follow_up: bool
    due_on: date | None
    cursor: int

    def draft(self, body: str) -> NoteDraft:
        """The new note it was, with `body` (its text opened again)."""
        return NoteDraft(
            body=body,
            group_id=self.group_id,
            member_ids=self.member_ids,
            follow_up=self.follow_up,
            due_on=self.due_on,
        )


def seal_note(
    sealer: Sealer,
    body: str,
    error: FacilitatorError | None,
    *,
    note_id: int | None,
    draft: NoteDraft,
    cursor: int,
) -> HeldNote | None:
    """Seal the editor's unsaved text while the key is still here (the lock calls the page
    first). `draft` says where a new note belongs; `note_id` is None for a new note. None
    when it cannot be sealed."""
    text = HeldText.seal(sealer, body, why_not_saved(error))
    if text is None:
        return None
    return HeldNote(
        text,
        note_id,
        draft.group_id,
        draft.member_ids,
        draft.follow_up,
        draft.due_on,
        cursor,
    )


@dataclass(frozen=True, slots=True)
class HeldOutcome:
    """What became of a held note after the unlock: saved (`saved_id`), still refused by
    the disk (`body` and `error`: it goes back into the editor), or lost (neither: it could
    not be opened again)."""

    saved_id: int | None = None
    body: str | None = None
    error: FacilitatorError | None = None


def save_held(held: HeldNote, sealer: Sealer, notes: NoteService) -> HeldOutcome:
    """Open the held text with the key (back after the unlock) and store it."""
    body = held.text.open(sealer)
    if body is None:
        return HeldOutcome()
    try:
        if held.note_id is None:
            info = notes.create(held.draft(body))
        else:
            info = notes.save_body(held.note_id, body)
    except FacilitatorError as exc:
        return HeldOutcome(body=body, error=exc)
    return HeldOutcome(saved_id=info.id)
