"""Where things live: per-user folders from platformdirs and bundled resources."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

import platformdirs

from facilitator_desktop import APP_ID

_APP_AUTHOR: Final = False  # no vendor folder level on Windows


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, _APP_AUTHOR, roaming=False))


def default_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, _APP_AUTHOR))


def resources_root() -> Path:
    """The `resources/` folder, in a source checkout and inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


DATABASE_NAME = "workspace.db"


def workspace_exists(data_dir: Path) -> bool:
    """Cheap check (no database import) used before the first window is shown."""
    return (Path(data_dir) / DATABASE_NAME).exists()
