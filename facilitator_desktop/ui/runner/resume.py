"""After unlocking at start: offer to resume a session that a crash left running."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from facilitator_desktop.ui.page import Page
from facilitator_desktop.ui.runner.page import RunnerPage


class PageHost(Protocol):
    """What the offer needs of the window that holds the pages (the main window)."""

    @property
    def pages(self) -> Mapping[str, Page]: ...

    def show_page(self, key: str) -> bool: ...

    def activateWindow(self) -> None: ...  # noqa: N802 - Qt's name


def offer_resume(window: PageHost) -> bool:
    """Ask about an interrupted session; on resume, show the Session page. True when a
    session was resumed."""
    page = window.pages.get(RunnerPage.key)
    if not isinstance(page, RunnerPage) or not page.has_interrupted_session():
        # Nothing to ask: the keys stay where they are (the room view may have them).
        return False
    resumed = page.offer_resume()
    if resumed:
        window.show_page(page.key)
        page.focus_first()
    window.activateWindow()  # the keys go back to the main window after the question
    return resumed
