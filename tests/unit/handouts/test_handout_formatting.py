"""How numbers are printed on handouts (lengths: tests/unit/domain/test_durations.py)."""

from __future__ import annotations

from facilitator_desktop.handouts import formatting


def test_share() -> None:
    assert formatting.share(1, 4) == "25 %"
    assert formatting.share(0, 0) == "0 %"


def test_numbers_keep_together() -> None:
    assert formatting.keep_numbers_together("call 0800 000 0000 now") == (
        "call 0800\u00a0000\u00a00000 now"
    )
