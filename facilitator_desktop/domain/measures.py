"""Outcome measures: the instruments, their scoring, severity bands and reliable change.

Two questionnaires are shipped whole (PHQ-9 and GAD-7, free to use; wording in
`measure_texts`). Licensed instruments whose text may not be shipped (ORS, SRS, GSRS,
CORE-10 …) are defined by the facilitator: a name, the number of items, the range of one
item, which direction is worse, bands and a reliable-change threshold; the answers or the
total are then typed in from the paper form.

Scoring follows the published rules: each PHQ-9 and GAD-7 item scores 0-3 and the total is
their sum (0-27, 0-21). Severity bands: PHQ-9 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19
moderately severe, 20-27 severe (Kroenke, Spitzer & Williams 2001); GAD-7 0-4 minimal, 5-9
mild, 10-14 moderate, 15-21 severe (Spitzer et al. 2006). PHQ-9 item 9 (thoughts of being
better off dead or of self-harm) answered above 0 is flagged, whatever the total.

Reliable change (Jacobson & Truax 1991): a change at least as large as the instrument's
measurement error allows, RCI = 1.96 · √2 · SD · √(1 − r). For the shipped instruments the
thresholds are the published ones used in routine care: 6 points on the PHQ-9 and 4 points
on the GAD-7 (the NHS Talking Therapies / IAPT Manual's reliable improvement and reliable
deterioration criteria; Bischoff et al. 2020, doi:10.5964/pch.v8i1.309, derive 6 for the
GAD-7 from a community sample, which is more cautious). A change of the threshold or more
counts as reliable. For their own instruments facilitators type the figure from the
instrument's manual, or compute it with `rci_threshold` from a published SD and reliability.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from facilitator_desktop.domain import measure_texts as texts
from facilitator_desktop.domain.validation import clean
from facilitator_desktop.errors import N_, Phrase, ValidationError

PHQ9: Final = "phq9"
GAD7: Final = "gad7"
NAME_MAX: Final = 80
BAND_LABEL_MAX: Final = 40
ITEMS_MAX: Final = 100  # the longest licensed forms have a few dozen items
ITEM_LIMIT: Final = 1000  # the largest item value a form could use (millimetres on a line)
BANDS_MAX: Final = 10
DECIMALS: Final = (0, 1)  # whole numbers, or tenths (scales marked on a 10 cm line)


class Flag(StrEnum):
    """What must be brought to the facilitator's attention about one entry."""

    SELF_HARM_THOUGHTS = "self_harm_thoughts"  # PHQ-9 item 9 above 0


class Change(StrEnum):
    """Reliable change between two totals of one instrument."""

    IMPROVED = "improved"
    DETERIORATED = "deteriorated"
    WITHIN_ERROR = "within_error"  # smaller than the threshold: not a reliable change
    UNKNOWN = "unknown"  # the instrument has no threshold


@dataclass(frozen=True, slots=True)
class Band:
    """Totals from `low` to `high` (both included) carry `label`."""

    low: float
    high: float
    label: str

    def holds(self, total: float) -> bool:
        return self.low <= total <= self.high


@dataclass(frozen=True, slots=True)
class Instrument:
    key: str
    name: str
    items: int
    item_min: int
    item_max: int
    higher_is_worse: bool = True
    bands: tuple[Band, ...] = ()
    reliable_change: float | None = None
    decimals: int = 0
    instructions: str = ""
    item_texts: tuple[str, ...] = ()  # shipped instruments only
    answer_labels: tuple[str, ...] = ()  # one per value from item_min to item_max
    safety_item: int | None = None  # numbered from 1; an answer above item_min is flagged
    credit: str = ""

    @property
    def total_min(self) -> float:
        return self.items * self.item_min

    @property
    def total_max(self) -> float:
        return self.items * self.item_max

    @property
    def shipped(self) -> bool:
        return self.key in BUILTINS

    def band_of(self, total: float) -> Band | None:
        return next((band for band in self.bands if band.holds(total)), None)

    def band_rank(self, band: Band) -> int:
        """0 for the band of least concern, counting towards the worst (for shading)."""
        ordered = sorted(self.bands, key=lambda b: b.low, reverse=not self.higher_is_worse)
        return ordered.index(band)

    def format(self, value: float) -> str:
        """A total or an answer as the form writes it (no locale: see the UI for that)."""
        return f"{value:.{self.decimals}f}"


