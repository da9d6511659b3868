"""Wherever a new passphrase is chosen (creating the workspace, changing the passphrase,
unlocking with the recovery key), a guessable one is refused with a kind reason and a strong
one can be suggested, shown to be written down."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.domain.passphrase_strength import word_list
from facilitator_desktop.errors import WrongPassphrase
from facilitator_desktop.ui.settings_dialog import SettingsDialog
from facilitator_desktop.ui.vault import new_passphrase
from facilitator_desktop.ui.vault.change_passphrase import ChangePassphraseDialog
from facilitator_desktop.ui.vault.new_passphrase import NewPassphraseFields
from facilitator_desktop.workspace import Workspace, database_path
from tests.conftest import PASSPHRASE
from tests.gui.driving import Launch, click, click_and_wait_for_key_change, type_text, unlock

COMMON = (
    "This is one of the most common passwords; anyone trying to open the file would try it early."
)
NUDGE = "Try four or more unrelated words, or let the app suggest some."
PRIVATE_INPUT = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText


def type_both(qtbot: QtBot, fresh: NewPassphraseFields, passphrase: str) -> None:
    type_text(qtbot, fresh.passphrase, passphrase)
    type_text(qtbot, fresh.repeat, passphrase)


def assert_refused_kindly(fresh: NewPassphraseFields, reason: str) -> None:
    explanation = fresh.strength.label.text()
    assert explanation == f"{reason} {NUDGE}"
    assert fresh.strength.label.isVisible()
    assert fresh.passphrase.accessibleDescription() == explanation
    assert not fresh.acceptable()
    assert not fresh.repeat_error.isVisible()  # the two copies agree: only the strength is wrong


def suggest(qtbot: QtBot, fresh: NewPassphraseFields) -> str:
    click(qtbot, fresh.suggest_button)
    phrase = fresh.passphrase.text()
    words = phrase.split(" ")
    assert len(words) == 6 and set(words) <= set(word_list())
    assert fresh.repeat.text() == phrase
    assert fresh.suggestion.isVisible() and phrase in fresh.suggestion.text()
    assert "Write it down" in fresh.suggestion.text()
    assert fresh.strength.label.text() == "Strong."
    assert fresh.acceptable() and not fresh.repeat_error.isVisible()
    return phrase


def press_return(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


# --- creating the workspace ----------------------------------------------------------------


def test_create_refuses_password_and_creates_with_a_suggestion(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    app = launch()
    dialog = app.create_dialog
    assert dialog is not None
    type_both(qtbot, dialog.fresh, "password")
    assert_refused_kindly(dialog.fresh, COMMON)
    assert not dialog.create_button.isEnabled()
    press_return(qtbot, dialog.repeat)
    dialog.create_button.click()  # even a click that reaches it does nothing
    assert dialog.isVisible() and app.window is None
    assert not database_path(data_dir).exists()

    phrase = suggest(qtbot, dialog.fresh)
    click(qtbot, dialog.create_button)
    assert app.window is not None and app.window.isVisible()
    assert dialog.passphrase.text() == dialog.repeat.text() == ""
    assert dialog.fresh.suggestion.text() == ""  # the words left the window too
    app.shutdown()
    Workspace.open(data_dir, phrase).close()


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("12345678", COMMON),
        ("aaaaaaaa", "Repeated letters or words, like “aaaaaaaa”, add almost nothing."),
        (
            "zxcvbnm,./",
            "Keys next to each other on the keyboard, like “qwerty” or “asdfgh”, are tried early.",
        ),
        (
            "Maria1985",
            "Names, alone or with a year, are among the first things anyone trying to open "
            "the file would guess.",
        ),
        ("short", "Too short: use at least 8 characters."),
    ],
    ids=["digits", "repeat", "keyboard-walk", "name-and-year", "too-short"],
)
def test_create_explains_each_kind_of_guessable_passphrase(
    qtbot: QtBot, launch: Launch, typed: str, reason: str
) -> None:
    dialog = launch().create_dialog
    assert dialog is not None
    type_both(qtbot, dialog.fresh, typed)
    assert_refused_kindly(dialog.fresh, reason)
    assert not dialog.create_button.isEnabled()


def test_typing_over_a_suggestion_hides_it(qtbot: QtBot, launch: Launch) -> None:
    dialog = launch().create_dialog
    assert dialog is not None
    type_both(qtbot, dialog.fresh, "my own words")  # replaced by the suggestion
    phrase = suggest(qtbot, dialog.fresh)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Backspace)
    assert not dialog.fresh.suggestion.isVisible()
    assert phrase[:-1] not in dialog.fresh.suggestion.text()
    assert "do not match" in dialog.repeat_error.text()
    assert not dialog.create_button.isEnabled()


def test_a_suggestion_keeps_input_methods_away_when_shown(qtbot: QtBot, launch: Launch) -> None:
    dialog = launch().create_dialog
    assert dialog is not None
    phrase = suggest(qtbot, dialog.fresh)
    click(qtbot, dialog.show_box)
    for field in (dialog.passphrase, dialog.repeat):
        assert field.echoMode() == QLineEdit.EchoMode.Normal
        assert field.displayText() == phrase
        assert field.inputMethodHints() & PRIVATE_INPUT == PRIVATE_INPUT


def test_each_suggestion_is_new(qtbot: QtBot, launch: Launch) -> None:
    dialog = launch().create_dialog
    assert dialog is not None
    first = suggest(qtbot, dialog.fresh)
    second = suggest(qtbot, dialog.fresh)
    assert first != second and first not in dialog.fresh.suggestion.text()


def test_no_word_list_says_so_and_keeps_what_was_typed(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(*_args: object, **_kwargs: object) -> str:
        raise FileNotFoundError("eff-long")

    monkeypatch.setattr(new_passphrase, "generate_passphrase", missing)
    dialog = launch().create_dialog
    assert dialog is not None
    type_both(qtbot, dialog.fresh, "lantern orbit velvet seven")
    click(qtbot, dialog.fresh.suggest_button)
    assert dialog.fresh.suggestion.text().startswith("No passphrase can be suggested")
    assert dialog.passphrase.text() == dialog.repeat.text() == "lantern orbit velvet seven"
    assert dialog.create_button.isEnabled()


# --- changing the passphrase ---------------------------------------------------------------


def open_change_dialog(qtbot: QtBot, launch: Launch, data_dir: Path) -> ChangePassphraseDialog:
    Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR).close()
    window = unlock(qtbot, launch())
    settings = window.open_settings()
    assert isinstance(settings, SettingsDialog)
    click(qtbot, settings.change_button)
    dialog = settings.change_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_change_refuses_password_and_changes_to_a_suggestion(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    dialog = open_change_dialog(qtbot, launch, data_dir)
    type_text(qtbot, dialog.current, PASSPHRASE)
    type_both(qtbot, dialog.fresh, "password")
    assert_refused_kindly(dialog.fresh, COMMON)
    assert not dialog.change_button.isEnabled()
    press_return(qtbot, dialog.fresh.repeat)
    dialog.change_button.click()
    assert dialog.isVisible()
    Workspace.open(data_dir, PASSPHRASE).close()  # unchanged

    phrase = suggest(qtbot, dialog.fresh)
    suggestion = dialog.fresh.suggestion
    wiped: list[str] = []
    dialog.finished.connect(lambda _result: wiped.append(suggestion.text()))
    click_and_wait_for_key_change(qtbot, dialog.change_button, dialog)
    assert wiped == [""]  # the words were gone when the dialog closed
    with pytest.raises(WrongPassphrase):
        Workspace.open(data_dir, PASSPHRASE)
    Workspace.open(data_dir, phrase).close()


def test_cancelling_a_change_forgets_the_suggestion(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    dialog = open_change_dialog(qtbot, launch, data_dir)
    suggest(qtbot, dialog.fresh)
    dialog.reject()
    assert dialog.fresh.suggestion.text() == "" and not dialog.fresh.suggestion.isVisible()
    assert dialog.fresh.passphrase.text() == dialog.fresh.repeat.text() == ""
    Workspace.open(data_dir, PASSPHRASE).close()


# --- unlocking with the recovery key -------------------------------------------------------


def test_recovery_refuses_password_and_unlocks_with_a_suggestion(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR) as ws:
        key = ws.create_recovery_key()
    app = launch()
    dialog = app.unlock_dialog
    assert dialog is not None
    click(qtbot, dialog.recovery_link)
    type_text(qtbot, dialog.recovery.key_edit, key)
    type_both(qtbot, dialog.recovery.fresh, "password")
    assert_refused_kindly(dialog.recovery.fresh, COMMON)
    assert not dialog.unlock_button.isEnabled()
    press_return(qtbot, dialog.recovery.fresh.repeat)
    dialog.unlock_button.click()
    assert dialog.isVisible() and app.window is None
    Workspace.open(data_dir, PASSPHRASE).close()  # unchanged

    phrase = suggest(qtbot, dialog.recovery.fresh)
    click(qtbot, dialog.unlock_button)
    assert app.window is not None and app.window.isVisible()
    assert dialog.recovery.fresh.suggestion.text() == ""
    app.shutdown()
    with pytest.raises(WrongPassphrase):
        Workspace.open(data_dir, PASSPHRASE)
    Workspace.open(data_dir, phrase).close()
