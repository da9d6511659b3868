"""Shared fixtures. Every test gets its own data folder; nothing touches real user folders."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# Before any Qt import: no display on CI machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from facilitator_desktop import workspace as workspace_module  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR, KdfParams  # noqa: E402
from facilitator_desktop.domain.redaction import _fold_cluster  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402
from tests.helpers.migrated_template import upgrade_from_template  # noqa: E402
from tests.helpers.postgres import postgres_cluster, sync_database  # noqa: E402, F401

PASSPHRASE = "correct horse battery staple"
# The floor is still real Argon2id, just the cheapest setting we accept: keeps tests fast.
FAST_KDF: KdfParams = FLOOR


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point HOME/XDG folders (QSettings, platformdirs) at a throwaway place."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    # No test may hear the real desktop's screen saver or logind (tests that need a bus
    # start their own dbus-daemon).
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={home / 'no-bus'}")
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", f"unix:path={home / 'no-bus'}")


@pytest.fixture(autouse=True)
def _schema_from_template(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new workspace gets its schema copied from one migrated once per process
    (tests/helpers/migrated_template.py); tests marked `real_migrations` replay them."""
    if request.node.get_closest_marker("real_migrations") is None:
        monkeypatch.setattr(workspace_module, "upgrade_to_head", upgrade_from_template)


@pytest.fixture(autouse=True)
def _no_folds_kept() -> None:
    """Each test folds text afresh. Mutation testing runs a mutant's tests in a fork of one
    warmed-up pytest: a fold the real code kept in the cache would hide a mutant of the
    code under it (redaction's `_strip`)."""
    _fold_cluster.cache_clear()


@pytest.fixture
def time_zone() -> Iterator[Callable[[str], None]]:
    """Sets the computer's time zone for one test, in POSIX form, which needs no zone
    database ("XXX-13" is UTC+13, "XXX+10" UTC-10), and puts back the one before."""
    before = os.environ.get("TZ")

    def set_zone(spec: str) -> None:
        os.environ["TZ"] = spec
        time.tzset()

    yield set_zone
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    ws = Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF)
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture(scope="session")
def qapp(qapp: Any) -> Any:
    """pytest-qt's application with the English catalogue installed, as the app installs
    it at start: strings with a count read "1 note" / "2 notes" in every test."""
    from PySide6.QtCore import QTranslator

    from tests.helpers.catalogues import built_catalogues

    translator = QTranslator(qapp)
    if translator.load("facilitator_en", str(built_catalogues())):
        qapp.installTranslator(translator)
    return qapp


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under `make mutation`, a mutant's cheapest test files run first
    (tests/helpers/mutant_test_order.py)."""
    from tests.helpers.mutant_test_order import (
        cheapest_files_first,
        recorded_seconds,
        under_a_mutant,
    )

    if under_a_mutant():
        items[:] = cheapest_files_first(items, recorded_seconds())
