"""The app's markers ("[former member]", "[another member]", "[redacted]") read in the
facilitator's language on screen and in a member's export, while the stored text keeps the
language-free form: a note opened and saved in another language is stored as before. A
test catalogue stands in for a language (no test depends on the shipped wording)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.member_rights import (
    REDACTED_BY_HAND,
    REDACTED_OTHER,
    ExportPreview,
    ExportText,
    render,
)
from facilitator_desktop.ui.markers import (
    FORMER_MEMBER,
    marker,
    shown_markers,
    shown_position,
    stored_markers,
)
from facilitator_desktop.ui.notes.editor import NoteEditor
from facilitator_desktop.ui.vault.export_review import redaction_labels
from tests.helpers.catalogues import i18n_tool

tool = i18n_tool()
POLISH = {
    "[former member]": "[były uczestnik]",
    "[another member]": "[inna osoba]",
    "[redacted]": "[usunięto]",
}


def build(folder: Path, translations: dict[str, str]) -> Path:
    entries = [
        tool.Entry(tool.Key("Markers", source), False, [text], "finished")
        for source, text in translations.items()
    ]
    tool.write_catalogue(
        tool.Catalogue("pl", {e.key: e for e in entries}), tool.catalogue_path("pl", folder)
    )
    (built,) = tool.release(folder)
    return built


def install(qapp: QApplication, built: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(built))
    assert qapp.installTranslator(translator)
    return translator


@pytest.fixture(scope="module")
def polish_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("markers"), POLISH)


@pytest.fixture
def polish(qapp: QApplication, polish_catalogue: Path) -> Iterator[None]:
    translator = install(qapp, polish_catalogue)
    yield
    qapp.removeTranslator(translator)


def test_without_a_translation_the_text_is_untouched() -> None:
    text = "Ana and [former member] came; [redacted] too."
    assert shown_markers(text) == text
    assert stored_markers(text) == text
    assert shown_position(text, 20) == 20


def test_markers_are_shown_translated_and_stored_as_before(polish: None) -> None:
    stored = "[former member] and Ben came. [former member] left early; [redacted]."
    shown = shown_markers(stored)
    assert shown == "[były uczestnik] and Ben came. [były uczestnik] left early; [usunięto]."
    assert stored_markers(shown) == stored
    assert marker(FORMER_MEMBER) == "[były uczestnik]"


def test_a_position_after_a_marker_moves_with_it(polish: None) -> None:
    stored = "[former member] and Ben came."
    at_ben = stored.index("Ben")
    assert shown_markers(stored)[shown_position(stored, at_ben) :].startswith("Ben")
    assert shown_position(stored, 0) == 0
    assert shown_position(stored, 3) == 3  # inside the marker: inside the translation


@given(
    st.lists(
        st.one_of(st.sampled_from(sorted(POLISH)), st.text(alphabet="ab [] łę", max_size=8)),
        max_size=8,
    )
)
# The translator stays installed across the examples on purpose: it is what they share.
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_what_is_stored_survives_being_shown_and_saved(polish: None, pieces: list[str]) -> None:
    """Any stored text (markers among other text, brackets included) comes back whole."""
    stored = "".join(pieces)
    assert stored_markers(shown_markers(stored)) == stored


def test_a_broken_translation_keeps_the_stored_marker(qapp: QApplication, tmp_path: Path) -> None:
    translator = install(qapp, build(tmp_path, {"[former member]": "   "}))
    try:
        assert shown_markers("[former member] came") == "[former member] came"
    finally:
        qapp.removeTranslator(translator)


def test_the_note_editor_shows_the_marker_translated_and_saves_it_as_stored(
    qtbot: QtBot, polish: None
) -> None:
    editor = NoteEditor()
    qtbot.addWidget(editor)
    stored = "[former member] and Ben argued."
    editor.show_body(stored)
    assert editor.toPlainText() == "[były uczestnik] and Ben argued."
    assert editor.body() == stored  # what a save stores
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Ok")
    assert editor.body() == stored + " Ok"
    # A search match after the marker is marked on the right word.
    at = stored.index("Ben")
    editor.highlight([(at, at + 3)])
    (selection,) = editor.extraSelections()
    assert selection.cursor.selectedText() == "Ben"


def test_a_members_export_uses_the_markers_of_the_facilitators_language(polish: None) -> None:
    from datetime import date, datetime

    preview = ExportPreview(
        member_id=1,
        exported_at=datetime(2026, 3, 1, tzinfo=UTC),
        alias=ExportText("alias", "Ana", ()),
        full_name=ExportText("full_name", "Ben Smith", ((0, 3),)),  # found by the app
        contact=ExportText("contact", "", ()),
        remarks=ExportText("remarks", "", ()),
        joined_on=date(2026, 1, 1),
        left_on=None,
        notes=(),
        attendance=(),
        turns=(),
        measures=(),
        checkins=(),
        members_redacted=1,
    )
    labels = redaction_labels()
    assert (labels.other, labels.by_hand) == ("[inna osoba]", "[usunięto]")
    assert REDACTED_OTHER == "[another member]" and REDACTED_BY_HAND == "[redacted]"
    document = json.loads(render(preview, {"alias": [(0, 3)]}, labels))
    assert document["member"]["alias"] == "[usunięto]"  # marked by the facilitator
    assert document["member"]["full_name"] == "[inna osoba] Smith"
    # Without labels (scripts, tests): the English markers.
    english = json.loads(render(preview, {"alias": [(0, 3)]}))["member"]
    assert (english["alias"], english["full_name"]) == ("[redacted]", "[another member] Smith")
