"""Every reason the session's rules give for a refusal has its own words, names the member
it is about, and never shows the domain's English or a number; a refusal without a
reason (a program's mistake) is a plain "not possible"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator_desktop.domain.agenda import AgendaError
from facilitator_desktop.domain.events import SessionError
from facilitator_desktop.domain.refusal import Reason, Refusal, in_phase
from facilitator_desktop.domain.talk_state import TalkingOrderError
from facilitator_desktop.ui.runner.refusals import refusal_text


def name_of(member_id: int) -> str:
    return {12: "Zoë"}.get(member_id, "?")


@pytest.mark.parametrize("reason", list(Reason))
def test_each_reason_has_its_own_sentence(reason: Reason) -> None:
    text = refusal_text(Refusal("member 12 is anything", reason, 12), name_of)
    assert text.endswith(".") and text[0].isupper()
    assert "12" not in text and "{" not in text and "member" not in text.lower()
    others = {refusal_text(Refusal("", r, 12), name_of) for r in Reason if r != reason}
    assert text not in others


@pytest.mark.parametrize(
    ("reason", "said"),
    [
        (Reason.NOT_PRESENT, "Zoë is not marked present."),
        (Reason.NOT_WAITING, "Zoë is not waiting in the queue."),
        (Reason.SPEAKING_LEAVES, "Zoë is speaking: end their turn before they leave."),
    ],
)
def test_a_refusal_about_a_member_names_them(reason: Reason, said: str) -> None:
    assert refusal_text(TalkingOrderError("member 12", reason, 12), name_of) == said


def test_the_domains_own_classes_carry_their_reason() -> None:
    assert refusal_text(AgendaError("x", Reason.LAST_SEGMENT), name_of) == (
        "An agenda needs at least one segment."
    )
    assert refusal_text(SessionError("x", in_phase("finished")), name_of) == (
        "The session has ended."
    )


@pytest.mark.parametrize(
    "error",
    [
        ValueError("segment index must be an int, got 'a'"),
        TalkingOrderError("unknown member 12 (no seat)"),
        SessionError("event #3 (TurnStarted) goes back in time"),
    ],
)
def test_a_mistake_of_the_program_is_said_as_not_possible(error: ValueError) -> None:
    assert refusal_text(error, name_of) == "That is not possible right now."


def test_every_phase_has_a_reason() -> None:
    phases = ("not_started", "running", "paused", "finished")
    assert [in_phase(p) for p in phases] == [
        Reason.NOT_STARTED,
        Reason.RUNNING,
        Reason.PAUSED,
        Reason.ENDED,
    ]


@given(alias=st.text(min_size=1, max_size=60))
def test_any_alias_is_named_whole_in_any_script(alias: str) -> None:
    """Arabic, Chinese, emoji, braces: the alias stands in the sentence as written."""
    text = refusal_text(Refusal("", Reason.NOT_PRESENT, 7), lambda _id: alias)
    assert text == f"{alias} is not marked present."
