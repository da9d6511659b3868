"""Shared set-up for the laptop-screen tests (this module holds no tests itself): a group of
twelve members as they write their names, the Session page on a window of a laptop's size,
and geometry checks a facilitator would otherwise make by squinting."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.runner.page import RunnerPage
from facilitator_desktop.workspace import Workspace
from tests.gui.drivers.runner import RunnerDriver
from tests.gui.driving import Launch, create_workspace, go_to

LAPTOPS = ((1366, 768), (1280, 720))
# The first one speaks first: the longest alias is the one whose name must fit.
MEMBERS = (
    ("Anna-Katharina", "Anna-Katharina Berg"),
    ("Małgorzata", "Małgorzata Kowalska"),
    ("Ελένη", "Ελένη Παπαδοπούλου"),
    ("Дмитрий", "Дмитрий Смирнов"),
    ("José", "José García"),
    ("Jürgen", "Jürgen Müller"),
    ("Zoë", "Zoë Nilsen"),
    ("Søren", "Søren Lindqvist"),
    ("Ayşe", "Ayşe Yılmaz"),
    ("Łukasz", "Łukasz Nowak"),
    ("Siobhán", "Siobhán O'Brien"),
    ("Bartholomew", "Bartholomew Okafor"),
)
AGENDA = (
    SegmentSpec("Check-in", 15, "round"),
    SegmentSpec("Open discussion", 60, "open"),
    SegmentSpec("Check-out", 10, "round"),
)
RULES = (
    RuleCardDraft("One voice at a time", "One person speaks; everyone else listens."),
    RuleCardDraft("What is said here stays here", "Nothing said in the group leaves it."),
    RuleCardDraft("The right to pass", "Anyone may pass in a round, no reason needed."),
)
SOFT_LIMIT_MIN = 3


@dataclass
class Laptop:
    app: FacilitatorApp
    window: MainWindow
    page: RunnerPage
    clock: FakeClock
    group_id: int
    members: dict[str, int]

    @property
    def ws(self) -> Workspace:
        assert self.app.workspace is not None
        return self.app.workspace

    @property
    def runner(self) -> RunnerDriver:
        return RunnerDriver(self.page)


def open_laptop(qtbot: QtBot, launch: Launch, size: tuple[int, int]) -> Laptop:
    """The app with the twelve-member group, the Session page shown, the window at `size`."""
    app = launch()
    window = create_workspace(qtbot, app)
    ws = app.workspace
    assert ws is not None and app.ctx is not None
    group = ws.groups.create(
        GroupDraft("Thursday Evening Circle", speaker_soft_limit_min=SOFT_LIMIT_MIN, agenda=AGENDA)
    )
    members = {a: ws.members.add(group.id, MemberDraft(a, f)).id for a, f in MEMBERS}
    ws.rules.save(group.id, RULES)
    app.ctx.reload_groups(select=group.id)
    go_to(qtbot, window, RunnerPage.key)
    page = window.pages[RunnerPage.key]
    assert isinstance(page, RunnerPage)
    clock = FakeClock(0.0)
    page.use_clock(clock)
    laptop = Laptop(app, window, page, clock, group.id, members)
    resize(qtbot, laptop, size)
    return laptop


def settle(qtbot: QtBot) -> None:
    """Let layouts pass size changes up through every parent to the window."""
    for _ in range(8):
        QApplication.processEvents()
    qtbot.wait(1)


def resize(qtbot: QtBot, laptop: Laptop, size: tuple[int, int]) -> None:
    settle(qtbot)
    laptop.window.resize(*size)
    settle(qtbot)


def advance(laptop: Laptop, seconds: float) -> None:
    laptop.clock.advance(seconds)
    laptop.runner.tick()


def window_rect(widget: QWidget) -> QRect:
    """The widget's rectangle in its window's coordinates."""
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def cut_off(widget: QWidget) -> QRegion:
    """The part of the widget its parents (up to the window) cut off."""
    whole = window_rect(widget)
    shown = QRect(whole)
    parent = widget.parentWidget()
    while parent is not None:
        shown = shown.intersected(window_rect(parent) if not parent.isWindow() else parent.rect())
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return QRegion(whole).subtracted(QRegion(shown))


def covered(widget: QWidget) -> QRegion:
    """For a widget without children: the part another widget covers."""
    return QRegion(widget.rect()).subtracted(widget.visibleRegion())


def assert_fully_shown(widget: QWidget, what: str) -> None:
    assert widget.isVisible(), f"{what} is not shown"
    hidden = cut_off(widget)
    assert hidden.isEmpty(), f"{what} is cut off at {hidden.boundingRect()} (window coordinates)"
    if not [c for c in widget.findChildren(QWidget) if c.isVisible()]:
        hidden = covered(widget)
        assert hidden.isEmpty(), f"{what} is covered at {hidden.boundingRect()}"


def assert_text_fits(widget: QWidget, text: str, what: str) -> None:
    width = widget.fontMetrics().horizontalAdvance(text)
    room = widget.contentsRect().width()
    assert width <= room, f"{what} {text!r} needs {width} px, has {room}"


def shown_buttons(window: QWidget) -> list[QAbstractButton]:
    return [b for b in window.findChildren(QAbstractButton) if b.isVisible()]


def assert_buttons_whole_and_apart(window: QWidget) -> None:
    buttons = shown_buttons(window)
    assert buttons
    for button in buttons:
        assert_fully_shown(button, f"the button {button.text()!r}")
    for first, second in combinations(buttons, 2):
        overlap = window_rect(first).intersected(window_rect(second))
        assert overlap.isEmpty(), f"{first.text()!r} and {second.text()!r} overlap at {overlap}"


def button_places(window: QWidget) -> dict[int, tuple[str, QRect]]:
    """Every shown button's place in the window, by identity (their texts change)."""
    return {id(b): (b.text(), window_rect(b)) for b in shown_buttons(window)}


def start_round(qtbot: QtBot, laptop: Laptop) -> None:
    """Space opens the session, Alt+A marks everyone here, Space starts the clock, 1 starts
    the round with the first member."""
    runner = laptop.runner

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(QApplication.focusWidget() or laptop.window, key, modifier)

    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)

    def everyone_here() -> bool:
        live = runner.live
        return live is not None and len(live.snapshot().talk.present) == len(MEMBERS)

    qtbot.waitUntil(everyone_here)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_1)
    assert runner.session().snapshot().talk.speaker is not None
