"""Moving between the between-sessions screens and the rest of the window.

Pages only know their UiContext; the main window that holds them is found through the
widget tree. Other screens are used when they offer a way in (the Notes screen opening a
note by id); otherwise the caller falls back to what it can show itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget


@runtime_checkable
class _Window(Protocol):
    @property
    def pages(self) -> Mapping[str, QWidget]: ...

    def show_page(self, key: str) -> bool: ...

    def page_class(self, key: str) -> type[QWidget] | None: ...


@runtime_checkable
class _OpensNotes(Protocol):
    def open_note(self, note_id: int) -> object: ...


def window_of(widget: QWidget) -> _Window | None:
    window = widget.window()
    return window if isinstance(window, _Window) else None


def page_of(widget: QWidget, key: str) -> QWidget | None:
    window = window_of(widget)
    return window.pages.get(key) if window is not None else None


def show_page(widget: QWidget, key: str) -> QWidget | None:
    """Switch the window to page `key`; the page, or None when that was not possible (no
    such page, or the user chose to stay with unsaved edits)."""
    window = window_of(widget)
    if window is None or key not in window.pages or not window.show_page(key):
        return None
    return window.pages[key]


def notes_page_can_open(widget: QWidget) -> bool:
    """Asked of the Notes screen's class: the screen may not be built yet (the main window
    builds its other pages after its first paint), and need not be to answer."""
    window = window_of(widget)
    page_class = window.page_class("notes") if window is not None else None
    return page_class is not None and issubclass(page_class, _OpensNotes)


def open_note(widget: QWidget, ctx: object, note_id: int) -> bool:
    """Open a note on the Notes screen, when there is one that can; False otherwise.

    The UI context's own route (`ctx.open_note`) is used when it offers one."""
    if not notes_page_can_open(widget):
        return False
    opener = getattr(ctx, "open_note", None)
    if callable(opener):
        opener(note_id)
        return True
    page = show_page(widget, "notes")
    if not isinstance(page, _OpensNotes):
        return False
    page.open_note(note_id)
    return True
