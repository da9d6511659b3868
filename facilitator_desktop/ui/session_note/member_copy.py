"""A member's copy of their progress entries, for one session or a period, saved as a PDF
or printed: the group note with every other member reduced to initials (or removed, the
facilitator's setting), and this member's facts, lines and addenda.

The copy is made when asked for and handed straight to the file or the printer; nothing of
it is kept. A file name never names the member (it ends up in recent-file lists).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QStandardPaths, Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop import partial_files
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.handouts.data import HandoutResult, Paper
from facilitator_desktop.services.settings import (
    HANDOUT_LARGE_PRINT,
    HANDOUT_PAPER,
    MEMBER_COPY_OTHERS,
)
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.handouts.printing import (
    PrintError,
    prepare_printer,
    print_document,
    send_pdf,
)
from facilitator_desktop.ui.session_note.print_labels import copy_words, default_paper
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.busy import busy_cursor
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

DEFAULT_DAYS = 91  # a quarter: the usual span of a progress report


class MemberCopyDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        group_id: int,
        parent: QWidget | None = None,
        session_id: int | None = None,
        member_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group_id = group_id
        self.session_id = session_id
        self.setWindowTitle(self.tr("A member's copy"))

        self.member_box = QComboBox(self)
        self.member_box.setAccessibleName(self.tr("Member"))
        member_label = QLabel(self.tr("&Member:"), self)
        member_label.setBuddy(self.member_box)

        self.session_radio = QRadioButton(self.tr("This &session only"), self)
        self.range_radio = QRadioButton(self.tr("Sessions &from"), self)
        today = ctx.today()
        self.first_edit = _date_edit(today - timedelta(days=DEFAULT_DAYS), self)
        self.last_edit = _date_edit(today, self)
        self.first_edit.setAccessibleName(self.tr("First day"))
        self.last_edit.setAccessibleName(self.tr("Last day"))
        scope = QButtonGroup(self)
        scope.addButton(self.session_radio)
        scope.addButton(self.range_radio)
        range_row = QHBoxLayout()
        range_row.addWidget(self.range_radio)
        range_row.addWidget(self.first_edit)
        range_row.addWidget(QLabel(self.tr("to"), self))
        range_row.addWidget(self.last_edit)
        range_row.addStretch(1)
        self.session_radio.setVisible(session_id is not None)
        (self.session_radio if session_id is not None else self.range_radio).setChecked(True)
        self.first_edit.dateChanged.connect(self._on_range_edited)
        self.last_edit.dateChanged.connect(self._on_range_edited)

        self.initials_radio = QRadioButton(self.tr("Other members as their &initials"), self)
        self.removed_radio = QRadioButton(self.tr("Other members' names &removed"), self)
        others = QButtonGroup(self)
        others.addButton(self.initials_radio)
        others.addButton(self.removed_radio)
        removed = ctx.workspace.settings.get(MEMBER_COPY_OTHERS) == "removed"
        (self.removed_radio if removed else self.initials_radio).setChecked(True)

        info = ToneLabel(
            self.tr(
                "The copy holds the group note and this member's own facts and lines. Every "
                "other member's name, phone number and e-mail is reduced to initials or "
                "removed. Read it over before it leaves your hands."
            ),
            Tone.MUTED,
            self,
        )
        info.setWordWrap(True)
        self.error_label = ToneLabel("", Tone.ERROR, self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.save_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.save_button.clicked.connect(self._on_save)
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.print_button.clicked.connect(self._on_print)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)

        form = QFormLayout()
        form.addRow(member_label, self.member_box)
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.session_radio)
        scope_box.addLayout(range_row)
        form.addRow(QLabel(self.tr("Sessions:"), self), scope_box)
        others_box = QVBoxLayout()
        others_box.addWidget(self.initials_radio)
        others_box.addWidget(self.removed_radio)
        form.addRow(QLabel(self.tr("Others:"), self), others_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(info)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self._fill_members(member_id)
        self.resize(620, 340)

    def _fill_members(self, chosen: int | None) -> None:
        try:
            members = self.ctx.workspace.members.list(self.group_id, include_left=True)
            present: list[int] = []
            if self.session_id is not None:
                facts = self.ctx.workspace.session_notes.facts(self.session_id)
                present = [m.member_id for m in facts.members]
        except FacilitatorError as exc:
            self._fail(error_text(exc))
            return
        for member in members:
            if not member.damaged:
                self.member_box.addItem(member.alias, member.id)
        wanted = chosen if chosen is not None else (present[0] if present else None)
        if wanted is not None:
            self.member_box.setCurrentIndex(max(0, self.member_box.findData(wanted)))
        usable = self.member_box.count() > 0
        self.save_button.setEnabled(usable)
        self.print_button.setEnabled(usable)

    # --- making the copy -----------------------------------------------------------------------

    def make(self) -> tuple[HandoutResult, Paper] | None:
        """The copy as chosen; None with the reason shown when it cannot be made."""
        member_id = self.member_box.currentData()
        if not isinstance(member_id, int):
            return None
        first, last = _day(self.first_edit), _day(self.last_edit)
        if self.range_radio.isChecked() and first > last:
            self._fail(self.tr("The first day is after the last. Nothing was made."))
            return None
        settings = self.ctx.workspace.settings
        chosen = settings.get(HANDOUT_PAPER)
        paper: Paper = chosen or default_paper()
        try:
            language = self.ctx.workspace.groups.get(self.group_id).handout_language
            copy = copy_words(
                paper, large_print=settings.get(HANDOUT_LARGE_PRINT), language=language
            )
            notes = self.ctx.workspace.session_notes
            scope: dict[str, object] = (
                {"session_ids": [self.session_id]}
                if self.session_radio.isChecked() and self.session_id is not None
                else {"first": first, "last": last}
            )
            data = notes.member_report(
                member_id,
                replacement=copy.removed if self.removed_radio.isChecked() else None,
                unknown=copy.removed,
                section_title=copy.section_title,
                **scope,  # type: ignore[arg-type]
            )
        except FacilitatorError as exc:
            self._fail(error_text(exc))
            return None
        from facilitator_desktop.handouts.progress_entry import build_progress_entry

        try:
            with busy_cursor():
                result = build_progress_entry(data, copy.options, copy.labels)
        except Exception as exc:  # noqa: BLE001  (any build failure is told, never swallowed)
            # Only the kind of error: its message may quote a name or a note.
            self._fail(
                self.tr("The copy could not be made ({error}). Nothing was saved.").format(
                    error=type(exc).__name__
                )
            )
            return None
        self.error_label.hide()
        return result, paper

    def save_to(self, path: Path) -> Path | None:
        """Make the copy and write it to `path` (".pdf" added when missing)."""
        made = self.make()
        if made is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            # Only this user may read it: it is about a member.
            partial_files.write_file(path, made[0].pdf)
        except OSError as exc:
            self._fail(
                self.tr("The PDF could not be saved: {reason}").format(
                    reason=exc.strerror or type(exc).__name__
                )
            )
            return None
        emit(self.ctx.statusMessage, self.tr("Saved {file}.").format(file=path.name))
        return path

    @Slot()
    def _on_save(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("progress-entry-{date}.pdf").format(date=self.ctx.today().isoformat())
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the member's copy"),
            str(Path(folder) / name) if folder else name,
            self.tr("PDF files (*.pdf)"),
        )
        if chosen:
            self.save_to(Path(chosen))

    @Slot()
    def _on_print(self) -> None:
        made = self.make()
        if made is None:
            return
        result, paper = made
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, paper, self.tr("Progress entry"))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(result, printer, paper)
        except PrintError:
            self._fail(self.tr("The printer could not be started. Check it is connected and on."))
            return
        emit(self.ctx.statusMessage, self.tr("Sent to the printer."))

    @staticmethod
    def print_to(result: HandoutResult, printer: QPrinter, paper: Paper) -> int:
        """The PDF itself where the print service takes it, else page by page."""
        with busy_cursor():
            if send_pdf(result.pdf, printer, paper):
                return result.page_count
            data = QByteArray(result.pdf)
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            document = QPdfDocument()
            document.load(buffer)
            try:
                return print_document(document, printer)
            finally:
                document.close()
                buffer.close()

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    @Slot()
    def _on_range_edited(self) -> None:
        self.range_radio.setChecked(True)


def _date_edit(day: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
