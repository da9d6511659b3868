"""The rule library in every language: one file per language listing every English card by
key; a card a language lacks, wholly or in part, comes in English, whole."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from facilitator_desktop.i18n import SHIPPED_LANGUAGES, SOURCE_LANGUAGE
from facilitator_desktop.services.rule_library import (
    default_library_path,
    load_library,
    missing_cards,
    translation_path,
)
from facilitator_desktop.services.rules import RuleService
from facilitator_desktop.workspace import Workspace
from tests.helpers.catalogues import i18n_tool

LANGUAGES = [code for code in SHIPPED_LANGUAGES if code != SOURCE_LANGUAGE]


def card(key: str, title: str = "", statement: str = "", why: str = "") -> dict[str, str]:
    return {"key": key, "title": title, "statement": statement, "why": why}


def write(path: Path, cards: list[dict[str, str]], language: str | None = None) -> Path:
    document: dict[str, Any] = {"format": 1, "cards": cards}
    if language:
        document["language"] = language
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def english(tmp_path: Path) -> Path:
    return write(
        tmp_path / "library.json",
        [
            card("pass", "You can pass", "Say pass.", "Listening is enough."),
            card("phones", "Phones silent", "Phones stay silent.", "No buzzing."),
            card("time", "On time", "We start on time.", ""),
            card("kind", "Be kind", "We are kind.", "It helps."),
        ],
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_file_lists_every_english_card_in_order(language: str) -> None:
    path = translation_path(language)
    assert path.name == f"library.{language}.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    english = json.loads(default_library_path().read_text(encoding="utf-8"))
    assert document["format"] == 1 and document["language"] == language
    assert [c["key"] for c in document["cards"]] == [c["key"] for c in english["cards"]]
    # Loading it never fails, whatever is translated so far; every card has text.
    cards = load_library(language=language)
    assert [c.key for c in cards] == [c["key"] for c in english["cards"]]
    assert all(c.title and c.statement for c in cards)


def test_a_card_a_language_lacks_comes_in_english_whole(english: Path) -> None:
    write(
        translation_path("pl", english),
        [
            card("pass", "Możesz spasować", "Powiedz pas.", "Słuchanie wystarczy."),
            card("phones", "Telefony wyciszone"),  # title only: not translated yet
            card("time", "Punktualnie", "Zaczynamy punktualnie.", ""),  # English has no why
            card("kind", "Życzliwość", "Jesteśmy życzliwi.", ""),  # the why is missing
        ],
        "pl",
    )
    cards = load_library(english, language="pl")
    assert [(c.key, c.title, c.language) for c in cards] == [
        ("pass", "Możesz spasować", "pl"),
        ("phones", "Phones silent", "en"),
        ("time", "Punktualnie", "pl"),
        ("kind", "Be kind", "en"),
    ]
    # Never a Polish title over an English sentence.
    assert cards[1].statement == "Phones stay silent." and cards[3].why == "It helps."
    assert missing_cards("pl", english) == ["phones", "kind"]


def test_no_file_means_the_english_library(english: Path) -> None:
    assert load_library(english, language="de") == load_library(english)
    assert missing_cards("de", english) == ["pass", "phones", "time", "kind"]


def test_cards_the_english_library_no_longer_has_are_ignored(english: Path) -> None:
    write(translation_path("es", english), [card("gone", "Ya no", "No está.", "")], "es")
    assert load_library(english, language="es") == load_library(english)


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        ([card("pass", "x" * 61, "Powiedz pas.", "Bo tak.")], r"library\.pl\.json.*61 char"),
        ([card("Pass", "Pas", "Powiedz pas.", "")], r"library\.pl\.json.*key"),
        ([{"key": "pass", "title": 5, "statement": "Tak.", "why": ""}], r"'title'"),
    ],
)
def test_a_broken_translation_is_refused_naming_the_file(
    english: Path, broken: list[dict[str, Any]], message: str
) -> None:
    write(translation_path("pl", english), broken, "pl")
    with pytest.raises(ValueError, match=message):
        load_library(english, language="pl")


def test_the_service_offers_english_when_a_language_file_is_broken(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import facilitator_desktop.services.rules as rules_module

    real = rules_module.load_library

    def broken_polish(path: Path | None = None, *, language: str = "en") -> Any:
        if language == "pl":
            raise ValueError("Rule library library.pl.json is not valid JSON")
        return real(path, language=language)

    monkeypatch.setattr(rules_module, "load_library", broken_polish)
    service = RuleService(workspace.context)  # nothing loaded yet
    assert service.library("pl") == service.library()


def test_the_update_keeps_translations_and_follows_the_english_cards(
    english: Path,
) -> None:
    tool = i18n_tool()
    target = translation_path("fr", english)
    write(
        target,
        [card("time", "À l'heure", "Nous commençons à l'heure.", ""), card("gone", "Parti")],
        "fr",
    )
    tool.sync_library("fr", english)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["language"] == "fr"
    assert document["cards"] == [
        card("pass"),
        card("phones"),
        card("time", "À l'heure", "Nous commençons à l'heure.", ""),
        card("kind"),
    ]
    assert "À l'heure" in target.read_text(encoding="utf-8")  # written as typed, not \u00e0
