"""Outcome measures scored by the published rules: PHQ-9 and GAD-7 items 0-3, totals 0-27
and 0-21, their severity bands, item 9 flagged, reliable change (6 and 4 points), and the
instruments a facilitator defines."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator_desktop.domain import measure_texts
from facilitator_desktop.domain.measures import (
    BUILTINS,
    GAD7,
    PHQ9,
    Band,
    Change,
    Flag,
    InstrumentDraft,
    PaperTotal,
    builtin,
    change_between,
    changes_from_first,
    define,
    rci_threshold,
    score,
)
from facilitator_desktop.errors import ValidationError

PHQ9_BANDS = [(0, 4, "minimal"), (5, 9, "mild"), (10, 14, "moderate")]
PHQ9_BANDS += [(15, 19, "moderately severe"), (20, 27, "severe")]
GAD7_BANDS = [(0, 4, "minimal"), (5, 9, "mild"), (10, 14, "moderate"), (15, 21, "severe")]


def expected_band(bands: list[tuple[int, int, str]], total: int) -> str:
    (label,) = [label for low, high, label in bands if low <= total <= high]
    return label


# --- the shipped instruments ----------------------------------------------------------------


def test_the_shipped_forms_carry_their_published_shape() -> None:
    phq9, gad7 = builtin(PHQ9), builtin(GAD7)
    assert (phq9.name, phq9.items, phq9.item_min, phq9.item_max) == ("PHQ-9", 9, 0, 3)
    assert (gad7.name, gad7.items, gad7.item_min, gad7.item_max) == ("GAD-7", 7, 0, 3)
    assert (phq9.total_min, phq9.total_max, gad7.total_max) == (0, 27, 21)
    assert len(phq9.item_texts) == 9 and len(gad7.item_texts) == 7
    assert phq9.answer_labels == gad7.answer_labels == measure_texts.FREQUENCY_ANSWERS
    assert phq9.answer_labels == (
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
    )
    assert phq9.item_texts[8] == (
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    )
    assert phq9.safety_item == 9 and gad7.safety_item is None
    assert phq9.instructions.startswith("Over the last 2 weeks")
    assert (phq9.reliable_change, gad7.reliable_change) == (6, 4)
    assert phq9.higher_is_worse and gad7.higher_is_worse
    assert "No permission required" in phq9.credit
    assert [(b.low, b.high, b.label) for b in phq9.bands] == PHQ9_BANDS
    assert [(b.low, b.high, b.label) for b in gad7.bands] == GAD7_BANDS
    assert set(BUILTINS) == {PHQ9, GAD7}


@pytest.mark.parametrize(
    ("total", "label"),
    [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate")]
    + [(14, "moderate"), (15, "moderately severe"), (19, "moderately severe")]
    + [(20, "severe"), (27, "severe")],
)
def test_phq9_bands_at_every_edge(total: int, label: str) -> None:
    band = score(PHQ9, PaperTotal(total)).band
    assert band is not None and band.label == label


@pytest.mark.parametrize(
    ("total", "label"),
    [(0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate")]
    + [(14, "moderate"), (15, "severe"), (21, "severe")],
)
def test_gad7_bands_at_every_edge(total: int, label: str) -> None:
    band = score(GAD7, PaperTotal(total)).band
    assert band is not None and band.label == label


def test_a_worked_phq9() -> None:
    result = score(PHQ9, [1, 2, 1, 3, 0, 1, 2, 0, 0])
    assert result.total == 10 and type(result.total) is int
    assert result.band is not None and result.band.label == "moderate"
    assert result.flags == frozenset()
    assert result.items == (1, 2, 1, 3, 0, 1, 2, 0, 0)
    assert not result.from_total


@pytest.mark.parametrize("answer", [1, 2, 3])
def test_phq9_item_9_above_0_is_flagged_whatever_the_total(answer: int) -> None:
    result = score(PHQ9, [0, 0, 0, 0, 0, 0, 0, 0, answer])
    assert result.flags == frozenset({Flag.SELF_HARM_THOUGHTS})
    assert result.band is not None and result.band.label == "minimal"


def test_phq9_item_9_at_0_and_other_items_high_are_not_flagged() -> None:
    assert score(PHQ9, [3, 3, 3, 3, 3, 3, 3, 3, 0]).flags == frozenset()


def test_gad7_never_flags() -> None:
    assert score(GAD7, [3] * 7).flags == frozenset()


def test_a_paper_total_has_no_items_and_no_flag() -> None:
    result = score(PHQ9, PaperTotal(22))
    assert result.from_total and result.items is None and result.flags == frozenset()


@given(st.lists(st.integers(0, 3), min_size=9, max_size=9))
def test_any_phq9_answers_sum_to_their_band(answers: list[int]) -> None:
    result = score(PHQ9, answers)
    assert result.total == sum(answers)
    assert 0 <= result.total <= 27
    assert result.band is not None
    assert result.band.label == expected_band(PHQ9_BANDS, sum(answers))
    assert (Flag.SELF_HARM_THOUGHTS in result.flags) == (answers[8] > 0)
    assert score(PHQ9, PaperTotal(sum(answers))).band == result.band


@given(st.lists(st.integers(0, 3), min_size=7, max_size=7))
def test_any_gad7_answers_sum_to_their_band(answers: list[int]) -> None:
    result = score(GAD7, answers)
    assert result.total == sum(answers)
    assert result.band is not None and result.band.label == expected_band(GAD7_BANDS, sum(answers))


@given(
    st.lists(
        st.one_of(
            st.integers(-10, 10),
            st.floats(allow_nan=True, allow_infinity=True),
            st.booleans(),
            st.text(max_size=2),
            st.none(),
        ),
        min_size=0,
        max_size=12,
    )
)
def test_anything_else_is_refused_with_a_message(answers: list[object]) -> None:
    valid = len(answers) == 9 and all(
        type(a) is int and 0 <= a <= 3 or type(a) is float and a in (0.0, 1.0, 2.0, 3.0)
        for a in answers
    )
    if valid:
        assert score(PHQ9, answers).total == sum(answers)  # type: ignore[arg-type]
        return
    with pytest.raises(ValidationError) as refused:
        score(PHQ9, answers)  # type: ignore[arg-type]
    assert refused.value.message.endswith(".")


@pytest.mark.parametrize(
    ("answers", "field", "message"),
    [
        ([0] * 8, "answers", "PHQ-9 has 9 items; 8 answers were given."),
        ([0] * 10, "answers", "PHQ-9 has 9 items; 10 answers were given."),
        ([0, 0, 4, 0, 0, 0, 0, 0, 0], "item3", "Item 3 must be from 0 to 3."),
        ([0, 0, 0, 0, 0, 0, 0, 0, -1], "item9", "Item 9 must be from 0 to 3."),
        ([0.5] + [0] * 8, "item1", "Item 1 must be a whole number."),
        ([True] + [0] * 8, "item1", "Item 1 must be a number."),
        ([math.nan] + [0] * 8, "item1", "Item 1 must be a number."),
        ("012301230", "answers", "PHQ-9 has 9 items; 9 answers were given."),
    ],
)
def test_refusals_name_the_item(answers: object, field: str, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        score(PHQ9, answers)  # type: ignore[arg-type]
    assert (refused.value.field, refused.value.message) == (field, message)


@pytest.mark.parametrize("total", [-1, 28, 3.5, math.inf])
def test_a_paper_total_out_of_range_is_refused(total: float) -> None:
    with pytest.raises(ValidationError) as refused:
        score(PHQ9, PaperTotal(total))
    assert refused.value.field == "total"


def test_an_unknown_instrument_key() -> None:
    with pytest.raises(KeyError, match="no shipped instrument 'bdi'"):
        score("bdi", [0])


# --- reliable change ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "change"),
    [
        (14, 8, Change.IMPROVED),  # exactly 6 down
        (14, 9, Change.WITHIN_ERROR),  # 5 down
        (8, 14, Change.DETERIORATED),  # 6 up
        (8, 13, Change.WITHIN_ERROR),
        (10, 10, Change.WITHIN_ERROR),
        (0, 27, Change.DETERIORATED),
    ],
)
def test_phq9_reliable_change_is_six_points(before: int, after: int, change: Change) -> None:
    assert change_between(builtin(PHQ9), before, after) is change


@pytest.mark.parametrize(
    ("before", "after", "change"),
    [(12, 8, Change.IMPROVED), (12, 9, Change.WITHIN_ERROR), (5, 9, Change.DETERIORATED)],
)
def test_gad7_reliable_change_is_four_points(before: int, after: int, change: Change) -> None:
    assert change_between(builtin(GAD7), before, after) is change


def ors() -> InstrumentDraft:
    # ORS-like: 4 items marked on a 10 cm line, higher is better, cut-off 25, RCI 5.
    return InstrumentDraft(
        "ORS",
        4,
        0,
        10,
        higher_is_worse=False,
        bands=(Band(0, 24.9, "clinical range"), Band(25, 40, "non-clinical range")),
        reliable_change=5,
        decimals=1,
    )


def test_when_higher_is_better_a_fall_is_deterioration() -> None:
    spec = define("ors", ors())
    assert change_between(spec, 30, 24.9) is Change.DETERIORATED
    assert change_between(spec, 20.1, 25.1) is Change.IMPROVED
    assert change_between(spec, 20.1, 25.0) is Change.WITHIN_ERROR


def test_without_a_threshold_change_is_unknown() -> None:
    spec = define("x", InstrumentDraft("Mine", 5, 1, 5))
    assert change_between(spec, 5, 25) is Change.UNKNOWN


def test_changes_from_first() -> None:
    spec = builtin(PHQ9)
    assert changes_from_first(spec, []) == ()
    assert changes_from_first(spec, [15, 12, 9, 22]) == (
        Change.WITHIN_ERROR,
        Change.WITHIN_ERROR,
        Change.IMPROVED,
        Change.DETERIORATED,
    )


def test_rci_from_published_sd_and_reliability() -> None:
    # 1.96 · √2 · SD · √(1 − r): SD 5, r 0.84 → 2.772 · 5 · 0.4 = 5.54
    assert rci_threshold(5, 0.84) == pytest.approx(5.5437, abs=1e-3)
    assert rci_threshold(1, 0) == pytest.approx(1.96 * math.sqrt(2))
    for sd, r, field in ((0, 0.8, "sd"), (-1, 0.8, "sd"), (5, 1, "reliability"), (5, -0.1, "r")):
        with pytest.raises(ValidationError) as refused:
            rci_threshold(sd, r)
        assert refused.value.field.startswith(field[0])


@given(st.floats(0.01, 100), st.floats(0, 0.999))
def test_rci_grows_with_sd_and_shrinks_with_reliability(sd: float, r: float) -> None:
    assert rci_threshold(sd * 2, r) == pytest.approx(rci_threshold(sd, r) * 2)
    assert rci_threshold(sd, min(0.999, r + 0.0005)) <= rci_threshold(sd, r)


# --- instruments the facilitator defines ----------------------------------------------------


def test_a_defined_instrument_in_tenths_scores_like_the_paper() -> None:
    spec = define("ors", ors())
    assert (spec.total_min, spec.total_max) == (0, 40)
    assert not spec.shipped and spec.item_texts == ()
    result = score(spec, [6.1, 5.2, 7.3, 4.8])
    assert result.total == 23.4
    assert result.band is not None and result.band.label == "clinical range"
    assert score(spec, PaperTotal(25)).band == Band(25, 40, "non-clinical range")
    assert spec.format(result.total) == "23.4"
    with pytest.raises(ValidationError, match="Item 2 must be a number with one decimal."):
        score(spec, [6.1, 5.25, 7.3, 4.8])
    with pytest.raises(ValidationError, match="Item 1 must be from 0.0 to 10.0."):
        score(spec, [10.1, 5, 7, 4])


def test_a_total_in_a_gap_between_bands_has_no_band() -> None:
    spec = define(
        "k", InstrumentDraft("K", 2, 0, 10, bands=(Band(0, 5, "low"), Band(15, 20, "hi")))
    )
    assert score(spec, PaperTotal(10)).band is None


def test_band_rank_runs_towards_the_worst() -> None:
    phq9 = builtin(PHQ9)
    assert [phq9.band_rank(b) for b in phq9.bands] == [0, 1, 2, 3, 4]
    spec = define("ors", ors())
    assert [spec.band_rank(b) for b in spec.bands] == [1, 0]


def test_definition_cleans_and_sorts() -> None:
    spec = define(
        "c",
        InstrumentDraft(
            "  CORE-10 \u200b",
            10,
            0,
            4,
            bands=(Band(21, 40, " severe "), Band(0, 10, "low"), Band(11, 20, "moderate")),
            reliable_change=6,
        ),
    )
    assert spec.name == "CORE-10"
    assert [b.label for b in spec.bands] == ["low", "moderate", "severe"]
    assert spec.reliable_change == 6


@pytest.mark.parametrize(
    ("draft", "field", "message"),
    [
        (InstrumentDraft(" ", 4, 0, 10), "name", "Give the measure a name, for example ORS."),
        (InstrumentDraft("x" * 81, 4, 0, 10), "name", "Keep the name to 80 characters or fewer."),
        (InstrumentDraft("A", 0, 0, 10), "items", "A measure has 1 to 100 items."),
        (InstrumentDraft("A", 101, 0, 10), "items", "A measure has 1 to 100 items."),
        (InstrumentDraft("A", True, 0, 1), "items", "A measure has 1 to 100 items."),
        (InstrumentDraft("A", 4, 3, 3), "item_max", "The highest answer must be above the lowest."),
        (InstrumentDraft("A", 4, 5, 1), "item_max", "The highest answer must be above the lowest."),
        (
            InstrumentDraft("A", 4, 0, 1001),
            "item_max",
            "An item's range is whole numbers from -1000 to 1000.",
        ),
        (
            InstrumentDraft("A", 4, 0, 10, decimals=2),
            "decimals",
            "Answers are whole numbers or tenths.",
        ),
        (
            InstrumentDraft("A", 4, 0, 10, bands=(Band(0, 41, "x"),)),
            "bands",
            "Each end of band 1 must be from 0 to 40.",
        ),
        (
            InstrumentDraft("A", 4, 0, 10, bands=(Band(10, 5, "x"),)),
            "bands",
            "Band 1 ends before it starts.",
        ),
        (
            InstrumentDraft("A", 4, 0, 10, bands=(Band(0, 5, "a"), Band(5, 9, "b"))),
            "bands",
            "The bands “a” and “b” overlap.",
        ),
        (
            InstrumentDraft("A", 4, 0, 10, bands=(Band(0, 5, " "),)),
            "bands",
            "Band 1 needs a name, for example “mild”.",
        ),
        (
            InstrumentDraft("A", 4, 0, 10, bands=tuple(Band(i, i, f"b{i}") for i in range(11))),
            "bands",
            "Use 10 bands or fewer.",
        ),
        (
            InstrumentDraft("A", 4, 0, 10, reliable_change=0),
            "reliable_change",
            "The reliable change must be above 0 and at most 40 (the whole range of the total).",
        ),
        (
            InstrumentDraft("A", 4, 0, 10, reliable_change=41),
            "reliable_change",
            "The reliable change must be above 0 and at most 40 (the whole range of the total).",
        ),
        (
            InstrumentDraft("A", 4, 0, 10, reliable_change=math.nan),
            "reliable_change",
            "The reliable change must be above 0 and at most 40 (the whole range of the total).",
        ),
    ],
)
def test_definition_refusals_name_the_field(
    draft: InstrumentDraft, field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        define("k", draft)
    assert (refused.value.field, refused.value.message) == (field, message)


@given(
    items=st.integers(1, 20),
    low=st.integers(-5, 5),
    width=st.integers(1, 10),
    data=st.data(),
)
def test_any_defined_instrument_scores_within_its_range(
    items: int, low: int, width: int, data: st.DataObject
) -> None:
    spec = define("k", InstrumentDraft("Any", items, low, low + width, reliable_change=1))
    answers = data.draw(st.lists(st.integers(low, low + width), min_size=items, max_size=items))
    result = score(spec, answers)
    assert spec.total_min <= result.total <= spec.total_max
    assert result.total == sum(answers)
    assert result.band is None and result.flags == frozenset()
