"""What the Session page says when the room's changes cannot be stored yet, and when they are.

Said calmly and once: the status line tells it when it first happens (or when the reason
changes), and a note above the panels stays until everything is stored; then the status
line says so. Nothing is lost meanwhile: the changes wait in memory (services/room_writes).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator_desktop.services.live_session import SaveProblem


def _tr(text: str) -> str:
    return QCoreApplication.translate("SaveState", text)


def not_saved_text(problem: SaveProblem) -> str:
    if problem == "full":
        return _tr("Not saved yet: the disk is full. Kept here; saved when there is room.")
    if problem == "read_only":
        return _tr(
            "Not saved yet: the data folder is read-only. Kept here; saved when it can be "
            "written again."
        )
    if problem == "key_changing":
        return _tr(
            "Not saved yet: the workspace key is being changed. Kept here; saved in a moment."
        )
    return _tr(
        "Not saved yet: the disk could not be written. Kept here; saved when it works again."
    )


def saved_text() -> str:
    return _tr("Saved now: everything kept here is stored. Nothing was lost.")


def end_waits_text() -> str:
    return _tr(
        "The session has ended. It goes to the history as soon as it can be saved; keep the "
        "app open until then."
    )


def quit_loses_text() -> str:
    return _tr(
        "Some changes from the room are not saved yet (they could not be written): quitting "
        "now loses them."
    )
