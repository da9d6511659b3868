"""The room display seen from the page: opening and closing it, blanking it, which names
it may show, the rule card on it, and what it keeps while the workspace is locked.

The display is a window of its own, not a child of the main window: it must stay up when
the main window is minimised or hidden by a lock. It is closed and deleted with the page.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QWidget

from facilitator_desktop.domain.session_state import SessionSnapshot
from facilitator_desktop.ui.room_display import RoomCard, RoomDisplay
from facilitator_desktop.ui.runner import shortcuts
from facilitator_desktop.ui.runner.names import NameMode, room_names
from facilitator_desktop.ui.runner.room_frame import build_frame
from facilitator_desktop.ui.signals import emit


class RoomControl(QObject):
    # The display was opened (True) or closed (False), by a key, a button or its title bar.
    openChanged = Signal(bool)
    blankChanged = Signal(bool)

    def __init__(self, page: QWidget, name_mode: NameMode) -> None:
        super().__init__(page)
        self._page = page
        self.display: RoomDisplay | None = None
        self.name_mode = name_mode
        self.card: RoomCard | None = None
        self.blank = False
        self.locked = False
        self._keys: list[QShortcut] = []

    def is_open(self) -> bool:
        return self.display is not None and self.display.isVisible()

    def toggle(self, snapshot: SessionSnapshot | None, aliases: Mapping[int, str]) -> None:
        """F11: open the display (full screen on another screen when there is one) or
        close it. Not while locked."""
        if self.locked:
            return
        if self.is_open():
            assert self.display is not None
            self.display.close()
            return
        display = self.display
        if display is None:
            display = self.display = RoomDisplay()
            display.closed.connect(self._on_closed)
            self._page.destroyed.connect(display.close)
            self._page.destroyed.connect(display.deleteLater)
            self._keys = shortcuts.install(
                display,
                self._page,
                wanted=shortcuts.room_bindings(),
                context=Qt.ShortcutContext.WindowShortcut,
                digits=True,
            )
        self.blank = False
        self.update(snapshot, aliases, force=True)
        display.present(self._page.window().screen())
        self.sync_keys()
        emit(self.openChanged, True)
        emit(self.blankChanged, False)
        self._page.window().activateWindow()  # the facilitator's keys stay with them

    def toggle_blank(self) -> bool:
        """B: a plain dark screen at once; again to restore. False when nothing is open."""
        if not self.is_open():
            return False
        self.blank = not self.blank
        emit(self.blankChanged, self.blank)
        return True

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self.sync_keys()

    def sync_keys(self) -> None:
        """While the main window is up, B and F11 are its app-wide shortcuts (the copies here
        would be ambiguous); while it is hidden by a lock, only B works here."""
        for key in self._keys:
            binding = key.property(shortcuts.BINDING_PROPERTY)
            if binding in ("toggle_blank", "toggle_room"):
                key.setEnabled(self.locked and binding == "toggle_blank")
            else:
                key.setEnabled(not self.locked)

    def update(
        self,
        snapshot: SessionSnapshot | None,
        aliases: Mapping[int, str],
        *,
        force: bool = False,
    ) -> None:
        """Show the current frame (the display itself skips what did not change)."""
        display = self.display
        if display is None or not (force or display.isVisible()):
            return
        names: dict[int, str] = {}
        card = None
        if not self.locked:
            present = set(snapshot.talk.present) if snapshot is not None else set()
            in_room = {m: alias for m, alias in aliases.items() if m in present}
            names = room_names(in_room, self.name_mode)
            card = self.card
        display.show_frame(build_frame(snapshot, names, card, blank=self.blank, locked=self.locked))

    @Slot()
    def _on_closed(self) -> None:
        self.blank = False
        emit(self.openChanged, False)
        emit(self.blankChanged, False)
