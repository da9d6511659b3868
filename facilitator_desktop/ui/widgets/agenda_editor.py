"""Editor for a group's default agenda: ordered segments with minutes and a kind."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.domain.validation import SegmentKind, SegmentSpec
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.roomy_line_edit import keep_roomy
from facilitator_desktop.ui.widgets.segment_rows import SegmentRowsLayout
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

ROW_PROPERTY = "agendaRow"
# A segment's name shows at least this many characters, whatever the font; past that
# (a large font in a narrow form) the name takes a line of its own.
NAME_CHARS = 14


@dataclass(slots=True)
class _Row:
    name: QLineEdit
    minutes: QSpinBox
    kind: QComboBox
    up: QToolButton
    down: QToolButton
    remove: QToolButton

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.minutes, self.kind, self.up, self.down, self.remove)

    def spec(self) -> SegmentSpec:
        kind: SegmentKind = "round" if self.kind.currentData() == "round" else "open"
        return SegmentSpec(self.name.text(), self.minutes.value(), kind)


class AgendaEditor(QWidget):
    # Any edit: text, minutes, kind, order, rows added or removed.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._grid = SegmentRowsLayout()
        headers: list[QWidget] = []
        for text in (self.tr("Segment"), self.tr("Length"), self.tr("Kind")):
            header = ToneLabel(text, Tone.MUTED, self)
            header.setWordWrap(False)
            headers.append(header)
        self._grid.set_headers(headers)

        self.add_button = QPushButton(self.tr("Add segmen&t"), self)
        self.add_button.setToolTip(self.tr("Add a segment at the end of the agenda"))
        self.add_button.clicked.connect(self._on_add)
        self.empty_hint = ToneLabel(
            self.tr("No segments yet: add check-in, discussion and check-out."), Tone.MUTED, self
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.empty_hint, 1)
        buttons.addStretch(0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._grid)
        layout.addLayout(buttons)

    # --- public ------------------------------------------------------------------------------

    def segments(self) -> tuple[SegmentSpec, ...]:
        return tuple(row.spec() for row in self._rows)

    def set_segments(self, segments: tuple[SegmentSpec, ...] | list[SegmentSpec]) -> None:
        self._rebuild(list(segments))

    def total_minutes(self) -> int:
        return sum(row.minutes.value() for row in self._rows)

    def row_count(self) -> int:
        return len(self._rows)

    def name_edit(self, row: int) -> QLineEdit:
        return self._rows[row].name

    def minutes_box(self, row: int) -> QSpinBox:
        return self._rows[row].minutes

    def kind_box(self, row: int) -> QComboBox:
        return self._rows[row].kind

    def up_button(self, row: int) -> QToolButton:
        return self._rows[row].up

    def down_button(self, row: int) -> QToolButton:
        return self._rows[row].down

    def remove_button(self, row: int) -> QToolButton:
        return self._rows[row].remove

    def is_stacked(self) -> bool:
        """Each name on a line of its own, its controls under it (too narrow for one line)."""
        return self._grid.is_stacked()

    def move_row(self, row: int, delta: int) -> None:
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return
        specs = list(self.segments())
        specs.insert(target, specs.pop(row))
        focus_up = delta < 0
        self._rebuild(specs)
        moved = self._rows[target]
        button = moved.up if focus_up else moved.down
        (button if button.isEnabled() else moved.name).setFocus()
        emit(self.changed)

    def remove_row(self, row: int) -> None:
        specs = list(self.segments())
        del specs[row]
        self._rebuild(specs)
        if self._rows:
            self._rows[min(row, len(self._rows) - 1)].name.setFocus()
        else:
            self.add_button.setFocus()
        emit(self.changed)

    # --- slots -------------------------------------------------------------------------------

    @Slot()
    def _on_add(self) -> None:
        specs = [*self.segments(), SegmentSpec("", 10, "open")]
        self._rebuild(specs)
        self._rows[-1].name.setFocus()
        emit(self.changed)

    @Slot()
    def _on_row_button(self) -> None:
        button = self.sender()
        for index, row in enumerate(self._rows):
            if button is row.up:
                self.move_row(index, -1)
                return
            if button is row.down:
                self.move_row(index, +1)
                return
            if button is row.remove:
                self.remove_row(index)
                return

    @Slot()
    def _on_edited(self) -> None:
        emit(self.changed)

    # --- building ----------------------------------------------------------------------------

    def _rebuild(self, specs: list[SegmentSpec]) -> None:
        self._grid.clear_rows()
        for row in self._rows:
            for widget in row.widgets():
                # Unparent at once so the old widgets leave the focus chain before re-linking.
                widget.setParent(None)
                widget.deleteLater()
        self._rows = [self._make_row(index, spec) for index, spec in enumerate(specs)]
        self.empty_hint.setVisible(not self._rows)
        self._relink_tab_order()

    def _make_row(self, index: int, spec: SegmentSpec) -> _Row:
        number = index + 1
        name = QLineEdit(spec.name, self)
        name.setPlaceholderText(self.tr("e.g. Check-in"))
        name.setAccessibleName(self.tr("Segment {n} name").format(n=number))
        name.setMaxLength(80)
        keep_roomy(name, NAME_CHARS)
        minutes = QSpinBox(self)
        minutes.setRange(1, 480)
        minutes.setValue(max(1, min(480, spec.minutes)))
        minutes.setSuffix(self.tr(" min"))
        minutes.setAccessibleName(self.tr("Segment {n} minutes").format(n=number))
        kind = QComboBox(self)
        kind.addItem(self.tr("Round"), "round")
        kind.addItem(self.tr("Open"), "open")
        tip = Qt.ItemDataRole.ToolTipRole
        kind.setItemData(0, self.tr("Everyone speaks in seat order; anyone may pass."), tip)
        kind.setItemData(1, self.tr("Open discussion: raise a hand to join the queue."), tip)
        kind.setCurrentIndex(0 if spec.kind == "round" else 1)
        kind.setAccessibleName(self.tr("Segment {n} kind").format(n=number))
        up = self._tool_button("↑", self.tr("Move segment {n} up").format(n=number))
        down = self._tool_button("↓", self.tr("Move segment {n} down").format(n=number))
        remove = self._tool_button("✕", self.tr("Remove segment {n}").format(n=number))
        up.setEnabled(index > 0)

        row = _Row(name, minutes, kind, up, down, remove)
        for widget in row.widgets():
            widget.setProperty(ROW_PROPERTY, index)
        self._grid.add_row(list(row.widgets()))
        name.textEdited.connect(self._on_edited)
        minutes.valueChanged.connect(self._on_edited)
        kind.currentIndexChanged.connect(self._on_edited)
        for button in (up, down, remove):
            button.clicked.connect(self._on_row_button)
        return row

    def _tool_button(self, glyph: str, description: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(glyph)
        button.setToolTip(description)
        button.setAccessibleName(description)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return button

    def _relink_tab_order(self) -> None:
        if self._rows:
            self._rows[-1].down.setEnabled(False)
        # New widgets join the end of the window's focus chain; put them back before "Add".
        previous = self.add_button.previousInFocusChain() or self
        for row in self._rows:
            for widget in row.widgets():
                QWidget.setTabOrder(previous, widget)
                previous = widget
        QWidget.setTabOrder(previous, self.add_button)
