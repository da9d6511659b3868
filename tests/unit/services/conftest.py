"""Fixtures the service tests share: a workspace whose clock stands still at the measures
tests' NOW, and the measures service on it. A test file that needs another workspace defines
its own `ws`, which takes precedence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.measures_setup import NOW


@pytest.fixture
def ws(data_dir: Path) -> Iterator[Workspace]:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF, now=lambda: NOW) as opened:
        yield opened


@pytest.fixture
def measures(ws: Workspace) -> MeasureService:
    return MeasureService(ws.context)
