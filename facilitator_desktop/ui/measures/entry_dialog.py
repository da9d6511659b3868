"""Entering a measure from paper: pick the questionnaire, the date it was filled in and
(optionally) the session, then type each item's answer or only the total.

For PHQ-9 and GAD-7 each item is shown in its published wording next to its answer box;
the running total and its band are shown as the answers come in. An answer box is blank
("–") until answered, so a skipped item is never taken for a 0. PHQ-9 item 9 above 0 shows
a notice at once and a message after saving, every time (see safety.py).

Keyboard: Tab moves from item to item; a digit is the answer (only answers in the item's
range can be typed); Enter saves.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.domain.measures import Answers, Flag, Instrument, PaperTotal, score
from facilitator_desktop.errors import FacilitatorError, ValidationError
from facilitator_desktop.services.measures import EntryInfo, InstrumentInfo, MeasureService
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.measures import labels
from facilitator_desktop.ui.measures.answer_box import AnswerBox, date_format
from facilitator_desktop.ui.measures.safety import (
    SafetyNotice,
    answer_words,
    safety_answer,
    tell_after_saving,
)
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class MeasureEntryDialog(QDialog):
    # An entry was saved (the member's trajectory should be read again).
    recorded = Signal(int)

    def __init__(
        self,
        ctx: UiContext,
        member_id: int,
        alias: str,
        parent: QWidget | None = None,
        *,
        instrument_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.alias = alias
        self.service = MeasureService(ctx.workspace.context)
        self.entry: EntryInfo | None = None
        self.safety_box_shown = 0  # how often the message after saving was shown
        self._instruments: list[InstrumentInfo] = []
        self.item_boxes: list[AnswerBox] = []
        self.setWindowTitle(self.tr("Enter a measure — {alias}").format(alias=alias))
        self.setModal(True)

        self.title = heading(self.tr("Enter a measure from paper"), 2, self)
        self.instrument_combo = QComboBox(self)
        self.instrument_combo.setAccessibleName(self.tr("Measure"))
        self.instrument_combo.currentIndexChanged.connect(self._on_instrument_changed)
        self.define_button = QPushButton(self.tr("&Define measures…"), self)
        self.define_button.setToolTip(
            self.tr("Add a measure whose form you have on paper (ORS, SRS, CORE-10 …)")
        )
        self.define_button.setAutoDefault(False)
        self.define_button.clicked.connect(self._on_define)
        instrument_row = QHBoxLayout()
        instrument_row.addWidget(self.instrument_combo, 1)
        instrument_row.addWidget(self.define_button)

        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        today = ctx.today()
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.setAccessibleName(self.tr("Date the form was filled in"))
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.session_combo = QComboBox(self)
        self.session_combo.setAccessibleName(self.tr("Session"))
        self.session_combo.setMinimumContentsLength(18)

        self.items_radio = QRadioButton(self.tr("Each item's &answer"), self)
        self.total_radio = QRadioButton(self.tr("Only the &total from the paper"), self)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.items_radio)
        self.mode_group.addButton(self.total_radio)
        self.items_radio.toggled.connect(self._on_mode_changed)
        self._mode_chosen = False  # once the facilitator picks a way, a new measure keeps it
        self.mode_group.buttonClicked.connect(self._on_mode_chosen)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.items_radio)
        mode_row.addWidget(self.total_radio)
        mode_row.addStretch(1)

        measure_label = QLabel(self.tr("&Measure:"), self)
        measure_label.setBuddy(self.instrument_combo)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(measure_label, instrument_row)
        form.addRow(self.tr("Filled in &on:"), self.date_edit)
        form.addRow(self.tr("&Session:"), self.session_combo)
        form.addRow(self.tr("Enter:"), mode_row)

        self.items_panel = QWidget(self)
        self.instructions = QLabel(self.items_panel)
        self.instructions.setWordWrap(True)
        self.instructions.setTextFormat(Qt.TextFormat.PlainText)
        font = self.instructions.font()
        font.setItalic(True)
        self.instructions.setFont(font)
        self.legend = ToneLabel("", Tone.MUTED, self.items_panel)
        self.items_grid = QGridLayout()
        self.items_grid.setContentsMargins(0, 0, 0, 0)
        self.items_grid.setHorizontalSpacing(10)
        self.items_grid.setVerticalSpacing(4)
        self.items_grid.setColumnStretch(1, 1)
        # The form's instructions and answers scroll with its items: the total, a notice
        # about item 9 and the buttons stay in view.
        panel_layout = QVBoxLayout(self.items_panel)
        panel_layout.setContentsMargins(4, 4, 12, 4)
        panel_layout.addWidget(self.instructions)
        panel_layout.addWidget(self.legend)
        panel_layout.addLayout(self.items_grid)
        panel_layout.addStretch(1)
        self.items_scroll = QScrollArea(self)
        self.items_scroll.setWidget(self.items_panel)
        self.items_scroll.setWidgetResizable(True)
        self.items_scroll.setMinimumHeight(220)

        self.total_box = AnswerBox(0, 1, 0, self)
        self.total_box.setAccessibleName(self.tr("Total"))
        self.total_box.valueChanged.connect(self._on_answers_changed)
        self.total_label = QLabel(self.tr("T&otal:"), self)
        self.total_label.setBuddy(self.total_box)
        self.total_note = ToneLabel("", Tone.MUTED, self)
        total_row = QHBoxLayout()
        total_row.addWidget(self.total_label)
        total_row.addWidget(self.total_box)
        total_row.addStretch(1)
        self.total_panel = QWidget(self)
        total_layout = QVBoxLayout(self.total_panel)
        total_layout.setContentsMargins(0, 0, 0, 0)
        total_layout.addLayout(total_row)
        total_layout.addWidget(self.total_note)

        self.result_label = QLabel(self)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        result_font = self.result_label.font()
        result_font.setBold(True)
        result_font.setPointSizeF(result_font.pointSizeF() * 1.15)
        self.result_label.setFont(result_font)
        self.result_label.setAccessibleName(self.tr("Total so far"))
        self.safety = SafetyNotice(self)
        self.error = FieldError(None, self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.private_note = ToneLabel(
            self.tr("Stored encrypted; never shown on the room display."), Tone.MUTED, self
        )

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.items_scroll, 10)
        layout.addWidget(self.total_panel)
        layout.addWidget(self.result_label)
        layout.addWidget(self.safety)
        layout.addWidget(self.error)
        layout.addStretch(1)  # takes the room the items leave when only a total is typed
        layout.addWidget(self.private_note)
        layout.addWidget(self.buttons)
        self.resize(760, 700)

        self._load_sessions()
        self._load_instruments(instrument_id)

    # --- loading ------------------------------------------------------------------------

    def _load_instruments(self, select: int | None = None) -> None:
        keep = select if select is not None else self.instrument_id()
        try:
            self._instruments = self.service.instruments()
        except FacilitatorError as exc:
            self.error.show_message(error_text(exc))
            self._instruments = []
        self.instrument_combo.blockSignals(True)
        self.instrument_combo.clear()
        for info in self._instruments:
            self.instrument_combo.addItem(info.name, info.id)
        index = self.instrument_combo.findData(keep) if keep is not None else 0
        self.instrument_combo.setCurrentIndex(max(0, index))
        self.instrument_combo.blockSignals(False)
        self._on_instrument_changed(self.instrument_combo.currentIndex())

    def _load_sessions(self) -> None:
        self.session_combo.clear()
        self.session_combo.addItem(self.tr("Not tied to a session"), None)
        try:
            sessions = self.service.sessions_for(self.member_id)
        except FacilitatorError:
            sessions = []
        for session_id, started in sessions:
            self.session_combo.addItem(
                self.tr("{date} at {time}").format(
                    date=look.session_date(started), time=look.session_clock(started)
                ),
                (session_id, look.local(started).date()),
            )
        self._on_date_changed(self.date_edit.date())

    def instrument(self) -> InstrumentInfo | None:
        instrument_id = self.instrument_id()
        return next((i for i in self._instruments if i.id == instrument_id), None)

    def instrument_id(self) -> int | None:
        data = self.instrument_combo.currentData()
        return int(data) if data is not None else None

    def spec(self) -> Instrument | None:
        info = self.instrument()
        return info.spec if info is not None else None

    # --- building the form for one instrument -------------------------------------------

    def _build_items(self, spec: Instrument) -> None:
        while self.items_grid.count():
            item = self.items_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.item_boxes = []
        previous: QWidget = self.total_radio
        for number in range(1, spec.items + 1):
            text = (
                spec.item_texts[number - 1]
                if spec.item_texts
                else self.tr("Item {n}").format(n=formatting.number(number))
            )
            number_label = QLabel(self.tr("{n}.").format(n=formatting.number(number)))
            number_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            text_label = QLabel(text)
            text_label.setWordWrap(True)
            text_label.setTextFormat(Qt.TextFormat.PlainText)
            box = AnswerBox(spec.item_min, spec.item_max, spec.decimals)
            box.setAccessibleName(self.tr("Item {n}").format(n=formatting.number(number)))
            box.setAccessibleDescription(text)
            box.valueChanged.connect(self._on_answers_changed)
            text_label.setBuddy(box)
            self.items_grid.addWidget(number_label, number - 1, 0)
            self.items_grid.addWidget(text_label, number - 1, 1)
            self.items_grid.addWidget(box, number - 1, 2)
            QWidget.setTabOrder(previous, box)
            previous = box
            self.item_boxes.append(box)
        QWidget.setTabOrder(previous, self.total_box)

    @Slot(int)
    def _on_instrument_changed(self, _index: int) -> None:
        self.error.clear_message()
        self.safety.hide()
        spec = self.spec()
        if spec is None:
            self.item_boxes = []
            self.instructions.clear()
            self.legend.setText(self.tr("There is no measure to enter. Define one first."))
            self.save_button.setEnabled(False)
            return
        self._build_items(spec)
        self.total_box.set_range(spec.total_min, spec.total_max, spec.decimals)
        self.instructions.setText(spec.instructions)
        self.instructions.setVisible(bool(spec.instructions))
        if spec.answer_labels:
            legend = " · ".join(
                f"{formatting.number(spec.item_min + i)} {answer}"
                for i, answer in enumerate(spec.answer_labels)
            )
        else:
            legend = self.tr("Each item from {low} to {high}.").format(
                low=labels.value(spec, spec.item_min), high=labels.value(spec, spec.item_max)
            )
        self.legend.setText(legend)
        self.total_note.setText(
            labels.safety_total_only()
            if spec.safety_item is not None
            else self.tr("The total is from {low} to {high}.").format(
                low=labels.value(spec, spec.total_min), high=labels.value(spec, spec.total_max)
            )
        )
        if not self._mode_chosen:
            self.items_radio.blockSignals(True)
            # The shipped forms are typed item by item; one's own paper form often arrives
            # scored by hand.
            (self.items_radio if spec.shipped else self.total_radio).setChecked(True)
            self.items_radio.blockSignals(False)
        self._on_mode_changed()

    @Slot()
    def _on_mode_changed(self) -> None:
        by_item = self.items_radio.isChecked()
        self.items_scroll.setVisible(by_item)
        self.instructions.setVisible(by_item and bool(self.instructions.text()))
        self.legend.setVisible(by_item)
        self.total_panel.setVisible(not by_item)
        self.save_button.setEnabled(self.spec() is not None)
        self._on_answers_changed()

    @Slot()
    def _on_mode_chosen(self) -> None:
        self._mode_chosen = True

    @Slot(QDate)
    def _on_date_changed(self, chosen: QDate) -> None:
        """Tie the entry to the session held that day, when there is one."""
        day = date(chosen.year(), chosen.month(), chosen.day())
        for index in range(1, self.session_combo.count()):
            data = self.session_combo.itemData(index)
            if data is not None and data[1] == day:
                self.session_combo.setCurrentIndex(index)
                return
        self.session_combo.setCurrentIndex(0)

    # --- answers ------------------------------------------------------------------------

    def by_item(self) -> bool:
        return self.items_radio.isChecked()

    def answers(self) -> list[float | None]:
        return [box.answer() for box in self.item_boxes]

    @Slot()
    def _on_answers_changed(self) -> None:
        spec = self.spec()
        if spec is None:
            self.result_label.clear()
            return
        self._update_safety(spec)
        if self.by_item():
            answers = self.answers()
            given = [a for a in answers if a is not None]
            if len(given) < len(answers):
                self.result_label.setText(
                    self.tr("Answered {given} of {items} · total so far {total}").format(
                        given=formatting.number(len(given)),
                        items=formatting.number(len(answers)),
                        total=labels.value(spec, sum(given)),
                    )
                )
                return
            result = score(spec, given)
        else:
            total = self.total_box.answer()
            if total is None:
                self.result_label.setText(self.tr("Type the total from the paper."))
                return
            result = score(spec, PaperTotal(total))
        self.result_label.setText(
            self.tr("Total {total} of {most}").format(
                total=labels.total_with_band(spec, result.total, result.band),
                most=labels.value(spec, spec.total_max),
            )
        )

    def _update_safety(self, spec: Instrument) -> None:
        answer = safety_answer(spec, self.answers()) if self.by_item() else None
        if answer is None:
            self.safety.hide()
            return
        self.safety.show_for(self.alias, answer_words(spec, answer))

    # --- saving -------------------------------------------------------------------------

    def _collected(self, spec: Instrument) -> Answers | None:
        if not self.by_item():
            total = self.total_box.answer()
            if total is None:
                self._refuse(self.total_box, self.tr("Type the total from the paper."))
                return None
            return PaperTotal(total)
        answers = self.answers()
        for number, (box, answer) in enumerate(zip(self.item_boxes, answers, strict=True), 1):
            if answer is None:
                self._refuse(
                    box,
                    self.tr(
                        "Item {n} has no answer yet. Type it, or enter only the total from "
                        "the paper."
                    ).format(n=formatting.number(number)),
                )
                return None
        return [a for a in answers if a is not None]

    def _refuse(self, field: QWidget, message: str) -> None:
        self.error.show_message(message)
        if isinstance(field, AnswerBox):
            self.items_scroll.ensureWidgetVisible(field)
        field.setFocus(Qt.FocusReason.TabFocusReason)

    @Slot()
    def _on_save(self) -> None:
        info = self.instrument()
        if info is None:
            return
        self.error.clear_message()
        answers = self._collected(info.spec)
        if answers is None:
            return
        day = self.date_edit.date()
        data = self.session_combo.currentData()
        session_id = data[0] if data is not None else None
        try:
            entry = self.service.record(
                self.member_id,
                info.id,
                answers,
                date(day.year(), day.month(), day.day()),
                session_id,
            )
        except ValidationError as exc:
            self._refuse(self._field_widget(exc.field), error_text(exc))
            return
        except FacilitatorError as exc:
            self.error.show_message(error_text(exc))
            return
        self.entry = entry
        emit(self.recorded, entry.id)
        emit(self.ctx.statusMessage, self.tr("Measure saved."))
        if entry.score is not None and Flag.SELF_HARM_THOUGHTS in entry.score.flags:
            answer = (
                entry.score.items[info.spec.safety_item - 1]
                if (entry.score.items is not None and info.spec.safety_item is not None)
                else 0
            )
            self.safety_box_shown += 1
            tell_after_saving(self, self.alias, answer_words(info.spec, answer))
        self.accept()

    def _field_widget(self, field: str) -> QWidget:
        if field.startswith("item") and field[4:].isdigit():
            index = int(field[4:]) - 1
            if 0 <= index < len(self.item_boxes):
                return self.item_boxes[index]
        return {
            "total": self.total_box,
            "taken_on": self.date_edit,
            "session": self.session_combo,
        }.get(field, self.instrument_combo)

    # --- measures the facilitator defines -----------------------------------------------

    @Slot()
    def _on_define(self) -> None:
        from facilitator_desktop.ui.measures.instruments_dialog import InstrumentsDialog

        dialog = InstrumentsDialog(self.ctx, self)
        dialog.exec()
        self._load_instruments(dialog.last_saved or self.instrument_id())


def open_entry_dialog(
    parent: QWidget, ctx: UiContext, member_id: int, alias: str
) -> MeasureEntryDialog:
    """Open the dialog (window-modal, deleted when closed) and hand it back."""
    dialog = MeasureEntryDialog(ctx, member_id, alias, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
