"""The whole first session as a facilitator would do it, then a restart finds it all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop import APP_NAME
from facilitator_desktop.ui.groups_page import GroupsPage
from facilitator_desktop.ui.members_page import MembersPage
from facilitator_desktop.ui.rules_page import RulesPage
from tests.gui.driving import (
    Launch,
    click,
    create_workspace,
    go_to,
    stored,
    type_text,
    unlock,
)

ALIASES = ("Дмитрий", "Anna", "Siobhán")
PRIVATE = "Referred by their GP"


def test_set_up_a_group_close_and_find_everything_again(
    qtbot: QtBot, launch: Launch, data_dir: Path, settings_path: Path
) -> None:
    first = launch()
    window = create_workspace(qtbot, first)

    groups = window.pages["groups"]
    assert isinstance(groups, GroupsPage)
    qtbot.keyClicks(groups.name_edit, "Thursday Anxiety Group")
    qtbot.keyClicks(groups.time_edit, "17:00")
    qtbot.keyClick(groups.name_edit, Qt.Key.Key_Return)

    go_to(qtbot, window, "members")
    members = window.pages["members"]
    assert isinstance(members, MembersPage)
    for alias in ALIASES:
        click(qtbot, members.add_button)
        type_text(qtbot, members.alias_edit, alias)
        type_text(qtbot, members.remarks_edit, PRIVATE)
        click(qtbot, members.save_button)
    members.list_view.select_row(2)
    qtbot.keyClick(members.list_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)

    go_to(qtbot, window, "rules")
    rules = window.pages["rules"]
    assert isinstance(rules, RulesPage)
    for row in (0, 2, 3):
        rules.library_view.setCurrentIndex(rules.library_model.index(row, 0))
        qtbot.keyClick(rules.library_view, Qt.Key.Key_Return)  # Enter adds the card
    assert rules.model.moveRow(QModelIndex(), 0, QModelIndex(), 3)
    expected_rules = [rules.model.item(row).title for row in range(3)]
    click(qtbot, rules.save_button)
    window.close()  # the user quits
    first.shutdown()

    # Nothing private reached the settings file; the window title stayed generic.
    settings_text = settings_path.read_text(encoding="utf-8")
    assert not any(text in settings_text for text in (*ALIASES, PRIVATE, "Thursday"))

    second = launch()
    assert second.create_dialog is None
    window = unlock(qtbot, second)
    assert window.windowTitle() == APP_NAME
    assert window.current_page().key == "rules"  # where the facilitator left off
    assert window.group_selector.combo.currentText() == "Thursday Anxiety Group"

    rules = window.pages["rules"]
    assert isinstance(rules, RulesPage)
    assert [rules.model.item(row).title for row in range(3)] == expected_rules
    assert rules.version_combo.itemText(1).startswith("Version 1")

    go_to(qtbot, window, "members")
    members = window.pages["members"]
    assert isinstance(members, MembersPage)
    shown = [members.model.item(row).alias for row in range(members.model.rowCount())]
    assert shown == ["Дмитрий", "Siobhán", "Anna"]
    members.list_view.select_row(1)
    assert members.remarks_edit.toPlainText() == PRIVATE

    go_to(qtbot, window, "groups")
    groups = window.pages["groups"]
    assert isinstance(groups, GroupsPage)
    assert groups.name_edit.text() == "Thursday Anxiety Group"
    assert groups.time_edit.text() == "17:00"
    assert groups.agenda_editor.row_count() == 3

    with stored(data_dir) as ws:
        (group,) = ws.groups.list()
        assert [m.alias for m in ws.members.list(group.id)] == shown
        current = ws.rules.current(group.id)
        assert current is not None and [c.title for c in current.cards] == expected_rules
