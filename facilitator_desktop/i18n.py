"""The languages the app ships, as plain data (no Qt): the UI's translators, a group's
handout language and the rule library's files all name a language by these codes.

English is the source language: every string is written in it, and any text a language
lacks falls back to it.
"""

from __future__ import annotations

from typing import Final

SOURCE_LANGUAGE: Final = "en"
# Qt's names (language, or language_TERRITORY where the territory changes the language).
SHIPPED_LANGUAGES: Final = ("en", "es", "fr", "de", "pl", "pt_BR")
# Each language in its own words: what a speaker of it looks for in a list.
NATIVE_NAMES: Final = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "pl": "Polski",
    "pt_BR": "Português (Brasil)",
}
# Where a language only ships under one territory, others of the same language take it
# ("pt_PT" gets Brazilian Portuguese rather than English).
_BY_LANGUAGE: Final = {code.split("_")[0]: code for code in SHIPPED_LANGUAGES}


def is_shipped(code: str) -> bool:
    return code in SHIPPED_LANGUAGES


def best_match(wanted: list[str] | tuple[str, ...]) -> str:
    """The shipped language closest to the first of `wanted` we have ("pl-PL", "de_AT",
    "pt-PT" …, as a system lists its preferred languages); English when none is."""
    for name in wanted:
        code = name.replace("-", "_")
        if code in SHIPPED_LANGUAGES:
            return code
        language = code.split("_")[0].lower()
        if language in _BY_LANGUAGE:
            return _BY_LANGUAGE[language]
    return SOURCE_LANGUAGE
