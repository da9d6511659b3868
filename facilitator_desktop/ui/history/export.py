"""Files that leave the app: CSV of attendance or airtime, and a session summary PDF.

Both hold members' aliases in plain text, so the facilitator is told so, in plain words,
before choosing where to save. Files are written next to their final name and renamed into
place, so a full disk never leaves half a file under the chosen name.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QWidget

from facilitator_desktop import partial_files
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.handouts.data import (
    HandoutOptions,
    HandoutResult,
    Paper,
    SessionSummaryData,
)
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.prompts import confirm

CsvKind = Literal["attendance", "airtime"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def write_file(path: Path, data: bytes) -> None:
    """Write `data` beside `path`, flush it, then rename it into place; what a kill leaves
    is swept at the next start (see partial_files). The file is the user's own (0600): it
    names members."""
    partial_files.write_file(path, data)


def _suggested(stem: str, suffix: str, today: date) -> str:
    return str(Path.home() / f"{stem}-{today.isoformat()}.{suffix}")


def export_csv(parent: QWidget, ctx: UiContext, group_id: int, kind: CsvKind) -> Path | None:
    """Warn, ask where, write the CSV; returns the path written, or None."""
    what = _tr("attendance") if kind == "attendance" else _tr("airtime")
    if not confirm(
        parent,
        _tr("Export {what}").format(what=what),
        _tr("The file will hold members' names in plain text."),
        _tr(
            "Anyone who opens it can read who came to the group and when. Save it only where "
            "others cannot see it, and delete it when you no longer need it."
        ),
        _tr("Choose where to save…"),
    ):
        return None
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        _tr("Export {what} as CSV").format(what=what),
        _suggested(kind, "csv", ctx.today()),
        _tr("CSV files (*.csv)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".csv":
        path = path.with_name(path.name + ".csv")
    exports = ctx.workspace.exports
    try:
        data = (
            exports.attendance_csv(group_id)
            if kind == "attendance"
            else exports.airtime_csv(group_id)
        )
        write_file(path, data)
    except (FacilitatorError, OSError) as exc:
        _failed(parent, exc)
        return None
    emit(ctx.statusMessage, _tr("Saved {name}.").format(name=path.name))
    return path


def print_session_summary(ctx: UiContext, session_id: int) -> None:
    """Open the session's summary on the Handouts screen (preview, print, save)."""
    from facilitator_desktop.ui.handouts import open_session_summary_handout

    open_session_summary_handout(ctx, session_id)


def save_summary_pdf(parent: QWidget, ctx: UiContext, session_id: int) -> Path | None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Session summary"))
    box.setText(_tr("The summary shows members' names."))
    box.setInformativeText(
        _tr("Print it for yourself and keep the paper and the file somewhere private.")
    )
    include = QCheckBox(_tr("Include my private notes"), box)
    box.setCheckBox(include)
    save = box.addButton(_tr("Choose where to save…"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    if box.clickedButton() is not save:
        return None
    with_notes = include.isChecked()
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        _tr("Save the session summary"),
        _suggested("session-summary", "pdf", ctx.today()),
        _tr("PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        data = ctx.workspace.handout_data.session_summary(
            session_id, include_private_notes=with_notes
        )
    except FacilitatorError as exc:
        _failed(parent, exc)
        return None
    try:
        result = build_summary(data, summary_options(ctx, _group_language(ctx, session_id)))
    except Exception as exc:  # noqa: BLE001  (any build failure is told, never swallowed)
        _not_built(parent, exc)
        return None
    try:
        write_file(path, result.pdf)
    except OSError as exc:
        _failed(parent, exc)
        return None
    emit(ctx.statusMessage, _tr("Saved {name}.").format(name=path.name))
    if result.problems:
        # They may quote names: a dialog, never the status bar.
        from facilitator_desktop.ui.handouts.labels import describe_problem

        QMessageBox.information(
            parent,
            _tr("Session summary"),
            "\n\n".join(describe_problem(problem) for problem in result.problems),
        )
    return path


def _group_language(ctx: UiContext, session_id: int) -> str:
    """The handout language of the session's group ("" = the app's)."""
    try:
        group_id = ctx.workspace.sessions.summary(session_id).group_id
        return ctx.workspace.groups.get(group_id).handout_language
    except FacilitatorError:
        return ""


def summary_options(ctx: UiContext, language: str = "") -> HandoutOptions:
    """The options the Handouts screen uses: its paper (the locale's until one is chosen),
    large print, and the labels and dates of the group's handout language."""
    from facilitator_desktop.handouts.paper import default_page_size_for_locale
    from facilitator_desktop.services.settings import HANDOUT_LARGE_PRINT, HANDOUT_PAPER
    from facilitator_desktop.ui.handouts.labels import group_handout_options

    settings = ctx.workspace.settings
    chosen = settings.get(HANDOUT_PAPER)
    paper: Paper = chosen or default_page_size_for_locale(QLocale().name())
    return group_handout_options(
        paper, large_print=settings.get(HANDOUT_LARGE_PRINT), language=language
    )


def build_summary(data: SessionSummaryData, options: HandoutOptions) -> HandoutResult:
    """Build the PDF (ReportLab is imported on first use only: handouts/__init__ is lazy)."""
    from facilitator_desktop.handouts import build_session_summary

    result = build_session_summary(data, options)
    if not result.pdf.startswith(b"%PDF") or result.page_count < 1:
        raise ValueError("the summary came out empty")
    return result


def _not_built(parent: QWidget, exc: Exception) -> None:
    # Only the kind of error: its message may quote a member's name or a note.
    QMessageBox.warning(
        parent,
        _tr("Not saved"),
        _tr(
            "The session summary could not be made ({error}). Nothing was saved. Try the "
            "Handouts screen, or another paper size."
        ).format(error=type(exc).__name__),
    )


def _failed(parent: QWidget, exc: Exception) -> None:
    if isinstance(exc, FacilitatorError):
        why = error_text(exc)
    else:
        why = getattr(exc, "strerror", None) or str(exc)
    QMessageBox.warning(
        parent, _tr("Not saved"), _tr("The file could not be saved: {why}").format(why=why)
    )
