"""Capturing what Qt tells assistive technology: every accessibility event, as Qt posts it.

Qt hands each event (a name or description that changed, a focus move, an announcement) to
one update handler, which PySide does not bind; the handler is installed here through the
C++ function itself (ctypes), so events posted by Qt's own C++ code (a widget's
setAccessibleDescription) are seen as well as those posted from Python.

    with captured_events() as events:
        ...
    assert events.announcements() == [("Anna speaking now", "polite")]
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import PySide6
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent

_INSTALL = "_ZN11QAccessible20installUpdateHandlerEPFvP16QAccessibleEventE"
_HANDLER = ctypes.CFUNCTYPE(None, ctypes.c_void_p)
_POLITENESS = {
    QAccessible.AnnouncementPoliteness.Polite: "polite",
    QAccessible.AnnouncementPoliteness.Assertive: "assertive",
}


@dataclass(frozen=True)
class Posted:
    kind: QAccessible.Event
    source: QObject | None
    #: An announcement's words and politeness ("" for other events).
    message: str = ""
    politeness: str = ""


@dataclass
class Events:
    posted: list[Posted] = field(default_factory=list)

    def clear(self) -> None:
        self.posted.clear()

    def announcements(self) -> list[tuple[str, str]]:
        return [
            (p.message, p.politeness)
            for p in self.posted
            if p.kind == QAccessible.Event.Announcement
        ]

    def of(self, source: QObject, kind: QAccessible.Event) -> list[Posted]:
        return [p for p in self.posted if p.source is source and p.kind == kind]

    def changes(self) -> list[Posted]:
        """Names, descriptions, values and text that changed (what floods a reader)."""
        kinds = {
            QAccessible.Event.NameChanged,
            QAccessible.Event.DescriptionChanged,
            QAccessible.Event.ValueChanged,
            QAccessible.Event.TextUpdated,
            QAccessible.Event.TextInserted,
            QAccessible.Event.TextRemoved,
        }
        return [p for p in self.posted if p.kind in kinds]


def _qt_gui() -> ctypes.CDLL:
    folder = Path(PySide6.__file__).parent / "Qt" / "lib"
    names = sorted(folder.glob("libQt6Gui.so*")) if sys.platform.startswith("linux") else []
    if not names:
        raise RuntimeError(
            "capturing accessibility events needs Qt's Linux library (libQt6Gui.so) "
            f"beside PySide6; none in {folder}"
        )
    return ctypes.CDLL(str(names[0]))


@contextmanager
def captured_events() -> Iterator[Events]:
    events = Events()

    def handler(address: int) -> None:
        event = shiboken6.wrapInstance(address, QAccessibleEvent)
        kind = event.type()
        if kind == QAccessible.Event.Announcement:
            said = shiboken6.wrapInstance(address, QAccessibleAnnouncementEvent)
            events.posted.append(
                Posted(kind, said.object(), said.message(), _POLITENESS[said.politeness()])
            )
        else:
            events.posted.append(Posted(kind, event.object()))

    install = getattr(_qt_gui(), _INSTALL)
    install.restype = ctypes.c_void_p
    install.argtypes = [ctypes.c_void_p]
    callback = _HANDLER(handler)
    previous = install(ctypes.cast(callback, ctypes.c_void_p))
    try:
        yield events
    finally:
        install(previous)
