"""Check-in scores in the room: S then the number, or a click on the strip under the speaker.

A score is for the member speaking in a round (or, between turns, the one who last spoke in
it; see score_keys.score_target), on the group's scale. Entering another replaces it and
says so. Scores are the facilitator's alone: they are painted on the talking-order board
and said in the status line, never handed to the room display, and dropped from the page
on a lock (read again after the unlock). They are stored through the session's queue of
changes (LiveSession.record_checkin), so a full disk keeps them until it takes them; in a
rehearsal that session lives in memory, and so do they.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Slot

from facilitator_desktop.domain.talk_reads import TalkSnapshot
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.checkin_scores import (
    DEFAULT_SCALE,
    CheckinScale,
    CheckinScoreService,
    open_held,
)
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.runner.controller import SessionController
from facilitator_desktop.ui.runner.key_router import KeyRouter
from facilitator_desktop.ui.runner.score_keys import score_target
from facilitator_desktop.ui.runner.state import PageState
from facilitator_desktop.ui.runner.view import ScoreShown
from facilitator_desktop.ui.signals import emit


def _tr(text: str) -> str:
    # The page's words keep the context they are translated under.
    return QCoreApplication.translate("RunnerPage", text)


class CheckinActions(QObject):
    def __init__(
        self,
        ctx: UiContext,
        controller: SessionController,
        state: PageState,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._controller = controller
        self._state = state
        self.scale: CheckinScale = DEFAULT_SCALE

    def _say(self, text: str) -> None:
        emit(self._ctx.statusMessage, text)

    # --- what the page knows ---------------------------------------------------------------

    def load(self) -> None:
        """The group's scale and the session's scores so far, those waiting for the disk
        too (a session opened or resumed, an unlock)."""
        live = self._controller.live
        if live is None or self._state.locked:
            self._state.set_scores({})
            return
        workspace = self._controller.workspace  # a rehearsal's own, in memory
        service = CheckinScoreService(workspace.context)
        try:
            self.scale = service.scale(live.group_id)
            known = service.session_scores(live.session_id)
            known.update(open_held(workspace.keyring, live.waiting_checkins))
        except FacilitatorError as exc:
            self._say(error_text(exc))
            return
        self._state.set_scores(known)

    def forget(self) -> None:
        """A lock, or no session: the scores leave the page."""
        self._state.set_scores({})

    def shown(self, talk: TalkSnapshot, in_session: bool) -> ScoreShown | None:
        """The strip under the speaker (None outside a round)."""
        if talk.mode != "round":
            return None
        member = score_target(talk)
        state = self._state
        return ScoreShown(
            low=self.scale.low,
            high=self.scale.high,
            question=self.scale.question,
            member_id=member,
            name=state.alias(member) if member is not None else "",
            score=state.scores.get(member) if member is not None else None,
            enabled=in_session and not state.locked,
        )

    # --- what the facilitator does -----------------------------------------------------------

    def begin_key(self, router: KeyRouter) -> None:
        """S: the number that follows is the check-in score of the member it is for."""
        member = self._target()
        if member is not None:
            router.begin_score(member, self.scale.low, self.scale.high, self._state.alias(member))

    @Slot(int)
    def record_click(self, score: int) -> None:
        """A click on the strip: the score of whom it shows."""
        member = self._target()
        if member is not None:
            self.record(member, score)

    def record(self, member_id: int, score: int) -> None:
        scale = self.scale
        if not scale.holds(score):
            self._say(
                _tr("A check-in score in this group goes from {low} to {high}.").format(
                    low=scale.low, high=scale.high
                )
            )
            return
        controller = self._controller
        if not controller.act(lambda live: live.record_checkin(member_id, score, scale)):
            return
        previous = self._state.set_score(member_id, score)
        controller.tick()  # the strip shows it now
        name = self._state.alias(member_id)
        if previous is None:
            text = _tr("Check-in score for {name}: {score}.")
        elif previous == score:
            text = _tr("Check-in score for {name}: {score} (as before).")
        else:
            text = _tr("Check-in score for {name}: {score}, replacing {previous}.")
        self._say(text.format(name=name, score=score, previous=previous))

    def _target(self) -> int | None:
        """Whom a score now goes to; else says why there is nobody."""
        snapshot = self._controller.snapshot
        if snapshot is None:
            self._say(_tr("Open a session first (Space)."))
            return None
        if snapshot.agenda.phase == "not_started":
            self._say(_tr("Press Space to start the session first."))
            return None
        if self._state.locked:
            return None
        talk = snapshot.talk
        if talk.mode != "round":
            self._say(_tr("Check-in scores are recorded in rounds, from the member speaking."))
            return None
        member = score_target(talk)
        if member is None:
            self._say(_tr("Nobody has spoken in this round yet: a score goes to the speaker."))
        return member
