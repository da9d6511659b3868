"""Large type: with the application font at 16 pt (what 150 % text scaling gives a 10.5 pt
desktop), every screen still fits a 1280×800 laptop and no text is cut off.

Each window is checked at that size (a dialog as it opens, never larger than the screen):
its minimum size fits, and no shown label, button, combo box, text field or table column
title clips its text, measured with its own font (a wrapped label by the height its width
needs, its longest word by that width). A line shortened with "…" passes only when its
tooltip (and a label's accessible name) carry the whole text. The main window is checked
on every page with the demo group, the Session page idle and mid-round; also the unlock
window, Settings, Backups, the keys list, the session summary and the room display, and the
longest aliases there are.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.demo import populate
from facilitator_desktop.domain.validation import ALIAS_MAX
from facilitator_desktop.paths import resource_path
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.runner.page import RunnerPage
from facilitator_desktop.ui.summary_dialog import SummaryDialog
from facilitator_desktop.ui.widgets.roomy_line_edit import text_room
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers.runner import RunnerDriver
from tests.gui.driving import Launch, go_to, unlock
from tests.gui.laptop_room import settle
from tests.gui.test_runner_helpers import open_room, press
from tests.gui.test_summary_airtime_words import sample_summary

SCREEN = (1280, 800)
LARGE_PT = 16.0
K = Qt.Key


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[QFont]:
    """The bundled DejaVu Sans (as the screenshots use) at 16 pt for the whole app."""
    before = qapp.font()
    for face in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource_path("fonts", face)))
    font = QFont("DejaVu Sans")
    font.setPointSizeF(LARGE_PT)
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


# --- what clipped text is --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Clipped:
    widget: QWidget
    text: str
    why: str

    def __str__(self) -> str:
        kind = type(self.widget).__name__
        name = self.widget.objectName() or self.widget.accessibleName()
        return f"{kind} {name!r} {self.text[:60]!r}: {self.why}"


def plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text
    ):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def label_problem(label: QLabel) -> Clipped | None:
    shown_text = getattr(label, "shown_text", None)
    if callable(shown_text):  # a one-line label that shortens its text with "…"
        text, full = str(shown_text()), label.text()
        if text != full and (full not in label.toolTip() or label.accessibleName() != full):
            return Clipped(label, full, "shortened, without the whole text as tooltip and name")
    else:
        text = plain(label)
    if label.buddy() is not None:  # "&Name:" shows "Name:" with N underlined
        text = without_mnemonic(text)
    if not text.strip():
        return None
    metrics = label.fontMetrics()
    room = label.contentsRect()
    margin = 2 * label.margin() + max(0, label.indent())
    width = room.width() - margin
    if label.wordWrap():
        widest = max(metrics.horizontalAdvance(word) for word in text.split())
        if widest > width:
            return Clipped(label, text, f"a word needs {widest} px, the label has {width}")
        needed = label.heightForWidth(label.width())
        # A pixel of rounding between the label's own answer and its layout's is no cut.
        if needed > label.height() + 1:
            return Clipped(label, text, f"needs {needed} px high, has {label.height()}")
        return None
    lines = text.split("\n")
    widest = max(metrics.horizontalAdvance(line) for line in lines)
    if widest > width:
        return Clipped(label, text, f"needs {widest} px wide, has {width}")
    high = metrics.height() * len(lines)
    if high > room.height():
        return Clipped(label, text, f"needs {high} px high, has {room.height()}")
    return None


def without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def button_problem(button: QAbstractButton) -> Clipped | None:
    text = without_mnemonic(button.text())
    if not text.strip():
        return None
    full = button.accessibleName()
    if text.endswith("…") and full != text and full.startswith(text[:-1]):
        # shortened with "…": the whole text must be there for whoever asks
        if full not in button.toolTip():
            return Clipped(button, full, "shortened, without the whole text as tooltip")
    metrics = QFontMetrics(button.font())
    needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    style = button.style()
    if isinstance(button, QPushButton):
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
        if not button.icon().isNull():
            needed += button.iconSize().width() + 4
    elif isinstance(button, QCheckBox):
        room = style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, button)
    elif isinstance(button, QRadioButton):
        room = style.subElementRect(QStyle.SubElement.SE_RadioButtonContents, option, button)
    else:  # a tool button: its own size hint holds its text
        hint = button.sizeHint().width()
        if hint > button.width():
            return Clipped(button, text, f"needs {hint} px wide, has {button.width()}")
        return None
    if needed > room.width():
        return Clipped(button, text, f"needs {needed} px wide, has {room.width()}")
    if metrics.height() > room.height():
        return Clipped(button, text, f"needs {metrics.height()} px high, has {room.height()}")
    return None


def combo_problem(combo: QComboBox) -> Clipped | None:
    """A closed combo box's current text (or placeholder) in the width its style leaves
    for text; one shortened with "…" passes when its tooltip carries the whole text."""
    if combo.isEditable():  # a line edit shows the text and scrolls it
        return None
    full = combo.currentText() if combo.currentIndex() >= 0 else combo.placeholderText()
    shown_text = getattr(combo, "shown_text", None)
    text = str(shown_text()) if callable(shown_text) else full
    if text != full and full not in combo.toolTip():
        return Clipped(combo, full, "shortened, without the whole text as tooltip")
    if not text.strip():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    room = field.width() - 2  # the style draws the label a pixel inside each side
    needed = QFontMetrics(combo.font()).horizontalAdvance(text)
    if not option.currentIcon.isNull():
        needed += option.iconSize.width() + 4
    if needed > room:
        return Clipped(combo, text, f"needs {needed} px wide, has {room}")
    return None


def line_edit_problem(edit: QLineEdit) -> Clipped | None:
    """A field not being typed in (which scrolls, as it should) shows its whole text, or
    empty its whole placeholder, else its tooltip holds it. A spin box's or combo box's
    own field and hidden passphrases are left out."""
    text = edit.text() or edit.placeholderText()
    inner = isinstance(edit.parentWidget(), (QAbstractSpinBox, QComboBox))
    if inner or edit.hasFocus() or edit.echoMode() != QLineEdit.EchoMode.Normal or not text:
        return None
    room = text_room(edit)  # its frame, margins and clear button left out
    needed = QFontMetrics(edit.font()).horizontalAdvance(text)
    if needed > room and text not in edit.toolTip():
        return Clipped(edit, text, f"needs {needed} px wide, has {room}, no tooltip")
    return None


def header_problems(header: QHeaderView) -> Iterator[Clipped]:
    """A table's column titles, drawn by the header itself (no label to ask)."""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return
    metrics = QFontMetrics(header.font())
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        needed = metrics.horizontalAdvance(text) + margin
        if text and needed > header.sectionSize(section):
            yield Clipped(
                header, text, f"needs {needed} px, the column has {header.sectionSize(section)}"
            )


