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


class WorkspaceTooNew(FacilitatorError):
    default_message = (
        "This workspace was saved by a newer version of Facilitator Desktop. "
        "Please update the app to open it; nothing has been changed."
    )


class WorkspaceExists(FacilitatorError):
    default_message = "A workspace already exists in this folder."


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


class VaultLocked(FacilitatorError):
    default_message = "The workspace is locked. Unlock it to see private details."


class RecordDamaged(FacilitatorError):
    """One encrypted record failed to decrypt; everything else stays readable."""

    default_message = "This record is damaged and cannot be shown."


class NotFound(FacilitatorError):
    default_message = "That item no longer exists."


class ValidationError(FacilitatorError):
    """Bad input, tied to the form field it concerns so the UI can show it inline."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
