"""What the session says to a screen reader: a new speaker, a new segment, "nearly done",
"over time" and, when the facilitator asks for it, each minute left.

What to say is decided in domain/announcements.py from the moment before each tick and the
moment after it; this module words it and posts it as an announcement from the timer (see
ui/accessibility/announce.py). The facilitator's choice (Settings) is read only when there
is something to say, so a change in Settings holds from the next announcement on, and a
tick with nothing new costs no database read.

Names: the speaker's alias while the workspace is unlocked, their number for the session
while it is locked (a lock drops the names from the screen; it does not silence the room).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QWidget

from facilitator_desktop.domain.announcements import (
    AnnounceLevel,
    Announcement,
    Moment,
    announcements,
    moment,
)
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.settings import ANNOUNCEMENTS, SettingsService
from facilitator_desktop.ui.accessibility import words
from facilitator_desktop.ui.accessibility.announce import announce
from facilitator_desktop.ui.runner.controller import SessionController
from facilitator_desktop.ui.runner.state import PageState


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoomVoice", text)


class RoomVoice(QObject):
    def __init__(
        self,
        controller: SessionController,
        state: PageState,
        source: QWidget,
        settings: Callable[[], SettingsService],
        parent: QObject | None = None,
    ) -> None:
        """`source`: the widget announcements come from; `settings`: the facilitator's
        workspace settings (a rehearsal's workspace has its own, not the preference)."""
        super().__init__(parent)
        self._controller = controller
        self._state = state
        self._source = source
        self._settings = settings
        self._last: Moment | None = None
        controller.sessionChanged.connect(self.session_changed)
        controller.updated.connect(self.observe)

    def level(self) -> AnnounceLevel:
        try:
            stored = self._settings().get(ANNOUNCEMENTS)
        except FacilitatorError:
            return AnnounceLevel(ANNOUNCEMENTS.default)
        return AnnounceLevel(stored)

    @Slot()
    def session_changed(self) -> None:
        """A session opened, resumed or ended: its first moment says nothing."""
        self._last = None

    @Slot()
    def observe(self) -> None:
        snapshot = self._controller.snapshot
        if snapshot is None:
            self._last = None
            return
        now = moment(snapshot.agenda, snapshot.talk)
        before, self._last = self._last, now
        # Decided at the most the facilitator may ask for, then cut to what they asked for.
        found = announcements(before, now, AnnounceLevel.MINUTES)
        if not found:
            return
        level = self.level()
        for item in found:
            if level is AnnounceLevel.OFF:
                break
            if item.kind == "minute_left" and level is not AnnounceLevel.MINUTES:
                continue
            text = self.words(item, snapshot.agenda.segments[item.segment_index].name)
            announce(self._source, text, item.politeness)

    def words(self, item: Announcement, segment: str) -> str:
        if item.kind == "speaker":
            member = item.member_id
            name = self._state.aliases.get(member) if member is not None else None
            if name:
                return _tr("{name} speaking now").format(name=name)
            number = self._state.numbers.get(member) if member is not None else None
            return _tr("Member {number} speaking now").format(number=number or "?")
        left = _left(item.minutes_left)
        if item.kind == "segment":
            if item.status == "overtime":
                return _tr("{segment}, over time").format(segment=segment)
            return _tr("{segment}, {left}").format(segment=segment, left=left)
        if item.kind == "nearly_done":
            return _tr("Nearly done, {left}").format(left=left)
        if item.kind == "over_time":
            return _tr("Over time")
        return left


def _left(minutes: int) -> str:
    if minutes <= 0:
        return _tr("no time left")
    return _tr("{minutes} left").format(minutes=words.minutes(minutes))
