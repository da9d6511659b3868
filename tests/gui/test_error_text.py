"""Error messages reach the screen in the facilitator's language: a service raises with an
English template and its values apart, ui/error_text.py translates the template under the
"Errors" context and fills the values in. A tiny catalogue built here stands in for a real
language, so no test depends on what the shipped translations say."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.errors import (
    N_,
    FacilitatorError,
    ImportRefused,
    NotFound,
    ValidationError,
)
from facilitator_desktop.ui.error_text import error_text
from tests.gui.drivers.groups import GroupsDriver
from tests.gui.driving import Launch, create_workspace, stored
from tests.helpers.catalogues import i18n_tool

tool = i18n_tool()

# Test-only translations (a language called "xx"), each recognisable at a glance.
TRANSLATIONS = {
    "Give the group a name.": "XX Gruppe braucht einen Namen.",
    "Write the time as HH:MM, for example 18:30.": "XX Zeit als HH:MM.",
    "That item no longer exists.": "XX Das gibt es nicht mehr.",
    "Keep the name to {limit} characters.": "XX Höchstens {limit} Zeichen.",
    "There is already a measure called “{name}”.": "XX „{name}“ gibt es schon.",
    "A broken translation: {name}.": "XX {nmae} kaputt.",
    "This file cannot be imported: {reason} Nothing has been changed.": (
        "XX Nicht importierbar: {reason} Nichts geändert."
    ),
    "it is empty.": "XX sie ist leer.",
}


@pytest.fixture
def catalogue(qapp: QApplication, tmp_path: Path) -> Iterator[QTranslator]:
    entries = [
        tool.Entry(tool.Key("Errors", source), False, [text], "finished")
        for source, text in TRANSLATIONS.items()
    ]
    written = tool.Catalogue("de", {e.key: e for e in entries})
    tool.write_catalogue(written, tool.catalogue_path("de", tmp_path))
    (built,) = tool.release(tmp_path)
    translator = QTranslator()
    assert translator.load(str(built))
    assert qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_a_default_message_is_translated(catalogue: QTranslator) -> None:
    assert error_text(NotFound()) == "XX Das gibt es nicht mehr."


def test_values_go_into_the_translated_template(catalogue: QTranslator) -> None:
    error = ValidationError("name", N_("Keep the name to {limit} characters."), limit=80)
    assert error_text(error) == "XX Höchstens 80 Zeichen."
    assert error.message == "Keep the name to 80 characters."  # English kept for logs


def test_a_name_is_shown_as_typed_even_with_braces(catalogue: QTranslator) -> None:
    error = FacilitatorError(N_("There is already a measure called “{name}”."), name="{x} 李娜")
    assert error_text(error) == "XX „{x} 李娜“ gibt es schon."


def test_a_reason_inside_a_message_is_translated_too(catalogue: QTranslator) -> None:
    from facilitator_desktop.workspace_import import EMPTY

    assert (
        error_text(ImportRefused(EMPTY))
        == "XX Nicht importierbar: XX sie ist leer. Nichts geändert."
    )


def test_a_broken_translation_shows_the_english_text_rather_than_nothing(
    catalogue: QTranslator,
) -> None:
    error = FacilitatorError(N_("A broken translation: {name}."), name="Ana")
    assert error_text(error) == "A broken translation: Ana."


def test_a_message_no_catalogue_has_stays_english(catalogue: QTranslator) -> None:
    error = FacilitatorError("Not in any catalogue {really}.")
    assert error_text(error) == "Not in any catalogue {really}."


def test_numbers_follow_the_language(catalogue: QTranslator) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        error = ValidationError("name", N_("Keep the name to {limit} characters."), limit=1200)
        assert error_text(error) == "XX Höchstens 1.200 Zeichen."
    finally:
        QLocale.setDefault(previous)


def test_a_refusal_from_the_service_shows_translated_under_its_field(
    qtbot: QtBot, launch: Launch, data_dir: Path, catalogue: QTranslator
) -> None:
    """The facilitator saves a group with no name, then with a bad time: the service's
    refusals show under the fields in the catalogue's words; nothing is stored."""
    window = create_workspace(qtbot, launch())
    groups = GroupsDriver.of(qtbot, window)

    groups.save()
    assert groups.error("name") == "XX Gruppe braucht einen Namen."

    groups.type_name("Evening group")
    groups.type_time("25:61")
    groups.press_enter_in_time()
    assert groups.error("time") == "XX Zeit als HH:MM."
    assert groups.name() == "Evening group"  # what was typed stays
    with stored(data_dir) as ws:
        assert ws.groups.list() == []
