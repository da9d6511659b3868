"""The sync status in a few calm words: "Synced 2 min ago", "Offline, 14 changes waiting".

Computed from the runner's SyncStatus and the wall clock (both naive UTC), never from a
count of timer ticks, so a laptop woken from sleep reads the right age at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from facilitator_desktop.services.context import to_local
from facilitator_desktop.ui.formatting import number, short_date
from facilitator_desktop.ui.widgets.tone import Tone

if TYPE_CHECKING:
    from facilitator_desktop.services.sharing_runner import SyncStatus

CONTEXT = "SyncStatus"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _trn(text: str, n: int) -> str:
    return QCoreApplication.translate(CONTEXT, text, "", n)


@dataclass(frozen=True, slots=True)
class StatusWords:
    text: str  # empty: nothing to say (sharing is off)
    tone: Tone
    detail: str  # for the tooltip: why offline, where refused changes are listed


def status_words(status: SyncStatus | None, now: datetime) -> StatusWords:
    if status is None or status.state == "off":
        return StatusWords("", Tone.MUTED, "")
    refused = (
        _trn("%n changes from others refused: see Settings → Sharing → Problems.", status.refused)
        if status.refused
        else ""
    )
    if status.state == "locked":
        return StatusWords(_tr("Sharing: locked"), Tone.MUTED, "")
    if status.state == "waiting":
        return StatusWords(_tr("Sharing: starting…"), Tone.MUTED, "")
    if status.state == "syncing":
        return StatusWords(_syncing(status), Tone.MUTED, refused)
    if status.state == "offline":
        text = (
            _trn("Offline, %n changes waiting", status.waiting)
            if status.waiting
            else _tr("Offline, nothing waiting")
        )
        why = _tr("The server could not be reached: {why}").format(why=status.detail or "—")
        return StatusWords(text, Tone.MUTED, "\n".join(p for p in (why, refused) if p))
    if status.state == "failed":
        return StatusWords(
            _tr("Sync stopped by an error; it tries again shortly"),
            Tone.WARNING,
            _tr("Nothing is lost: changes wait on this laptop until a sync succeeds."),
        )
    text = _synced(status, now)
    if status.waiting:
        text = _trn("{synced}, %n changes waiting", status.waiting).format(synced=text)
    return StatusWords(text, Tone.WARNING if status.refused else Tone.MUTED, refused)


def _syncing(status: SyncStatus) -> str:
    if status.progress is None:
        return _tr("Syncing…")
    done, remaining = status.progress
    total = done + remaining
    if total <= 0:
        return _tr("Syncing…")
    return _tr("Receiving changes: {done} of {total}").format(
        done=number(done), total=number(total)
    )


def _synced(status: SyncStatus, now: datetime) -> str:
    minutes = status.minutes_since_sync(now)
    if minutes is None:
        return _tr("Synced")
    if minutes < 1:
        return _tr("Synced just now")
    if minutes < 60:
        return _tr("Synced {minutes} min ago").format(minutes=number(minutes))
    if minutes < 48 * 60:
        return _tr("Synced {hours} h ago").format(hours=number(minutes // 60))
    assert status.synced_at is not None
    return _tr("Synced on {date}").format(date=short_date(to_local(status.synced_at)))
