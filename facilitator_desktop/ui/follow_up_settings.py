"""The follow-ups part of Settings: after how many absences in a row without notice a member
appears on the Follow-ups page. Kept at once; a refused value is said, and the stored one is
shown again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.settings import FOLLOW_UP_ABSENCES
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

# The Settings dialog's context: these words were the dialog's, and their translations stay.


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def _trn(text: str, n: int) -> str:
    return QCoreApplication.translate("SettingsDialog", text, "", n)


class FollowUpSettings(QGroupBox):
    def __init__(self, ctx: UiContext, status: ToneLabel, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Follow-ups"), parent)
        self.ctx = ctx
        self._status = status  # the dialog's line that says what was kept
        self.absences = QSpinBox(self)
        self.absences.setRange(FOLLOW_UP_ABSENCES.low, FOLLOW_UP_ABSENCES.high)
        self.absences.setAccessibleName(_tr("Absences in a row without notice before a follow-up"))
        self.absences.setValue(ctx.workspace.settings.get(FOLLOW_UP_ABSENCES))
        self.absences.valueChanged.connect(self._on_absences_changed)
        label = QLabel(_tr("&Follow up after"), self)
        label.setBuddy(self.absences)
        self.unit = QLabel("", self)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.absences)
        row.addWidget(self.unit)
        row.addStretch(1)
        hint = ToneLabel(
            _tr(
                "A member appears on the Follow-ups page when their latest sessions end with "
                "this many absences without notice. Excused absences do not count. 1 means "
                "the first one: the easiest moment to reach out."
            ),
            Tone.MUTED,
            self,
        )
        self.error = ToneLabel("", Tone.ERROR, self)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        self._show_unit(self.absences.value())

    @Slot(int)
    def _on_absences_changed(self, count: int) -> None:
        settings = self.ctx.workspace.settings
        try:
            settings.set(FOLLOW_UP_ABSENCES, count)
        except FacilitatorError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            # Show what is still stored, not a number that did not take.
            self.absences.blockSignals(True)
            self.absences.setValue(settings.get(FOLLOW_UP_ABSENCES))
            self.absences.blockSignals(False)
            return
        self.error.hide()
        self._show_unit(count)
        self._status.set_tone(Tone.SUCCESS)
        self._status.setText(
            _tr("Follow-ups start at the first absence without notice.")
            if count == 1
            else _trn("Follow-ups start after %Ln absences in a row without notice.", count)
        )

    def _show_unit(self, count: int) -> None:
        # Translators: after a number box ("Follow up after [3] absences in a row without
        # notice"); the number itself is not in the text.
        self.unit.setText(_trn("absences in a row without notice", count))
