"""Between sessions: the History screen (past sessions, group insights, a member's page)
and Needs attention (follow-ups: absences, quiet members, open note follow-ups).

The two pages are imported when first asked for, so other screens can use this package's
small modules (look, navigation, the charts) without importing both pages and all they
need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitator_desktop.ui.history.attention import AttentionPage
    from facilitator_desktop.ui.history.page import HistoryPage

__all__ = ["AttentionPage", "HistoryPage"]

_PAGES = {
    "AttentionPage": "facilitator_desktop.ui.history.attention",
    "HistoryPage": "facilitator_desktop.ui.history.page",
}


def __getattr__(name: str) -> object:
    module = _PAGES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
