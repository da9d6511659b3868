"""Answering the message boxes of a restore offer, keeping what each one said."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


@dataclass
class Seen:
    title: str
    text: str
    informative: str
    buttons: list[str]


@dataclass
class BoxAnswers:
    """Clicks `labels` in order, one per message box the app opens. A box without the
    expected button is closed (so a test never hangs) and the miss recorded."""

    labels: list[str]
    seen: list[Seen] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    _tries: int = 0

    def arm(self) -> BoxAnswers:
        QTimer.singleShot(0, self._answer)
        return self

    @property
    def done(self) -> bool:
        return len(self.seen) == len(self.labels)

    def _answer(self) -> None:
        if self.done:
            return
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or any(box is s for s in self._boxes):
            self._tries += 1
            if self._tries < 2000:
                QTimer.singleShot(5, self._answer)
            return
        self._tries = 0
        self._boxes.append(box)
        label = self.labels[len(self.seen)]
        buttons = [b.text().replace("&", "") for b in box.buttons()]
        self.seen.append(Seen(box.windowTitle(), box.text(), box.informativeText(), buttons))
        for button in box.buttons():
            if button.text().replace("&", "") == label:
                button.click()
                break
        else:
            self.misses.append(f"no {label!r} in {buttons}")
            box.reject()
        QTimer.singleShot(0, self._answer)

    def __post_init__(self) -> None:
        self._boxes: list[QMessageBox] = []
