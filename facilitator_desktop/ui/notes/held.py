"""Note text the disk would not take when the workspace locked, kept until the next unlock.

Before the data key is forgotten the text is sealed with it (`KeyRing.seal_for_later`:
AES-GCM, in this process's memory only) and the plain text leaves every widget. Nothing is
written anywhere: no draft file, no settings, no temporary file. After the next unlock the
text is opened with the same key and saved, or put back where it was typed when the disk
still refuses it. The words here say which happened, and why, without any of the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from facilitator_desktop.errors import (
    FacilitatorError,
    KeyChanging,
    StorageError,
    StorageFull,
    WorkspaceReadOnly,
)


class Sealer(Protocol):
    """What the workspace's key ring offers for text held across a lock."""

    def seal_for_later(self, text: str) -> bytes: ...

    def open_later(self, blob: bytes) -> str: ...


@dataclass(frozen=True, slots=True)
class HeldText:
    """Sealed text and why it was not saved (words for a sentence; "" when no save was
    tried, e.g. a quick note still being typed)."""

    sealed: bytes
    why: str = ""

    @classmethod
    def seal(cls, sealer: Sealer, text: str, why: str = "") -> HeldText | None:
        """None when it cannot be sealed (the key is already gone, or being changed)."""
        try:
            return cls(sealer.seal_for_later(text), why)
        except FacilitatorError:
            return None

    def open(self, sealer: Sealer) -> str | None:
        """The text again, or None when it cannot be opened (damaged, or another key)."""
        try:
            return sealer.open_later(self.sealed)
        except FacilitatorError:
            return None

    def __repr__(self) -> str:  # never the blob in a log or a traceback
        return f"HeldText({len(self.sealed)} bytes sealed, why={self.why!r})"


def _tr(text: str) -> str:
    return QCoreApplication.translate("HeldNotes", text)


def why_not_saved(error: FacilitatorError | None) -> str:
    """The reason a save failed, short enough for brackets in a sentence."""
    if isinstance(error, StorageFull):
        return _tr("the disk is full")
    if isinstance(error, WorkspaceReadOnly):
        return _tr("the disk is read-only")
    if isinstance(error, KeyChanging):
        return _tr("the workspace key was being changed")
    if isinstance(error, StorageError):
        return _tr("a problem with the disk")
    return _tr("it could not be written")


def kept_while_locked(why: str) -> str:
    """On the lock screen: a note that could not be saved is held, not lost."""
    return _tr(
        "Your note could not be saved ({why}); it is kept, encrypted, and will be saved "
        "when you unlock."
    ).format(why=why)


def saved_after_unlock() -> str:
    return _tr("The note kept while the workspace was locked has been saved.")


def still_not_saved(why: str) -> str:
    return _tr(
        "Your note is still not saved ({why}). It is back in the editor and is saved as "
        "soon as the disk takes it; please do not close the app until then."
    ).format(why=why)


def lost_while_locked() -> str:
    return _tr(
        "The note kept while the workspace was locked could not be opened again, so it "
        "could not be saved."
    )


def quick_note_kept(*, sent: bool) -> str:
    """On the lock screen, for the quick note of the Session page."""
    if sent:
        return _tr(
            "Your quick note could not be saved; it is kept, encrypted, and will be saved "
            "when you unlock."
        )
    return _tr("The quick note you were typing is kept, encrypted, and comes back when you unlock.")


def quick_note_still_not_saved() -> str:
    """Under the quick-note box, whose column is narrow: the status bar says why."""
    return _tr("Still not saved · Enter tries again")
