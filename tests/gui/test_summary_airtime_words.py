"""The session summary's airtime, as a screen reader reads it: a member's length and share
in words ("Agata, 4 minutes 12, 18 percent"), as on the runner, never the digits of the
bar's label ("04:12 · 18% · 2t 1p"), which speech reads as a clock time and letters."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.session_summary import (
    AirtimeLine,
    AttendanceLine,
    SegmentOutcome,
    SessionSummary,
    TurnLine,
)
from facilitator_desktop.ui.summary_dialog import SummaryDialog

AIRTIME = (
    # alias, seconds, share, turns, passes
    ("Agata", 252.0, 0.18, 2, 1),
    ("Bo", 3725.0, 0.62, 5, 0),
    ("Chidi", 59.9, 0.04, 1, 0),
    ("Dana", 0.0, 0.0, 0, 1),  # passed only
    ("Emil", 0.0, 0.0, 0, 0),  # never spoke: no bar
)


def sample_summary(
    airtime: tuple[tuple[str, float, float, int, int], ...] = AIRTIME,
) -> SessionSummary:
    """A finished session as the summary dialog receives it."""
    started = datetime(2026, 3, 5, 18, 0)
    return SessionSummary(
        session_id=7,
        group_id=1,
        group_name="Thursday Circle",
        started_at=started,
        ended_at=datetime(2026, 3, 5, 19, 32),
        segments=(
            SegmentOutcome("Check-in", "round", 900.0, 1030.0),
            SegmentOutcome("Open discussion", "open", 2700.0, 3100.0),
            SegmentOutcome("Check-out", "round", 600.0, 480.0),
        ),
        attendance=tuple(
            AttendanceLine(index + 1, alias, "present", None, None)
            for index, (alias, *_rest) in enumerate(airtime)
        ),
        airtime=tuple(
            AirtimeLine(index + 1, alias, seconds, share, turns, passes)
            for index, (alias, seconds, share, turns, passes) in enumerate(airtime)
        ),
        turns=(TurnLine(1, 0, 0.0, 252.0, False),),
        guests=1,
        corrected=False,
    )


def test_airtime_rows_read_in_words(qtbot: QtBot) -> None:
    dialog = SummaryDialog(sample_summary())
    qtbot.addWidget(dialog)
    dialog.show()
    bars = dialog.airtime
    assert bars.accessible_rows() == (
        "Agata, 4 minutes 12, 18 percent",
        "Bo, 1 hour 2 minutes, 62 percent",
        "Chidi, 59 seconds, 4 percent",  # never rounded up to a minute not spoken
        "Dana, 0 seconds, 0 percent",
    )
    # The screen shows the digits, turns and passes still.
    assert bars.bars()[0].value == "04:12 · 18% · 2t 1p"
    # What assistive technology is given: the list's items, and a summary to the minute.
    interface = QAccessible.queryAccessibleInterface(bars)
    assert interface is not None and interface.childCount() == 4
    assert [interface.child(row).text(QAccessible.Text.Name) for row in range(4)] == list(
        bars.accessible_rows()
    )
    description = interface.text(QAccessible.Text.Description)
    assert "04:12" not in description and "Agata: 4 minutes" in description
