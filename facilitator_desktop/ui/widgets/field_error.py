"""Inline error shown right under the form field it concerns."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from facilitator_desktop.ui.widgets.fit import grow_to_fit
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class FieldError(ToneLabel):
    """Hidden while empty; tells assistive technology about the error through the field."""

    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__("", Tone.ERROR, parent)
        self._field = field
        self.setObjectName("fieldError")
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))
        if self._field is not None:
            self._field.setAccessibleDescription(message)
        window = self.window()
        if message and isinstance(window, QDialog) and window.isVisible():
            grow_to_fit(window)

    def clear_message(self) -> None:
        self.show_message("")

    def message(self) -> str:
        return self.text()


class FormErrors:
    """Maps a service's ValidationError.field to the label that shows it."""

    def __init__(self, labels: dict[str, FieldError]) -> None:
        self._labels = labels

    def show(self, field: str, message: str) -> FieldError:
        """Show `message` under `field` (or the first label when the field is unknown)."""
        self.clear()
        label = self._labels.get(field) or next(iter(self._labels.values()))
        label.show_message(message)
        return label

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear_message()
