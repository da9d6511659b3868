"""The translation tool (scripts/i18n.py) for tests, and the built catalogues it makes.

The .qm files are build outputs: `make test` builds them, and so does the first test that
needs them when pytest is run directly (lrelease takes well under a second).
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "i18n.py"


@cache
def i18n_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("facilitator_i18n_tool", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def built_catalogues() -> Path:
    """The folder of the .qm files, built from the .ts files when missing or older."""
    tool = i18n_tool()
    tool.release()
    folder: Path = tool.CATALOGUES
    return folder
