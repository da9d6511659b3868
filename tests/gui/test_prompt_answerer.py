"""The prompt helper the GUI tests lean on: a prompt that never comes fails the test."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.driving import PromptAnswerer


def ask(parent: QWidget) -> QMessageBox.StandardButton:
    box = QMessageBox(parent)
    box.setText("Leave the room?")
    box.addButton(QMessageBox.StandardButton.Yes)
    box.addButton(QMessageBox.StandardButton.No)
    return QMessageBox.StandardButton(box.exec())


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_named_button_is_clicked(parent: QWidget) -> None:
    answerer = PromptAnswerer("No").arm()
    assert ask(parent) == QMessageBox.StandardButton.No
    assert answerer.answered and answerer.question == "Leave the room?"
    answerer.check()
    assert answerer not in PromptAnswerer.unanswered()


def test_a_prompt_that_never_comes_raises_in_the_event_loop(qtbot: QtBot) -> None:
    answerer = PromptAnswerer("Yes", patience=0.05).arm()
    with qtbot.captureExceptions() as raised:
        qtbot.waitUntil(lambda: bool(answerer.missed), timeout=2000)
    assert [type(error) for _, error, _ in raised] == [AssertionError]
    assert "no message box to answer 'Yes' appeared" in str(raised[0][1])
    assert not answerer.answered
    with pytest.raises(AssertionError, match="'Yes'"):
        answerer.check()


def test_a_missing_button_is_an_error_and_the_box_is_not_left_open(
    parent: QWidget, qtbot: QtBot
) -> None:
    answerer = PromptAnswerer("Maybe").arm()
    with qtbot.captureExceptions() as raised:
        ask(parent)  # returns: the box was closed
    assert answerer.question == "Leave the room?"
    assert len(raised) == 1 and "no 'Maybe' button" in str(raised[0][1])


def test_a_test_that_ends_first_is_told_by_teardown(qtbot: QtBot) -> None:
    answerer = PromptAnswerer("OK").arm()
    assert PromptAnswerer.unanswered() == [answerer]
    assert "the test ended before" in answerer.missed
    assert PromptAnswerer.unanswered() == []
    with qtbot.captureExceptions() as raised:
        qtbot.wait(30)  # its pending look finds it settled and stays quiet
    assert raised == []


def test_an_answerer_outliving_its_test_raises_naming_that_test(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answerer = PromptAnswerer("OK").arm()
    monkeypatch.setenv("PYTEST_CURRENT_TEST", "tests/gui/test_other.py::test_next (call)")
    with qtbot.captureExceptions() as raised:
        qtbot.waitUntil(lambda: bool(answerer.missed), timeout=2000)
    assert len(raised) == 1
    assert "test_an_answerer_outliving_its_test_raises_naming_that_test" in str(raised[0][1])