def cell_problems(view: QAbstractItemView) -> Iterator[Clipped]:
    """A table's cells in view: each text fits its cell, or the cell's tooltip holds it
    (a date shortened to "26/11/…" with nothing to say the rest is a cut)."""
    model = view.model()
    if model is None:
        return
    metrics = QFontMetrics(view.font())
    focus = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    margin = 2 * (focus + 1)  # the item delegate's text margins
    viewport = view.viewport().rect()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            rect = view.visualRect(index)
            if rect.isEmpty() or not viewport.intersects(rect):
                continue
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            if not text.strip() or "\n" in text:
                continue
            needed = metrics.horizontalAdvance(text) + margin
            if model.data(index, Qt.ItemDataRole.DecorationRole) is not None:
                needed += view.iconSize().width() + margin
            tip = str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
            # A mark after two spaces (the speaker's "▶") may stay out of the tooltip.
            if needed > rect.width() and text.split("  ")[0] not in tip:
                yield Clipped(
                    view, text, f"cell ({row}, {column}) needs {needed}, has {rect.width()}"
                )


def sideways_scrolling(window: QWidget) -> list[str]:
    """Every scroll area shown in the window (the page, its panes, lists and tables) that
    scrolls sideways: at 16 pt a pane that needs a sideways scroll hides what it holds, and
    one without the scroll bar cuts it off (the Handouts options lost 53 px on the right)."""
    found = []
    for area in shown(window, QAbstractScrollArea):
        assert isinstance(area, QAbstractScrollArea)
        bar = area.horizontalScrollBar()
        if bar.maximum() > 0:
            name = area.objectName() or area.accessibleName() or type(area).__name__
            how = "scrolls sideways" if bar.isVisible() else "cuts off on the right"
            found.append(f"{name} {how} by {bar.maximum()} px")
    return found


