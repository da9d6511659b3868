"""Fixtures of the sharing tests that hand changes laptop to laptop without a server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator_desktop.sync.server import ServerSettings
from tests.unit.sync.handoff import NAME, Handoff, hand_over_group_key
from tests.unit.sync.laptops import make_laptop, new_group, share


@pytest.fixture
def handoff(tmp_path: Path) -> Iterator[Handoff]:
    """Ana shares her group with Ben and hands him its key; no server is ever reached."""
    stub = ServerSettings("127.0.0.1", 1, "db", "role", "pw")
    ana, ben = make_laptop(tmp_path, "ana", stub), make_laptop(tmp_path, "ben", stub)
    try:
        group_id, _ = new_group(ana, NAME)
        share(ana, group_id, ben)
        hand_over_group_key(ana, ben)
        yield Handoff(ana, ben)
    finally:
        ana.ws.close()
        ben.ws.close()
