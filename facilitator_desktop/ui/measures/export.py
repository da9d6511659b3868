"""A member's scores as CSV, the way the other CSV exports leave the app: a plain-words
warning first (the file holds their name and scores in plain text), then where to save,
then a write that never leaves half a file under the chosen name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.history.export import write_file
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.prompts import confirm


def _tr(text: str) -> str:
    return QCoreApplication.translate("Measures", text)


def export_scores_csv(parent: QWidget, ctx: UiContext, member_id: int, alias: str) -> Path | None:
    """Warn, ask where, write the CSV; returns the path written, or None."""
    if not confirm(
        parent,
        _tr("Export {alias}'s scores").format(alias=alias),
        _tr("The file will hold {alias}'s name and scores in plain text.").format(alias=alias),
        _tr(
            "Anyone who opens it can read how they answered. Save it only where others cannot "
            "see it, and delete it when you no longer need it."
        ),
        _tr("Choose where to save…"),
    ):
        return None
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        _tr("Export scores as CSV"),
        str(Path.home() / f"scores-{ctx.today().isoformat()}.csv"),
        _tr("CSV files (*.csv)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".csv":
        path = path.with_name(path.name + ".csv")
    try:
        data = MeasureService(ctx.workspace.context).scores_csv(member_id, alias)
        write_file(path, data)
    except (FacilitatorError, OSError) as exc:
        why = error_text(exc) if isinstance(exc, FacilitatorError) else (exc.strerror or str(exc))
        QMessageBox.warning(
            parent, _tr("Not saved"), _tr("The file could not be saved: {why}").format(why=why)
        )
        return None
    emit(ctx.statusMessage, _tr("Saved {name}.").format(name=path.name))
    return path
