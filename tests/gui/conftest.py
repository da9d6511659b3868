"""GUI fixtures: the real app on a test folder with the fast KDF."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from facilitator_desktop.app import FacilitatorApp, build_app
from tests.conftest import FAST_KDF
from tests.gui.driving import Launch, PromptAnswerer

HERE = Path(__file__).parent

# The offscreen platform plugin cannot resize or raise windows and says so with a Qt
# warning whenever a dialog's minimum size changes or a window is raised. On real
# platforms these calls work silently; nothing else is ignored.
OFFSCREEN_LIMITS = r"^This plugin does not support (propagateSizeHints|raise)\(\)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS))


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def launch(qapp: QApplication, data_dir: Path, settings_path: Path) -> Iterator[Launch]:
    """Start the app as a user would (first window shown); shut every start down after."""
    started: list[FacilitatorApp] = []

    def start(*, demo: bool = False, folder: Path | None = None) -> FacilitatorApp:
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        app = build_app(
            folder or data_dir, kdf_params=FAST_KDF, demo=demo, settings=settings, qapp=qapp
        )
        started.append(app)
        return app

    yield start
    for app in started:
        app.shutdown()


@pytest.fixture
def answer() -> Callable[[str], PromptAnswerer]:
    def arm(label: str) -> PromptAnswerer:
        return PromptAnswerer(label).arm()

    return arm
