"""The group editor's Check-in section, driven as a facilitator would: the scale's ends and
the question typed in and saved with the group; a scale that would leave recorded scores
outside, or does not go up, refused in words with everything typed still there and nothing
stored; each group showing its own scale."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSpinBox
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.services.checkin_scores import (
    QUESTION_MAX,
    CheckinScale,
    CheckinScoreService,
)
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.ui.widgets.checkin_scale_editor import CheckinScaleEditor
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers.groups import GroupsDriver
from tests.gui.driving import Launch, create_workspace, stored, type_text, unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def editor_of(groups: GroupsDriver) -> CheckinScaleEditor:
    return groups.page.checkin_editor


def set_spin(qtbot: QtBot, spin: QSpinBox, value: int) -> None:
    """Select what the box holds and type the number over it."""
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(spin, str(value))


def retype_question(qtbot: QtBot, editor: CheckinScaleEditor, text: str) -> None:
    editor.question_edit.setFocus()
    QTest.keyClick(editor.question_edit, Qt.Key.Key_A, CTRL)
    QTest.keyClick(editor.question_edit, Qt.Key.Key_Delete)
    type_text(qtbot, editor.question_edit, text)


def shown(editor: CheckinScaleEditor) -> tuple[int, int, str, str]:
    """The ends, the question and the message under the section ("" when none shows)."""
    message = editor.error.text() if editor.error.isVisibleTo(editor) else ""
    low, high, question = editor.typed()
    return low, high, question, message


@pytest.fixture
def scored(data_dir: Path) -> tuple[int, int]:
    """Two groups; the first has scores from 2 to 9 recorded in one session."""
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        first = ws.groups.create(GroupDraft("Thursday circle"))
        second = ws.groups.create(GroupDraft("Monday parents"))
        ann = ws.members.add(first.id, MemberDraft("Ann")).id
        bo = ws.members.add(first.id, MemberDraft("Bo")).id
        live = ws.sessions.start(first.id, monotonic=FakeClock(0.0))
        live.toggle()
        live.end()
        scores = CheckinScoreService(ws.context)
        scores.record(live.session_id, ann, 2)
        scores.record(live.session_id, bo, 9)
        scores.set_scale(second.id, 1, 5, "Wie kommst du heute an?")
    return first.id, second.id


def test_a_new_groups_scale_and_question_are_saved_with_it(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    window = create_workspace(qtbot, launch())
    groups = GroupsDriver.of(qtbot, window)
    editor = editor_of(groups)
    assert shown(editor) == (0, 10, "", "")
    assert editor.question_edit.placeholderText() == "How are you arriving today?"
    assert groups.state() == ""  # the form filling in is not an edit

    groups.type_name("Evening circle")
    set_spin(qtbot, editor.low_spin, 1)
    set_spin(qtbot, editor.high_spin, 5)
    retype_question(qtbot, editor, "Πώς φτάνεις σήμερα;")
    assert groups.state() == "Unsaved changes"
    groups.save()

    assert groups.state() == "" and shown(editor) == (1, 5, "Πώς φτάνεις σήμερα;", "")
    with stored(data_dir) as ws:
        (group,) = ws.groups.list()
        assert CheckinScoreService(ws.context).scale(group.id) == CheckinScale(
            1, 5, "Πώς φτάνεις σήμερα;"
        )


def test_narrowing_below_recorded_scores_is_refused_in_words_and_nothing_typed_is_lost(
    qtbot: QtBot, launch: Launch, data_dir: Path, scored: tuple[int, int]
) -> None:
    first, _ = scored
    window = unlock(qtbot, launch())
    groups = GroupsDriver.open(qtbot, window)
    groups.choose(first)
    editor = editor_of(groups)
    groups.type_name(" renamed")
    set_spin(qtbot, editor.high_spin, 5)
    retype_question(qtbot, editor, "How is your week?")

    groups.save()
    refusal = (
        "Check-in scores already recorded in this group go from 2 to 9: the scale must "
        "include them."
    )
    assert shown(editor) == (0, 5, "How is your week?", refusal)
    assert groups.name() == "Thursday circle renamed" and groups.state() == "Unsaved changes"
    assert QApplication.focusWidget() is editor.low_spin
    assert editor.low_spin.accessibleDescription() == refusal
    with stored(data_dir) as ws:  # nothing saved, not even the name
        assert ws.groups.get(first).name == "Thursday circle"
        assert CheckinScoreService(ws.context).scale(first) == CheckinScale(0, 10, "")

    set_spin(qtbot, editor.low_spin, 2)
    set_spin(qtbot, editor.high_spin, 9)
    groups.save()
    assert shown(editor) == (2, 9, "How is your week?", "")
    assert editor.low_spin.accessibleDescription() == ""
    with stored(data_dir) as ws:
        assert ws.groups.get(first).name == "Thursday circle renamed"
        assert CheckinScoreService(ws.context).scale(first) == CheckinScale(
            2, 9, "How is your week?"
        )


@pytest.mark.parametrize(("low", "high"), [(7, 3), (4, 4), (10, 10)])
def test_a_scale_that_does_not_go_up_is_refused_before_a_new_group_is_made(
    qtbot: QtBot, launch: Launch, data_dir: Path, low: int, high: int
) -> None:
    window = create_workspace(qtbot, launch())
    groups = GroupsDriver.of(qtbot, window)
    editor = editor_of(groups)
    groups.type_name("Evening circle")
    set_spin(qtbot, editor.high_spin, high)
    set_spin(qtbot, editor.low_spin, low)
    groups.press_enter_in_name()  # Enter saves the form
    low_shown, high_shown, _, message = shown(editor)
    assert (low_shown, high_shown) == (low, high)
    assert message.startswith("A check-in scale goes up, from 0 at the lowest to 10")
    with stored(data_dir) as ws:
        assert ws.groups.list() == []


def test_the_spin_boxes_keep_within_zero_to_ten_whatever_is_typed(
    qtbot: QtBot, launch: Launch
) -> None:
    window = create_workspace(qtbot, launch())
    editor = editor_of(GroupsDriver.of(qtbot, window))
    set_spin(qtbot, editor.high_spin, 99)
    set_spin(qtbot, editor.low_spin, -3)
    low, high, _, _ = shown(editor)
    assert 0 <= low <= 10 and 0 <= high <= 10


def test_a_question_past_its_limit_is_cut_where_it_is_typed_and_saved_whole(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    window = create_workspace(qtbot, launch())
    groups = GroupsDriver.of(qtbot, window)
    editor = editor_of(groups)
    groups.type_name("Evening circle")
    editor.question_edit.setFocus()
    QTest.keyClicks(editor.question_edit, "x" * (QUESTION_MAX + 5))
    assert len(editor.question_edit.text()) == QUESTION_MAX
    groups.save()
    assert shown(editor)[3] == ""
    with stored(data_dir) as ws:
        (group,) = ws.groups.list()
        assert CheckinScoreService(ws.context).scale(group.id).question == "x" * QUESTION_MAX


def test_each_group_shows_its_own_scale_and_a_new_group_starts_at_zero_to_ten(
    qtbot: QtBot, launch: Launch, scored: tuple[int, int]
) -> None:
    first, second = scored
    window = unlock(qtbot, launch())
    groups = GroupsDriver.open(qtbot, window)
    editor = editor_of(groups)
    groups.choose(second)
    assert shown(editor) == (1, 5, "Wie kommst du heute an?", "")
    groups.choose(first)
    assert shown(editor) == (0, 10, "", "")
    assert groups.state() == ""
    groups.new_group()
    assert shown(editor) == (0, 10, "", "")
