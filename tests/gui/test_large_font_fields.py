"""Large type, the last clips at 16 pt: History's attendance grid keeps its day numbers
apart, and the text fields (a rule card's title, the check-in question, the Handouts
options) are wide enough for their text or say it in their tooltip; the measure they are
checked by agrees with Qt. The agenda's names are test_large_font_agenda's; the checks and
fixtures are test_large_font's."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.validation import RULE_TITLE_MAX
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.ui.groups_page import GroupsPage
from facilitator_desktop.ui.handouts.choices import KINDS
from facilitator_desktop.ui.handouts.side_panel import PANEL_WIDTH, HandoutSidePanel
from facilitator_desktop.ui.history.charts.attendance_grid import AttendanceGridView, GridRow
from facilitator_desktop.ui.lifecycle import FacilitatorApp
from facilitator_desktop.ui.widgets.card_editor import TEXT_LINES, TITLE_CHARS, RuleCardEditor
from facilitator_desktop.ui.widgets.checkin_scale_editor import QUESTION_CHARS
from facilitator_desktop.ui.widgets.roomy_line_edit import chars_wide, keep_roomy, text_room
from facilitator_desktop.ui.widgets.wrap_row import WrapRowLayout
from tests.gui.driving import go_to, type_text, unlock
from tests.gui.laptop_room import settle
from tests.gui.test_large_font import (  # noqa: F401 - fixtures used by name
    LARGE_PT,
    SCREEN,
    demo_app,
    large_font,
    line_edit_problem,
)

# Half a year of weekly sessions from 10 September: two-digit days side by side.
WEEKLY = tuple((n + 1, datetime(2026, 9, 10, 17) + timedelta(weeks=n)) for n in range(26))
STATUSES = ("present", "late", "left_early", "excused", "absent", None)


def attendance_grid(qtbot: QtBot) -> AttendanceGridView:
    grid = AttendanceGridView()
    qtbot.addWidget(grid)
    rows = [
        GridRow(1, "Γιώργος", tuple(STATUSES[n % 6] for n in range(26)), True),
        GridRow(2, "Agata", ("left_early",) * 26, False),
    ]
    grid.set_grid(WEEKLY, rows)
    grid.show()
    settle(qtbot)
    return grid


def overlapping_days(grid: AttendanceGridView) -> list[str]:
    """Painted day numbers closer than a space to the one before."""
    gap = QFontMetrics(grid.font()).horizontalAdvance(" ")
    labels = grid.day_labels()
    return [
        f"{left_day} and {right_day}"
        for (left, left_day), (right, right_day) in zip(labels, labels[1:], strict=False)
        if right.left() < left.right() + gap
    ]


def test_the_day_numbers_never_run_together_at_16_pt(
    qtbot: QtBot,
    large_font: QFont,  # noqa: F811 - the imported fixture
) -> None:
    """At 16 pt "10 17 24" stays three numbers (or fewer, every other one), never "101724";
    each number is whole under its own column and the letters ("LE") fit their cells."""
    grid = attendance_grid(qtbot)
    labels = grid.day_labels()
    assert not overlapping_days(grid)
    assert len(labels) >= len(WEEKLY) // 2  # every other day at least
    metrics = QFontMetrics(grid.font())
    cell_w = grid.cell_size().width()
    for rect, day in labels:
        assert rect.width() >= metrics.horizontalAdvance(day)
        assert rect.right() <= grid.width()
        column = int((rect.center().x() - grid.cell_rect(0, 0).left()) // cell_w)
        assert day == str(WEEKLY[column][1].day)  # under its own session
    letters = QFontMetrics(grid.letter_font())
    assert letters.horizontalAdvance("LE") < grid.cell_rect(0, 0).width()
    assert metrics.height() <= grid.cell_size().height()
    # Every column still opens its session, labelled or not.
    assert all(grid.hit_at(grid.cell_rect(0, c).center()) for c in range(len(WEEKLY)))


def test_the_grid_grows_with_the_font_and_back(
    qtbot: QtBot,
    qapp: QApplication,
    large_font: QFont,  # noqa: F811 - the imported fixture
) -> None:
    """A font change while History is open re-sizes the grid; at the usual size it is as
    compact as before and shows every day."""
    grid = attendance_grid(qtbot)
    large = grid.size()
    usual = QFont(large_font)
    usual.setPointSizeF(9.0)
    grid.setFont(usual)
    settle(qtbot)
    assert grid.size() == grid.sizeHint()
    assert grid.width() < large.width() and grid.height() < large.height()
    assert grid.cell_size().width() == AttendanceGridView.CELL_W
    assert len(grid.day_labels()) == len(WEEKLY)
    assert not overlapping_days(grid)


# --- text fields: the whole text, or the tooltip says it ------------------------------------


def whole(edit: QLineEdit) -> bool:
    return QFontMetrics(edit.font()).horizontalAdvance(edit.text()) <= text_room(edit)


@pytest.mark.parametrize("width", [380, 520])
def test_a_rule_card_title_shows_whole_at_16_pt(
    qtbot: QtBot,
    width: int,
    large_font: QFont,  # noqa: F811 - the imported fixture
) -> None:
    """The card editor's Title field at 16 pt, its label above it, shows "What is said here
    stays here" whole in a column as narrow as the Rules page gives, not scrolled to "id here
    stays here"; a pasted title of sixty wide letters is in its tooltip while the counter and
    the check still say it is too long, and a fitting title takes the tooltip away again."""
    editor = RuleCardEditor()
    qtbot.addWidget(editor)
    editor.set_card(RuleCardDraft("What is said here stays here", "Keep it here.", "", None))
    editor.resize(max(width, editor.minimumSizeHint().width()), 400)
    editor.show()
    settle(qtbot)
    assert editor.minimumSizeHint().width() <= 340
    title = editor.title_edit
    (label,) = [label for label in editor.findChildren(QLabel) if label.buddy() is title]
    assert label.geometry().bottom() < title.geometry().top()  # above, not beside
    assert whole(title) and line_edit_problem(title) is None
    assert title.width() >= chars_wide(title, TITLE_CHARS)
    longest = "Ｗ" * (RULE_TITLE_MAX + 1)
    title.setFocus()
    title.selectAll()
    title.insert(longest)  # as pasted (QTest types Latin-1 only)
    editor.statement_edit.setFocus()
    assert title.text() == longest and title.toolTip() == longest
    assert line_edit_problem(title) is None
    assert editor.counter.text() == f"{RULE_TITLE_MAX + 1}/{RULE_TITLE_MAX}"
    assert editor.title_error.isVisible()  # too long, said in words; nothing cut off
    title.setText("Share the time")
    assert whole(title) and title.toolTip() == ""
    # The statement and the why show four lines of their font, at 16 pt and after a change.
    for font_size in (LARGE_PT, 9.0):
        font = QFont(large_font)
        font.setPointSizeF(font_size)
        editor.setFont(font)
        settle(qtbot)
        for box in (editor.statement_edit, editor.why_edit):
            lines = box.viewport().height() // box.fontMetrics().lineSpacing()
            assert lines == TEXT_LINES, (font_size, lines)


# --- parts of a field that wrap: the check-in scale and its question ---------------------


def wrap_row_in(qtbot: QtBot, width: int) -> tuple[QWidget, QLineEdit, QLineEdit]:
    """A fixed part ("0 to 10") and a stretching one (a question) in a row `width` wide."""
    host = QWidget()
    qtbot.addWidget(host)
    outer = QVBoxLayout(host)
    outer.setContentsMargins(0, 0, 0, 0)
    fixed, stretching = QLineEdit("0 to 10", host), QLineEdit(host)
    fixed.setFixedWidth(150)
    stretching.setMinimumWidth(300)
    row = WrapRowLayout(spacing=16)
    row.add_group(fixed)
    row.add_group(stretching, stretch=True)
    outer.addLayout(row)
    outer.addStretch(1)
    host.resize(width, 300)
    host.show()
    settle(qtbot)
    return host, fixed, stretching


@pytest.mark.parametrize("width", [300, 465, 466, 800])
def test_a_part_that_does_not_fit_starts_a_line_of_its_own(qtbot: QtBot, width: int) -> None:
    """Side by side when both fit (150 + 16 + 300 = 466 px), else the stretching part under
    the other; it takes the whole width of its line, never less than its minimum, and the
    row is as high as it said it would be for that width."""
    host, fixed, stretching = wrap_row_in(qtbot, width)
    apart = fixed.geometry(), stretching.geometry()
    assert not apart[0].intersects(apart[1])
    layout = host.layout()
    assert layout is not None
    row = layout.itemAt(0)
    assert row is not None and row.layout() is not None
    assert row.layout().heightForWidth(width) == row.geometry().height()
    if width >= 466:
        assert apart[1].top() == apart[0].top()
        assert apart[1].right() == width - 1  # the rest of the line
    else:
        assert apart[1].top() > apart[0].bottom()
        assert apart[1].left() == 0 and apart[1].width() == max(300, width)
    assert host.minimumSizeHint().width() == 300


def test_the_check_in_question_goes_under_the_scale_at_16_pt(
    qtbot: QtBot,
    demo_app: FacilitatorApp,  # noqa: F811 - the imported fixture
) -> None:
    """On the Groups page at 16 pt the question and its example ("How are you arriving
    today?") show whole on a line under "0 to 10" (beside it they were cut to "How are you
    arrivin…"); a long question typed in is in the field's tooltip once the field is left."""
    window = unlock(qtbot, demo_app)
    go_to(qtbot, window, "groups")
    window.resize(*SCREEN)
    settle(qtbot)
    page = window.pages["groups"]
    assert isinstance(page, GroupsPage)
    editor = page.checkin_editor
    question = editor.question_edit
    assert question.text() == "" and line_edit_problem(question) is None
    assert question.width() >= chars_wide(question, QUESTION_CHARS)
    assert question.geometry().top() > editor.high_spin.geometry().bottom()
    long_question = "How are you arriving today, and what would you like the group to know?"
    question.setFocus()
    type_text(qtbot, question, long_question)
    page.name_edit.setFocus()
    assert editor.typed()[2] == long_question
    assert not whole(question) and question.toolTip() == long_question
    assert line_edit_problem(question) is None


# --- the Handouts options: the panel as wide as they need -----------------------------------


def test_the_handout_options_are_never_cut_off_at_16_pt(
    qtbot: QtBot,
    demo_app: FacilitatorApp,  # noqa: F811 - the imported fixture
) -> None:
    """The options panel, which never scrolls sideways, is as wide as its widest form for
    every handout (at 16 pt the 384 px it had cut the welcome line 53 px short); the welcome
    line's sentence and the details' examples are whole or in the field's tooltip, and a
    short welcome typed in shows whole, its tooltip gone."""
    window = unlock(qtbot, demo_app)
    go_to(qtbot, window, "handouts")
    window.resize(*SCREEN)
    settle(qtbot)
    side = window.pages["handouts"].findChild(HandoutSidePanel)
    assert isinstance(side, HandoutSidePanel) and side.width() > PANEL_WIDTH
    for button in side.kind_buttons.buttons():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        assert side.horizontalScrollBar().maximum() == 0, button.text()
        assert side.widget().width() <= side.viewport().width()
    side.set_kind(KINDS[0])  # the ground rules, with the welcome line
    settle(qtbot)
    fields = [side.ground_rules_options.welcome_edit, *side.profile_box.findChildren(QLineEdit)]
    welcome = fields[0]
    assert welcome.text() and not whole(welcome) and welcome.toolTip() == welcome.text()
    assert all(line_edit_problem(field) is None for field in fields)
    welcome.setFocus()
    qtbot.keyClick(welcome, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(welcome, "Welcome, all")
    side.profile_box.name_edit.setFocus()
    assert whole(welcome) and welcome.toolTip() == ""
    # The welcome line is sealed (it may name people): locking takes it out of the
    # tooltip too, not only out of the field.
    sealed = "Welcome, Agata and Tomasz, to the Thursday circle of caregivers"
    welcome.setText(sealed)
    assert welcome.toolTip() == sealed
    demo_app.lock()
    settle(qtbot)
    assert welcome.text() == "" and sealed not in welcome.toolTip()


def test_at_the_usual_font_the_handout_options_keep_their_width(qtbot: QtBot) -> None:
    side = HandoutSidePanel()
    qtbot.addWidget(side)
    side.show()
    settle(qtbot)
    assert side.width() == PANEL_WIDTH
    assert side.horizontalScrollBar().maximum() == 0


# --- the measure itself ---------------------------------------------------------------------


@pytest.mark.parametrize("clear_button", [False, True])
def test_the_room_measured_is_where_qt_starts_to_scroll(
    qtbot: QtBot,
    clear_button: bool,
    large_font: QFont,  # noqa: F811 - the imported fixture
) -> None:
    """`text_room` (what the checks and the tooltips go by) agrees with the field itself:
    the longest run of "i" that Qt shows without scrolling fits it, one more does not, a
    shown clear button taken off."""
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setClearButtonEnabled(clear_button)
    edit.resize(240, 40)
    edit.show()
    settle(qtbot)

    def scrolled(count: int) -> bool:
        edit.setText("i" * count)
        edit.end(False)
        edit.repaint()  # Qt scrolls the text to the cursor as it paints
        edit.setCursorPosition(0)  # where the first letter was drawn, scrolled or not
        return edit.cursorRect().left() < start

    edit.setText("i")
    edit.setCursorPosition(0)
    start = edit.cursorRect().left()
    count = next(n for n in range(1, 200) if scrolled(n))
    metrics = QFontMetrics(edit.font())
    room = text_room(edit)
    assert metrics.horizontalAdvance("i" * (count - 1)) <= room
    assert metrics.horizontalAdvance("i" * count) > room - metrics.horizontalAdvance("i")


def test_a_tooltip_of_its_own_comes_back_and_a_font_change_refits(
    qtbot: QtBot,
    large_font: QFont,  # noqa: F811 - the imported fixture
) -> None:
    """A field's own tooltip gives way to its cut text and comes back when the text fits;
    a smaller font makes the field's least width smaller, and a cut text whole again."""
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setToolTip("What this field is for")
    keep_roomy(edit, 10)
    edit.show()
    settle(qtbot)
    wide = edit.minimumWidth()
    assert wide == chars_wide(edit, 10)
    text = "A sentence much longer than ten characters"
    edit.setText(text)
    edit.resize(wide, edit.height())
    settle(qtbot)
    assert edit.toolTip() == text
    edit.setText("Short")
    assert edit.toolTip() == "What this field is for"
    edit.setText(text)
    small = QFont(large_font)
    small.setPointSizeF(6.0)
    edit.setFont(small)
    edit.resize(600, edit.height())
    settle(qtbot)
    assert edit.minimumWidth() < wide
    assert whole(edit) and edit.toolTip() == "What this field is for"
