"""A list whose long items wrap onto more lines instead of scrolling the list sideways."""

from __future__ import annotations

from PySide6.QtWidgets import QListView

from facilitator_desktop.ui.widgets.roomy_delegate import RoomyItemDelegate


def wrap_items(view: QListView) -> None:
    """At a large font a rule card's title outgrows a narrow column: a sideways scroll bar
    would hide the end of every title, so each item wraps to the width the list has and
    the rows are laid out again whenever that width changes."""
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)


def roomy_wrapped(view: QListView) -> None:
    """The roomy rows of the app's lists, their items wrapping as `wrap_items` says."""
    view.setItemDelegate(RoomyItemDelegate(view))
    wrap_items(view)
