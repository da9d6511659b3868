"""Rules page: build a rule set from the library, edit, reorder, retire, version."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.rules_page import RulesPage
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.driving import Launch, PromptAnswerer, click, go_to, stored, unlock


def rules_page(qtbot: QtBot, window: MainWindow) -> RulesPage:
    go_to(qtbot, window, "rules")
    page = window.pages["rules"]
    assert isinstance(page, RulesPage) and window.current_page() is page
    return page


def one_group(data_dir: Path) -> int:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        return ws.groups.create(GroupDraft("Tuesday Grief Circle")).id


def add_from_library(qtbot: QtBot, page: RulesPage, key: str) -> None:
    row = page.library_model.row_of(key)
    page.library_view.setCurrentIndex(page.library_model.index(row, 0))
    click(qtbot, page.add_button)


def shown_titles(page: RulesPage) -> list[str]:
    return [page.model.item(row).title for row in range(page.model.rowCount())]


def stored_versions(data_dir: Path, group_id: int) -> list[list[str]]:
    """Card titles of every saved version, oldest first."""
    with stored(data_dir) as ws:
        summaries = sorted(ws.rules.versions(group_id), key=lambda s: s.version)
        return [[c.title for c in ws.rules.get_version(s.id).cards] for s in summaries]


def test_build_edit_and_version_a_rule_set(qtbot: QtBot, launch: Launch, data_dir: Path) -> None:
    group_id = one_group(data_dir)
    page = rules_page(qtbot, unlock(qtbot, launch()))
    assert page.model.rowCount() == 0
    assert len(page.library_model.card(0).title) > 0 and page.library_model.rowCount() >= 12

    for key in ("confidentiality", "one-voice-at-a-time", "right-to-pass"):
        add_from_library(qtbot, page, key)
    assert shown_titles(page) == [
        "What's said here stays here",
        "One voice at a time",
        "You can always pass",
    ]
    # A card already in the set cannot be added twice.
    page.library_view.setCurrentIndex(
        page.library_model.index(page.library_model.row_of("confidentiality"), 0)
    )
    assert not page.add_button.isEnabled()

    # Drag "You can always pass" to the top (the view's drop calls moveRows).
    assert page.model.moveRow(QModelIndex(), 2, QModelIndex(), 0)
    assert shown_titles(page)[0] == "You can always pass"
    assert page.unsaved_what() == "the rule set"

    click(qtbot, page.save_button)
    assert page.state_label.text() == "Saved as version 1."
    assert stored_versions(data_dir, group_id) == [
        ["You can always pass", "What's said here stays here", "One voice at a time"]
    ]

    # Edit the second card: a 61-character title is refused inline, with a live counter.
    page.cards_view.select_row(1)
    title = page.editor.title_edit
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(title, "x" * 61)
    assert page.editor.counter.text() == "61/60"
    assert "at most 60 characters" in page.editor.title_error.text()
    assert page.editor.title_error.isVisibleTo(page)
    click(qtbot, page.save_button)
    assert title.text() == "x" * 61  # nothing lost
    assert len(stored_versions(data_dir, group_id)) == 1

    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert "short title" in page.editor.title_error.text()
    qtbot.keyClicks(title, "What is said here, stays here")
    assert not page.editor.title_error.isVisibleTo(page)
    assert page.editor.counter.text() == "29/60"
    assert shown_titles(page)[1] == "What is said here, stays here"

    # A card of our own; its statement is required.
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.editor.title_edit, "Tissues are for everyone")
    click(qtbot, page.save_button)
    assert "one plain sentence" in page.editor.statement_error.text()
    qtbot.keyClicks(page.editor.statement_edit, "Take a tissue whenever you need one.")
    click(qtbot, page.save_button)
    assert page.state_label.text() == "Saved as version 2."

    click(qtbot, page.save_button)
    assert page.state_label.text() == "No changes: version 2 stays current."

    # Retire a card: the next version leaves it out, the earlier ones keep it.
    page.cards_view.select_row(2)
    click(qtbot, page.retire_button)
    click(qtbot, page.save_button)
    assert page.state_label.text() == "Saved as version 3."
    assert stored_versions(data_dir, group_id) == [
        ["You can always pass", "What's said here stays here", "One voice at a time"],
        [
            "You can always pass",
            "What is said here, stays here",
            "One voice at a time",
            "Tissues are for everyone",
        ],
        ["You can always pass", "What is said here, stays here", "Tissues are for everyone"],
    ]

    # View version 1, read-only.
    combo = page.version_combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[0] == "Working copy (based on version 3)"
    assert labels[1].startswith("Version 3") and labels[1].endswith("(current)")
    assert labels[-1].startswith("Version 1")
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the oldest version is last
    assert page.read_only_banner.isVisibleTo(page)
    assert shown_titles(page)[1] == "What's said here stays here"
    assert page.editor.title_edit.isReadOnly()
    assert not page.save_button.isEnabled() and not page.new_button.isEnabled()
    assert not page.model.moveRow(QModelIndex(), 0, QModelIndex(), 2)

    qtbot.keyClick(combo, Qt.Key.Key_Home)  # back to the working copy
    assert not page.read_only_banner.isVisibleTo(page)
    assert shown_titles(page)[2] == "Tissues are for everyone"
    assert not page.editor.title_edit.isReadOnly()


def test_unsaved_rule_edits_are_never_dropped_silently(
    qtbot: QtBot, launch: Launch, data_dir: Path, answer: Callable[[str], PromptAnswerer]
) -> None:
    group_id = one_group(data_dir)
    window = unlock(qtbot, launch())
    page = rules_page(qtbot, window)
    add_from_library(qtbot, page, "phones-silent")

    prompt = answer("Cancel")
    go_to(qtbot, window, "members")
    assert prompt.answered and "the rule set" in prompt.question
    assert window.current_page() is page
    assert window.nav.currentRow() == list(window.pages).index("rules")
    assert shown_titles(page) == ["Phones on silent"]

    prompt = answer("Save")
    go_to(qtbot, window, "groups")
    assert prompt.answered and window.current_page().key == "groups"
    assert stored_versions(data_dir, group_id) == [["Phones on silent"]]

    go_to(qtbot, window, "rules")
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.editor.title_edit, "Draft")
    prompt = answer("Discard")
    go_to(qtbot, window, "members")
    assert prompt.answered and window.current_page().key == "members"
    assert shown_titles(page) == ["Phones on silent"]
    assert stored_versions(data_dir, group_id) == [["Phones on silent"]]
