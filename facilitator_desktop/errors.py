"""The exceptions a user can meet, each carrying a message fit to show them.

Scripts and tests rely on these names; keep them stable.
"""

from __future__ import annotations


class FacilitatorError(Exception):
    """Base for every error whose message is written for the facilitator."""

    default_message = "Something went wrong."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self.args[0])


class WorkspaceNotFound(FacilitatorError):
    default_message = "There is no workspace in this folder yet."


class WrongPassphrase(FacilitatorError):
    default_message = "That passphrase does not unlock this workspace. Please try again."


class WorkspaceCorrupt(FacilitatorError):
    default_message = (
        "This workspace is damaged and cannot be opened. Nothing has been changed on disk. "
        "Restore a backup, or keep the folder and ask for help."
    )


class PassphraseSlotDamaged(WorkspaceCorrupt):
    default_message = (
        "The part of this workspace that your passphrase opens is damaged. Your recovery key "
        "still opens it: choose “Use recovery key”. Nothing has been changed on disk."
    )


class WorkspaceTooNew(FacilitatorError):
    default_message = (
        "This workspace was saved by a newer version of Facilitator Desktop. "
        "Please update the app to open it; nothing has been changed."
    )


class WorkspaceExists(FacilitatorError):
    default_message = "A workspace already exists in this folder."


class ImportRefused(FacilitatorError):
    """A file offered for import failed a check; nothing was installed."""

    default_message = "This file cannot be imported. Nothing has been changed."

    def __init__(self, reason: str = "") -> None:
        self.reason = reason
        super().__init__(
            f"This file cannot be imported: {reason} Nothing has been changed." if reason else None
        )


class WrongRecoveryKey(FacilitatorError):
    default_message = "That recovery key does not unlock this workspace. Check each group of four."


class WorkspaceInUse(FacilitatorError):
    default_message = "This workspace is already open in another copy of the app."


class StorageError(FacilitatorError):
    default_message = (
        "The workspace could not be saved because of a problem with the disk. "
        "What you see is kept in memory; please do not close the app yet."
    )


class StorageFull(StorageError):
    default_message = (
        "The disk is full, so the last change could not be saved. Free some space "
        "(nothing shown has been lost) and try again."
    )


class WorkspaceReadOnly(StorageError):
    default_message = (
        "The data folder is read-only, so nothing can be saved there. Choose a folder you "
        "can write to, or change its permissions."
    )

    @classmethod
    def while_open(cls) -> WorkspaceReadOnly:
        """The disk turned read-only under an open workspace (the system remounted it after
        an error, a stick's lock switch): what is on screen is kept only in memory."""
        return cls(
            "The disk holding the workspace has become read-only, so the last change could "
            "not be saved. What you see is kept in memory: do not close the app yet, and "
            "check the disk (a loose cable, a memory stick's lock switch)."
        )


class KeyChanging(StorageError):
    default_message = (
        "The workspace key is being changed, so this could not be saved yet. What you see "
        "is kept and saved in a moment."
    )


class VaultLocked(FacilitatorError):
    default_message = "The workspace is locked. Unlock it to see private details."


class RecordDamaged(FacilitatorError):
    """One record failed to decrypt or holds values the app never writes (a malformed date,
    a revision that cannot grow, text where ciphertext belongs); everything else stays
    readable."""

    default_message = "This record is damaged and cannot be shown."

    @classmethod
    def on_edit(cls) -> RecordDamaged:
        return cls(
            "This record is damaged and cannot be changed. Everything else is fine; "
            "a backup may hold an intact copy."
        )


class ExportRefused(FacilitatorError):
    """A member's export could not be made safe for everyone else; nothing was exported."""

    default_message = (
        "Another member's record is damaged, so their names cannot be looked for and "
        "removed from this export. Nothing has been exported."
    )


class NotFound(FacilitatorError):
    default_message = "That item no longer exists."


class ValidationError(FacilitatorError):
    """Bad input, tied to the form field it concerns so the UI can show it inline."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
