"""Groups page: create a group with its agenda, refuse bad input inline, archive."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.validation import SegmentSpec
from tests.gui.drivers.groups import GroupsDriver
from tests.gui.driving import (
    Launch,
    PromptAnswerer,
    click,
    create_workspace,
    current_group_name,
    stored,
)


def test_add_a_group_with_an_agenda(qtbot: QtBot, launch: Launch, data_dir: Path) -> None:
    window = create_workspace(qtbot, launch())
    groups = GroupsDriver.of(qtbot, window)
    assert window.current_page() is groups.page
    assert groups.form_title() == "Create your first group"

    groups.type_name("Monday Parents")
    groups.type_description("Parents of teenagers")
    groups.choose_weekday(0)
    groups.type_time("18:30")
    groups.set_minutes(100)
    groups.set_soft_limit(4)

    agenda = groups.agenda
    assert agenda.row_count() == 3  # a sensible default to edit
    agenda.rename(1, "Open sharing")
    agenda.add()
    assert agenda.row_count() == 4
    agenda.rename(3, "Quiet minute")
    agenda.set_minutes(3, 2)
    agenda.set_kind(3, "round")
    # Move "Quiet minute" to the front with its ↑ button (three times).
    for row in (3, 2, 1):
        agenda.move_up(row)
    assert agenda.names()[0] == "Quiet minute"
    agenda.remove(3)  # drop "Check-out"
    assert groups.state() == "Unsaved changes"
    assert groups.agenda_total() == "Agenda total: 62 of 100 minutes"

    groups.save()

    assert groups.state() == ""
    assert window.group_selector.combo.currentText() == "Monday Parents"
    assert groups.form_title() == "Monday Parents"
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


def test_an_agenda_longer_than_the_session_is_said_in_words(qtbot: QtBot, launch: Launch) -> None:
    window = create_workspace(qtbot, launch())
    groups = GroupsDriver.of(qtbot, window)
    assert groups.agenda_total() == "Agenda total: 70 of 90 minutes"
    groups.set_minutes(60)
    assert groups.agenda_total() == ("Agenda total: 70 of 60 minutes — longer than the session")


def test_bad_input_is_explained_inline_and_nothing_is_lost(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    window = create_workspace(qtbot, launch())
    groups = GroupsDriver.of(qtbot, window)

    groups.save()  # no name yet
    assert "name" in groups.error("name")

    groups.type_name("Evening group")
    groups.type_time("25:61")
    groups.press_enter_in_time()  # Enter saves the form
    assert "HH:MM" in groups.error("time")
    assert groups.error("name") == ""
    assert groups.name() == "Evening group"
    assert groups.start_time() == "25:61"

    groups.agenda.rename(0, " ")
    groups.clear_time()
    groups.type_time("9:15")
    groups.press_enter_in_time()
    assert "Segment 1 needs a name" in groups.error("agenda")
    with stored(data_dir) as ws:
        assert ws.groups.list() == []

    groups.agenda.rename(0, "Arrival")
    groups.press_enter_in_name()
    assert groups.error("agenda") == ""
    with stored(data_dir) as ws:
        (group,) = ws.groups.list()
    assert group.start_time == "09:15"  # written loosely, stored as HH:MM
    assert group.agenda[0].name == "Arrival"


def test_archive_asks_first_and_keeps_the_group(
    qtbot: QtBot, launch: Launch, data_dir: Path, answer: Callable[[str], PromptAnswerer]
) -> None:
    window = create_workspace(qtbot, launch())
    groups = GroupsDriver.of(qtbot, window)
    for name in ("Alpha group", "Beta group"):
        groups.new_group()
        groups.type_name(name)
        groups.save()
    assert current_group_name(window) == "Beta group"

    prompt = answer("Cancel")
    groups.click_archive()
    assert prompt.answered and "Archive “Beta group”?" in prompt.question
    with stored(data_dir) as ws:
        assert [g.name for g in ws.groups.list()] == ["Alpha group", "Beta group"]

    prompt = answer("Archive")
    groups.click_archive()
    assert prompt.answered
    combo = window.group_selector.combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Alpha group"]
    assert current_group_name(window) == "Alpha group"
    assert groups.form_title() == "Alpha group"

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
    assert groups.archive_label() == "Unarchive group"
    groups.click_archive()
    with stored(data_dir) as ws:
        assert not any(g.archived for g in ws.groups.list(include_archived=True))
    assert QApplication.activeModalWidget() is None
    assert window.statusBar().currentMessage() == "Group unarchived."


def test_ctrl_s_saves_and_ctrl_n_starts_a_new_group(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    window = create_workspace(qtbot, launch())
    groups = GroupsDriver.of(qtbot, window)
    groups.type_name("Monday Parents")
    groups.press_in_description(Qt.Key.Key_S)
    assert groups.state() == ""
    with stored(data_dir) as ws:
        assert [g.name for g in ws.groups.list()] == ["Monday Parents"]

    groups.press_in_description(Qt.Key.Key_N)
    assert groups.name() == ""
    assert groups.form_title() == "New group"
    assert groups.name_has_focus()


def test_leaving_a_changed_group_asks_and_cancel_stays(
    qtbot: QtBot, launch: Launch, data_dir: Path, answer: Callable[[str], PromptAnswerer]
) -> None:
    window = create_workspace(qtbot, launch())
    groups = GroupsDriver.of(qtbot, window)
    for name in ("Alpha group", "Beta group"):
        groups.new_group()
        groups.type_name(name)
        groups.save()
    groups.type_name(" renamed")
    assert groups.state() == "Unsaved changes"

    alpha = next(g.id for g in window.ctx.groups.groups() if g.name == "Alpha group")
    prompt = answer("Cancel")
    groups.choose(alpha)
    assert prompt.answered
    assert current_group_name(window) == "Beta group"  # stayed, with the edit
    assert groups.name() == "Beta group renamed"
    with stored(data_dir) as ws:
        assert [g.name for g in ws.groups.list()] == ["Alpha group", "Beta group"]
