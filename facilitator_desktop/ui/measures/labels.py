"""The words the measure screens use: band names, reliable change, totals in the locale's
digits, a trajectory told in sentences (what a screen reader reads instead of the chart),
and the notice shown when PHQ-9 item 9 is answered above 0.

The questionnaires' own wording (items, answers) is published text and is shown as it is
(see domain/measure_texts.py); everything written by us goes through translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator_desktop.domain.measures import Band, Change, Flag, Instrument
from facilitator_desktop.services.measures import Trajectory
from facilitator_desktop.ui import formatting


def _tr(text: str) -> str:
    return QCoreApplication.translate("Measures", text)


def band_name(band: Band | None, spec: Instrument) -> str:
    """A shipped instrument's band in the app's language; a facilitator's as they wrote it."""
    if band is None:
        return ""
    if not spec.shipped:
        return band.label
    return {
        "minimal": _tr("minimal"),
        "mild": _tr("mild"),
        "moderate": _tr("moderate"),
        "moderately severe": _tr("moderately severe"),
        "severe": _tr("severe"),
    }.get(band.label, band.label)


def value(spec: Instrument, number: float) -> str:
    """A total or an answer in the locale's digits, with the instrument's decimals."""
    return formatting.number(number, spec.decimals)


def total_with_band(spec: Instrument, total: float, band: Band | None) -> str:
    if band is None:
        return value(spec, total)
    return _tr("{total} ({band})").format(total=value(spec, total), band=band_name(band, spec))


def change_word(change: Change) -> str:
    return {
        Change.IMPROVED: _tr("reliable improvement"),
        Change.DETERIORATED: _tr("reliable deterioration"),
        Change.WITHIN_ERROR: _tr("no reliable change"),
        Change.UNKNOWN: _tr("no reliable-change threshold set"),
    }[change]


def threshold_text(spec: Instrument) -> str:
    if spec.reliable_change is None:
        return _tr("No reliable-change threshold is set for this measure.")
    return _tr("A change of {n} points or more counts as reliable.").format(
        n=value(spec, spec.reliable_change)
    )


def direction_text(spec: Instrument) -> str:
    return _tr("Higher totals are worse.") if spec.higher_is_worse else _tr("Higher is better.")


def summary(trajectory: Trajectory) -> str:
    """The trajectory in sentences: how many entries over which dates, the first and the
    latest total with their bands, the reliable change between them, the range, and any
    PHQ-9 item 9 answered above 0."""
    spec = trajectory.spec
    points = trajectory.points
    lines: list[str] = []
    if not points:
        lines.append(_tr("{measure}: no readable entries.").format(measure=spec.name))
    elif len(points) == 1:
        only = points[0]
        lines.append(
            _tr("{measure}: one entry, {date}: {total}.").format(
                measure=spec.name,
                date=formatting.short_date(only.taken_on),
                total=total_with_band(spec, only.total, only.band),
            )
        )
    else:
        first, latest = points[0], points[-1]
        lines.append(
            _tr("{measure}: {n} entries from {first} to {latest}.").format(
                measure=spec.name,
                n=formatting.number(len(points)),
                first=formatting.short_date(first.taken_on),
                latest=formatting.short_date(latest.taken_on),
            )
        )
        lines.append(
            _tr("First {first}, latest {latest}: {change}.").format(
                first=total_with_band(spec, first.total, first.band),
                latest=total_with_band(spec, latest.total, latest.band),
                change=change_word(trajectory.change),
            )
        )
        totals = [p.total for p in points]
        lines.append(
            _tr("Lowest {low}, highest {high}.").format(
                low=value(spec, min(totals)), high=value(spec, max(totals))
            )
        )
    flagged = [p for p in points if Flag.SELF_HARM_THOUGHTS in p.score.flags]
    if flagged:
        lines.append(
            _tr("Item 9 answered above 0 in {n} of them, most recently {date}.").format(
                n=formatting.number(len(flagged)),
                date=formatting.short_date(flagged[-1].taken_on),
            )
        )
    if trajectory.damaged:
        lines.append(
            _tr("Entries that could not be read and are left out: {n}.").format(
                n=formatting.number(trajectory.damaged)
            )
        )
    return " ".join(lines)


# --- PHQ-9 item 9 ---------------------------------------------------------------------------


def safety_title() -> str:
    return _tr("Item 9 was answered above 0")


def safety_text(alias: str, answer: str) -> str:
    """What the facilitator is told, every time: calm, clear, no diagnosis, and pointing to
    their own service's procedures. `answer` is the form's wording of the answer given."""
    return _tr(
        "{alias} marked “{answer}” for thoughts that they would be better off dead, or of "
        "hurting themselves in some way."
    ).format(alias=alias, answer=answer)


def safety_advice() -> str:
    return _tr(
        "This answer is not a diagnosis and does not say how much risk there is; it is a "
        "reason to ask. Consider speaking with them soon, in private, about how they are "
        "now; following your own service's safety procedures (who to contact, what to "
        "record); and talking it through with your supervisor or a colleague. If you "
        "believe someone is in immediate danger, follow your emergency procedure."
    )


def safety_total_only() -> str:
    return _tr(
        "With the total only, item 9 (thoughts of being better off dead or of self-harm) "
        "is not checked here: look at its answer on the paper."
    )


def safety_acknowledge() -> str:
    return _tr("I have read this")
