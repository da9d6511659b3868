"""After unlocking at start: offer to resume a session that a crash left running."""

from __future__ import annotations

from typing import TYPE_CHECKING

from facilitator_desktop.ui.runner.page import RunnerPage

if TYPE_CHECKING:
    from facilitator_desktop.ui.main_window import MainWindow


def offer_resume(window: MainWindow) -> bool:
    """Ask about an interrupted session; on resume, show the Session page. True when a
    session was resumed."""
    page = window.pages.get(RunnerPage.key)
    if not isinstance(page, RunnerPage):
        return False
    resumed = page.offer_resume()
    if resumed:
        window.show_page(page.key)
        page.focus_first()
    window.activateWindow()  # the keys go back to the main window after the question
    return resumed
