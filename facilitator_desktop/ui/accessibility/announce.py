"""Saying something to a screen reader without moving the keyboard focus: Qt's
announcement event (Qt 6.8+), polite (after what is being read) unless a moment asks for
interrupting."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

from facilitator_desktop.domain.announcements import Politeness

_POLITENESS = {
    "polite": QAccessible.AnnouncementPoliteness.Polite,
    "assertive": QAccessible.AnnouncementPoliteness.Assertive,
}


def announce(source: QObject, message: str, politeness: Politeness = "polite") -> None:
    """Post `message` from `source` (a widget in the window the facilitator is using)."""
    if not message:
        return
    event = QAccessibleAnnouncementEvent(source, message)
    event.setPoliteness(_POLITENESS[politeness])
    QAccessible.updateAccessibility(event)
