"""Marking attendance in the room: a member's status, everyone not marked yet, guests.

Marking only happens by an explicit choice (a click on a status, or the status menu).
Marking the same again changes nothing; a change that would drop a recorded arrival or
leaving time asks first, naming the times.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Slot

from facilitator_desktop.domain.attendance import STATUSES, AttendanceStatus, lost_times
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.runner.actions import act
from facilitator_desktop.ui.runner.controller import SessionController
from facilitator_desktop.ui.runner.state import PageState
from facilitator_desktop.ui.runner.view import RunnerView
from facilitator_desktop.ui.signals import emit


def _tr(text: str) -> str:
    # The page's words keep the context they are translated under.
    return QCoreApplication.translate("RunnerPage", text)


def status_names() -> dict[AttendanceStatus, str]:
    """Each status as a sentence names it ("Mark Emil late?")."""
    return {
        "present": _tr("here"),
        "late": _tr("late"),
        "left_early": _tr("left early"),
        "excused": _tr("excused"),
        "absent": _tr("absent"),
    }


def as_status(text: str) -> AttendanceStatus | None:
    return next((status for status in STATUSES if status == text), None)


class AttendanceActions(QObject):
    def __init__(
        self,
        ctx: UiContext,
        controller: SessionController,
        state: PageState,
        view: RunnerView,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._controller = controller
        self._state = state
        self._view = view
        self._status_names = status_names()

    def _say(self, text: str) -> None:
        emit(self._ctx.statusMessage, text)

    @Slot(int, str)
    def mark(self, member_id: int, status: str) -> None:
        """An explicit choice of a member's status."""
        live = self._controller.live
        chosen = as_status(status)
        if live is None or chosen is None:
            return
        previous = live.marks.get(member_id)
        name = self._state.alias(member_id)
        if previous is not None and previous.status == chosen:
            self._say(
                _tr("{name} is already marked {status}: nothing changed.").format(
                    name=name, status=self._status_names[chosen]
                )
            )
            return
        lost = lost_times(previous, chosen)
        if lost and not self._confirm_remark(member_id, chosen, lost):
            self._say(_tr("Nothing changed."))
            return
        act(self._controller, lambda live: live.mark(member_id, chosen))

    def _confirm_remark(
        self, member_id: int, status: AttendanceStatus, lost: tuple[str, ...]
    ) -> bool:
        live = self._controller.live
        previous = live.marks.get(member_id) if live is not None else None
        if live is None or previous is None:
            return False
        name = self._state.alias(member_id)
        times = []
        if "arrival" in lost and previous.arrived_at is not None:
            times.append(_tr("came at {time}").format(time=live.wall_time(previous.arrived_at)))
        if "leaving" in lost and previous.left_at is not None:
            times.append(_tr("left at {time}").format(time=live.wall_time(previous.left_at)))
        return self._view.dialogs.confirm(
            _tr("Change attendance"),
            _tr("Mark {name} {status}?").format(name=name, status=self._status_names[status]),
            _tr("{name} {times}; that time is removed from the record.").format(
                name=name, times=_tr(" and ").join(times)
            ),
            _tr("&Change it"),
        )

    @Slot()
    def mark_all_present(self) -> None:
        act(self._controller, lambda live: live.mark_all_unmarked_present())

    @Slot(int)
    def set_guests(self, guests: int) -> None:
        act(self._controller, lambda live: live.set_guests(guests))
