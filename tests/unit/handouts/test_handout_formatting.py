"""How numbers are printed on handouts."""

from __future__ import annotations

import pytest

from facilitator_desktop.handouts import formatting


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00"),
        (9.4, "0:09"),
        (59.6, "1:00"),
        (605, "10:05"),
        (3600, "1:00:00"),
        (6000, "1:40:00"),
    ],
)
def test_duration(seconds: float, text: str) -> None:
    assert formatting.duration(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "text"), [(160, "+2:40"), (-65, "\u22121:05"), (0.3, "0:00"), (-0.4, "0:00")]
)
def test_difference(seconds: float, text: str) -> None:
    assert formatting.difference(seconds) == text


def test_share() -> None:
    assert formatting.share(1, 4) == "25 %"
    assert formatting.share(0, 0) == "0 %"


def test_numbers_keep_together() -> None:
    assert formatting.keep_numbers_together("call 0800 000 0000 now") == (
        "call 0800\u00a0000\u00a00000 now"
    )
