"""A chart's data in sentences, for its accessible description: what a sighted facilitator
takes in at a glance (how many sessions, the range, the latest values) said in words.

"12 sessions from 5 Mar to 28 May. Lowest 8% (2 Apr), highest 41% (5 Mar). Latest first:
28 May 18%; 21 May absent without notice; …"
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QCoreApplication

from facilitator_desktop.ui import formatting

#: How many of the latest values the description reads out one by one.
LATEST_SHOWN: Final = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChartWords", text)


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    #: When (a session's date).
    label: str
    #: The number the chart draws (None: nothing drawn for it, e.g. an absence).
    value: float | None
    #: How the point reads ("18%", "absent without notice").
    text: str


def series_summary(points: Sequence[SeriesPoint], *, what: str = "") -> str:
    """`points` oldest first; `what` names the measure ("top speaker")."""
    if not points:
        return _tr("No sessions to show.")
    first, last = points[0], points[-1]
    if len(points) == 1:
        head = _tr("One session, {date}.").format(date=first.label)
    else:
        head = _tr("{count} from {first} to {last}.").format(
            count=formatting.sessions(len(points)), first=first.label, last=last.label
        )
    sentences = [f"{what}: {head}" if what else head]
    valued = [p for p in points if p.value is not None]
    if len(valued) > 1:
        low = min(valued, key=lambda p: p.value if p.value is not None else 0.0)
        high = max(valued, key=lambda p: p.value if p.value is not None else 0.0)
        sentences.append(
            _tr("Lowest {low} ({low_date}), highest {high} ({high_date}).").format(
                low=low.text, low_date=low.label, high=high.text, high_date=high.label
            )
        )
    latest = list(reversed(points))[:LATEST_SHOWN]
    sentences.append(
        _tr("Latest first: {values}.").format(
            values="; ".join(f"{p.label} {p.text}" for p in latest)
        )
    )
    return " ".join(sentences)
