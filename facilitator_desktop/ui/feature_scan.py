"""PySide6 reads the whole source of every module imported after Qt, to learn whether it
selects a `from __feature__ import …` (snake_case, true_property). The app selects no
feature (a test holds it), so its own modules are answered "no feature here" without the
read, the answer the read gives a module that never names PySide6: a few milliseconds before
the first window (measured against the read in the same run), more as the rest loads. Every
other module is read as PySide6 does. A PySide6 without that scan leaves nothing to do.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6  # noqa: F401 - the scan is installed with PySide6

PACKAGE = __name__.split(".", 1)[0]


def answer_for_own_modules() -> bool:
    """Install the shortcut (once); False when this PySide6 has no such scan."""
    feature = sys.modules.get("shibokensupport.feature")
    scan: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(scan):
        return False
    if getattr(scan, "own_modules_answered", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name == PACKAGE or name.startswith(PACKAGE + "."):
            return False  # no `__feature__` selected here
        return bool(scan(module))

    uses_pyside.own_modules_answered = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
