"""Where things live: per-user folders from platformdirs and the bundled resources.

The resources (fonts, the rule library, sounds, translations) live in the repository's
top-level `resources/` folder. A wheel carries them inside the package as
`facilitator_desktop/resources/` (pyproject.toml maps the folder there), and so does a
PyInstaller bundle (build.spec); both are found through `importlib.resources`, which the
frozen importer answers too. A source checkout, where the package does not contain the
folder, reads the repository's own.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

import platformdirs

from facilitator_desktop import APP_ID

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_APP_AUTHOR: Final = False  # no vendor folder level on Windows
PACKAGE: Final = "facilitator_desktop"
RESOURCES: Final = "resources"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, _APP_AUTHOR, roaming=False))


def default_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, _APP_AUTHOR))


def resources_root() -> Traversable:
    """The resources folder: the package's own when installed or bundled, else the
    checkout's `resources/` beside the package."""
    package = Path(__file__).resolve().parent
    if package.is_dir():  # on disk: read the folders directly (the first window needs
        # the translations, and importlib.resources costs ~20 ms to import)
        packaged = package / RESOURCES
        return packaged if packaged.is_dir() else package.parent / RESOURCES
    from importlib.resources import files  # a zipped install

    return files(PACKAGE).joinpath(RESOURCES)


def resource_path(*parts: str) -> Path:
    """A file or folder of the resources as a real path, for what wants a file name
    (ReportLab's font registration, QFontDatabase, QTranslator, QSoundEffect)."""
    resource = resources_root().joinpath(*parts)
    if isinstance(resource, Path):
        return resource  # on disk already: a checkout, an unpacked wheel, a bundle
    extracted = _extracted.get(parts)
    if extracted is None:
        extracted = _extracted[parts] = _extract(resource)
    return extracted


# Files taken out of a zipped install, kept until the process ends: callers hold on to the
# path (a registered font is read again whenever a PDF is written).
_extracted: dict[tuple[str, ...], Path] = {}


def _extract(resource: Traversable) -> Path:
    import atexit
    from contextlib import ExitStack
    from importlib.resources import as_file

    if not resource.is_file():
        raise FileNotFoundError(f"not a file among the bundled resources: {resource.name}")
    keeper = ExitStack()
    atexit.register(keeper.close)
    return keeper.enter_context(as_file(resource))


DATABASE_NAME = "workspace.db"


def workspace_exists(data_dir: Path) -> bool:
    """Cheap check (no database import) used before the first window is shown."""
    return (Path(data_dir) / DATABASE_NAME).exists()