@dataclass(frozen=True, slots=True)
class PaperTotal:
    """The total read from a paper form when the item answers are not typed in."""

    total: float


Answers = Sequence[float] | PaperTotal


@dataclass(frozen=True, slots=True)
class Score:
    total: float
    band: Band | None
    flags: frozenset[Flag] = frozenset()
    items: tuple[float, ...] | None = None  # None: only the total was entered

    @property
    def from_total(self) -> bool:
        return self.items is None


_PHQ9_BANDS = (
    Band(0, 4, "minimal"),
    Band(5, 9, "mild"),
    Band(10, 14, "moderate"),
    Band(15, 19, "moderately severe"),
    Band(20, 27, "severe"),
)
_GAD7_BANDS = (
    Band(0, 4, "minimal"),
    Band(5, 9, "mild"),
    Band(10, 14, "moderate"),
    Band(15, 21, "severe"),
)

BUILTINS: Final[dict[str, Instrument]] = {
    PHQ9: Instrument(
        key=PHQ9,
        name="PHQ-9",
        items=9,
        item_min=0,
        item_max=3,
        higher_is_worse=True,
        bands=_PHQ9_BANDS,
        reliable_change=6,
        instructions=texts.PHQ9_INSTRUCTIONS,
        item_texts=texts.PHQ9_ITEMS,
        answer_labels=texts.FREQUENCY_ANSWERS,
        safety_item=9,
        credit=texts.CREDIT,
    ),
    GAD7: Instrument(
        key=GAD7,
        name="GAD-7",
        items=7,
        item_min=0,
        item_max=3,
        higher_is_worse=True,
        bands=_GAD7_BANDS,
        reliable_change=4,
        instructions=texts.GAD7_INSTRUCTIONS,
        item_texts=texts.GAD7_ITEMS,
        answer_labels=texts.FREQUENCY_ANSWERS,
        credit=texts.CREDIT,
    ),
}


def builtin(key: str) -> Instrument:
    try:
        return BUILTINS[key]
    except KeyError:
        raise KeyError(f"no shipped instrument {key!r}") from None


# --- scoring ------------------------------------------------------------------------------


def score(instrument: str | Instrument, answers: Answers) -> Score:
    """The total, its band and any flag; `instrument` is a shipped key ("phq9", "gad7") or
    a definition. Bad answers raise ValidationError naming the item (or "total")."""
    spec = builtin(instrument) if isinstance(instrument, str) else instrument
    if isinstance(answers, PaperTotal):
        given = _checked_value(spec, answers.total, spec.total_min, spec.total_max, "total")
        return Score(given, spec.band_of(given))
    # _count, not len: answers that cannot be counted get the message, not a TypeError.
    if isinstance(answers, str | bytes) or _count(answers) != spec.items:
        raise ValidationError(
            "answers",
            N_("{name} has {items} items; {count} answers were given."),
            name=spec.name,
            items=spec.items,
            count=_count(answers),
        )
    low, high = spec.item_min, spec.item_max
    items: tuple[float, ...]
    if spec.decimals == 0 and all(type(v) is int and low <= v <= high for v in answers):
        # The common case, read back ten years at a time: whole answers in range.
        items = tuple(answers)
        total = sum(items)
    else:
        items = tuple(
            _checked_value(spec, value, low, high, f"item{number}")
            for number, value in enumerate(answers, start=1)
        )
        total = _normal(math.fsum(items), spec.decimals)
    flags: frozenset[Flag] = frozenset()
    if spec.safety_item is not None and items[spec.safety_item - 1] > spec.item_min:
        flags = frozenset({Flag.SELF_HARM_THOUGHTS})
    return Score(total, spec.band_of(total), flags, items)


