"""The exceptions a user can meet, each carrying a message fit to show them.

A message is an English *template* marked for translation plus the values it names, kept
apart: `NotFound(N_("That session no longer exists."))`, or
`ValidationError("name", N_("Keep the name to {limit} characters or fewer."), limit=200)`.
Nothing here imports Qt: ui/error_text.py looks the template up in the catalogue (context
"Errors") and fills in the values, so the facilitator reads it in their language, while
`message` stays the English text for logs and tests. scripts/i18n.py extracts every `N_()`
text, every `default_message` and the literal message of every raise of these classes.

A template without values is shown exactly as written (it is never passed through
str.format, so braces in it are plain text). A value may itself be a `Phrase` (a marked
text translated in its turn, such as ImportRefused's reason); any other value is shown as
it is (a member's name stays as they wrote it).

Scripts and tests rely on these names; keep them stable.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import NamedTuple

#: The translation context of every error message (and of every N_() text).
CONTEXT = "Errors"


def N_(template: str) -> str:  # noqa: N802 - the marker's name is the gettext convention
    """Mark `template` for extraction; it is translated where it is shown (error_text)."""
    return template


class Phrase(NamedTuple):
    """A marked text used as a value inside another message, translated on its own.

    A named tuple, not a dataclass: this module loads before the first window, and the
    dataclasses module costs ~4 ms there."""

    template: str
    params: Mapping[str, object] = MappingProxyType({})

    @property
    def english(self) -> str:
        return fill(self.template, self.params, lambda phrase: phrase.english)

    def __str__(self) -> str:
        return self.english


def fill(
    template: str,
    params: Mapping[str, object],
    phrase_text: Callable[[Phrase], str],
) -> str:
    """`template` with its values put in (phrases rendered by `phrase_text`); as written
    when there are no values."""
    if not params:
        return template
    values = {
        name: phrase_text(value) if isinstance(value, Phrase) else value
        for name, value in params.items()
    }
    return template.format(**values)


class FacilitatorError(Exception):
    """Base for every error whose message is written for the facilitator."""

    default_message = N_("Something went wrong.")

    def __init__(self, message: str | None = None, /, **params: object) -> None:
        self.template: str = message or self.default_message
        self.params: dict[str, object] = dict(params)
        super().__init__(fill(self.template, self.params, lambda phrase: phrase.english))

    @property
    def message(self) -> str:
        """The message in English (the source text), values filled in."""
        return str(self.args[0])


class WorkspaceNotFound(FacilitatorError):
    default_message = N_("There is no workspace in this folder yet.")


class WrongPassphrase(FacilitatorError):
    default_message = N_("That passphrase does not unlock this workspace. Please try again.")


class WorkspaceCorrupt(FacilitatorError):
    default_message = N_(
        "This workspace is damaged and cannot be opened. Nothing has been changed on disk. "
        "Restore a backup, or keep the folder and ask for help."
    )


class PassphraseSlotDamaged(WorkspaceCorrupt):
    default_message = N_(
        "The part of this workspace that your passphrase opens is damaged. Your recovery key "
        "still opens it: choose “Use recovery key”. Nothing has been changed on disk."
    )


class WorkspaceTooNew(FacilitatorError):
    default_message = N_(
        "This workspace was saved by a newer version of Facilitator Desktop. "
        "Please update the app to open it; nothing has been changed."
    )


class WorkspaceExists(FacilitatorError):
    default_message = N_("A workspace already exists in this folder.")


class ImportRefused(FacilitatorError):
    """A file offered for import failed a check; nothing was installed.

    `reason` is a marked template finishing "This file cannot be imported: …", with its
    own values: `ImportRefused(N_("it could not be written ({reason})."), reason=...)`."""

    default_message = N_("This file cannot be imported. Nothing has been changed.")

    def __init__(self, reason: str = "", /, **params: object) -> None:
        phrase = Phrase(reason, params)
        self.reason = phrase.english if reason else ""
        if reason:
            super().__init__(
                N_("This file cannot be imported: {reason} Nothing has been changed."),
                reason=phrase,
            )
        else:
            super().__init__()


class WrongRecoveryKey(FacilitatorError):
    default_message = N_(
        "That recovery key does not unlock this workspace. Check each group of four."
    )


class WorkspaceInUse(FacilitatorError):
    default_message = N_("This workspace is already open in another copy of the app.")


class StorageError(FacilitatorError):
    default_message = N_(
        "The workspace could not be saved because of a problem with the disk. "
        "What you see is kept in memory; please do not close the app yet."
    )


class StorageFull(StorageError):
    default_message = N_(
        "The disk is full, so the last change could not be saved. Free some space "
        "(nothing shown has been lost) and try again."
    )


class WorkspaceReadOnly(StorageError):
    default_message = N_(
        "The data folder is read-only, so nothing can be saved there. Choose a folder you "
        "can write to, or change its permissions."
    )

    @classmethod
    def while_open(cls) -> WorkspaceReadOnly:
        """The disk turned read-only under an open workspace (the system remounted it after
        an error, a stick's lock switch): what is on screen is kept only in memory."""
        return cls(
            N_(
                "The disk holding the workspace has become read-only, so the last change "
                "could not be saved. What you see is kept in memory: do not close the app "
                "yet, and check the disk (a loose cable, a memory stick's lock switch)."
            )
        )


class KeyChanging(StorageError):
    default_message = N_(
        "The workspace key is being changed, so this could not be saved yet. What you see "
        "is kept and saved in a moment."
    )


class VaultLocked(FacilitatorError):
    default_message = N_("The workspace is locked. Unlock it to see private details.")


class RecordDamaged(FacilitatorError):
    """One record failed to decrypt or holds values the app never writes (a malformed date,
    a revision that cannot grow, text where ciphertext belongs); everything else stays
    readable."""

    default_message = N_("This record is damaged and cannot be shown.")

    @classmethod
    def on_edit(cls) -> RecordDamaged:
        return cls(
            N_(
                "This record is damaged and cannot be changed. Everything else is fine; "
                "a backup may hold an intact copy."
            )
        )


class ExportRefused(FacilitatorError):
    """A member's export could not be made safe for everyone else; nothing was exported."""

    default_message = N_(
        "Another member's record is damaged, so their names cannot be looked for and "
        "removed from this export. Nothing has been exported."
    )


class NotFound(FacilitatorError):
    default_message = N_("That item no longer exists.")


class ValidationError(FacilitatorError):
    """Bad input, tied to the form field it concerns so the UI can show it inline."""

    def __init__(self, field: str, message: str, /, **params: object) -> None:
        super().__init__(message, **params)
        self.field = field
