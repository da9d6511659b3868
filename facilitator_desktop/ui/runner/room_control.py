"""The room display seen from the page: opening and closing it, blanking it, which names
it may show, the rule card on it, and what it keeps while the workspace is locked.

The display is a window of its own, not a child of the main window: it must stay up when
the main window is minimised or hidden by a lock. It is closed and deleted with the page.

F11 puts it full screen where the room can see it and says what it did (the rule is
domain/screen_setup.py): on a separate screen when there is one; otherwise over the
facilitator's own screen, with the keys back to the panels shown on it (F11 or Esc; M and Q
go to the attendance list and the note box). When another screen mirrors the facilitator's,
it first warns that the room sees the private panels and offers to cover them with the
room view or a blank screen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import Enum

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QScreen, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from facilitator_desktop.domain.screen_setup import Placement, ScreenArea, ScreenSetup, place
from facilitator_desktop.domain.session_state import SessionSnapshot
from facilitator_desktop.ui.i18n import Catalogue
from facilitator_desktop.ui.room_display import RoomCard, RoomDisplay
from facilitator_desktop.ui.runner.keys import BINDINGS, DIGITS, ESCAPE, Binding
from facilitator_desktop.ui.runner.names import NameMode, room_names
from facilitator_desktop.ui.runner.room_frame import ROOM_CONTEXT, build_frame, room_words
from facilitator_desktop.ui.runner.shortcuts import BindingShortcut, DigitShortcut, KeyInput
from facilitator_desktop.ui.signals import emit

#: A screen as Qt has it, with the plain area the placement is decided on.
ScreenEntry = tuple[QScreen, ScreenArea]


def system_screens() -> list[ScreenEntry]:
    """Every screen Qt reports. Screens that are each other's virtual siblings share a
    coordinate space (one desktop); a separate X screen is a desktop of its own."""
    screens = QGuiApplication.screens()
    entries = []
    for screen in screens:
        siblings = [s for s in screen.virtualSiblings() if s in screens] or [screen]
        desktop = min(screens.index(s) for s in siblings)
        rect = screen.geometry()
        entries.append(
            (screen, ScreenArea(desktop, rect.x(), rect.y(), rect.width(), rect.height()))
        )
    return entries


class MirrorChoice(Enum):
    ROOM_VIEW = "room view"
    BLANK = "blank"


class RoomControl(QObject):
    # The display was opened (True) or closed (False), by a key, a button or its title bar.
    openChanged = Signal(bool)
    blankChanged = Signal(bool)
    # What F11 did, in a sentence for the status bar.
    message = Signal(str)

    def __init__(self, page: QWidget, name_mode: NameMode) -> None:
        super().__init__(page)
        self._page = page
        self.display: RoomDisplay | None = None
        self.name_mode = name_mode
        self.card: RoomCard | None = None
        self.blank = False
        self.locked = False
        #: Where the open display is (None while closed).
        self.placement: Placement | None = None
        #: The screens as the system reports them; tests act out other set-ups with it.
        self.screens: Callable[[], Sequence[ScreenEntry]] = system_screens
        self._mirror_warned = False
        #: Where the room display's own keys go (the page's key router).
        self.keys: KeyInput | None = None
        self._keys: list[QShortcut] = []
        # The group's handout language, for what the room reads (None: the app's).
        self._catalogue: Catalogue | None = None

    def set_language(self, language: str) -> None:
        """The room reads the session's group's language ("" = the app's): "Now speaking",
        "Paused", "Thank you" … The facilitator's own panels keep the app's language."""
        if self._catalogue is not None:
            self._catalogue.deleteLater()
        self._catalogue = Catalogue(language, parent=self) if language else None
        if self.display is not None:
            self.display.set_translate(self._room_translate())

    def _room_translate(self) -> Callable[[str], str]:
        if self._catalogue is None:
            return room_words
        return self._catalogue.translator(ROOM_CONTEXT)

    def is_open(self) -> bool:
        return self.display is not None and self.display.isVisible()

    def covers_own_screen(self) -> bool:
        """The display is open over the facilitator's own screen (one screen, or mirrored)."""
        return (
            self.is_open()
            and self.placement is not None
            and self.placement.setup is not ScreenSetup.SEPARATE
        )

    def toggle(self, snapshot: SessionSnapshot | None, aliases: Mapping[int, str]) -> None:
        """F11: open the display full screen where the room sees it, or close it. When it
        covers the facilitator's screen but they went back to their panels (M, Q, a click),
        F11 brings it to the front again. Not while locked."""
        if self.locked:
            return
        display = self.display
        if display is not None and self.is_open():
            if self.covers_own_screen() and not display.isActiveWindow():
                display.raise_()
                display.activateWindow()
                return
            display.close()
            return
        entries = list(self.screens())
        own_screen = self._page.window().screen()
        own = next((i for i, (screen, _) in enumerate(entries) if screen is own_screen), 0)
        placement = place([area for _, area in entries], own)
        blank = False
        if placement.setup is ScreenSetup.MIRRORED and not self._mirror_warned:
            choice = self._ask_about_mirroring()
            if choice is None:
                emit(self.message, self.tr("The room display stays closed."))
                return
            self._mirror_warned = True
            blank = choice is MirrorChoice.BLANK
        display = self._ensure_display()
        self.blank = blank
        self.placement = placement
        self.update(snapshot, aliases, force=True)
        separate = placement.setup is ScreenSetup.SEPARATE
        # On another screen it must not take the keyboard from the facilitator's window
        # (a window manager gives a newly shown window the focus unless told not to).
        display.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, separate)
        display.present(entries[placement.screen][0], hint=self._hint(placement))
        self.sync_keys()
        emit(self.openChanged, True)
        emit(self.blankChanged, blank)
        if separate:
            window = self._page.window()
            window.activateWindow()  # the facilitator's keys stay with them
            QTimer.singleShot(0, window, window.activateWindow)
        else:
            # The room view is in front: its keys work here. Once more after the events
            # already queued, which give the focus back to the main window when the
            # question about mirroring closes.
            display.activateWindow()
            QTimer.singleShot(0, display, display.activateWindow)
        emit(self.message, self._said(placement, entries))

    def toggle_blank(self) -> bool:
        """B: a plain dark screen at once; again to restore. False when nothing is open."""
        if not self.is_open():
            return False
        self.blank = not self.blank
        emit(self.blankChanged, self.blank)
        return True

    def set_locked(self, locked: bool) -> None:
        """While locked the display keeps only the timer. A room view over the facilitator's
        own screen closes: the lock screen must not be hidden behind it."""
        self.locked = locked
        if locked and self.covers_own_screen() and self.display is not None:
            self.display.close()
        self.sync_keys()

    def sync_keys(self) -> None:
        """While the main window is up, B and F11 are its app-wide shortcuts (the copies here
        would be ambiguous); while it is hidden by a lock, only B works here."""
        for key in self._keys:
            binding = key.binding if isinstance(key, BindingShortcut) else None
            if binding is not None and binding.global_key:
                key.setEnabled(self.locked and binding.while_locked)
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
        display.show_frame(
            build_frame(
                snapshot,
                names,
                card,
                blank=self.blank,
                locked=self.locked,
                translate=self._room_translate(),
            )
        )

    # --- building the window -----------------------------------------------------------------

    def _ensure_display(self) -> RoomDisplay:
        if self.display is not None:
            return self.display
        display = self.display = RoomDisplay()
        display.set_translate(self._room_translate())
        display.closed.connect(self._on_closed)
        self._page.destroyed.connect(display.close)
        self._page.destroyed.connect(display.deleteLater)
        if self.keys is not None:
            self._keys = self._install_keys(display, self.keys)
        return display

    def _install_keys(self, display: RoomDisplay, keys: KeyInput) -> list[QShortcut]:
        """Every in-room key works here too; those of the facilitator's own panels (the
        attendance list, the note box) also bring the main window to the front."""
        context = Qt.ShortcutContext.WindowShortcut
        made: list[QShortcut] = []
        for binding in BINDINGS:
            item = BindingShortcut(display, binding, context)
            if binding is ESCAPE:
                # Ours runs first, while the card it may hide is still known.
                item.pressed.connect(self._on_escape)
            item.pressed.connect(keys.press)
            if not binding.room:
                item.pressed.connect(self._on_panel_key)
            made.append(item)
        for digit in DIGITS:
            number = DigitShortcut(display, digit, context)
            number.typed.connect(keys.digit)
            made.append(number)
        return made

    # --- what F11 says -----------------------------------------------------------------------

    def _ask_about_mirroring(self) -> MirrorChoice | None:
        box = QMessageBox(self._page.window())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Mirrored screens"))
        box.setText(self.tr("Another screen shows the same picture as yours."))
        box.setInformativeText(
            self.tr(
                "A projector set to mirror shows the room your private panels: who is here, "
                "airtime, your notes. The room view can cover them, or a blank screen can. "
                "F11 or Esc brings your panels back."
            )
        )
        room = box.addButton(self.tr("Show the &room view"), QMessageBox.ButtonRole.AcceptRole)
        blank = box.addButton(self.tr("&Blank the screen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(room)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is room:
            return MirrorChoice.ROOM_VIEW
        if clicked is blank:
            return MirrorChoice.BLANK
        return None

    def _hint(self, placement: Placement) -> str:
        """On the room view itself when it covers the facilitator's screen."""
        if placement.setup is ScreenSetup.SINGLE:
            return self.tr("Room view on this screen · F11 or Esc: back to your panels")
        if placement.setup is ScreenSetup.MIRRORED:
            return self.tr(
                "Room view here and on the mirrored screen · F11 or Esc: back to your "
                "panels, which the room then sees · B: blank"
            )
        return ""

    def _said(self, placement: Placement, entries: Sequence[ScreenEntry]) -> str:
        if placement.setup is ScreenSetup.SINGLE:
            return self.tr(
                "One screen: the room view fills it. F11 or Esc brings your panels back."
            )
        if placement.setup is ScreenSetup.MIRRORED:
            return self.tr(
                "Your screen is mirrored: the room view covers your panels. F11 or Esc "
                "brings them back, and the room sees them then."
            )
        said = self.tr("Room display full screen on {screen}. F11 closes it.").format(
            screen=entries[placement.screen][0].name() or self.tr("the other screen")
        )
        if placement.mirrors:
            said += " " + self.tr(
                "Careful: {screen} mirrors your screen, so the room sees your panels there."
            ).format(screen=entries[placement.mirrors[0]][0].name())
        return said

    # --- slots -----------------------------------------------------------------------------

    @Slot(object)
    def _on_escape(self, _binding: Binding) -> None:
        """Esc on a room view over the facilitator's screen with no card up: back to the
        panels. (With a card, the page's own Esc hides it and the view stays.)"""
        if self.card is None and self.covers_own_screen() and self.display is not None:
            self.display.close()

    @Slot(object)
    def _on_panel_key(self, _binding: Binding) -> None:
        """M or Q on the room display: the facilitator's window comes to the front (the
        room display stays open behind it) so the list or box the key opens is in view."""
        if self.locked:
            return
        window = self._page.window()
        window.raise_()
        window.activateWindow()

    @Slot()
    def _on_closed(self) -> None:
        covered = self.placement is not None and self.placement.setup is not ScreenSetup.SEPARATE
        self.blank = False
        self.placement = None
        emit(self.openChanged, False)
        emit(self.blankChanged, False)
        if covered and not self.locked and isValid(self._page):
            self._page.window().activateWindow()  # back to the panels, keys and all
