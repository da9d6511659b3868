"""Every event class is a kind the log can hold, found without a list to keep up to date;
an impossible talk event changes nothing."""

from __future__ import annotations

import copy
import dataclasses
import types
import typing
from dataclasses import dataclass
from typing import ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator_desktop.domain import session_events, talk_events
from facilitator_desktop.domain.event_kinds import EVENT_TYPES, _kinds
from facilitator_desktop.domain.events import Event
from facilitator_desktop.domain.session_events import SessionEvent
from facilitator_desktop.domain.talk_events import TalkEvent
from facilitator_desktop.domain.talk_state import (
    LiveTurn,
    QueueState,
    RoundState,
    TalkingOrderError,
    TalkState,
)


def event_classes(module: types.ModuleType) -> list[type[Event]]:
    return [
        value
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, Event) and value.kind
    ]


def test_every_event_class_is_a_kind_and_applies_itself() -> None:
    talk = event_classes(talk_events)
    session = event_classes(session_events)
    assert len(talk) == 12 and len(session) == 13
    assert {cls.kind: cls for cls in [*talk, *session]} == dict(EVENT_TYPES)
    for cls in talk:
        assert issubclass(cls, TalkEvent) and cls.apply is not TalkEvent.apply
    for cls in session:
        assert issubclass(cls, SessionEvent) and cls.apply is not SessionEvent.apply


def test_a_new_operation_is_found_by_its_class_alone() -> None:
    @dataclass(frozen=True, slots=True, kw_only=True)
    class TalkingStickPassed(TalkEvent):
        kind: ClassVar[str] = "talking_stick_passed"
        member_id: int

        def apply(self, state: TalkState) -> None:
            state.require_present(self.member_id)

    module = types.ModuleType("more_talk_events")
    module.TalkingStickPassed = TalkingStickPassed  # type: ignore[attr-defined]
    found = _kinds(talk_events, module)
    assert found["talking_stick_passed"] is TalkingStickPassed
    assert TalkingStickPassed(at=1.0, member_id=3).to_dict() == {
        "kind": "talking_stick_passed",
        "at": 1.0,
        "member_id": 3,
    }


def test_two_classes_claiming_one_kind_are_refused() -> None:
    @dataclass(frozen=True, slots=True, kw_only=True)
    class Impostor(TalkEvent):
        kind: ClassVar[str] = "turn_started"

    module = types.ModuleType("impostors")
    module.Impostor = Impostor  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="turn_started"):
        _kinds(talk_events, module)


# --------------------------------------------------------------------------- atomic apply

MEMBER_IDS = st.integers(min_value=-1, max_value=7)


@st.composite
def talk_states(draw: st.DrawFn) -> TalkState:
    """A talking order in an arbitrary but consistent state."""
    state = TalkState(seats={m: m for m in range(1, 6)})
    state.present = set(draw(st.sets(st.integers(1, 5))))
    if not draw(st.booleans()):
        return state
    state.segment = 0
    waiting = list(draw(st.permutations(sorted(state.present))))
    if waiting and draw(st.booleans()):
        speaker = waiting.pop(0)
        state.live = LiveTurn(member_id=speaker, segment_index=0, started_at=5.0)
    if draw(st.booleans()):
        state.mode = "round"
        cut = draw(st.integers(0, len(waiting)))
        state.orders[0] = RoundState(
            started=draw(st.booleans()), ahead=waiting[:cut], later=waiting[cut:]
        )
    else:
        state.mode = "open"
        state.orders[0] = QueueState(hands=waiting)
    return state


def value_for(hint: object) -> st.SearchStrategy[object]:
    if hint is bool:
        return st.booleans()
    if hint is int:
        return MEMBER_IDS
    if typing.get_origin(hint) is tuple:
        return st.lists(MEMBER_IDS, max_size=6).map(tuple)
    return st.none() | MEMBER_IDS  # int | None


@st.composite
def talk_event_values(draw: st.DrawFn) -> TalkEvent:
    """Any well-typed talk event (what the stored log's reader lets through)."""
    kinds = [cls for cls in event_classes(talk_events) if issubclass(cls, TalkEvent)]
    cls = draw(st.sampled_from(kinds))
    hints = typing.get_type_hints(cls)
    values = {f.name: draw(value_for(hints[f.name])) for f in dataclasses.fields(cls)}
    values["at"] = 10.0
    event = cls(**values)
    assert isinstance(event, TalkEvent)
    return event


@given(talk_states(), talk_event_values())
def test_an_event_that_cannot_apply_changes_nothing(state: TalkState, event: TalkEvent) -> None:
    before = copy.deepcopy(state)
    try:
        event.apply(state)
    except TalkingOrderError:
        assert state == before
