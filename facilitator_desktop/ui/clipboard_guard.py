"""On lock, clear the clipboard if it still holds text this app put there.

Copying a line of a note is ordinary work, but the copy outlives the lock: anyone at the
laptop could paste it. So the lock clears the clipboard (and, on X11, the mouse
selection) when what it holds came from us, and never touches what another program put
there.

"Came from us" is known two ways; either is enough:

- the platform says this process owns the clipboard now (QClipboard.ownsClipboard: X11,
  Wayland, Windows and macOS report it);
- the text is the very text that was there while we owned it. A keyed digest is kept,
  never the text. This covers clipboard managers that take ownership right after every
  copy (so we no longer own our own text), and platforms that cannot report ownership.

Offscreen and minimal platforms (tests, headless runs) keep the clipboard inside this
process, so everything on it is ours; tests inject `owns` to play "another program".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QClipboard, QGuiApplication

from facilitator_desktop.crypto.keyed_digest import KeyedDigest

# Does this process own what the clipboard holds in this mode now?
Ownership = Callable[[QClipboard.Mode], bool]

IN_PROCESS_PLATFORMS = frozenset({"offscreen", "minimal"})


class ClipboardGuard(QObject):
    def __init__(
        self,
        clipboard: QClipboard,
        *,
        owns: Ownership | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clipboard = clipboard
        self._owns: Ownership = owns or self._platform_owns
        # Digests are keyed per run, so they say nothing about the text to anyone else.
        self._digests = KeyedDigest()
        self._ours: dict[QClipboard.Mode, bytes] = {}
        clipboard.changed.connect(self._on_changed)

    def use_ownership(self, owns: Ownership) -> None:
        """Ask `owns` who holds the clipboard from now on (tests play another program)."""
        self._owns = owns

    def modes(self) -> list[QClipboard.Mode]:
        modes = [QClipboard.Mode.Clipboard]
        if self.clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        return modes

    def clear_if_ours(self) -> list[QClipboard.Mode]:
        """Clear each mode whose content came from this app; returns the modes cleared."""
        cleared = []
        for mode in self.modes():
            if self._holds_ours(mode):
                self.clipboard.clear(mode)
                cleared.append(mode)
        return cleared

    # --- bookkeeping ---------------------------------------------------------------------------

    @Slot(QClipboard.Mode)
    def _on_changed(self, mode: QClipboard.Mode) -> None:
        # Only our own data is read here: reading another program's would be a round trip
        # to it on every copy it makes. Its copy leaves our digest as it was.
        if not self._owns(mode):
            return
        text = self.clipboard.text(mode)
        if text:
            self._ours[mode] = self._digest(text)
        else:
            self._ours.pop(mode, None)

    def _holds_ours(self, mode: QClipboard.Mode) -> bool:
        if self._owns(mode):
            return True
        known = self._ours.get(mode)
        return known is not None and KeyedDigest.same(
            self._digest(self.clipboard.text(mode)), known
        )

    def _digest(self, text: str) -> bytes:
        return self._digests.of(text)

    def _platform_owns(self, mode: QClipboard.Mode) -> bool:
        if QGuiApplication.platformName() in IN_PROCESS_PLATFORMS:
            return True
        if mode == QClipboard.Mode.Selection:
            return self.clipboard.ownsSelection()
        return self.clipboard.ownsClipboard()
