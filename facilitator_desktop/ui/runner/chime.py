"""An optional soft chime when a segment's time runs out. Off by default (a therapy room).

The sound is a short bell-like WAV bundled in ``resources/sounds`` and made by
:func:`write_chime_wav` (Python's ``wave`` module, no recording). Qt Multimedia is loaded
only when the chime is switched on; without it (or without the file) the system beep is
the fallback.
"""

from __future__ import annotations

import math
import struct
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

from facilitator_desktop.domain.agenda import AgendaSnapshot
from facilitator_desktop.domain.clock import ceil_seconds
from facilitator_desktop.paths import resource_path

SAMPLE_RATE: Final = 22050
CHIME_SECONDS: Final = 1.4


def chime_path() -> Path:
    return resource_path("sounds", "soft-chime.wav")


def write_chime_wav(path: Path) -> None:
    """A quiet two-partial bell (E5 with a fifth above), fading out: 16-bit mono."""
    frames = int(SAMPLE_RATE * CHIME_SECONDS)
    samples = bytearray()
    for i in range(frames):
        t = i / SAMPLE_RATE
        attack = min(1.0, t / 0.012)
        decay = math.exp(-3.2 * t)
        value = 0.62 * math.sin(2 * math.pi * 659.25 * t)
        value += 0.28 * math.sin(2 * math.pi * 988.0 * t) * math.exp(-2.0 * t)
        value += 0.10 * math.sin(2 * math.pi * 1318.5 * t) * math.exp(-5.0 * t)
        samples += struct.pack("<h", round(0.35 * 32767 * attack * decay * value))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(bytes(samples))


def _system_beep() -> None:
    QApplication.beep()


class Chime(QObject):
    """Watches the agenda and plays once when the current segment's countdown reaches 00:00."""

    def __init__(
        self, parent: QObject | None = None, *, play: Callable[[], None] | None = None
    ) -> None:
        super().__init__(parent)
        self._play = play
        self._enabled = False
        self._effect: QObject | None = None
        #: (segment index, planned seconds) already chimed: a segment extended and run out
        #: again chimes again; going back to a finished segment does not.
        self._done: set[tuple[int, float]] = set()
        self._last: tuple[int, int] | None = None

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled

    def reset(self) -> None:
        self._done.clear()
        self._last = None

    def observe(self, agenda: AgendaSnapshot) -> bool:
        """Call on every tick; returns True when it chimed."""
        if agenda.phase != "running":
            self._last = None
            return False
        current = agenda.current
        shown = ceil_seconds(current.remaining_seconds)
        previous, self._last = self._last, (current.index, shown)
        key = (current.index, current.planned_seconds)
        crossed = previous is not None and previous[0] == current.index and previous[1] > 0
        if shown > 0 or not crossed or key in self._done:
            return False
        self._done.add(key)
        if self._enabled:
            self.play()
            return True
        return False

    def play(self) -> None:
        if self._play is None:
            self._play = self._load_player()
        self._play()

    def _load_player(self) -> Callable[[], None]:
        path = chime_path()
        if not path.exists():
            return _system_beep
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # Qt Multimedia or its audio libraries are missing
            return _system_beep
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(0.35)
        self._effect = effect
        return effect.play
