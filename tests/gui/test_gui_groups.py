"""Groups page: create a group with its agenda, refuse bad input inline, archive."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.ui.groups_page import GroupsPage
from facilitator_desktop.ui.main_window import MainWindow
from tests.gui.driving import (
    Launch,
    PromptAnswerer,
    click,
    create_workspace,
    current_group_name,
    stored,
)


def groups_page(window: MainWindow) -> GroupsPage:
    page = window.pages["groups"]
    assert isinstance(page, GroupsPage)
    return page


def select_all_and_type(qtbot: QtBot, widget: object, text: str) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def test_add_a_group_with_an_agenda(qtbot: QtBot, launch: Launch, data_dir: Path) -> None:
    window = create_workspace(qtbot, launch())
    page = groups_page(window)
    assert window.current_page() is page
    assert page.form_title.text() == "Create your first group"

    qtbot.keyClicks(page.name_edit, "Monday Parents")
    qtbot.keyClicks(page.description_edit, "Parents of teenagers")
    page.weekday_combo.setCurrentIndex(page.weekday_combo.findData(0))
    qtbot.keyClicks(page.time_edit, "18:30")
    select_all_and_type(qtbot, page.minutes_spin, "100")
    select_all_and_type(qtbot, page.soft_limit_spin, "4")

    agenda = page.agenda_editor
    assert agenda.row_count() == 3  # a sensible default to edit
    select_all_and_type(qtbot, agenda.name_edit(1), "Open sharing")
    click(qtbot, agenda.add_button)
    assert agenda.row_count() == 4
    qtbot.keyClicks(agenda.name_edit(3), "Quiet minute")
    select_all_and_type(qtbot, agenda.minutes_box(3), "2")
    agenda.kind_box(3).setCurrentIndex(agenda.kind_box(3).findData("round"))
    # Move "Quiet minute" to the front with its ↑ button (three times).
    for row in (3, 2, 1):
        click(qtbot, agenda.up_button(row))
    assert agenda.name_edit(0).text() == "Quiet minute"
    click(qtbot, agenda.remove_button(3))  # drop "Check-out"
    assert page.state_label.text() == "Unsaved changes"

    click(qtbot, page.save_button)

    assert page.state_label.text() == ""
    assert window.group_selector.combo.currentText() == "Monday Parents"
    with stored(data_dir) as ws:
        (group,) = ws.groups.list()
        description = ws.groups.description(group.id)
    assert (group.name, description) == ("Monday Parents", "Parents of teenagers")
    assert (group.weekday, group.start_time) == (0, "18:30")
    assert (group.default_minutes, group.speaker_soft_limit_min) == (100, 4)
    assert group.agenda == (
        SegmentSpec("Quiet minute", 2, "round"),
        SegmentSpec("Check-in", 15, "round"),
        SegmentSpec("Open sharing", 45, "open"),
    )


def test_bad_input_is_explained_inline_and_nothing_is_lost(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    window = create_workspace(qtbot, launch())
    page = groups_page(window)

    click(qtbot, page.save_button)  # no name yet
    assert page.name_error.isVisibleTo(page)
    assert "name" in page.name_error.text()

    qtbot.keyClicks(page.name_edit, "Evening group")
    qtbot.keyClicks(page.time_edit, "25:61")
    qtbot.keyClick(page.time_edit, Qt.Key.Key_Return)  # Enter saves the form
    assert "HH:MM" in page.time_error.text()
    assert not page.name_error.isVisibleTo(page)
    assert page.name_edit.text() == "Evening group"
    assert page.time_edit.text() == "25:61"

    select_all_and_type(qtbot, page.agenda_editor.name_edit(0), " ")
    page.time_edit.clear()
    qtbot.keyClicks(page.time_edit, "9:15")
    qtbot.keyClick(page.time_edit, Qt.Key.Key_Return)
    assert "Segment 1 needs a name" in page.agenda_error.text()
    with stored(data_dir) as ws:
        assert ws.groups.list() == []

    select_all_and_type(qtbot, page.agenda_editor.name_edit(0), "Arrival")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    assert not page.agenda_error.isVisibleTo(page)
    with stored(data_dir) as ws:
        (group,) = ws.groups.list()
    assert group.start_time == "09:15"  # written loosely, stored as HH:MM
    assert group.agenda[0].name == "Arrival"


def test_archive_asks_first_and_keeps_the_group(
    qtbot: QtBot, launch: Launch, data_dir: Path, answer: Callable[[str], PromptAnswerer]
) -> None:
    window = create_workspace(qtbot, launch())
    page = groups_page(window)
    for name in ("Alpha group", "Beta group"):
        click(qtbot, page.new_button)
        qtbot.keyClicks(page.name_edit, name)
        click(qtbot, page.save_button)
    assert current_group_name(window) == "Beta group"

    prompt = answer("Cancel")
    click(qtbot, page.archive_button)
    assert prompt.answered and "Archive “Beta group”?" in prompt.question
    with stored(data_dir) as ws:
        assert [g.name for g in ws.groups.list()] == ["Alpha group", "Beta group"]

    prompt = answer("Archive")
    click(qtbot, page.archive_button)
    assert prompt.answered
    combo = window.group_selector.combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Alpha group"]
    assert current_group_name(window) == "Alpha group"

    click(qtbot, window.group_selector.show_archived_box)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Alpha group",
        "Beta group (archived)",
    ]
    with stored(data_dir) as ws:
        assert [g.name for g in ws.groups.list()] == ["Alpha group"]
        assert [g.archived for g in ws.groups.list(include_archived=True)] == [False, True]

    # Pick the archived group (keyboard on the selector) and bring it back.
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert current_group_name(window) == "Beta group"
    assert page.archive_button.text().replace("&", "") == "Unarchive group"
    click(qtbot, page.archive_button)
    with stored(data_dir) as ws:
        assert not any(g.archived for g in ws.groups.list(include_archived=True))
    assert QApplication.activeModalWidget() is None


def test_ctrl_s_saves_and_ctrl_n_starts_a_new_group(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    window = create_workspace(qtbot, launch())
    page = groups_page(window)
    qtbot.keyClicks(page.name_edit, "Monday Parents")
    qtbot.keyClick(page.description_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.state_label.text() == ""
    with stored(data_dir) as ws:
        assert [g.name for g in ws.groups.list()] == ["Monday Parents"]

    qtbot.keyClick(page.description_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.name_edit.text() == ""
    assert QApplication.focusWidget() is page.name_edit
