"""The "why" of a rule card (printed under the rule on cards and handouts) is counted as the
facilitator types and explained past its limit, without cutting what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.validation import RULE_WHY_MAX
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.ui.widgets.card_editor import RuleCardEditor


def test_the_why_is_counted_and_a_long_one_explained(qtbot: QtBot) -> None:
    editor = RuleCardEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_card(RuleCardDraft("Listen", "We listen.", "Because."))
    assert editor.why_counter.text() == f"8/{RULE_WHY_MAX}"
    editor.why_edit.setFocus()
    editor.why_edit.moveCursor(editor.why_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.why_edit, " more" * 50)
    typed = "Because." + " more" * 50
    assert editor.why_counter.text() == f"{len(typed)}/{RULE_WHY_MAX}"
    assert editor.why_too_long()
    assert editor.why_error.isVisible()
    assert str(RULE_WHY_MAX) in editor.why_error.text()
    assert editor.card().why == typed  # nothing cut off
    for _ in range(len(typed) - RULE_WHY_MAX):
        qtbot.keyClick(editor.why_edit, Qt.Key.Key_Backspace)
    assert not editor.why_too_long()
    assert not editor.why_error.isVisible()
