"""Large type, an agenda's segments at 16 pt: each name whole ("Some round", never "ome
round"), beside its controls when they fit and above them when not, at the height the
Groups form was told; a name too long for any field is in its tooltip. The checks and
fixtures are test_large_font's and test_large_font_fields'."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.ui.widgets.agenda_editor import NAME_CHARS, AgendaEditor
from facilitator_desktop.ui.widgets.roomy_line_edit import chars_wide
from tests.gui.laptop_room import settle
from tests.gui.test_large_font import (  # noqa: F401 - fixture used by name
    large_font,
    line_edit_problem,
)
from tests.gui.test_large_font_fields import whole

SEGMENTS = (
    SegmentSpec("Some round", 10, "round"),
    SegmentSpec("Open discussion", 45, "open"),
    SegmentSpec("Check-out", 10, "round"),
)


def agenda_in(qtbot: QtBot, width: int) -> tuple[QWidget, AgendaEditor]:
    """The editor as a form's field `width` pixels wide (the host keeps it alive)."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    editor = AgendaEditor(host)
    layout.addWidget(editor)
    layout.addStretch(1)
    editor.set_segments(list(SEGMENTS))
    host.resize(width, 600)
    host.show()
    settle(qtbot)
    return host, editor


def row_boxes(editor: AgendaEditor, row: int) -> list[QRect]:
    return [
        widget.geometry()
        for widget in (
            editor.name_edit(row),
            editor.minutes_box(row),
            editor.kind_box(row),
            editor.up_button(row),
            editor.down_button(row),
            editor.remove_button(row),
        )
    ]


def assert_rows_apart_and_inside(editor: AgendaEditor) -> None:
    """No two controls overlap, each inside the editor, and the height the editor asked
    for its width is the height its rows take."""
    boxes = [box for row in range(editor.row_count()) for box in row_boxes(editor, row)]
    for index, box in enumerate(boxes):
        assert editor.rect().contains(box), f"control {index} at {box} leaves {editor.rect()}"
        for other in boxes[index + 1 :]:
            assert not box.intersects(other), f"{box} overlaps {other}"
    grid = editor.layout()
    assert grid is not None and grid.hasHeightForWidth()
    assert max((box.bottom() for box in boxes), default=0) < editor.add_button.geometry().top()


