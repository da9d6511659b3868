"""The question about a session a crash, a flat battery or a kill left running:
resume / end it now / decide later."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class ResumeChoice(Enum):
    RESUME = "resume"
    END = "end"
    LATER = "later"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResumeOffer", text)


def ask_about_interrupted(parent: QWidget, group: str, at: str) -> ResumeChoice:
    """ "A session of <group> was interrupted at 19:42. Resume it?" """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Interrupted session"))
    box.setText(
        _tr("A session of {group} was interrupted at {time}. Resume it?").format(
            group=group, time=at
        )
    )
    box.setInformativeText(
        _tr(
            "Nothing was lost. It waits, paused, until you press Space; a member who was "
            "speaking has their turn ended at {time}."
        ).format(time=at)
    )
    resume = box.addButton(_tr("&Resume"), QMessageBox.ButtonRole.AcceptRole)
    end = box.addButton(_tr("&End it now"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(_tr("Decide &later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(resume)
    box.exec()
    clicked = box.clickedButton()
    if clicked is resume:
        return ResumeChoice.RESUME
    if clicked is end:
        return ResumeChoice.END
    return ResumeChoice.LATER