def _count(answers: object) -> int | Phrase:
    try:
        return len(answers)  # type: ignore[arg-type]
    except TypeError:
        return Phrase(N_("no"))


def _checked_value(
    spec: Instrument,
    value: object,
    low: float,
    high: float,
    field: str,
    subject: Phrase | None = None,
) -> float:
    # Translators: {what} is "The total", "Item 3" or "Each end of band 2".
    what = subject or (
        Phrase(N_("The total"))
        if field == "total"
        else Phrase(N_("Item {number}"), {"number": field.removeprefix("item")})
    )
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, N_("{what} must be a number."), what=what)
    if not math.isfinite(value):
        raise ValidationError(field, N_("{what} must be a number."), what=what)
    scaled = value * 10**spec.decimals
    # Tenths typed as decimals are inexact in binary (0.7 · 10 = 7.000000000000001).
    if abs(scaled - round(scaled)) > (1e-6 if spec.decimals else 0):
        step = Phrase(
            N_("a whole number") if spec.decimals == 0 else N_("a number with one decimal")
        )
        raise ValidationError(field, N_("{what} must be {step}."), what=what, step=step)
    value = _normal(value, spec.decimals)
    if not low <= value <= high:
        raise ValidationError(
            field,
            N_("{what} must be from {low} to {high}."),
            what=what,
            low=spec.format(low),
            high=spec.format(high),
        )
    return value


def _normal(value: float, decimals: int) -> float:
    """Whole numbers as int (so 12 is stored and shown as 12, not 12.0), tenths rounded."""
    return int(round(value)) if decimals == 0 else round(value, decimals)


# --- reliable change ----------------------------------------------------------------------


def change_between(instrument: Instrument, before: float, after: float) -> Change:
    """Reliable change from `before` to `after`: the threshold or more, in either way."""
    threshold = instrument.reliable_change
    if threshold is None:
        return Change.UNKNOWN
    difference = after - before
    # Tenths add up inexactly (0.1 + 0.2): compare within a small tolerance, and an unchanged
    # total is no change however small the threshold.
    if abs(difference) + 1e-9 < threshold or abs(difference) < 1e-9:
        return Change.WITHIN_ERROR
    worse = difference > 0 if instrument.higher_is_worse else difference < 0
    return Change.DETERIORATED if worse else Change.IMPROVED


def changes_from_first(instrument: Instrument, totals: Sequence[float]) -> tuple[Change, ...]:
    """Each total's reliable change against the first (the first itself: within error)."""
    if not totals:
        return ()
    first = totals[0]
    return (Change.WITHIN_ERROR, *(change_between(instrument, first, t) for t in totals[1:]))


def rci_threshold(sd: float, reliability: float) -> float:
    """Jacobson-Truax: the smallest reliable change, 1.96 · √2 · SD · √(1 − r), from the
    standard deviation of a reference sample and the instrument's reliability."""
    if not (math.isfinite(sd) and sd > 0):
        raise ValidationError("sd", "The standard deviation must be above 0.")
    if not (math.isfinite(reliability) and 0 <= reliability < 1):
        raise ValidationError("reliability", "The reliability must be from 0 to below 1.")
    return 1.96 * math.sqrt(2) * sd * math.sqrt(1 - reliability)


# --- instruments the facilitator defines -------------------------------------------------


@dataclass(frozen=True, slots=True)
class InstrumentDraft:
    name: str
    items: int
    item_min: int
    item_max: int
    higher_is_worse: bool = True
    bands: tuple[Band, ...] = ()
    reliable_change: float | None = None
    decimals: int = 0


