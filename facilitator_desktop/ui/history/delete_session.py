"""Deleting a session from History (a test, or one opened by mistake): one question that
lists exactly what goes, with a tick box for the session's notes.

Notes are kept by default: they are the facilitator's own writing and may matter beyond the
session (they stay with their group and members, no longer linked to a session). Ticking the
box deletes them too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from facilitator_desktop.services.sessions import SessionContents
from facilitator_desktop.ui.history import look


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeleteSession", text)


@dataclass(frozen=True, slots=True)
class DeleteAnswer:
    delete_notes: bool


def _trn(text: str, n: int) -> str:
    return QCoreApplication.translate("DeleteSession", text, None, n)


def what_goes(contents: SessionContents) -> list[str]:
    """The lines of the question, one fact each."""
    lines = [
        _tr("It leaves History for good, with everything recorded in it:"),
        "• " + _trn("attendance of %Ln members", contents.attendance),
        "• " + _trn("%Ln turns and passes, and the session's timeline", contents.turns),
        "• " + _trn("planned and actual times of %Ln segments", contents.segments),
    ]
    if contents.corrections:
        lines.append("• " + _trn("%Ln corrections made afterwards", contents.corrections))
    lines.append(_tr("Follow-ups, insights and members' pages are counted again without it."))
    if contents.notes:
        lines.append(
            _trn(
                "Its %Ln notes are kept, with their group and members, no longer linked to "
                "a session, unless you tick the box below.",
                contents.notes,
            )
        )
    else:
        lines.append(_tr("No notes were written in it."))
    lines.append(_tr("Backups made before now still hold it until newer backups replace them."))
    return lines


def notes_box_text(contents: SessionContents) -> str:
    text = _trn("Also delete its %Ln notes", contents.notes)
    if contents.open_follow_ups:
        text += " " + _trn("(%Ln are open follow-ups)", contents.open_follow_ups)
    return text


def ask_to_delete(parent: QWidget | None, contents: SessionContents) -> DeleteAnswer | None:
    """None when the facilitator cancels (the default button)."""
    box = QMessageBox(parent)
    box.setObjectName("deleteSessionQuestion")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Delete session"))
    box.setText(
        _tr("Delete the session of {date}, {time}?").format(
            date=look.session_date(contents.started_at),
            time=look.session_clock(contents.started_at),
        )
    )
    box.setInformativeText("\n".join(what_goes(contents)))
    notes_box: QCheckBox | None = None
    if contents.notes:
        notes_box = QCheckBox(notes_box_text(contents), box)
        box.setCheckBox(notes_box)
    delete = box.addButton(_tr("&Delete session"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    if box.clickedButton() is not delete:
        return None
    return DeleteAnswer(delete_notes=notes_box is not None and notes_box.isChecked())
