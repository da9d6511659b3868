"""Settings → Sharing → Problems: changes from other laptops that were refused (forged,
altered, replayed, from a removed laptop…), in words. None of them was used."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGroupBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.sharing import ProblemInfo, SharingService
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.formatting import short_date, short_time
from facilitator_desktop.ui.sharing.words import reason_words, short_device, top_items
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharingProblems", text)


class ProblemsBox(QGroupBox):
    # How many problems are listed now.
    counted = Signal(int)

    def __init__(self, sharing: SharingService, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Problems"), parent)
        self._sharing = sharing
        intro = ToneLabel(
            _tr(
                "Every change is checked before it is used: signed by its laptop, sealed "
                "with the group's key, in order. What failed a check is listed here and "
                "was not used; the server cannot add or alter anything."
            ),
            Tone.NORMAL,
            self,
        )
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([_tr("When"), _tr("From"), _tr("What happened")])
        self.tree.setAccessibleName(_tr("Refused changes"))
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.empty = ToneLabel(_tr("No problems."), Tone.MUTED, self)
        self.error = ToneLabel("", Tone.ERROR, self)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error)
        self.problems: list[ProblemInfo] = []

    def reload(self) -> None:
        try:
            self.problems = self._sharing.problems()
            self.error.hide()
        except FacilitatorError as exc:
            self.problems = []
            self.error.setText(error_text(exc))
            self.error.show()
        self.tree.clear()
        for problem in self.problems:
            local = problem.at.replace(tzinfo=UTC).astimezone()
            QTreeWidgetItem(
                self.tree,
                [
                    f"{short_date(local)} {short_time(local)}",
                    short_device(problem.device_id),
                    reason_words(problem.reason),
                ],
            )
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        self.empty.setVisible(not self.problems)
        self.tree.setVisible(bool(self.problems))
        emit(self.counted, len(self.problems))

    def rows(self) -> list[str]:
        """What happened, per listed problem, as shown."""
        return [item.text(2) for item in top_items(self.tree)]
