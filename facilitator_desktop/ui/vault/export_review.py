"""Review a member's export before it is saved: what the app redacts is marked, and the
facilitator can mark more by selecting text.

The review shows the export's texts as they stand, with each redaction shown in reverse
colours; the file gets "[another member]" or "[redacted]" in their place. What is saved is
exactly the preview shown here plus the facilitator's marks, never a fresh read.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop import partial_files
from facilitator_desktop.domain.redaction import Span, widen_to_words
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.member_rights import (
    REDACTED_BY_HAND,
    REDACTED_OTHER,
    ExportPreview,
    ExportText,
    RedactionLabels,
)
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.markers import marker
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

# choose(parent, suggested file name) -> the path the user chose, or None when cancelled.
ChooseSavePath = Callable[[QWidget, str], Path | None]

MARK_KIND = QTextFormat.Property.UserProperty + 1  # "auto" or "hand" on a marked fragment
AUTO, HAND = "auto", "hand"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportReview", text)


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    documents = Path.home() / "Documents"
    start = documents if documents.is_dir() else Path.home()
    path, _ = QFileDialog.getSaveFileName(
        parent,
        _tr("Save the member record"),
        str(start / suggested),
        _tr("Member record (*.json)"),
    )
    return Path(path) if path else None


def redaction_labels() -> RedactionLabels:
    """The file's markers in the facilitator's language, as the review shows them."""
    return RedactionLabels(marker(REDACTED_OTHER), marker(REDACTED_BY_HAND))


def suggested_name(today: date) -> str:
    # No alias in the file name: names of files show up in folder views and backups.
    return f"member-record-{today.isoformat()}.json"


@dataclass(frozen=True, slots=True)
class _Region:
    """Where one export text sits in the review document."""

    text: ExportText
    offsets: list[int]  # document position of each character boundary of text.text

    @property
    def start(self) -> int:
        return self.offsets[0]

    @property
    def end(self) -> int:
        return self.offsets[-1]

    def qt_span(self, span: Span) -> tuple[int, int]:
        return self.offsets[span[0]], self.offsets[span[1]]

    def text_span(self, start: int, end: int) -> Span:
        """Document positions to character offsets, widened to whole characters."""
        return (
            max(0, bisect_right(self.offsets, start) - 1),
            min(len(self.text.text), bisect_left(self.offsets, end)),
        )


def _offsets(text: str, start: int) -> list[int]:
    """Document position of each character boundary once `text` is inserted at `start`:
    astral characters take two UTF-16 units, and Qt turns "\\r\\n" into one break."""
    offsets = [start]
    for index, char in enumerate(text):
        if char == "\n" and index and text[index - 1] == "\r":
            width = 0
        else:
            width = 2 if ord(char) > 0xFFFF else 1
        offsets.append(offsets[-1] + width)
    return offsets


class ExportReviewDialog(QDialog):
    """The export with redactions marked; Redact selection marks more; Save writes it."""

    def __init__(
        self,
        ctx: UiContext,
        preview: ExportPreview,
        alias: str,
        choose: ChooseSavePath = ask_save_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._preview: ExportPreview | None = preview
        self._choose = choose
        self._hand: list[list[tuple[str, Span]]] = []  # one entry per Redact selection
        self._regions: list[_Region] = []
        self.saved_path: Path | None = None
        self.setObjectName("exportReviewDialog")
        self.setWindowTitle(self.tr("Export member record"))

        title = heading(self.tr("Review what {alias} will receive").format(alias=alias), 2, self)
        title.setTextFormat(Qt.TextFormat.PlainText)  # an alias is never markup
        self.warning = ToneLabel(
            self.tr(
                "The file holds their private details — full name, contact, remarks, "
                "attendance, speaking turns and the notes about them — unencrypted. Give it "
                "only to {alias}, keep it somewhere safe, and delete your copy once it has "
                "been handed over."
            ).format(alias=alias),
            Tone.WARNING,
            self,
        )
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.legend = ToneLabel(
            self.tr(
                "Text shown in reverse is replaced in the file: other members’ names, phone "
                "numbers and e-mail addresses by “{other}”, what you mark by “{hand}”. "
                "Select anything else that should not leave and press Redact selection."
            ).format(other=marker(REDACTED_OTHER), hand=marker(REDACTED_BY_HAND)),
            Tone.NORMAL,
            self,
        )
        self.view = QTextEdit(self)
        self.view.setObjectName("exportReviewText")
        self.view.setReadOnly(True)
        self.view.setUndoRedoEnabled(False)
        self.view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.view.setAccessibleName(self.tr("The member record as it will be exported"))
        self.summary = ToneLabel("", Tone.MUTED, self)
        self.error = ToneLabel("", Tone.ERROR, self)
        self.error.hide()

        self.redact_button = QPushButton(self.tr("&Redact selection"), self)
        self.redact_button.setToolTip(self.tr("Replace the selected text in the file (Delete)"))
        self.view.installEventFilter(self)  # Delete in the text redacts the selection
        self.undo_button = QPushButton(self.tr("&Undo redaction"), self)
        self.save_button = QPushButton(self.tr("&Save…"), self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.redact_button.setAutoDefault(False)
        self.undo_button.setAutoDefault(False)
        self.save_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)

        self.redact_button.clicked.connect(self._on_redact)
        self.undo_button.clicked.connect(self._on_undo)
        self.save_button.clicked.connect(self._on_save)
        self.cancel_button.clicked.connect(self.reject)
        self.view.selectionChanged.connect(self._update_buttons)

        tools = QHBoxLayout()
        tools.addWidget(self.redact_button)
        tools.addWidget(self.undo_button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.warning)
        layout.addWidget(self.legend)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(760, 640)

        self._show_document()
        self._update_buttons()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what the facilitator sees ------------------------------------------------------------

    def marks(self) -> list[tuple[str, str]]:
        """(kind, text) of each marked stretch in the review, in order: what the screen shows."""
        found: list[tuple[str, str]] = []
        joined_at = -1  # where the last mark ended, to join one stretch split in fragments
        block = self.view.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                kind = fragment.charFormat().property(MARK_KIND)
                if kind:
                    if found and found[-1][0] == kind and fragment.position() == joined_at:
                        found[-1] = (kind, found[-1][1] + fragment.text())
                    else:
                        found.append((str(kind), fragment.text()))
                    joined_at = fragment.position() + fragment.length()
                fragments += 1
            block = block.next()
        return found

    def hand_spans(self) -> dict[str, list[Span]]:
        """The facilitator's redactions so far, by export text."""
        spans: dict[str, list[Span]] = {}
        for action in self._hand:
            for key, span in action:
                spans.setdefault(key, []).append(span)
        return spans

    def _show_document(self) -> None:
        preview = self._preview
        scroll = self.view.verticalScrollBar().value()
        self.view.clear()
        self._regions = []
        if preview is None:
            return
        cursor = QTextCursor(self.view.document())
        section = QTextCharFormat()
        section.setFontWeight(QFont.Weight.Bold)
        section.setFontPointSize(self.font().pointSizeF() * 1.15)
        label = QTextCharFormat()
        label.setFontWeight(QFont.Weight.Bold)
        muted = QTextCharFormat()
        muted.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        plain = QTextCharFormat()

        def line(text: str, text_format: QTextCharFormat, space_above: int = 0) -> None:
            spacing = QTextBlockFormat()
            spacing.setTopMargin(space_above)
            if cursor.atStart():
                cursor.setBlockFormat(spacing)
            else:
                cursor.insertBlock(spacing)
            cursor.insertText(text, text_format)

        def value(text: ExportText) -> None:
            if not text.text:
                cursor.insertText(self.tr("(none)"), muted)
                return
            offsets = _offsets(text.text, cursor.position())
            cursor.insertText(text.text, plain)
            self._regions.append(_Region(text, offsets))

        line(self.tr("Member"), section)
        for name, text in (
            (self.tr("Alias"), preview.alias),
            (self.tr("Full name"), preview.full_name),
            (self.tr("Contact"), preview.contact),
            (self.tr("Private remarks"), preview.remarks),
        ):
            line(self.tr("{field}: ").format(field=name), label)
            value(text)
        line(self.tr("Notes ({n})").format(n=len(preview.notes)), section, 14)
        for note in preview.notes:
            written = note.written.date().isoformat()
            line(self.tr("Written {date}").format(date=written), label, 8)
            line("", plain)
            if note.damaged:
                cursor.insertText(
                    self.tr("This note is damaged and cannot be read; the file says so."), muted
                )
            else:
                value(note.text)
        line(self.tr("History"), section, 14)
        line(
            self.tr("{attendance} and {turns}: dates, statuses and durations only.").format(
                attendance=self.tr("%Ln attendance records", "", len(preview.attendance)),
                turns=self.tr("%Ln speaking turns", "", len(preview.turns)),
            ),
            muted,
        )
        self._mark_all()
        self.view.verticalScrollBar().setValue(scroll)
        hand = sum(len(action) for action in self._hand)
        self.summary.setText(
            self.tr("{auto} ({members} looked for), {hand}.").format(
                auto=self.tr("%Ln redactions found by the app", "", preview.redaction_count),
                members=self.tr("%Ln other members", "", preview.members_redacted),
                hand=self.tr("%Ln marked by you", "", hand),
            )
        )

    def _mark_all(self) -> None:
        # The palette's text and base colours swapped: reads as a redaction bar in either
        # theme and keeps the text legible for review.
        palette = QApplication.palette()
        formats = {}
        labels = redaction_labels()
        for kind, replacement in ((AUTO, labels.other), (HAND, labels.by_hand)):
            marked = QTextCharFormat()
            marked.setBackground(palette.color(QPalette.ColorRole.Text))
            marked.setForeground(palette.color(QPalette.ColorRole.Base))
            marked.setFontStrikeOut(kind == HAND)
            marked.setProperty(MARK_KIND, kind)
            marked.setToolTip(self.tr("Replaced by “{text}” in the file").format(text=replacement))
            formats[kind] = marked
        hand = self.hand_spans()
        for region in self._regions:
            for kind, spans in (
                (HAND, hand.get(region.text.key, [])),
                (AUTO, list(region.text.redactions)),  # last: where both overlap, the app's
            ):
                for span in spans:
                    start, end = region.qt_span(span)
                    cursor = QTextCursor(self.view.document())
                    cursor.setPosition(start)
                    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(formats[kind])

    # --- actions --------------------------------------------------------------------------

    def _selected(self) -> list[tuple[str, Span]]:
        cursor = self.view.textCursor()
        first, last = cursor.selectionStart(), cursor.selectionEnd()
        chosen: list[tuple[str, Span]] = []
        for region in self._regions:
            start, end = max(first, region.start), min(last, region.end)
            if start >= end:
                continue
            span = region.text_span(start, end)
            if span[0] >= span[1]:
                continue
            span = widen_to_words(region.text.text, span)
            if region.text.text[span[0] : span[1]].strip():
                chosen.append((region.text.key, span))
        return chosen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self._on_redact()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def _update_buttons(self) -> None:
        self.redact_button.setEnabled(self.view.textCursor().hasSelection())
        self.undo_button.setEnabled(bool(self._hand))

    @Slot()
    def _on_redact(self) -> None:
        chosen = self._selected()
        if not chosen:
            self._show_error(self.tr("Select words in the record (not the headings) to redact."))
            return
        self._hand.append(chosen)
        self._clear_error()
        self._show_document()
        self._update_buttons()

    @Slot()
    def _on_undo(self) -> None:
        if self._hand:
            self._hand.pop()
            self._show_document()
        self._update_buttons()

    @Slot()
    def _on_save(self) -> None:
        if self._preview is None:
            return
        path = self._choose(self, suggested_name(self.ctx.today()))
        # The workspace may have locked (closing this review) while the file dialog was up.
        if path is None or self._preview is None or self.ctx.workspace.locked:
            return
        try:
            data = self.ctx.workspace.member_rights.render(
                self._preview, self.hand_spans(), redaction_labels()
            )
            partial_files.write_file(path, data)  # whole or not at all; swept if killed
        except FacilitatorError as exc:
            self._show_error(error_text(exc))
            return
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self._show_error(
                self.tr("The file could not be written: {reason}").format(reason=reason)
            )
            return
        self.saved_path = path
        emit(
            self.ctx.statusMessage,
            self.tr("Member record exported. It is not encrypted: keep it safe."),
        )
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def done(self, result: int) -> None:
        # Private text leaves the screen and memory with the dialog (on lock too).
        self._preview = None
        self._hand = []
        self._show_document()
        super().done(result)
