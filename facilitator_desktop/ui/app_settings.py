"""The app's own settings, kept in a QSettings file beside no workspace: one typed registry.

Only what the app needs before a workspace opens (the language of the unlock window) and
the window's layout (geometry, last page, last group id) live here: never a name or any
other text from a workspace. The workspace's own settings are in services.settings.
"""

from __future__ import annotations

from typing import Any, Final, TypeVar

from PySide6.QtCore import QSettings

from facilitator_desktop.i18n import SHIPPED_LANGUAGES
from facilitator_desktop.paths import default_config_dir
from facilitator_desktop.services.setting import (
    BytesSetting,
    ChoiceSetting,
    IdSetting,
    Setting,
    Stored,
    TextSetting,
)
from facilitator_desktop.ui.i18n import SYSTEM

T = TypeVar("T")

# --- the registry --------------------------------------------------------------------------

# The language chosen in Settings; SYSTEM: the system's.
LANGUAGE: Final[ChoiceSetting[str]] = ChoiceSetting(
    "language", choices=(SYSTEM, *SHIPPED_LANGUAGES), default=SYSTEM
)
WINDOW_GEOMETRY: Final = BytesSetting("window/geometry")
WINDOW_PAGE: Final = TextSetting("window/page")  # a page's key
WINDOW_GROUP: Final = IdSetting("window/group")
# The system's colour scheme at the last start ("light" or "dark"; "" before the first): the
# first window is painted in it before Qt is asked (see ui.theme).
COLOUR_SCHEME: Final[ChoiceSetting[str]] = ChoiceSetting(
    "theme/system_scheme", choices=("", "light", "dark"), default=""
)

APP_SETTINGS: Final[tuple[Setting[Any], ...]] = (
    LANGUAGE,
    WINDOW_GEOMETRY,
    WINDOW_PAGE,
    WINDOW_GROUP,
    COLOUR_SCHEME,
)


class AppSettings:
    """Typed reads and writes of a QSettings file, through the registry above."""

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def get(self, setting: Setting[T]) -> T:
        raw = self.store.value(setting.key)
        if raw is not None and not isinstance(raw, str | bytes):
            # How older versions kept the geometry. Imported here: the language is read
            # before the first paint, and QByteArray's enums cost ~0.6 ms.
            from PySide6.QtCore import QByteArray

            if isinstance(raw, QByteArray):
                raw = raw.data()
        stored: Stored = raw if isinstance(raw, str | bytes) else None
        return setting.decode(stored)

    def set(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, setting.encode(value))

    def sync(self) -> None:
        """Write to disk now (QSettings otherwise writes when the event loop gets to it)."""
        self.store.sync()


def default_app_settings() -> AppSettings:
    """The per-user settings file (an INI file in the user's config folder)."""
    path = default_config_dir() / "settings.ini"
    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
