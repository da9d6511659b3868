"""The contract between the main window and each page in its navigation.

Adding a page is one line in main_window.PAGES: a Page subclass with a `key` and a title.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.widgets.prompts import UnsavedChoice, ask_unsaved


class Page(QWidget):
    key: ClassVar[str]

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.key}")

    def page_shortcut(self, key: QKeySequence.StandardKey, slot: Callable[[], object]) -> None:
        """A standard key (Save, New, Find, Print) that acts on this page while it shows."""
        QShortcut(key, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def title(self) -> str:
        """The page's name in the navigation and window title. Every page defines it; this
        is abstract by convention (Qt's metaclass does not combine with ABCMeta). It only
        translates (the navigation asks the class before the page is built: nav_title)."""
        raise NotImplementedError

    @classmethod
    def nav_title(cls) -> str:
        """title() asked of the class: tr() translates in the class's context either way."""
        return cls.title(cast("Page", cls))

    # --- unsaved edits -------------------------------------------------------------------------

    def unsaved_what(self) -> str | None:
        """What has unsaved edits ("the rule set"), or None when nothing is pending."""
        return None

    def save_changes(self) -> bool:
        """Save pending edits; False when input is invalid (shown inline) and nothing saved."""
        return True

    def discard_changes(self) -> None:
        """Forget pending edits and show the stored state again."""

    def may_leave(self) -> bool:
        """Ask about pending edits (save / discard / cancel); True when it is fine to go on."""
        what = self.unsaved_what()
        if what is None:
            return True
        choice = ask_unsaved(self, what)
        if choice is UnsavedChoice.SAVE:
            return self.save_changes()
        if choice is UnsavedChoice.DISCARD:
            self.discard_changes()
            return True
        return False

    # --- locking -------------------------------------------------------------------------------

    def workspace_locked(self) -> bool:
        """Drop every decrypted text. Returns True when unsaved private edits were dropped."""
        return False

    def workspace_unlocked(self) -> None:
        """Reload what workspace_locked dropped."""

    def focus_first(self) -> None:
        """Put keyboard focus on the page's main control when it is shown."""
        self.focusNextChild()
