"""The Session page: the in-room runner (timer, talking order, attendance, rule cards,
quick notes) and the offer to resume a session a crash left running.

Import what you need from its modules (``ui.runner.page.RunnerPage``,
``ui.runner.resume.offer_resume``): this package imports nothing itself, so other screens
can use its parts (panels, airtime bars, the quick-note panel) without loading the whole
page, and no import circle runs through it.
"""
