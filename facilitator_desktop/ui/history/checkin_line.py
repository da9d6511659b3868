"""Check-in scores over the weeks as a line: a member's own on their History page, the
group's average per session in Group insights.

Drawn by the history trend chart (one point per session with a score, the group's scale as
the axis, dates along the bottom, a dashed average of the last four) and told in a sentence
that is also the chart's accessible description. Scores that could not be read are said,
never drawn or guessed. Private: `clear()` drops everything, and the views call it on a
lock.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QWidget

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.checkin_scores import (
    CheckinScale,
    CheckinScoreService,
    GroupCheckins,
    MemberCheckins,
)
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.history.charts.trend import TrendChart, TrendPoint
from facilitator_desktop.ui.runner.panel import Panel
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

#: Group insights show the latest sessions, as the airtime trend beside them does.
GROUP_SESSIONS = 52


def _tr(text: str) -> str:
    return QCoreApplication.translate("CheckinLine", text)


def score_text(value: float) -> str:
    """A score as the locale writes it: whole ones bare, averages to one decimal."""
    if float(value).is_integer():
        return formatting.number(int(value))
    return formatting.number(value, 1)


def _span(points: Sequence[TrendPoint]) -> tuple[str, str]:
    return look.session_date(points[0].started_at), look.session_date(points[-1].started_at)


def member_summary(series: MemberCheckins) -> str:
    """'Check-in scores, 12 sessions from 3 Mar 2025 to 26 May 2025: latest 6, lowest 2,
    highest 9 (scale 0 to 10).'"""
    points = _points_of_member(series)
    if not points:
        text = _tr("No check-in scores recorded for them yet.")
    elif len(points) == 1:
        text = _tr("Check-in score, one session, {date}: {score} (scale {low} to {high}).").format(
            date=look.session_date(points[0].started_at),
            score=score_text(points[0].value),
            **_ends(series.scale),
        )
    else:
        first, last = _span(points)
        values = [p.value for p in points]
        text = _tr(
            "Check-in scores, {n} sessions from {first} to {last}: latest {latest}, lowest "
            "{lowest}, highest {highest} (scale {low} to {high})."
        ).format(
            n=formatting.number(len(points)),
            first=first,
            last=last,
            latest=score_text(values[-1]),
            lowest=score_text(min(values)),
            highest=score_text(max(values)),
            **_ends(series.scale),
        )
    return _with_damage(text, series.damaged)


def group_summary(series: GroupCheckins) -> str:
    """'Group check-in average, 12 sessions from … to …: latest 6.2, lowest 4.5, highest
    7.8 (scale 0 to 10).'"""
    points = _points_of_group(series)
    if not points:
        text = _tr("No check-in scores recorded in this group yet.")
    elif len(points) == 1:
        text = _tr(
            "Group check-in average, one session, {date}: {score} (scale {low} to {high})."
        ).format(
            date=look.session_date(points[0].started_at),
            score=score_text(points[0].value),
            **_ends(series.scale),
        )
    else:
        first, last = _span(points)
        values = [p.value for p in points]
        text = _tr(
            "Group check-in average, {n} sessions from {first} to {last}: latest {latest}, "
            "lowest {lowest}, highest {highest} (scale {low} to {high})."
        ).format(
            n=formatting.number(len(points)),
            first=first,
            last=last,
            latest=score_text(values[-1]),
            lowest=score_text(min(values)),
            highest=score_text(max(values)),
            **_ends(series.scale),
        )
    return _with_damage(text, series.damaged)


def _ends(scale: CheckinScale) -> dict[str, str]:
    return {"low": formatting.number(scale.low), "high": formatting.number(scale.high)}


def _with_damage(text: str, damaged: int) -> str:
    if damaged <= 0:
        return text
    if damaged == 1:
        return text + " " + _tr("One score could not be read (damaged) and is left out.")
    return (
        text
        + " "
        + _tr("{n} scores could not be read (damaged) and are left out.").format(
            n=formatting.number(damaged)
        )
    )


def _points_of_member(series: MemberCheckins) -> list[TrendPoint]:
    return [TrendPoint(p.session_id, p.started_at, float(p.score)) for p in series.points]


def _points_of_group(series: GroupCheckins) -> list[TrendPoint]:
    # Rounded as it is written, so the dot, its tooltip and the sentence agree.
    return [TrendPoint(s.session_id, s.started_at, round(s.mean, 1)) for s in series.sessions]


class CheckinLine(Panel):
    # A session's point was clicked: open that session.
    sessionActivated = Signal(int)

    def __init__(self, ctx: UiContext, *, group: bool, parent: QWidget | None = None) -> None:
        super().__init__(
            _tr("Check-in average per session") if group else _tr("Check-in scores"), parent
        )
        self.ctx = ctx
        self.group = group
        self.name = self.tr("Group check-in average") if group else self.tr("Check-in scores")
        self.chart = TrendChart(self)
        self.chart.activated.connect(self._on_session)
        self.summary = ToneLabel("", Tone.NORMAL, self)
        self.summary.setAccessibleName(self.tr("Check-in summary"))
        self.hint = ToneLabel(
            self.tr(
                "Dots: the average of the scores said in each session; dashed line: the "
                "average of the last 4. Click a dot to open that session."
            )
            if group
            else self.tr(
                "Dots: their score in each session; dashed line: the average of the last "
                "4. Click a dot to open that session."
            ),
            Tone.MUTED,
            self,
        )
        self.body.addWidget(self.chart)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.hint)
        self.clear()

    # --- loading ---------------------------------------------------------------------------

    def clear(self) -> None:
        self._show((), None, "", 0)

    def set_member(self, member_id: int | None) -> None:
        if member_id is None or self.ctx.workspace.locked:
            self.clear()
            return
        try:
            series = CheckinScoreService(self.ctx.workspace.context).member_series(member_id)
        except FacilitatorError as exc:
            self.clear()
            emit(self.ctx.statusMessage, error_text(exc))
            return
        self._show(_points_of_member(series), series.scale, member_summary(series), series.damaged)

    def set_group(self, group_id: int | None) -> None:
        if group_id is None or self.ctx.workspace.locked:
            self.clear()
            return
        try:
            series = CheckinScoreService(self.ctx.workspace.context).group_series(
                group_id, last=GROUP_SESSIONS
            )
        except FacilitatorError as exc:
            self.clear()
            emit(self.ctx.statusMessage, error_text(exc))
            return
        self._show(_points_of_group(series), series.scale, group_summary(series), series.damaged)

    def _show(
        self,
        points: Sequence[TrendPoint],
        scale: CheckinScale | None,
        summary: str,
        damaged: int,
    ) -> None:
        low, high = (scale.low, scale.high) if scale is not None else (0, 1)
        self.chart.set_points(
            points,
            label=self.tr("average") if self.group else self.tr("check-in"),
            value_format=score_text,
            floor=float(low),
            ceiling=float(high),
        )
        # Without scores the chart's room is not taken: the sentence says so.
        self.chart.setVisible(bool(points))
        self.hint.setVisible(bool(points))
        self.summary.setText(summary)
        self.summary.set_tone(Tone.WARNING if damaged else Tone.NORMAL if points else Tone.MUTED)
        self.chart.setAccessibleName(self.name)
        self.chart.setAccessibleDescription(summary)

    def points(self) -> tuple[TrendPoint, ...]:
        return self.chart.points()

    # --- slots -----------------------------------------------------------------------------

    @Slot(int)
    def _on_session(self, session_id: int) -> None:
        emit(self.sessionActivated, session_id)
