"""errors.py: a message is an English template and its values kept apart, so the UI can
translate the template; `message` stays the English text, whatever the values hold."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_desktop.errors import (
    N_,
    FacilitatorError,
    ImportRefused,
    NotFound,
    Phrase,
    RecordDamaged,
    ValidationError,
    WorkspaceReadOnly,
)


def test_the_marker_gives_its_text_back_unchanged() -> None:
    assert N_("That session no longer exists.") == "That session no longer exists."


def test_a_default_message_is_its_own_template() -> None:
    error = NotFound()
    assert error.template == NotFound.default_message
    assert error.params == {}
    assert error.message == "That item no longer exists."


def test_values_are_kept_apart_and_filled_into_the_english_message() -> None:
    error = ValidationError("name", N_("Keep the name to {limit} characters."), limit=80)
    assert error.field == "name"
    assert error.template == "Keep the name to {limit} characters."
    assert error.params == {"limit": 80}
    assert error.message == "Keep the name to 80 characters."
    assert str(error) == error.message


@given(st.text(max_size=30))
@settings(max_examples=40)
def test_a_value_is_put_in_as_typed_never_read_as_a_template(name: str) -> None:
    """A name holding braces or "{0}" is shown as it is, and never breaks the message."""
    error = FacilitatorError(N_("There is already a measure called “{name}”."), name=name)
    assert error.message == f"There is already a measure called “{name}”."


@pytest.mark.parametrize("text", ["{", "}", "{name}", "{0}", "100% {sure}"])
def test_a_message_without_values_is_shown_as_written(text: str) -> None:
    assert FacilitatorError(text).message == text


def test_an_import_refusal_carries_its_reason_as_a_phrase_of_its_own() -> None:
    error = ImportRefused(N_("it could not be written ({reason})."), reason="Disk quota exceeded")
    assert error.template == "This file cannot be imported: {reason} Nothing has been changed."
    phrase = error.params["reason"]
    assert phrase == Phrase(
        "it could not be written ({reason}).", {"reason": "Disk quota exceeded"}
    )
    assert error.reason == "it could not be written (Disk quota exceeded)."
    assert error.message == (
        "This file cannot be imported: it could not be written (Disk quota exceeded). "
        "Nothing has been changed."
    )


def test_an_import_refusal_without_a_reason_says_so_plainly() -> None:
    error = ImportRefused()
    assert error.reason == ""
    assert error.message == ImportRefused.default_message


def test_the_named_variants_are_marked_templates() -> None:
    assert WorkspaceReadOnly.while_open().params == {}
    assert "read-only" in WorkspaceReadOnly.while_open().template
    assert RecordDamaged.on_edit().template.startswith("This record is damaged")
