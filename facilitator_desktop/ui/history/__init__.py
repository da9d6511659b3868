"""Between sessions: the History screen (past sessions, group insights, a member's page)
and Needs attention (follow-ups: absences, quiet members, open note follow-ups)."""

from facilitator_desktop.ui.history.attention import AttentionPage
from facilitator_desktop.ui.history.page import HistoryPage

__all__ = ["AttentionPage", "HistoryPage"]
