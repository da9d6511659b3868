"""The Handouts screen and the "print this" entry points other screens use.

Importing this package is cheap: ReportLab is imported by the first handout build, on a
worker thread (see `jobs`).

    open_handout(ctx, HandoutRequest(HandoutKind.RULE_CARDS))
    open_session_summary_handout(ctx, session_id)     # from the end-of-session summary
"""

from facilitator_desktop.ui.handouts.page import HandoutsPage
from facilitator_desktop.ui.handouts.requests import (
    HandoutKind,
    HandoutRequest,
    open_handout,
    open_session_summary_handout,
)

__all__ = [
    "HandoutKind",
    "HandoutRequest",
    "HandoutsPage",
    "open_handout",
    "open_session_summary_handout",
]
