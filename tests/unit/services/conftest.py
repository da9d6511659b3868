"""Fixtures the service tests share: a workspace whose clock stands still at the measures
tests' NOW, the measures service on it, and the small group the session-note tests write
about. A test file that needs another workspace or group defines its own `ws` or `group`,
which takes precedence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.measures_setup import NOW
from tests.helpers.session_notes import SmallGroup, small_group


@pytest.fixture
def ws(data_dir: Path) -> Iterator[Workspace]:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF, now=lambda: NOW) as opened:
        yield opened


@pytest.fixture
def measures(ws: Workspace) -> MeasureService:
    return MeasureService(ws.context)


@pytest.fixture
def group(ws: Workspace) -> SmallGroup:
    return small_group(ws)
