"""A simple, honest passphrase strength hint: length, words and variety, nothing more.

It cannot know whether a passphrase is guessable from someone's life, so it never claims
more than "strong" and always nudges towards several unrelated words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

MIN_LENGTH = 8


class Level(IntEnum):
    EMPTY = 0
    TOO_SHORT = 1
    WEAK = 2
    FAIR = 3
    STRONG = 4


@dataclass(frozen=True, slots=True)
class Strength:
    level: Level
    message: str

    @property
    def acceptable(self) -> bool:
        return self.level >= Level.WEAK


def _variety(text: str) -> int:
    classes = (
        any(c.islower() for c in text),
        any(c.isupper() for c in text),
        any(c.isdigit() for c in text),
        any(not c.isalnum() and not c.isspace() for c in text),
    )
    return sum(classes)


def assess(passphrase: str) -> Strength:
    def tr(text: str) -> str:
        return QCoreApplication.translate("PassphraseStrength", text)

    length = len(passphrase)
    words = len(passphrase.split())
    distinct = len(set(passphrase))
    if length == 0:
        return Strength(Level.EMPTY, "")
    if length < MIN_LENGTH:
        return Strength(
            Level.TOO_SHORT,
            tr("Too short: use at least {n} characters.").format(n=MIN_LENGTH),
        )
    variety = _variety(passphrase)
    if distinct >= 6 and (length >= 24 or (length >= 20 and (words >= 4 or variety >= 3))):
        return Strength(Level.STRONG, tr("Strong."))
    if distinct >= 5 and length >= 12 and (words >= 2 or variety >= 2):
        return Strength(Level.FAIR, tr("Fair: one or two more words would make it strong."))
    return Strength(
        Level.WEAK,
        tr("Weak: a passphrase of four or more unrelated words is stronger and easy to remember."),
    )


_TONES = {
    Level.EMPTY: Tone.MUTED,
    Level.TOO_SHORT: Tone.ERROR,
    Level.WEAK: Tone.WARNING,
    Level.FAIR: Tone.NORMAL,
    Level.STRONG: Tone.SUCCESS,
}


class StrengthMeter(QWidget):
    """A thin bar and one sentence under the passphrase field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, int(Level.STRONG) - 1)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.label = ToneLabel("", Tone.MUTED, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        row.addWidget(self.bar)
        layout.addLayout(row)
        layout.addWidget(self.label)
        self.update_for("")

    def update_for(self, passphrase: str) -> Strength:
        strength = assess(passphrase)
        self.bar.setValue(max(0, int(strength.level) - 1))
        hint = self.tr("Tip: several unrelated words, like “lantern orbit velvet seven”.")
        self.label.setText(strength.message or hint)
        self.label.set_tone(_TONES[strength.level])
        return strength
