"""The in-room actions: what each key of keys.py and each click on the panels does.

A key and its button call the same method here. Each action first checks that it makes
sense now and otherwise says why, in a sentence for the status line, changing nothing. The
key router (key_router.py) has already made sure no text field has the focus, and numbers
(a member's, a card's) arrive whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Slot

from facilitator_desktop.domain.member_numbers import Prefix
from facilitator_desktop.domain.session_state import SessionSnapshot
from facilitator_desktop.domain.talk_reads import previous_member
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.live_session import LiveSession
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.room_display import RoomCard
from facilitator_desktop.ui.runner.checkin_actions import CheckinActions
from facilitator_desktop.ui.runner.controller import SessionController
from facilitator_desktop.ui.runner.key_router import KeyRouter
from facilitator_desktop.ui.runner.lifecycle import SessionLifecycle
from facilitator_desktop.ui.runner.names import NameMode, next_mode
from facilitator_desktop.ui.runner.note_panel import NOBODY
from facilitator_desktop.ui.runner.room_control import RoomControl
from facilitator_desktop.ui.runner.state import PageState
from facilitator_desktop.ui.runner.view import RunnerView
from facilitator_desktop.ui.signals import emit

T = TypeVar("T")


def _tr(text: str) -> str:
    # The page's words keep the context they are translated under.
    return QCoreApplication.translate("RunnerPage", text)


def _trn(text: str, n: int) -> str:
    return QCoreApplication.translate("RunnerPage", text, None, n)


def act(controller: SessionController, operation: Callable[[LiveSession], T]) -> T | None:
    """Run one action on the live session (see SessionController.act): what it returned,
    or None when it did not go through."""
    result: list[T] = []

    def run(live: LiveSession) -> None:
        result.append(operation(live))

    return result[0] if controller.act(run) and result else None


class RoomActions(QObject):
    def __init__(
        self,
        ctx: UiContext,
        controller: SessionController,
        state: PageState,
        view: RunnerView,
        room: RoomControl,
        lifecycle: SessionLifecycle,
        checkins: CheckinActions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._checkins = checkins
        self._controller = controller
        self._state = state
        self._view = view
        self._room = room
        self._lifecycle = lifecycle
        #: Every in-room key lands here first (this object is what it calls).
        self.router = KeyRouter(self, self)
        self.router.message.connect(self.say)

    @Slot(str)
    def say(self, message: str) -> None:
        emit(self._ctx.statusMessage, message)

    def _act(self, operation: Callable[[LiveSession], T]) -> T | None:
        return act(self._controller, operation)

    def _in_session(self) -> SessionSnapshot | None:
        """The snapshot when the clock has started and not ended; else says what to do."""
        snapshot = self._controller.snapshot
        if snapshot is None:
            self.say(_tr("Open a session first (Space)."))
            return None
        if snapshot.agenda.phase == "not_started":
            self.say(_tr("Press Space to start the session first."))
            return None
        return snapshot

    # --- the session and its timer --------------------------------------------------------

    @Slot()
    def toggle(self) -> None:
        if not self._controller.active:
            self._lifecycle.open_session()
            return
        self._act(lambda live: live.toggle())

    @Slot()
    def next_segment(self) -> None:
        snapshot = self._in_session()
        if snapshot is None:
            return
        agenda = snapshot.agenda
        if agenda.index == len(agenda.segments) - 1:
            self._lifecycle.end_session()
            return
        self._act(lambda live: live.next_segment())

    @Slot()
    def previous_segment(self) -> None:
        snapshot = self._in_session()
        if snapshot is None:
            return
        if snapshot.agenda.index == 0:
            self.say(_tr("This is the first segment."))
            return
        self._act(lambda live: live.previous_segment())

    @Slot()
    def extend_one(self) -> None:
        self.extend(1)

    @Slot()
    def extend_five(self) -> None:
        self.extend(5)

    @Slot(int)
    def extend(self, minutes: int) -> None:
        if self._controller.snapshot is None:
            return
        if self._act(lambda live: live.extend(minutes)) is not None:
            self.say(_trn("%Ln more minutes for this segment.", minutes))

    # --- who speaks --------------------------------------------------------------------------

    @Slot()
    def next_speaker(self) -> None:
        snapshot = self._in_session()
        if snapshot is None:
            return
        events = self._act(lambda live: live.next_speaker())
        if events == []:
            talk = snapshot.talk
            if talk.round_finished:
                self.say(_tr("The round is complete. → moves on to the next segment."))
            elif talk.mode == "round" and not talk.present:
                self.say(_tr("Mark who is here first (M, or All present)."))
            else:
                self.say(_tr("Nobody is waiting. A member's number adds them to the queue."))

    @Slot()
    def pass_turn(self) -> None:
        if self._in_session() is not None:
            self._act(lambda live: live.pass_turn())

    @Slot()
    def come_back_later(self) -> None:
        snapshot = self._in_session()
        if snapshot is None:
            return
        if snapshot.talk.mode != "round":
            self.say(_tr("“Come back to me” is for rounds; in open discussion use N."))
            return
        self._act(lambda live: live.come_back_later())

    @Slot()
    def end_turn(self) -> None:
        if self._in_session() is not None and self._act(lambda live: live.end_turn()) == []:
            self.say(_tr("Nobody is speaking."))

    @Slot()
    def previous_speaker(self) -> None:
        """PgUp (a clicker's back): the turn just started is withdrawn, unrecorded, and the
        member before speaks again."""
        snapshot = self._in_session()
        if snapshot is None:
            return
        talk = snapshot.talk
        speaker = talk.speaker.member_id if talk.speaker is not None else None
        previous = previous_member(talk.turns, talk.segment_index, speaker)
        if previous is None:
            self.say(_tr("Nobody spoke before in this segment: nobody to go back to."))
            return
        if previous not in talk.present:
            name = self._state.alias(previous)
            self.say(_tr("{name} is no longer here: nobody to go back to.").format(name=name))
            return
        self._act(lambda live: live.previous_speaker())

    @Slot()
    def score_key(self) -> None:
        """S: the speaker's check-in score; its number follows (checkin_actions.py)."""
        self._checkins.begin_key(self.router)

    def record_score(self, member_id: int, score: int) -> None:
        """S then a whole number: that member's check-in score."""
        self._checkins.record(member_id, score)

    def _member_by_number(self, number: int) -> int | None:
        numbers = self._state.numbers
        member_id = self._state.member_with_number(number)
        if member_id is None:
            if numbers:
                self.say(
                    _tr("Nobody has number {n}: the numbers go from 1 to {last}.").format(
                        n=number, last=len(numbers)
                    )
                )
            else:
                self.say(_tr("Open a session first (Space)."))
        return member_id

    def choose_member_number(self, number: int) -> None:
        """A member's number: queue them, or start the round with them speaking."""
        if self._in_session() is None:
            return
        member_id = self._member_by_number(number)
        if member_id is not None:
            self.choose_member(member_id)

    def queue_digit(self, digit: int) -> None:
        """The member with this number (scripts and benchmarks call it like the key)."""
        self.choose_member_number(digit)

    @Slot(int)
    def choose_member(self, member_id: int) -> None:
        """A member's number or a click on their name: queue them (open discussion), or
        start the round with them speaking (one input)."""
        snapshot = self._in_session()
        if snapshot is None:
            return
        talk = snapshot.talk
        name = self._state.alias(member_id, "")
        if member_id not in talk.present:
            number = self._state.numbers.get(member_id, 0)
            self.say(
                _tr("Mark {name} as here first (M {n}, or a click on their status).").format(
                    name=name or "—", n=number
                )
            )
            return
        if talk.mode == "open":
            if member_id in talk.order:
                self.say(_tr("{name} is already in the queue.").format(name=name))
            else:
                self._act(lambda live: live.raise_hand(member_id))
            self._view.panels.select_queue_member(member_id)  # Alt+↑ / Alt+↓ move them
        elif talk.mode == "round":
            if talk.round_started and not talk.round_finished:
                self.say(_tr("The round is under way: N calls the next member."))
                return
            self._act(lambda live: live.start_round_with(member_id))

    @Slot()
    def random_round(self) -> None:
        if self._in_session() is not None:
            self._act(lambda live: live.start_round(None))

    @Slot(bool)
    def set_fewer_turns_first(self, enabled: bool) -> None:
        self._act(lambda live: live.set_fewer_turns_first(enabled))

    @Slot(int, int)
    def move_in_queue(self, member_id: int, position: int) -> None:
        self._act(lambda live: live.move(member_id, position))

    @Slot(int)
    def remove_from_queue(self, member_id: int) -> None:
        self._act(lambda live: live.remove(member_id))

    @Slot()
    def queue_up(self) -> None:
        self.step_in_queue(-1)

    @Slot()
    def queue_down(self) -> None:
        self.step_in_queue(+1)

    @Slot(int)
    def step_in_queue(self, step: int) -> None:
        """Move the member selected in the queue one place up (-1) or down (+1)."""
        snapshot = self._in_session()
        if snapshot is None:
            return
        talk = snapshot.talk
        if talk.mode != "open":
            self.say(_tr("A round goes in seat order; the queue of an open discussion moves."))
            return
        panels = self._view.panels
        member_id = panels.selected_queue_member()
        if member_id is None or member_id not in talk.order:
            self.say(_tr("Choose a member in the queue first (a number, or Tab and ↑↓)."))
            return
        position = talk.order.index(member_id) + step
        if not 0 <= position < len(talk.order):
            return  # already first / last
        self._act(lambda live: live.move(member_id, position))
        panels.select_queue_member(member_id)

    # --- rule cards and the room display -----------------------------------------------------

    @Slot()
    def card_key(self) -> None:
        """R: a card's number may follow (R alone shows the selected card after a moment)."""
        if not self._state.cards:
            self.say(_tr("This group has no rule cards yet."))
            return
        self.router.begin(Prefix.CARD)

    @Slot()
    def show_card(self) -> None:
        """Show the card selected in the rail now."""
        row = self._view.panels.selected_card()
        if row < 0:
            self.say(_tr("This group has no rule cards yet."))
            return
        self.show_card_row(row)

    def show_card_number(self, number: int) -> None:
        """R then a number: the card with that number in the rail."""
        cards = self._state.cards
        if not 1 <= number <= len(cards):
            self.say(
                _tr("No rule card {n}: this group's cards go from 1 to {last}.").format(
                    n=number, last=len(cards)
                )
                if cards
                else _tr("This group has no rule cards yet.")
            )
            return
        self.show_card_row(number - 1)

    @Slot(int)
    def show_card_row(self, row: int) -> None:
        cards = self._state.cards
        if not 0 <= row < len(cards):
            return
        rule = cards[row]
        self._room.card = RoomCard(rule.title, rule.statement, rule.why)
        panels = self._view.panels
        panels.select_card(row)
        panels.mark_card(row)
        if not self._room.is_open():
            self.say(_tr("The card shows when the room display is open (F11)."))
        self.update_room()

    @Slot()
    def hide_card(self) -> None:
        if self._room.card is None:
            return
        self._room.card = None
        self._view.panels.mark_card(None)
        self.update_room()

    @Slot()
    def escape(self) -> None:
        """Esc: hide the rule card, and leave a list for the page."""
        self.hide_card()
        self.leave_list()

    def leave_list(self) -> None:
        """The keyboard focus back on the page itself (from a list of the page)."""
        self._view.leave_list()

    @Slot()
    def toggle_room(self) -> None:
        self._room.toggle(self._controller.snapshot, self._state.aliases)
        self._view.set_room_open(self._room.is_open())

    @Slot()
    def toggle_blank(self) -> None:
        if self._room.toggle_blank():
            self.update_room()
            return
        self._view.set_blank(False)
        if self._view.is_shown():
            self.say(_tr("The room display is not open (F11)."))

    @Slot()
    def cycle_names(self) -> None:
        """I: how the room display names members, in turn aliases, initials, none."""
        if not self._controller.active:
            return
        mode = next_mode(self._view.name_mode())
        self._view.set_name_mode(mode)  # the menu says so, and the choice is kept
        texts = {
            NameMode.ALIASES: _tr("The room display shows aliases."),
            NameMode.INITIALS: _tr("The room display shows initials."),
            NameMode.NONE: _tr("The room display shows no names."),
        }
        self.say(texts[mode])

    def update_room(self) -> None:
        self._room.update(self._controller.snapshot, self._state.aliases)

    # --- attendance, the quick note and the keys ---------------------------------------------

    @Slot()
    def focus_attendance(self) -> None:
        """M: to the attendance list, and a member's number may follow."""
        if self._controller.active:
            self._view.panels.focus_attendance()
            self.router.begin(Prefix.MARK)

    def mark_member_number(self, number: int) -> None:
        """M then a number: the choice of that member's status."""
        member_id = self._member_by_number(number)
        if member_id is not None and self._controller.active:
            panels = self._view.panels
            panels.focus_attendance()
            panels.open_status_menu(member_id)

    @Slot()
    def focus_note(self) -> None:
        if self._controller.active:
            self._view.panels.focus_note()

    @Slot(str, int)
    def save_note(self, text: str, member_id: int) -> None:
        """`member_id`: whom the note panel shows it is about (NOBODY: not linked)."""
        controller = self._controller
        live, snapshot = controller.live, controller.snapshot
        if live is None or snapshot is None:
            return
        draft = NoteDraft(
            body=text,
            group_id=live.group_id,
            session_id=live.session_id,
            segment_index=snapshot.agenda.index,
            member_ids=(member_id,) if member_id != NOBODY else (),
        )
        try:
            controller.workspace.notes.create(draft)  # a rehearsal's stays in memory
        except FacilitatorError as exc:
            self.say(error_text(exc))  # the text stays in the box
            return
        self._view.panels.note_saved()
        self._view.focus_page()

    @Slot()
    def show_keys(self) -> None:
        self._view.dialogs.show_keys()