def shown(window: QWidget, kind: type[QWidget]) -> Iterator[QWidget]:
    for widget in window.findChildren(kind):
        if widget.isVisible() and widget.window() is window and widget.width() > 0:
            yield widget


def clipped(window: QWidget) -> list[Clipped]:
    problems: list[Clipped] = []
    for label in shown(window, QLabel):
        assert isinstance(label, QLabel)
        problem = label_problem(label)
        if problem is not None:
            problems.append(problem)
    for button in shown(window, QAbstractButton):
        assert isinstance(button, QAbstractButton)
        problem = button_problem(button)
        if problem is not None:
            problems.append(problem)
    for combo in shown(window, QComboBox):
        assert isinstance(combo, QComboBox)
        problem = combo_problem(combo)
        if problem is not None:
            problems.append(problem)
    for edit in shown(window, QLineEdit):
        assert isinstance(edit, QLineEdit)
        problem = line_edit_problem(edit)
        if problem is not None:
            problems.append(problem)
    for header in shown(window, QHeaderView):
        assert isinstance(header, QHeaderView)
        problems.extend(header_problems(header))
    for view in shown(window, QAbstractItemView):
        if isinstance(view, (QTableView, QTreeView)):
            problems.extend(cell_problems(view))
    return problems


def assert_fits(qtbot: QtBot, window: QWidget, what: str) -> None:
    """`window` at the laptop's size (a dialog at the size it opened, at most that) fits
    and clips nothing."""
    settle(qtbot)
    minimum = window.minimumSizeHint()
    small_enough = minimum.width() <= SCREEN[0] and minimum.height() <= SCREEN[1]
    assert small_enough, f"{what} needs at least {minimum.width()}×{minimum.height()}"

    if isinstance(window, QDialog):  # as it opened, only kept within the screen
        window.resize(min(window.width(), SCREEN[0]), min(window.height(), SCREEN[1]))
    else:
        window.resize(*SCREEN)
    settle(qtbot)
    assert window.width() <= SCREEN[0] and window.height() <= SCREEN[1]
    assert any(True for _ in shown(window, QLabel)), f"{what} shows no text to check"
    problems = [str(problem) for problem in clipped(window)] + sideways_scrolling(window)
    assert not problems, f"{what}:\n" + "\n".join(f"  {p}" for p in problems)


# --- the screens -------------------------------------------------------------------------------


@pytest.fixture
def demo_app(qtbot: QtBot, launch: Launch, data_dir: Path, large_font: QFont) -> FacilitatorApp:
    """The demo group in the test's folder, the app started (at 16 pt) on its unlock window."""
    ws = Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF)
    populate(ws)
    ws.close()
    return launch()


