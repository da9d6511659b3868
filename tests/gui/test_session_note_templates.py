"""The template editor and a group's template picker, driven as a facilitator would: a new
template refused in words until it has a name, kept once it has; a built-in changed and put
back as shipped; the group's choice kept at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.note_templates import BUILTINS
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.session_note.template_picker import TemplatePicker
from facilitator_desktop.ui.session_note.templates_dialog import GUIDANCE, TITLE, TemplatesDialog
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.driving import Launch, PromptAnswerer, click, stored, type_text, unlock


def started(qtbot: QtBot, launch: Launch, data_dir: Path) -> tuple[MainWindow, int]:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group = ws.groups.create(GroupDraft("Carers")).id
    return unlock(qtbot, launch()), group


def names(dialog: TemplatesDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_a_new_template_needs_a_name_and_is_kept_with_its_sections(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    window, _group = started(qtbot, launch, data_dir)
    dialog = TemplatesDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert names(dialog) == [
        "Free text (built in)",
        "DAP (Data, Assessment, Plan) (built in)",
        "BIRP (Behaviour, Intervention, Response, Plan) (built in)",
        "SOAP (Subjective, Objective, Assessment, Plan) (built in)",
    ]
    click(qtbot, dialog.new_button)
    assert dialog.name_edit.text() == "My template" and dialog.sections.rowCount() == 1
    dialog.name_edit.setText("")
    click(qtbot, dialog.save_button)
    assert dialog.error_label.text() == "Give the template a name."
    with stored(data_dir) as ws:
        assert len(ws.note_templates.list()) == 4  # nothing kept
    type_text(qtbot, dialog.name_edit, "Check-in focus")
    click(qtbot, dialog.add_button)
    dialog.sections.item(1, TITLE).setText("note")  # the same heading as the first
    click(qtbot, dialog.save_button)
    assert "Two sections are called “note”" in dialog.error_label.text()
    dialog.sections.item(1, TITLE).setText("Next steps")
    dialog.sections.item(1, GUIDANCE).setText("Who to call")
    click(qtbot, dialog.save_button)
    assert names(dialog)[-1] == "Check-in focus"
    with stored(data_dir) as ws:
        own = ws.note_templates.list()[-1]
    assert (own.name, own.titles) == ("Check-in focus", ("Note", "Next steps"))
    assert own.sections[1].guidance == "Who to call"

    answer = PromptAnswerer("Delete").arm()
    click(qtbot, dialog.delete_button)
    answer.check()
    assert "Check-in focus" not in names(dialog)


def test_a_built_in_is_changed_and_put_back_as_shipped(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    window, _group = started(qtbot, launch, data_dir)
    dialog = TemplatesDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(1)  # DAP
    assert not dialog.delete_button.isVisible() and dialog.reset_button.isVisible()
    dialog.sections.setCurrentCell(1, TITLE)
    click(qtbot, dialog.remove_button)
    click(qtbot, dialog.save_button)
    with stored(data_dir) as ws:
        assert ws.note_templates.builtin("dap").titles == ("Data", "Plan")
    click(qtbot, dialog.reset_button)
    with stored(data_dir) as ws:
        assert ws.note_templates.builtin("dap").sections == BUILTINS["dap"].sections
    assert dialog.sections.rowCount() == 3


def test_esc_keeps_a_valid_template_without_a_question(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    window, _group = started(qtbot, launch, data_dir)
    dialog = TemplatesDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.new_button)
    dialog.name_edit.setText("Short")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    with stored(data_dir) as ws:
        assert ws.note_templates.list()[-1].name == "Short"


def test_the_group_picks_its_template_at_once(qtbot: QtBot, launch: Launch, data_dir: Path) -> None:
    window, group = started(qtbot, launch, data_dir)
    picker = TemplatePicker(window.ctx, window)
    qtbot.addWidget(picker)
    picker.set_group(group)
    assert picker.box.currentText() == "Free text"
    soap = picker.box.findText("SOAP (Subjective, Objective, Assessment, Plan)")
    picker.box.setCurrentIndex(soap)
    picker.box.activated.emit(soap)
    with stored(data_dir) as ws:
        assert ws.note_templates.for_group(group).builtin_key == "soap"
    picker.set_group(None)
    assert not picker.isEnabled() and picker.box.count() == 0
