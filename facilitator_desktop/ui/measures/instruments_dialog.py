"""The measures a facilitator defines, for licensed questionnaires whose text the app may
not ship (ORS, SRS, GSRS, CORE-10 …): a name, the number of items, one item's range, which
way is worse, bands and a reliable-change threshold, all from the instrument's manual. The
shipped PHQ-9 and GAD-7 are listed too (scored as published, they can only be archived).

The threshold can be typed, or computed from a published standard deviation and reliability
(Jacobson-Truax, domain.measures.rci_threshold).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.domain.measures import (
    BANDS_MAX,
    ITEM_LIMIT,
    ITEMS_MAX,
    NAME_MAX,
    Band,
    Instrument,
    InstrumentDraft,
    rci_threshold,
)
from facilitator_desktop.errors import N_, FacilitatorError, ValidationError
from facilitator_desktop.services.measures import InstrumentInfo, MeasureService
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.measures import labels
from facilitator_desktop.ui.widgets.field_error import FieldError, FormErrors
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FROM, TO, NAME = range(3)


class InstrumentsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = MeasureService(ctx.workspace.context)
        self.last_saved: int | None = None
        self._current: InstrumentInfo | None = None  # None: a new measure
        self._infos: list[InstrumentInfo] = []
        self.setWindowTitle(self.tr("Measures"))
        self.setModal(True)

        # --- list ---------------------------------------------------------------------------
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Measures"))
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.new_button = QPushButton(self.tr("&New measure"), self)
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self._on_new)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)

        # --- form ---------------------------------------------------------------------------
        self.form_title = heading("", 2, self)
        self.shipped_note = ToneLabel("", Tone.MUTED, self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("For example ORS"))
        self.items_spin = QSpinBox(self)
        self.items_spin.setRange(1, ITEMS_MAX)
        self.low_spin = QSpinBox(self)
        self.low_spin.setRange(-ITEM_LIMIT, ITEM_LIMIT)
        self.low_spin.setAccessibleName(self.tr("Lowest answer"))
        self.high_spin = QSpinBox(self)
        self.high_spin.setRange(-ITEM_LIMIT, ITEM_LIMIT)
        self.high_spin.setAccessibleName(self.tr("Highest answer"))
        range_row = QHBoxLayout()
        range_row.addWidget(self.low_spin)
        range_row.addWidget(QLabel(self.tr("to"), self))
        range_row.addWidget(self.high_spin)
        range_row.addStretch(1)
        self.tenths_box = QCheckBox(
            self.tr("Answers in &tenths (marks on a 10 cm line, as on ORS and SRS)"), self
        )
        self.direction_combo = QComboBox(self)
        self.direction_combo.addItem(self.tr("Higher totals are worse"), True)
        self.direction_combo.addItem(self.tr("Higher totals are better"), False)

        self.bands_table = QTableWidget(0, 3, self)
        self.bands_table.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("To"), self.tr("Name")]
        )
        self.bands_table.setAccessibleName(self.tr("Bands"))
        self.bands_table.verticalHeader().setVisible(False)
        self.bands_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.bands_table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.bands_table.setMinimumHeight(130)
        self.add_band_button = QPushButton(self.tr("Add &band"), self)
        self.add_band_button.setAutoDefault(False)
        self.add_band_button.clicked.connect(self._on_add_band)
        self.remove_band_button = QPushButton(self.tr("Remo&ve band"), self)
        self.remove_band_button.setAutoDefault(False)
        self.remove_band_button.clicked.connect(self._on_remove_band)
        band_buttons = QHBoxLayout()
        band_buttons.addWidget(self.add_band_button)
        band_buttons.addWidget(self.remove_band_button)
        band_buttons.addStretch(1)

        self.threshold_spin = QDoubleSpinBox(self)
        self.threshold_spin.setRange(0, ITEMS_MAX * 2 * ITEM_LIMIT)
        self.threshold_spin.setDecimals(1)
        self.threshold_spin.setSpecialValueText(self.tr("none"))
        self.threshold_spin.setToolTip(
            self.tr("The smallest change between two totals that is more than measurement error")
        )
        self.sd_spin = QDoubleSpinBox(self)
        self.sd_spin.setRange(0, 100000)
        self.sd_spin.setDecimals(2)
        self.sd_spin.setAccessibleName(self.tr("Standard deviation"))
        self.reliability_spin = QDoubleSpinBox(self)
        self.reliability_spin.setRange(0, 0.999)
        self.reliability_spin.setDecimals(3)
        self.reliability_spin.setSingleStep(0.01)
        self.reliability_spin.setAccessibleName(self.tr("Reliability"))
        self.compute_button = QPushButton(self.tr("&Compute"), self)
        self.compute_button.setAutoDefault(False)
        self.compute_button.setToolTip(
            self.tr("Reliable change = 1.96 × √2 × SD × √(1 − reliability) (Jacobson and Truax)")
        )
        self.compute_button.clicked.connect(self._on_compute)
        compute_row = QHBoxLayout()
        compute_row.addWidget(QLabel(self.tr("SD"), self))
        compute_row.addWidget(self.sd_spin)
        compute_row.addWidget(QLabel(self.tr("reliability"), self))
        compute_row.addWidget(self.reliability_spin)
        compute_row.addWidget(self.compute_button)
        compute_row.addStretch(1)

        self.name_error = FieldError(self.name_edit, self)
        self.shape_error = FieldError(self.items_spin, self)
        self.bands_error = FieldError(self.bands_table, self)
        self.threshold_error = FieldError(self.threshold_spin, self)
        self.errors = FormErrors(
            {
                "name": self.name_error,
                "items": self.shape_error,
                "item_min": self.shape_error,
                "item_max": self.shape_error,
                "decimals": self.shape_error,
                "bands": self.bands_error,
                "total": self.bands_error,
                "reliable_change": self.threshold_error,
                "sd": self.threshold_error,
                "reliability": self.threshold_error,
            }
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Items:"), self.items_spin)
        range_label = QLabel(self.tr("Each item &from:"), self)
        range_label.setBuddy(self.low_spin)
        form.addRow(range_label, range_row)
        form.addRow("", self.tenths_box)
        form.addRow("", self.shape_error)
        form.addRow(self.tr("&Direction:"), self.direction_combo)
        form.addRow(self.tr("Bands:"), self.bands_table)
        form.addRow("", band_buttons)
        form.addRow("", self.bands_error)
        form.addRow(self.tr("&Reliable change:"), self.threshold_spin)
        compute_label = QLabel(self.tr("or &from:"), self)
        compute_label.setBuddy(self.sd_spin)
        form.addRow(compute_label, compute_row)
        form.addRow("", self.threshold_error)
        self.licence_note = ToneLabel(
            self.tr(
                "The questions of licensed measures are not included: enter the answers or "
                "the total from the paper form, and take the bands and the reliable change "
                "from its manual."
            ),
            Tone.MUTED,
            self,
        )

        self.save_button = QPushButton(self.tr("&Save measure"), self)
        self.save_button.clicked.connect(self._on_save)
        self.archive_button = QPushButton(self.tr("&Archive"), self)
        self.archive_button.setAutoDefault(False)
        self.archive_button.setToolTip(
            self.tr("An archived measure takes no new entries; its entries are kept")
        )
        self.archive_button.clicked.connect(self._on_archive)
        self.state_label = ToneLabel("", Tone.MUTED, self)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.archive_button)
        actions.addWidget(self.state_label, 1)

        right = QVBoxLayout()
        right.addWidget(self.form_title)
        right.addWidget(self.shipped_note)
        right.addLayout(form)
        right.addWidget(self.licence_note)
        right.addLayout(actions)
        right.addStretch(1)
        self.form_panel = QWidget(self)
        self.form_panel.setLayout(right)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.form_panel, 3)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.close_buttons)
        self.resize(900, 640)
        self._reload()

    # --- loading ------------------------------------------------------------------------

    def infos(self) -> list[InstrumentInfo]:
        return list(self._infos)

    def _reload(self, select: int | None = None) -> None:
        try:
            self._infos = self.service.instruments(include_archived=True)
        except FacilitatorError as exc:
            self.state_label.setText(error_text(exc))
            self._infos = []
        self.list.blockSignals(True)
        self.list.clear()
        for info in self._infos:
            text = info.name
            if info.shipped:
                text = self.tr("{name} (shipped)").format(name=text)
            if info.archived:
                text = self.tr("{name} (archived)").format(name=text)
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, info.id)
        self.list.blockSignals(False)
        row = next((i for i, info in enumerate(self._infos) if info.id == select), -1)
        if row >= 0:
            self.list.setCurrentRow(row)
        else:
            self._show(None)

    def _show(self, info: InstrumentInfo | None) -> None:
        self._current = info
        self.errors.clear()
        self.state_label.clear()
        spec = info.spec if info is not None else None
        shipped = info is not None and info.shipped
        if info is None:
            self.form_title.setText(self.tr("New measure"))
        else:
            self.form_title.setText(info.name)
        self.shipped_note.setVisible(shipped)
        if shipped and spec is not None:
            self.shipped_note.setText(
                self.tr("Scored as published; shipped with its questions. {threshold}").format(
                    threshold=labels.threshold_text(spec)
                )
            )
        self.name_edit.setText(spec.name if spec else "")
        self.items_spin.setValue(spec.items if spec else 4)
        self.low_spin.setValue(spec.item_min if spec else 0)
        self.high_spin.setValue(spec.item_max if spec else 10)
        self.tenths_box.setChecked(bool(spec and spec.decimals))
        self.direction_combo.setCurrentIndex(0 if spec is None or spec.higher_is_worse else 1)
        self.threshold_spin.setValue((spec.reliable_change or 0) if spec else 0)
        self._fill_bands(spec)
        for widget in (
            self.name_edit,
            self.items_spin,
            self.low_spin,
            self.high_spin,
            self.tenths_box,
            self.direction_combo,
            self.bands_table,
            self.add_band_button,
            self.remove_band_button,
            self.threshold_spin,
            self.sd_spin,
            self.reliability_spin,
            self.compute_button,
            self.save_button,
        ):
            widget.setEnabled(not shipped)
        used = info is not None and info.entries > 0
        for widget in (self.items_spin, self.low_spin, self.high_spin, self.tenths_box):
            widget.setEnabled(not shipped and not used)
        if used and not shipped:
            self.state_label.setText(self.tr("In use: its items and their range stay as they are."))
        self.archive_button.setVisible(info is not None)
        self.archive_button.setText(
            self.tr("Bring &back") if info is not None and info.archived else self.tr("&Archive")
        )

    def _fill_bands(self, spec: Instrument | None) -> None:
        self.bands_table.setRowCount(0)
        for band in spec.bands if spec else ():
            self._add_band_row(
                labels.value(spec, band.low) if spec else "",
                labels.value(spec, band.high) if spec else "",
                labels.band_name(band, spec) if spec else "",
            )

    def _add_band_row(self, low: str, high: str, name: str) -> None:
        row = self.bands_table.rowCount()
        self.bands_table.insertRow(row)
        for column, text in ((FROM, low), (TO, high), (NAME, name)):
            self.bands_table.setItem(row, column, QTableWidgetItem(text))

    # --- reading the form ---------------------------------------------------------------

    def draft(self) -> InstrumentDraft:
        """The form as a definition; a band cell that is not a number raises
        ValidationError("bands")."""
        bands = []
        for row in range(self.bands_table.rowCount()):
            cells = [self.bands_table.item(row, c) for c in (FROM, TO, NAME)]
            texts = [cell.text().strip() if cell is not None else "" for cell in cells]
            if not any(texts):
                continue  # an empty row added and left
            bands.append(
                Band(
                    self._number(texts[0], row + 1),
                    self._number(texts[1], row + 1),
                    texts[2],
                )
            )
        threshold = self.threshold_spin.value()
        return InstrumentDraft(
            name=self.name_edit.text(),
            items=self.items_spin.value(),
            item_min=self.low_spin.value(),
            item_max=self.high_spin.value(),
            higher_is_worse=bool(self.direction_combo.currentData()),
            bands=tuple(bands),
            reliable_change=threshold if threshold > 0 else None,
            decimals=1 if self.tenths_box.isChecked() else 0,
        )

    def _number(self, text: str, position: int) -> float:
        value, ok = QLocale().toDouble(text)
        if not ok:
            try:
                value = float(text.replace(",", "."))
            except ValueError:
                raise ValidationError(
                    "bands",
                    N_("Band {n}: write where it starts and ends as numbers."),
                    n=position,
                ) from None
        return int(value) if float(value).is_integer() else value

    # --- slots --------------------------------------------------------------------------

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        info_id = current.data(ID_ROLE) if current is not None else None
        self._show(next((i for i in self._infos if i.id == info_id), None))

    @Slot()
    def _on_new(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self._show(None)
        self.name_edit.setFocus()

    @Slot()
    def _on_add_band(self) -> None:
        if self.bands_table.rowCount() >= BANDS_MAX:
            self.bands_error.show_message(self.tr("Use {n} bands or fewer.").format(n=BANDS_MAX))
            return
        self._add_band_row("", "", "")
        self.bands_table.setCurrentCell(self.bands_table.rowCount() - 1, FROM)
        self.bands_table.setFocus()

    @Slot()
    def _on_remove_band(self) -> None:
        row = self.bands_table.currentRow()
        if row >= 0:
            self.bands_table.removeRow(row)

    @Slot()
    def _on_compute(self) -> None:
        try:
            value = rci_threshold(self.sd_spin.value(), self.reliability_spin.value())
        except ValidationError as exc:
            self.errors.show(exc.field, error_text(exc))
            return
        self.errors.clear()
        self.threshold_spin.setValue(round(value, 1))

    @Slot()
    def _on_save(self) -> None:
        self.errors.clear()
        try:
            draft = self.draft()
            if self._current is None:
                info = self.service.create_instrument(draft)
            else:
                info = self.service.update_instrument(self._current.id, draft)
        except ValidationError as exc:
            self.errors.show(exc.field, error_text(exc))
            return
        except FacilitatorError as exc:
            self.state_label.setText(error_text(exc))
            return
        self.last_saved = info.id
        self._reload(select=info.id)
        self.state_label.setText(self.tr("Saved."))

    @Slot()
    def _on_archive(self) -> None:
        info = self._current
        if info is None:
            return
        try:
            changed = self.service.set_archived(info.id, not info.archived)
        except FacilitatorError as exc:
            self.state_label.setText(error_text(exc))
            return
        self._reload(select=changed.id)
        self.state_label.setText(
            self.tr("Archived: it takes no new entries.")
            if changed.archived
            else self.tr("Back in use.")
        )
