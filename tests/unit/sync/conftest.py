"""Fixtures of the sharing tests that hand changes laptop to laptop without a server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.sync.handoff import NAME, Handoff, hand_over_group_key
from tests.unit.sync.laptops import STUB, Laptop, make_laptop, new_group, share


@pytest.fixture
def handoff(tmp_path: Path) -> Iterator[Handoff]:
    """Ana shares her group with Ben and hands him its key; no server is ever reached."""
    ana, ben = make_laptop(tmp_path, "ana", STUB), make_laptop(tmp_path, "ben", STUB)
    try:
        group_id, _ = new_group(ana, NAME)
        share(ana, group_id, ben)
        hand_over_group_key(ana, ben)
        yield Handoff(ana, ben)
    finally:
        ana.ws.close()
        ben.ws.close()


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    """Ana's and Ben's laptops, nothing shared yet."""
    ana, ben = make_laptop(tmp_path, "ana", STUB), make_laptop(tmp_path, "ben", STUB)
    try:
        yield ana, ben
    finally:
        ana.ws.close()
        ben.ws.close()
