"""Building handouts off the GUI thread.

The page reads the database on the GUI thread (each service call opens its own session) and
hands the resulting frozen dataclasses to `HandoutBuilder`, which runs the ReportLab build
on a one-thread `QThreadPool`: builds run one after another, never two at once (ReportLab
keeps global state such as registered fonts). Results come back through a signal, queued to
the GUI thread. ReportLab is imported by the first job, on the worker thread, so neither app
start nor the first visit to the page stalls the window for the import.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from facilitator_desktop.handouts.data import (
    GroundRulesData,
    HandoutOptions,
    HandoutResult,
    Paper,
    RuleCardsData,
    SessionSummaryData,
    SignInSheetData,
)
from facilitator_desktop.ui.signals import emit

HandoutData = GroundRulesData | RuleCardsData | SignInSheetData | SessionSummaryData


def build_handout(data: HandoutData, options: HandoutOptions) -> HandoutResult:
    """Build one handout (runs on the worker thread; imports ReportLab on first use)."""
    from facilitator_desktop import handouts

    if isinstance(data, GroundRulesData):
        return handouts.build_ground_rules(data, options)
    if isinstance(data, RuleCardsData):
        return handouts.build_rule_cards(data, options)
    if isinstance(data, SignInSheetData):
        return handouts.build_sign_in_sheet(data, options)
    return handouts.build_session_summary(data, options)


def prepare(locale_name: str) -> Paper:
    """Import ReportLab, register the fonts, and pick the paper size for `locale_name`."""
    from facilitator_desktop import handouts

    handouts.ensure_fonts_registered()
    return handouts.default_page_size_for_locale(locale_name)


class _Relay(QObject):
    """Lives on the GUI thread; emitting from the worker queues the call to the GUI thread."""

    finished = Signal(int, object)
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, token: int, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._token = token
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            value = self._work()
        except Exception as exc:  # reported to the page, never lost
            # Only the kind of error: messages can quote the user's text (aliases, notes).
            emit(self._relay.failed, self._token, type(exc).__name__)
            return
        emit(self._relay.finished, self._token, value)


class HandoutBuilder(QObject):
    """Runs jobs one at a time on a worker thread and reports each by its token."""

    # A job finished: its token and what it returned.
    finished = Signal(int, object)
    # A job raised: its token and the exception's class name.
    failed = Signal(int, str)
    # True while a job is queued or running.
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._jobs: dict[int, _Job] = {}  # keeps each Python runnable alive while queued
        self._next_token = 0

    def submit(self, work: Callable[[], Any]) -> int:
        """Queue `work` (a callable holding only plain data); returns its token."""
        self._next_token += 1
        job = _Job(self._next_token, work, self._relay)
        job.setAutoDelete(False)
        self._jobs[self._next_token] = job
        if len(self._jobs) == 1:
            emit(self.busyChanged, True)
        self._pool.start(job)
        return self._next_token

    def busy(self) -> bool:
        return bool(self._jobs)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the queue is empty (quitting, tests); results still arrive as events."""
        return self._pool.waitForDone(msecs)

    def _done(self, token: int) -> None:
        self._jobs.pop(token, None)
        if not self._jobs:
            emit(self.busyChanged, False)

    @Slot(int, object)
    def _on_finished(self, token: int, value: object) -> None:
        self._done(token)
        emit(self.finished, token, value)

    @Slot(int, str)
    def _on_failed(self, token: int, kind: str) -> None:
        self._done(token)
        emit(self.failed, token, kind)
