"""Scores waiting sealed in memory: one that no longer opens is left out, and the ones after
it still open."""

from __future__ import annotations

from datetime import datetime

from facilitator_desktop.services.checkin_scale import DEFAULT_SCALE
from facilitator_desktop.services.checkin_scores import HeldScore, hold, open_held
from facilitator_desktop.workspace import Workspace

AT = datetime(2026, 3, 5, 17, 0)


def test_a_damaged_waiting_score_does_not_hide_the_ones_after_it(workspace: Workspace) -> None:
    keyring = workspace.keyring
    first = hold(keyring, DEFAULT_SCALE, 3, AT)
    damaged = HeldScore(bytes(64), AT)
    last = hold(keyring, DEFAULT_SCALE, 8, AT)
    waiting = {1: first, 2: damaged, 3: last}
    assert open_held(keyring, waiting) == {1: 3, 3: 8}
    assert open_held(keyring, {2: damaged, 3: last}) == {3: 8}
