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
from facilitator_desktop.ui.runner.panel import plural


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeleteSession", text)


@dataclass(frozen=True, slots=True)
class DeleteAnswer:
    delete_notes: bool


def what_goes(contents: SessionContents) -> list[str]:
    """The lines of the question, one fact each."""
    lines = [
        _tr("It leaves History for good, with everything recorded in it:"),
        "• "
        + plural(
            contents.attendance,
            _tr("attendance of {n} member"),
            _tr("attendance of {n} members"),
        ),
        "• "
        + plural(
            contents.turns,
            _tr("{n} turn or pass, and the session's timeline"),
            _tr("{n} turns and passes, and the session's timeline"),
        ),
        "• "
        + plural(
            contents.segments,
            _tr("planned and actual time of {n} segment"),
            _tr("planned and actual times of {n} segments"),
        ),
    ]
    if contents.corrections:
        lines.append(
            "• "
            + plural(
                contents.corrections,
                _tr("{n} correction made afterwards"),
                _tr("{n} corrections made afterwards"),
            )
        )
    lines.append(_tr("Follow-ups, insights and members' pages are counted again without it."))
    if contents.notes:
        lines.append(
            plural(
                contents.notes,
                _tr(
                    "Its note is kept, with its group and members, no longer linked to a "
                    "session, unless you tick the box below."
                ),
                _tr(
                    "Its {n} notes are kept, with their group and members, no longer linked to "
                    "a session, unless you tick the box below."
                ),
            )
        )
    else:
        lines.append(_tr("No notes were written in it."))
    lines.append(_tr("Backups made before now still hold it until newer backups replace them."))
    return lines


def notes_box_text(contents: SessionContents) -> str:
    text = plural(contents.notes, _tr("Also delete its note"), _tr("Also delete its {n} notes"))
    if contents.open_follow_ups:
        text += " " + plural(
            contents.open_follow_ups,
            _tr("(one is an open follow-up)"),
            _tr("({n} are open follow-ups)"),
        )
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
