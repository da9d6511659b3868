"""The app's language: chosen from the system locale or in Settings, applied at start.

`AppTranslations` installs three translators on the application: Qt's own (`qtbase_<lang>`,
shipped in PySide6, so standard buttons such as Cancel follow), our English catalogue (it
holds only the plural forms of strings with a count: "%n backup" / "%n backups") and our
catalogue for the language. Qt asks the last installed first, so a string a language still
lacks falls back to English with the right plural. It also sets the default QLocale (dates,
times, numbers) and the layout direction from that locale: a right-to-left locale mirrors
the windows.

The choice is kept in QSettings (ui.app_settings.LANGUAGE), not in the workspace: the unlock
window comes before any workspace is open, and a language is not private. A change takes
effect at the next start (widgets are built with their text; nothing here rebuilds them).

A group's handouts and its room display may be in another language than the app:
`Catalogue` reads that language's translations without installing anything.

Numerus: `self.tr("%n notes", "", n)` in a class that is subclassed looks the text up under
the subclass's name first and stops there (PySide6 takes any changed text as found, and %n
changes it). Use a module helper with a fixed context for counts in base classes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QGuiApplication

from facilitator_desktop.i18n import (
    NATIVE_NAMES,
    SHIPPED_LANGUAGES,
    SOURCE_LANGUAGE,
    best_match,
    is_shipped,
)
from facilitator_desktop.paths import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

CATALOGUE_PREFIX = "facilitator_"
SYSTEM = ""  # the language choice that follows the system

Translate = Callable[[str], str]


def catalogue_folder() -> Path:
    return resource_path("i18n")


def system_locale() -> QLocale:
    """The computer's locale: Qt's default before the app changes it, which is the
    system's unless whoever starts the app set one first (the screenshot scripts do). One
    place, so that a test can play an Arabic or a Polish computer."""
    return QLocale()


def qt_translations_folder() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


# --- the choice ----------------------------------------------------------------------------


def choices(system: QLocale | None = None) -> list[tuple[str, str]]:
    """(code, label) for the Settings list: System (naming the language it gives) first,
    then each language in its own words, so that a facilitator who cannot read the current
    language still finds theirs."""
    follows = NATIVE_NAMES[language_for(SYSTEM, system or system_locale())]
    label = QCoreApplication.translate("Language", "System ({language})").format(language=follows)
    return [(SYSTEM, label), *((code, NATIVE_NAMES[code]) for code in SHIPPED_LANGUAGES)]


def language_for(choice: str, system: QLocale) -> str:
    """The shipped language the UI shows for `choice` on a system with locale `system`."""
    return choice if is_shipped(choice) else best_match(system.uiLanguages())


def locale_for(choice: str, system: QLocale) -> QLocale:
    """Dates and numbers: the system's locale, unless another language was chosen; then
    that language, still in the system's region when the system speaks it (fr_CA)."""
    if not is_shipped(choice):
        return system
    wanted = QLocale(choice)
    same_region = "_" not in choice or system.territory() == wanted.territory()
    if system.language() == wanted.language() and same_region:
        return system
    return wanted


def app_language() -> str:
    """The shipped language the app speaks now (read from the default locale, which
    `AppTranslations.apply` sets): for choosing which rule library to offer."""
    return best_match(QLocale().uiLanguages())


def locale_of_language(language: str) -> QLocale:
    """The locale a group's handouts use for `language` (its main region)."""
    return QLocale(language)


# --- installing ----------------------------------------------------------------------------


def _load(name: str, folder: str | Path, parent: QObject) -> QTranslator | None:
    translator = QTranslator(parent)
    if translator.load(name, str(folder)):
        return translator
    translator.deleteLater()
    return None


class AppTranslations(QObject):
    """The translators installed on the application, for one language at a time."""

    def __init__(
        self,
        app: QCoreApplication,
        *,
        system: QLocale | None = None,
        folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else app)
        self._app = app
        self._system = system if system is not None else system_locale()
        self._folder = folder if folder is not None else catalogue_folder()
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE
        self.locale = QLocale(QLocale.Language.English)

    def apply(self, choice: str) -> None:
        """Install the translators for `choice` (SYSTEM or a shipped code), replacing any
        installed before, and set the default locale and the layout direction."""
        self.remove()
        self.language = language_for(choice, self._system)
        self.locale = locale_for(choice, self._system)
        QLocale.setDefault(self.locale)
        qt_name = f"qtbase_{self.language}"
        names: list[tuple[str, str | Path]] = [
            (qt_name, qt_translations_folder()),
            (CATALOGUE_PREFIX + SOURCE_LANGUAGE, self._folder),
        ]
        if self.language != SOURCE_LANGUAGE:
            names.append((CATALOGUE_PREFIX + self.language, self._folder))
        for name, folder in names:
            translator = _load(name, folder, self)
            if translator is not None and self._app.installTranslator(translator):
                self._installed.append(translator)
        if isinstance(self._app, QGuiApplication) and (
            is_right_to_left(self.locale) or self._app.isRightToLeft()
        ):
            # Left to right is the application's own default: set only what differs, as the
            # direction is a `Qt` enum, whose namespace costs ~13 ms before the first window.
            self._app.setLayoutDirection(direction_of(self.locale))

    def remove(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()

    def installed(self) -> list[str]:
        """The files installed, most recently installed last (for tests and a bug report)."""
        return [Path(t.filePath()).name for t in self._installed]


def direction_of(locale: QLocale) -> Qt.LayoutDirection:
    return locale.textDirection()


# The scripts written right to left, as QLocale.textDirection() tells them, asked without
# building the `Qt` namespace its answer belongs to (a test holds the two to agree).
RIGHT_TO_LEFT_SCRIPTS: Final = frozenset(
    {
        QLocale.Script.AdlamScript,
        QLocale.Script.ArabicScript,
        QLocale.Script.HebrewScript,
        QLocale.Script.NkoScript,
        QLocale.Script.SyriacScript,
        QLocale.Script.ThaanaScript,
    }
)


def is_right_to_left(locale: QLocale) -> bool:
    return locale.script() in RIGHT_TO_LEFT_SCRIPTS


# --- another language, without installing it ---------------------------------------------


class Catalogue(QObject):
    """Our translations in one language, read directly (a group's handouts, its room
    display). Falls back to English, then to the source text."""

    def __init__(
        self, language: str, *, folder: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.language = language if is_shipped(language) else SOURCE_LANGUAGE
        self.locale = locale_of_language(self.language)
        where = folder if folder is not None else catalogue_folder()
        self._translators = [
            t
            for t in (
                _load(CATALOGUE_PREFIX + self.language, where, self)
                if self.language != SOURCE_LANGUAGE
                else None,
                _load(CATALOGUE_PREFIX + SOURCE_LANGUAGE, where, self),
            )
            if t is not None
        ]

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        for translator in self._translators:
            found = translator.translate(context, text, disambiguation, n)
            if found:
                return self._count(found, n)
        return self._count(text, n)

    def translator(self, context: str) -> Translate:
        """translate(text) in one context, as the handout labels take it."""

        def translate(text: str) -> str:
            return self.translate(context, text)

        return translate

    def _count(self, text: str, n: int) -> str:
        # What QCoreApplication.translate does for an installed translator.
        if n < 0:
            return text
        return text.replace("%Ln", self.locale.toString(n)).replace("%n", str(n))
