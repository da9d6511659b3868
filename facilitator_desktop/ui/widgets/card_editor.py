"""Editor for one rule card: a short title and a "why", both counted live, and one plain
sentence."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from facilitator_desktop.domain.validation import (
    RULE_STATEMENT_MAX,
    RULE_TITLE_MAX,
    RULE_WHY_MAX,
    clean,
)
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.ui.formatting import number
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.field_error import FieldError, FormErrors
from facilitator_desktop.ui.widgets.roomy_line_edit import keep_roomy
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

# The Title field is at least this many average characters wide.
TITLE_CHARS = 24
# The statement and the why show this many lines without scrolling.
TEXT_LINES = 4


class RuleCardEditor(QWidget):
    # The user changed the card's text (not emitted while a card is being shown).
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library_key: str | None = None
        self._loading = False

        # No maxLength on the title: typing past 60 must stay visible and be explained,
        # not silently cut off.
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("A few words, e.g. “One voice at a time”"))
        # A usual title's words whole at any font; a longer one is in the tooltip too.
        keep_roomy(self.title_edit, TITLE_CHARS)
        self.counter = ToneLabel("", Tone.MUTED, self)
        self.counter.setWordWrap(False)
        self.counter.setAccessibleName(self.tr("Title length"))
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_edit, 1)
        title_row.addWidget(self.counter)
        self.title_error = FieldError(self.title_edit, self)

        self.statement_edit = QPlainTextEdit(self)
        self.statement_edit.setTabChangesFocus(True)
        self.statement_edit.setPlaceholderText(self.tr("The rule as one plain sentence."))
        self.statement_error = FieldError(self.statement_edit, self)

        self.why_edit = QPlainTextEdit(self)
        self.why_edit.setTabChangesFocus(True)
        self.why_edit.setPlaceholderText(self.tr("Optional: why this rule helps the group."))
        # Like the title: no hard cut-off, a counter and a plain message past the limit.
        self.why_counter = ToneLabel("", Tone.MUTED, self)
        self.why_counter.setWordWrap(False)
        self.why_counter.setAccessibleName(self.tr("Reason length"))
        why_row = QHBoxLayout()
        why_row.addWidget(self.why_edit, 1)
        why_row.addWidget(self.why_counter)
        self.why_error = FieldError(self.why_edit, self)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        # Each label above its field: the fields take the column's whole width, which a
        # large font needs in the Rules page's narrow column.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(6)
        title_label = QLabel(self.tr("T&itle:"), self)
        title_label.setBuddy(self.title_edit)
        form.addRow(title_label, title_row)
        form.addRow("", self.title_error)
        form.addRow(self.tr("S&tatement:"), self.statement_edit)
        form.addRow("", self.statement_error)
        why_label = QLabel(self.tr("Wh&y:"), self)
        why_label.setBuddy(self.why_edit)
        form.addRow(why_label, why_row)
        form.addRow("", self.why_error)

        self.errors = FormErrors(
            {"title": self.title_error, "statement": self.statement_error, "why": self.why_error}
        )
        self.title_edit.textEdited.connect(self._on_title_edited)
        self.statement_edit.textChanged.connect(self._on_statement_edited)
        self.why_edit.textChanged.connect(self._on_why_edited)
        self.set_card(None)
        self._fit_text_boxes()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_text_boxes()

    def _fit_text_boxes(self) -> None:
        """The statement and the why TEXT_LINES lines high in their own font (84 px held
        three lines at 16 pt, and the usual "why" scrolled)."""
        for box in (self.statement_edit, self.why_edit):
            frame = box.contentsMargins()
            inner = TEXT_LINES * box.fontMetrics().lineSpacing()
            inner += math.ceil(2 * box.document().documentMargin())
            box.setFixedHeight(inner + frame.top() + frame.bottom())

    # --- public ------------------------------------------------------------------------------

    def set_card(self, card: RuleCardDraft | None, *, read_only: bool = False) -> None:
        self._loading = True
        try:
            self._library_key = card.library_key if card else None
            self.title_edit.setText(card.title if card else "")
            self.statement_edit.setPlainText(card.statement if card else "")
            self.why_edit.setPlainText(card.why if card else "")
        finally:
            self._loading = False
        self.errors.clear()
        editable = card is not None and not read_only
        self.title_edit.setReadOnly(not editable)
        self.statement_edit.setReadOnly(not editable)
        self.why_edit.setReadOnly(not editable)
        self.setEnabled(card is not None)
        self._update_counter()

    def card(self) -> RuleCardDraft:
        return RuleCardDraft(
            self.title_edit.text(),
            self.statement_edit.toPlainText(),
            self.why_edit.toPlainText(),
            self._library_key,
        )

    def show_error(self, field: str, message: str) -> None:
        self.errors.show(field, message)
        edits = {"statement": self.statement_edit, "why": self.why_edit}
        edits.get(field, self.title_edit).setFocus()

    def why_too_long(self) -> bool:
        return len(clean(self.why_edit.toPlainText())) > RULE_WHY_MAX

    # --- live checks ---------------------------------------------------------------------------

    def _update_counter(self) -> None:
        length = len(clean(self.title_edit.text()))
        self.counter.setText(f"{length}/{RULE_TITLE_MAX}")
        self.counter.set_tone(Tone.ERROR if length > RULE_TITLE_MAX else Tone.MUTED)
        why = len(clean(self.why_edit.toPlainText()))
        self.why_counter.setText(f"{why}/{RULE_WHY_MAX}")
        self.why_counter.set_tone(Tone.ERROR if why > RULE_WHY_MAX else Tone.MUTED)

    def _check_why(self) -> None:
        length = len(clean(self.why_edit.toPlainText()))
        if length > RULE_WHY_MAX:
            self.why_error.show_message(
                self.tr(
                    "Keep the reason under %Ln characters (this one has {n}): it prints "
                    "under the rule on cards and handouts.",
                    "",
                    RULE_WHY_MAX,
                ).format(n=number(length))
            )
        else:
            self.why_error.clear_message()

    def _check_title(self) -> None:
        length = len(clean(self.title_edit.text()))
        if length == 0:
            self.title_error.show_message(self.tr("Give the card a short title."))
        elif length > RULE_TITLE_MAX:
            self.title_error.show_message(
                self.tr(
                    "Titles are at most %Ln characters (this one has {n}).", "", RULE_TITLE_MAX
                ).format(n=number(length))
            )
        else:
            self.title_error.clear_message()

    def _check_statement(self) -> None:
        text = clean(self.statement_edit.toPlainText())
        if not text:
            self.statement_error.show_message(self.tr("Write the rule as one plain sentence."))
        elif len(text) > RULE_STATEMENT_MAX:
            self.statement_error.show_message(
                self.tr("Keep the statement under {max} characters.").format(max=RULE_STATEMENT_MAX)
            )
        else:
            self.statement_error.clear_message()

    @Slot()
    def _on_title_edited(self) -> None:
        self._update_counter()
        self._check_title()
        emit(self.edited)

    @Slot()
    def _on_statement_edited(self) -> None:
        if not self._loading:
            self._check_statement()
            emit(self.edited)

    @Slot()
    def _on_why_edited(self) -> None:
        self._update_counter()
        if not self._loading:
            self._check_why()
            emit(self.edited)
