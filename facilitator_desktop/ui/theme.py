"""Fusion style with calm light and dark palettes that follow the system colour scheme.

Fusion draws the same on every OS, so the palettes (colours in theme_colours.py) are the
whole look; widgets never hard-code colours (semantic tones live in widgets/tone.py and
derive from the palette).

The palette is all a first window needs. The style object (calm_style.py) is installed a
moment later by install_style(): PySide6 spends ~5 ms creating QStyle's Python side, and
until then the application runs plain Fusion, which draws the same on light palettes.

Asking Qt for the system's scheme costs ~13 ms before the first window: the answer is a
`Qt.ColorScheme`, and PySide6 builds all ~90 enums of the `Qt` namespace to give it. So the
first window is painted in the scheme the system had at the last start (remembered in the
app's settings), and the system is asked once it is on screen: a scheme switched since then
is applied a frame later. Only the very first start asks before painting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from facilitator_desktop.ui.app_settings import COLOUR_SCHEME, AppSettings
from facilitator_desktop.ui.theme_colours import DARK, LIGHT

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def palette_for(scheme: Qt.ColorScheme) -> QPalette:
    return dark_or_light_palette(is_dark_scheme(scheme))


def is_dark_scheme(scheme: Qt.ColorScheme) -> bool:
    from PySide6.QtCore import Qt  # built already: `scheme` is one of its members

    return scheme == Qt.ColorScheme.Dark


def dark_or_light_palette(dark: bool) -> QPalette:
    c = DARK if dark else LIGHT
    palette = QPalette()
    roles = {
        Role.Window: c.window,
        Role.WindowText: c.text,
        Role.Base: c.base,
        Role.AlternateBase: c.alternate,
        Role.ToolTipBase: c.tooltip,
        Role.ToolTipText: c.text,
        Role.PlaceholderText: c.placeholder,
        Role.Text: c.text,
        Role.Button: c.button,
        Role.ButtonText: c.text,
        Role.BrightText: "#ffffff",
        Role.Light: c.light,
        Role.Midlight: c.midlight,
        Role.Mid: c.mid,
        Role.Dark: c.dark,
        Role.Shadow: c.shadow,
        Role.Highlight: c.highlight,
        Role.HighlightedText: c.highlighted_text,
        Role.Link: c.link,
        Role.LinkVisited: c.link,
        Role.Accent: c.highlight,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.HighlightedText):
        palette.setColor(Group.Disabled, role, QColor(c.disabled))
    palette.setColor(Group.Disabled, Role.Highlight, QColor(c.mid))
    palette.setColor(Group.Disabled, Role.Base, QColor(c.window))
    # A selection in an unfocused list stays legible instead of fading to grey-on-grey.
    palette.setColor(Group.Inactive, Role.Highlight, QColor(c.highlight).lighter(115))
    return palette


def system_scheme() -> Qt.ColorScheme:
    from PySide6.QtCore import Qt  # the whole namespace: see the module's note

    scheme = QGuiApplication.styleHints().colorScheme()
    return Qt.ColorScheme.Dark if scheme == Qt.ColorScheme.Dark else Qt.ColorScheme.Light


def install_style(app: QApplication) -> None:
    from facilitator_desktop.ui.calm_style import CalmStyle

    if not isinstance(app.style(), CalmStyle):
        app.setStyle(CalmStyle())


def apply_theme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Fusion plus the palette for `scheme` (default: what the system asks for)."""
    install_style(app)
    app.setPalette(palette_for(scheme or system_scheme()))


class ThemeFollower(QObject):
    """Re-applies the palette when the system switches between light and dark.

    `settings` remember the system's scheme for the next start (see the module's note); with
    None the system is asked at once. Call `follow_system()` once the first window is painted.
    """

    def __init__(
        self,
        app: QApplication,
        parent: QObject | None = None,
        *,
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__(parent or app)
        self._app = app
        self._settings = settings
        self._forced: Qt.ColorScheme | None = None
        self._following = False
        remembered = settings.get(COLOUR_SCHEME) if settings is not None else ""
        self._dark = remembered == "dark" if remembered else self._system_is_dark()
        app.setPalette(dark_or_light_palette(self._dark))

    @property
    def dark(self) -> bool:
        """Whether the palette set now is the dark one."""
        return self._dark

    def follow_system(self) -> None:
        """Ask the system now, apply its scheme if it changed since the last start, and
        follow its switches from now on. Once; a scheme pinned by `force` stays."""
        if self._following:
            return
        self._following = True
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        if self._forced is None:
            self._apply_system()

    def install_style(self) -> None:
        """The style, once the first window is on screen (see the module's note)."""
        install_style(self._app)  # keeps the palette set above

    def force(self, scheme: Qt.ColorScheme | None) -> None:
        """Pin a scheme (screenshots, a future preference); None follows the system again."""
        self._forced = scheme
        self._dark = self._system_is_dark() if scheme is None else is_dark_scheme(scheme)
        apply_theme(self._app, scheme)

    # No argument: a slot declared with Qt.ColorScheme would build the namespace at import.
    @Slot()
    def _on_scheme_changed(self) -> None:
        if self._forced is None:
            self._apply_system()

    def _apply_system(self) -> None:
        dark = self._system_is_dark()
        if dark != self._dark:
            self._dark = dark
            apply_theme(self._app, system_scheme())

    def _system_is_dark(self) -> bool:
        dark = is_dark_scheme(system_scheme())
        seen = "dark" if dark else "light"
        if self._settings is not None and self._settings.get(COLOUR_SCHEME) != seen:
            self._settings.set(COLOUR_SCHEME, seen)  # the settings file is written on change
        return dark
