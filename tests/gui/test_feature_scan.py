"""PySide6's scan of each imported module for a `__feature__` selection is answered for the
app's own modules without reading them; every other module is still read; and indeed no
module of the app selects a feature."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

import facilitator_desktop
from facilitator_desktop.ui.feature_scan import answer_for_own_modules

PACKAGE_DIR = Path(facilitator_desktop.__file__).parent
SELECTS_A_FEATURE = re.compile(r"^\s*from\s+__feature__\s+import", re.MULTILINE)


def test_no_module_of_the_app_selects_a_feature() -> None:
    selecting = [
        str(path.relative_to(PACKAGE_DIR))
        for path in PACKAGE_DIR.rglob("*.py")
        if SELECTS_A_FEATURE.search(path.read_text(encoding="utf-8"))
    ]
    assert selecting == []


def test_the_apps_modules_are_answered_without_reading_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import inspect

    assert answer_for_own_modules()  # installed when the ui package loaded; idempotent
    feature = sys.modules["shibokensupport.feature"]
    read: list[str] = []

    def getsource(module: ModuleType) -> str:
        read.append(module.__name__)
        return "import PySide6"

    monkeypatch.setattr(inspect, "getsource", getsource)
    assert feature._mod_uses_pyside(ModuleType("facilitator_desktop.ui.some_page")) is False
    assert feature._mod_uses_pyside(ModuleType("facilitator_desktop")) is False
    assert read == []
    # Anyone else's module is read, as PySide6 reads it.
    assert feature._mod_uses_pyside(ModuleType("facilitator_desktop_plugin")) is True
    assert read == ["facilitator_desktop_plugin"]


def test_installing_twice_wraps_once() -> None:
    feature = sys.modules["shibokensupport.feature"]
    before = feature._mod_uses_pyside
    assert answer_for_own_modules()
    assert feature._mod_uses_pyside is before
