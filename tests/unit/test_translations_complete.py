"""Every shipped language has every string the app shows, and every rule card.

FOR THE TRANSLATORS: the two tests parametrised by language fail until that language is
done; each language is its own test that turns green on its own. See what is missing with

    python scripts/i18n.py missing pl        (strings, plural forms included)
    make translations                        (per language: strings and rule cards missing)

then fill resources/i18n/facilitator_<lang>.ts (Qt Linguist, or any editor) and
resources/rules/library.<lang>.json. Strings added to the code are listed the same way
(their catalogue is out of date until `make translations` is run).

The other tests pass already and keep passing: English has the singular of every count, and
no translation can break the app with a placeholder the code does not fill.
"""

from __future__ import annotations

import re

import pytest

from facilitator_desktop.i18n import SHIPPED_LANGUAGES, SOURCE_LANGUAGE
from facilitator_desktop.services.rule_library import missing_cards
from tests.helpers.catalogues import i18n_tool

tool = i18n_tool()
LANGUAGES = [code for code in SHIPPED_LANGUAGES if code != SOURCE_LANGUAGE]
SHOWN = 15
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
_COUNT = re.compile(r"%L?n")


def listing(entries: list[object]) -> str:
    lines = []
    for entry in entries[:SHOWN]:
        where = entry.locations[0] if entry.locations else ("?", 0)  # type: ignore[attr-defined]
        key = entry.key  # type: ignore[attr-defined]
        plural = " (plural forms)" if entry.numerus else ""  # type: ignore[attr-defined]
        lines.append(f"  [{key.context}] {key.source!r}{plural} — {where[0]}:{where[1]}")
    if len(entries) > SHOWN:
        lines.append(f"  … and {len(entries) - SHOWN} more")
    return "\n".join(lines)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    missing = tool.missing(language)
    assert not missing, (
        f"{len(missing)} strings are not translated into {language}; "
        f"see them all with: python scripts/i18n.py missing {language}\n" + listing(missing)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_rule_card_is_translated(language: str) -> None:
    missing = missing_cards(language)
    assert not missing, (
        f"resources/rules/library.{language}.json lacks {len(missing)} cards (shown in "
        f"English meanwhile): {', '.join(missing)}"
    )


def test_english_has_the_singular_of_every_count() -> None:
    """The source text is the plural ("%Ln backups were …"); the English catalogue holds
    both forms. A new string with a count needs its English forms here."""
    missing = tool.missing(SOURCE_LANGUAGE)
    assert not missing, (
        "strings with a count lack their English forms in resources/i18n/facilitator_en.ts "
        "(run make translations, then fill them):\n" + listing(missing)
    )


@pytest.mark.parametrize("language", [SOURCE_LANGUAGE, *LANGUAGES])
def test_no_translation_asks_for_a_placeholder_the_code_does_not_fill(language: str) -> None:
    """A translated "{alais}" would stop the window that shows it (str.format raises):
    every translation uses exactly the source's {placeholders}, and a count's forms may
    leave its number out but add none."""
    catalogue = tool.read_catalogue(tool.catalogue_path(language), language)
    wrong = []
    for entry in catalogue.live():
        wanted = sorted(_PLACEHOLDER.findall(entry.key.source))
        for form in entry.forms:
            if not form.strip():
                continue
            if sorted(_PLACEHOLDER.findall(form)) != wanted:
                wrong.append(f"[{entry.key.context}] {entry.key.source!r} → {form!r}")
            elif _COUNT.search(form) and not _COUNT.search(entry.key.source):
                wrong.append(f"[{entry.key.context}] {entry.key.source!r} → {form!r} (%n)")
    assert not wrong, "\n".join(wrong)