def test_a_narrow_agenda_stacks_each_name_above_its_controls(
    qtbot: QtBot,
    large_font: QFont,  # noqa: F811 - the imported fixture
) -> None:
    """At 16 pt in the Groups form's width (about 490 px on the laptop) the names no longer
    fit beside their controls: each takes a line of its own and shows whole ("Some round",
    never "ome round"); the length, kind and buttons sit under it, and still work by key
    and click. Wide again, each segment is one line."""
    host, editor = agenda_in(qtbot, 490)
    assert editor.width() == 490 and editor.is_stacked()
    for row, spec in enumerate(SEGMENTS):
        name = editor.name_edit(row)
        assert name.text() == spec.name and whole(name), spec.name
        assert name.width() == editor.width()
        assert editor.minutes_box(row).geometry().top() > name.geometry().bottom()
    assert_rows_apart_and_inside(editor)
    # Tab still walks a row's name, length, kind and buttons (the first row cannot go up),
    # then the next name.
    editor.name_edit(0).setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        editor.name_edit(0),
        editor.minutes_box(0),
        editor.kind_box(0),
        editor.down_button(0),
        editor.remove_button(0),
        editor.name_edit(1),
    ]
    qtbot.keyClick(editor.name_edit(1), Qt.Key.Key_End)  # Tab selected the whole name
    qtbot.keyClicks(editor.name_edit(1), " time")
    assert editor.segments()[1].name == "Open discussion time"
    qtbot.mouseClick(editor.down_button(0), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert [s.name for s in editor.segments()][:2] == ["Open discussion time", "Some round"]
    assert editor.is_stacked() and whole(editor.name_edit(0))
    assert_rows_apart_and_inside(editor)

    host.resize(1200, 600)  # room enough: one line per segment again
    settle(qtbot)
    assert not editor.is_stacked()
    name, minutes = editor.name_edit(0), editor.minutes_box(0)
    assert minutes.geometry().left() > name.geometry().right()
    assert abs(minutes.geometry().center().y() - name.geometry().center().y()) <= 2
    assert_rows_apart_and_inside(editor)


@pytest.mark.parametrize("width", [380, 440, 520, 640, 760, 900])
def test_every_width_gets_the_height_it_needs(
    qtbot: QtBot,
    width: int,
    large_font: QFont,  # noqa: F811 - the imported fixture
) -> None:
    """Whatever width a form gives (never less than the editor's minimum), its height is
    the one it asked for that width, and nothing overlaps or leaves it."""
    host, editor = agenda_in(qtbot, width)
    assert editor.minimumSizeHint().width() <= 380  # a narrow form can always hold it
    assert editor.height() == editor.heightForWidth(editor.width())
    assert_rows_apart_and_inside(editor)
    assert all(whole(editor.name_edit(row)) for row in range(editor.row_count()))


def test_a_hurried_facilitator_adding_moving_and_removing_segments(
    qtbot: QtBot,
    large_font: QFont,  # noqa: F811 - the imported fixture
) -> None:
    """From an empty agenda in a narrow form: segments added by button and named in
    several scripts (one of 80 letters), moved and removed in a random order; after every
    step the rows stay apart and inside, at the height the editor asked for, and what the
    editor holds is what was typed, in the order it was put."""
    host, editor = agenda_in(qtbot, 420)
    editor.set_segments([])
    settle(qtbot)
    assert editor.row_count() == 0 and editor.empty_hint.isVisible()
    names = ["Check-in", "نقاش مفتوح", "振り返りの時間", "W" * 80, "Check-out"]
    expected: list[str] = []
    rng = random.Random(16)
    done: list[str] = []
    for step in range(24):
        if len(expected) < len(names) and (not expected or rng.random() < 0.4):
            done.append("add")
            qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
            editor.name_edit(editor.row_count() - 1).insert(names[len(expected)])
            expected.append(names[len(expected)])
        elif rng.random() < 0.5 and len(expected) > 1:
            row = rng.randrange(len(expected) - 1)
            done.append("move")
            qtbot.mouseClick(editor.down_button(row), Qt.MouseButton.LeftButton)
            expected[row], expected[row + 1] = expected[row + 1], expected[row]
        else:
            row = rng.randrange(len(expected))
            done.append("remove")
            qtbot.mouseClick(editor.remove_button(row), Qt.MouseButton.LeftButton)
            del expected[row]
        settle(qtbot)
        assert [segment.name for segment in editor.segments()] == expected, step
        assert editor.empty_hint.isVisible() == (not expected)
        assert editor.height() == editor.heightForWidth(editor.width()), step
        assert_rows_apart_and_inside(editor)
        for row in range(editor.row_count()):
            assert line_edit_problem(editor.name_edit(row)) is None, (step, row)
    assert {done.count(kind) >= 3 for kind in ("add", "move", "remove")} == {True}, done


def test_a_name_too_long_to_show_is_in_its_tooltip(
    qtbot: QtBot,
    large_font: QFont,  # noqa: F811 - the imported fixture
) -> None:
    """The longest name a segment takes (80 wide letters, no space) cannot show whole: the
    field keeps its width and the tooltip carries every letter; shortened, the tooltip goes."""
    host, editor = agenda_in(qtbot, 490)
    name = editor.name_edit(0)
    name.setText("Ｗ" * 80)
    assert not whole(name) and name.toolTip() == "Ｗ" * 80
    assert line_edit_problem(name) is None
    assert name.width() >= chars_wide(name, NAME_CHARS)
    name.setText("Check-in")
    assert whole(name) and name.toolTip() == ""
    name.clear()  # the placeholder ("e.g. Check-in") fits: no tooltip either
    assert name.toolTip() == ""