def define(key: str, draft: InstrumentDraft) -> Instrument:
    """A facilitator's instrument, checked field by field (ValidationError names the
    field). Bands may leave gaps but never overlap; they are kept lowest first."""
    name = clean(draft.name)
    if not name:
        raise ValidationError("name", "Give the measure a name, for example ORS.")
    if len(name) > NAME_MAX:
        raise ValidationError(
            "name", N_("Keep the name to {limit} characters or fewer."), limit=NAME_MAX
        )
    if draft.decimals not in DECIMALS:
        raise ValidationError("decimals", "Answers are whole numbers or tenths.")
    if not _whole(draft.items) or not 1 <= draft.items <= ITEMS_MAX:
        raise ValidationError("items", N_("A measure has 1 to {limit} items."), limit=ITEMS_MAX)
    for field, value in (("item_min", draft.item_min), ("item_max", draft.item_max)):
        if not _whole(value) or not -ITEM_LIMIT <= value <= ITEM_LIMIT:
            raise ValidationError(
                field,
                N_("An item's range is whole numbers from {low} to {high}."),
                low=-ITEM_LIMIT,
                high=ITEM_LIMIT,
            )
    if draft.item_min >= draft.item_max:
        raise ValidationError("item_max", "The highest answer must be above the lowest.")
    spec = Instrument(
        key=key,
        name=name,
        items=draft.items,
        item_min=draft.item_min,
        item_max=draft.item_max,
        higher_is_worse=bool(draft.higher_is_worse),
        decimals=draft.decimals,
    )
    bands = _checked_bands(spec, draft.bands)
    threshold = draft.reliable_change
    if threshold is not None:
        span = spec.total_max - spec.total_min
        if isinstance(threshold, bool) or not isinstance(threshold, int | float):
            raise ValidationError("reliable_change", "The reliable change must be a number.")
        if not (math.isfinite(threshold) and 0 < threshold <= span):
            raise ValidationError(
                "reliable_change",
                N_(
                    "The reliable change must be above 0 and at most {span} "
                    "(the whole range of the total)."
                ),
                span=spec.format(span),
            )
    return Instrument(
        key=key,
        name=name,
        items=spec.items,
        item_min=spec.item_min,
        item_max=spec.item_max,
        higher_is_worse=spec.higher_is_worse,
        bands=bands,
        reliable_change=threshold,
        decimals=spec.decimals,
    )


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _checked_bands(spec: Instrument, bands: Sequence[Band]) -> tuple[Band, ...]:
    if len(bands) > BANDS_MAX:
        raise ValidationError("bands", N_("Use {limit} bands or fewer."), limit=BANDS_MAX)
    checked = []
    for position, band in enumerate(bands, start=1):
        label = clean(band.label)
        if not label:
            raise ValidationError(
                "bands", N_("Band {position} needs a name, for example “mild”."), position=position
            )
        if len(label) > BAND_LABEL_MAX:
            raise ValidationError(
                "bands",
                N_("Keep band {position}'s name to {limit} characters or fewer."),
                position=position,
                limit=BAND_LABEL_MAX,
            )
        ends = Phrase(N_("Each end of band {position}"), {"position": position})
        try:
            low = _checked_value(spec, band.low, spec.total_min, spec.total_max, "total", ends)
            high = _checked_value(spec, band.high, spec.total_min, spec.total_max, "total", ends)
        except ValidationError as exc:
            raise ValidationError("bands", exc.template, **exc.params) from exc
        if low > high:
            raise ValidationError(
                "bands", N_("Band {position} ends before it starts."), position=position
            )
        checked.append(Band(low, high, label))
    checked.sort(key=lambda b: b.low)
    for earlier, later in zip(checked, checked[1:], strict=False):
        if later.low <= earlier.high:
            raise ValidationError(
                "bands",
                N_("The bands “{earlier}” and “{later}” overlap."),
                earlier=earlier.label,
                later=later.label,
            )
    return tuple(checked)
