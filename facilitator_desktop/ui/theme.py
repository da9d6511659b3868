"""Fusion style with calm light and dark palettes that follow the system colour scheme.

Fusion draws the same on every OS, so the palettes (colours in theme_colours.py) are the
whole look; widgets never hard-code colours (semantic tones live in widgets/tone.py and
derive from the palette).

The palette is all a first window needs. The style object (calm_style.py) is installed a
moment later by install_style(): PySide6 spends ~5 ms creating QStyle's Python side, and
until then the application runs plain Fusion, which draws the same on light palettes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from facilitator_desktop.ui.theme_colours import DARK, LIGHT

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def palette_for(scheme: Qt.ColorScheme) -> QPalette:
    c = DARK if scheme == Qt.ColorScheme.Dark else LIGHT
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
    """Re-applies the palette when the system switches between light and dark."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent or app)
        self._app = app
        self._forced: Qt.ColorScheme | None = None
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        app.setPalette(palette_for(system_scheme()))

    def install_style(self) -> None:
        """The style, once the first window is on screen (see the module's note)."""
        install_style(self._app)  # keeps the palette set above

    def force(self, scheme: Qt.ColorScheme | None) -> None:
        """Pin a scheme (screenshots, a future preference); None follows the system again."""
        self._forced = scheme
        apply_theme(self._app, scheme)

    @Slot(Qt.ColorScheme)
    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._forced is None:
            apply_theme(self._app)
