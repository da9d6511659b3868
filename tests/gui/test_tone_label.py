"""A wrapped ToneLabel keeps the height-for-width flag QLabel gives it, so a layout row
holding one grows with its lines instead of cutting the last ones off; and every tone follows
the palette (dark mode) as it changes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

LONG = "Someone missed two sessions without telling anyone; a call this week may help. " * 4


def test_a_wrapped_tone_label_answers_height_for_width(qtbot: QtBot) -> None:
    label = ToneLabel(LONG, Tone.WARNING)
    qtbot.addWidget(label)
    policy = label.sizePolicy()
    assert label.wordWrap() and label.hasHeightForWidth()
    assert policy.horizontalPolicy() is QSizePolicy.Policy.Expanding
    # The same kind of control as any QLabel, so styles space it as a label.
    assert policy.controlType() is QLabel().sizePolicy().controlType()


def test_the_flag_follows_wrapping_off_and_on(qtbot: QtBot) -> None:
    label = ToneLabel("short", Tone.MUTED)
    qtbot.addWidget(label)
    label.setWordWrap(False)
    assert not label.hasHeightForWidth()
    assert label.sizePolicy().horizontalPolicy() is QSizePolicy.Policy.Preferred
    label.setWordWrap(True)
    assert label.hasHeightForWidth()


def test_a_kept_vertical_policy_survives_wrapping(qtbot: QtBot) -> None:
    label = ToneLabel("short", Tone.MUTED)
    qtbot.addWidget(label)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    label.setWordWrap(True)
    assert label.sizePolicy().verticalPolicy() is QSizePolicy.Policy.Fixed
    assert label.hasHeightForWidth()


def test_a_narrow_layout_row_grows_with_the_lines(qtbot: QtBot) -> None:
    """In a form row and a column, at a width that takes several lines, the label is
    given the whole height its text needs at the width it has."""
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    form = QFormLayout()
    in_form = ToneLabel(LONG, Tone.ERROR)
    form.addRow("Why:", in_form)
    column.addLayout(form)
    in_column = ToneLabel(LONG, Tone.SUCCESS)
    column.addWidget(in_column)
    column.addStretch(1)
    host.resize(260, 900)
    host.show()
    qtbot.waitExposed(host)
    for label in (in_form, in_column):
        one_line = label.fontMetrics().height()
        needed = label.heightForWidth(label.width())
        assert needed > 3 * one_line, "the text should need several lines at this width"
        assert label.height() >= needed


def _text_colour(label: ToneLabel) -> QColor:
    return label.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def test_every_tone_follows_a_palette_change_and_back(qtbot: QtBot, qapp: QApplication) -> None:
    """A normal label keeps no palette of its own (the application's reaches it); a toned one
    recolours itself; one set back to normal takes the normal colour again."""
    before = qapp.palette()
    normal, error, changed = ToneLabel("a"), ToneLabel("b", Tone.ERROR), ToneLabel("c", Tone.ERROR)
    for label in (normal, error, changed):
        qtbot.addWidget(label)
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    try:
        qapp.setPalette(dark)
        qapp.processEvents()
        assert _text_colour(normal) == QColor("#eeeeee")
        assert _text_colour(error) == QColor("#ff8a80")  # the dark theme's error red
        changed.set_tone(Tone.NORMAL)
        assert _text_colour(changed) == QColor("#eeeeee")
    finally:
        qapp.setPalette(before)
        qapp.processEvents()
    assert _text_colour(normal) == before.color(QPalette.ColorRole.WindowText)
    assert _text_colour(error) == QColor("#b42318")
