"""The Session page: the in-room runner (timer, talking order, attendance, rule cards,
quick notes) and the offer to resume a session a crash left running."""

from facilitator_desktop.ui.runner.page import RunnerPage
from facilitator_desktop.ui.runner.resume import offer_resume

__all__ = ["RunnerPage", "offer_resume"]
