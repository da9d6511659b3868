"""How the between-sessions screens show things: status letters and colours, durations,
shares and dates.

Statuses never rely on colour alone: every cell carries a letter and a tooltip with the
word. The colours are calm tints that read on both the light and the dark palette.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.formatting import short_date
from facilitator_desktop.ui.theme_colours import outline
from facilitator_desktop.ui.widgets.tone import Tone, is_dark, tone_color

STATUSES = ("present", "late", "left_early", "excused", "absent")

# (fill, text) on a light palette, then on a dark one.
_LIGHT = {
    "present": ("#cfe6d6", "#1c5631"),
    "late": ("#f3e2b3", "#6e4a00"),
    "left_early": ("#e3dbf1", "#4f3a7a"),
    "excused": ("#dfe4ea", "#3f4a56"),
    "absent": ("#f3c8c2", "#86190f"),
}
_DARK = {
    "present": ("#2e5a3d", "#d4f0dc"),
    "late": ("#6a5422", "#faeac0"),
    "left_early": ("#4a3d66", "#e8def8"),
    "excused": ("#3b434d", "#d9e0e8"),
    "absent": ("#74302a", "#ffdcd7"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


# Numbers in the locale's digits, and counts with their plural forms (shared with the
# session screens).
number = formatting.number
turns = formatting.turns
passes = formatting.passes
members = formatting.members
sessions = formatting.sessions
guests = formatting.guests


def status_letter(status: str | None) -> str:
    return {
        "present": _tr("P"),
        "late": _tr("L"),
        "left_early": _tr("LE"),
        "excused": _tr("E"),
        "absent": _tr("A"),
    }.get(status or "", "")


def status_short(status: str | None) -> str:
    """The status in a word or two, for tight places (tooltips carry the full words)."""
    return {
        "present": _tr("present"),
        "late": _tr("late"),
        "left_early": _tr("left early"),
        "excused": _tr("excused"),
        "absent": _tr("no notice"),
    }.get(status or "", _tr("not recorded"))


def status_word(status: str | None) -> str:
    return {
        "present": _tr("present"),
        "late": _tr("late"),
        "left_early": _tr("left early"),
        "excused": _tr("excused (told ahead)"),
        "absent": _tr("absent without notice"),
    }.get(status or "", _tr("not recorded"))


def status_colours(status: str | None, palette: QPalette) -> tuple[QColor, QColor]:
    """(fill, text) for a status cell; an unknown or missing status gets the track colour."""
    table = _DARK if is_dark(palette) else _LIGHT
    pair = table.get(status or "")
    if pair is None:
        return (
            palette.color(QPalette.ColorRole.Midlight),
            palette.color(QPalette.ColorRole.PlaceholderText),
        )
    return QColor(pair[0]), QColor(pair[1])


def accent(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Highlight)


def soft_accent(palette: QPalette, alpha: float = 0.6) -> QColor:
    colour = QColor(accent(palette))
    colour.setAlphaF(alpha)
    return colour


def warning(palette: QPalette) -> QColor:
    return tone_color(Tone.WARNING, palette)


def muted(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.PlaceholderText)


def track(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Midlight)


def cell_edge(palette: QPalette) -> QColor:
    """The edge of a status cell and the mark of an empty one: the theme's outline, 3:1 on
    the panel in both themes (the pale fills alone read at about 1.3:1)."""
    return outline(palette)


# --- numbers and dates ---------------------------------------------------------------------


def local(moment: datetime) -> datetime:
    """A stored moment (naive UTC) in the computer's time zone."""
    return moment.replace(tzinfo=UTC).astimezone()


def session_date(moment: datetime) -> str:
    return short_date(local(moment))


def session_clock(moment: datetime) -> str:
    return formatting.local_time(moment)


def day(value: date) -> str:
    return short_date(value)


def minutes(seconds: float) -> str:
    """ "85 min" — how facilitators think about a session's length."""
    return _tr("{n} min").format(n=formatting.number(round(seconds / 60)))


def percent(share: float | None) -> str:
    if share is None:
        return "—"
    return formatting.percent(share)