def pages_and_tabs(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    for key in window.pages:
        if key == RunnerPage.key:
            continue
        go_to(qtbot, window, key)
        page = window.pages[key]
        yield key
        for tabs in page.findChildren(QTabWidget):
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                yield f"{key} · {tabs.tabText(index)}"
            tabs.setCurrentIndex(0)


def test_the_unlock_window_fits(qtbot: QtBot, demo_app: FacilitatorApp) -> None:
    dialog = demo_app.unlock_dialog
    assert dialog is not None
    assert_fits(qtbot, dialog, "the unlock window")


def test_every_page_fits_the_laptop(qtbot: QtBot, demo_app: FacilitatorApp) -> None:
    window = unlock(qtbot, demo_app)
    found: list[str] = []
    for page in pages_and_tabs(qtbot, window):
        try:
            assert_fits(qtbot, window, page)
        except AssertionError as error:
            found.append(str(error))
    assert not found, "\n".join(found)


def test_the_session_page_mid_round_fits(qtbot: QtBot, demo_app: FacilitatorApp) -> None:
    window = unlock(qtbot, demo_app)
    go_to(qtbot, window, RunnerPage.key)
    runner = RunnerDriver.of(window)
    assert_fits(qtbot, window, "the idle Session page")
    press(qtbot, K.Key_Space)  # the session opens
    press(qtbot, K.Key_A, Qt.KeyboardModifier.AltModifier)  # everyone is here
    qtbot.waitUntil(lambda: all(row.status == "present" for row in runner.attendance()))
    press(qtbot, K.Key_Space)  # the clock starts
    press(qtbot, K.Key_1)  # the round starts with the first seat
    assert runner.speaker() and runner.score_strip_shown()
    assert_fits(qtbot, window, "the Session page mid-round")
    # Airtime, rule cards and the note go under the rest: the page scrolls down, never
    # sideways, where the room's controls would leave the screen.
    assert "across" not in scroll_bars_shown(window)

    press(qtbot, K.Key_F11)
    assert_fits(qtbot, runner.room_display(), "the room display")
    press(qtbot, K.Key_F11)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, K.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    keys = runner.keys_dialog
    assert keys is not None
    qtbot.waitUntil(keys.isVisible)
    assert_fits(qtbot, keys, "the keys list")


@pytest.mark.parametrize("opener", ["open_settings", "open_backups"])
def test_settings_and_backups_fit(qtbot: QtBot, demo_app: FacilitatorApp, opener: str) -> None:
    window = unlock(qtbot, demo_app)
    dialog: QDialog = getattr(window, opener)()
    qtbot.waitUntil(dialog.isVisible)
    assert_fits(qtbot, dialog, opener)
    dialog.reject()


def test_the_summary_fits(qtbot: QtBot, large_font: QFont) -> None:
    dialog = SummaryDialog(sample_summary())
    qtbot.addWidget(dialog)
    dialog.show()
    assert_fits(qtbot, dialog, "the session summary")


# --- at the edges: the longest aliases the app takes ----------------------------------------

#: Forty characters (the most an alias may have), in scripts of different widths.
LONG_ALIASES = (
    "Anna-Katharina Wilhelmina von Hohenstein",
    "Маргарита Александровна Преображенская",
    "Ｗｉｄｅ　ｌｅｔｔｅｒｓ　ｆｏｒ　ａ　ｎａｍｅ",
    "Bo",
)


def test_the_longest_aliases_are_shortened_never_clipped(
    qtbot: QtBot, launch: Launch, large_font: QFont
) -> None:
    """Mid-round with names of forty characters: every place that shows a name shortens it
    with "…" (the whole name in its tooltip and accessible name) or wraps it; none is cut."""
    room = open_room(qtbot, launch, aliases=LONG_ALIASES)
    assert all(len(alias) <= ALIAS_MAX for alias in LONG_ALIASES)
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: all(row.status == "present" for row in room.runner.attendance()))
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_1)
    assert room.runner.speaker() == LONG_ALIASES[0]
    assert_fits(qtbot, room.window, "the Session page with long names")
    press(qtbot, K.Key_F11)
    assert_fits(qtbot, room.runner.room_display(), "the room display with long names")


# --- at the usual size, the scroll areas stay out of sight -----------------------------------


def scroll_bars_shown(window: MainWindow) -> list[str]:
    area = window.stack.currentWidget()
    assert isinstance(area, QScrollArea)
    bars = (("across", area.horizontalScrollBar()), ("down", area.verticalScrollBar()))
    return [name for name, bar in bars if bar.isVisible()]


def test_at_the_usual_size_no_page_scrolls(qtbot: QtBot, launch: Launch, data_dir: Path) -> None:
    """The scroll areas that large type needs change nothing at the usual font: every page
    of the demo group, the Session page mid-round too, fits 1280×800 without a scroll bar."""
    ws = Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF)
    populate(ws)
    ws.close()
    window = unlock(qtbot, launch())
    window.resize(*SCREEN)
    scrolling: dict[str, list[str]] = {}
    for page in pages_and_tabs(qtbot, window):
        settle(qtbot)
        if bars := scroll_bars_shown(window):
            scrolling[page] = bars
    go_to(qtbot, window, RunnerPage.key)
    runner = RunnerDriver.of(window)
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: all(row.status == "present" for row in runner.attendance()))
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_1)
    settle(qtbot)
    if bars := scroll_bars_shown(window):
        scrolling["session mid-round"] = bars
    assert not scrolling
