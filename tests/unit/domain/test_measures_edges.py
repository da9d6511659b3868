"""Measures at their edges: reliable change within rounding of its threshold and under one
point, every limit of a definition accepted at its value and refused one past it, with the
field and message a facilitator sees."""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.measures import (
    PHQ9,
    Band,
    Change,
    InstrumentDraft,
    PaperTotal,
    change_between,
    define,
    rci_threshold,
    score,
)
from facilitator_desktop.errors import ValidationError


def refusal(draft: InstrumentDraft) -> tuple[str, str]:
    with pytest.raises(ValidationError) as refused:
        define("k", draft)
    return refused.value.field, refused.value.message


# --- reliable change ------------------------------------------------------------------------


def test_a_difference_short_of_the_threshold_by_rounding_noise_is_a_reliable_change() -> None:
    # A threshold computed from a published SD can carry a billionth of float noise.
    spec = define("k", InstrumentDraft("Mine", 10, 0, 4, reliable_change=6.000000001))
    assert change_between(spec, 14, 8) is Change.IMPROVED
    assert change_between(spec, 8, 14) is Change.DETERIORATED
    assert change_between(spec, 14, 8.1) is Change.WITHIN_ERROR


def test_a_reliable_change_under_one_point_reads_its_direction() -> None:
    # Tenths on a 10 cm line: half a point is a reliable change here.
    worse_up = define("k", InstrumentDraft("Line", 1, 0, 10, decimals=1, reliable_change=0.5))
    assert change_between(worse_up, 3.0, 3.5) is Change.DETERIORATED
    assert change_between(worse_up, 3.5, 3.0) is Change.IMPROVED
    better_up = define(
        "k",
        InstrumentDraft("Line", 1, 0, 10, higher_is_worse=False, decimals=1, reliable_change=0.5),
    )
    assert change_between(better_up, 3.0, 3.5) is Change.IMPROVED
    assert change_between(better_up, 3.5, 3.0) is Change.DETERIORATED


@pytest.mark.parametrize(
    ("sd", "reliability", "field", "message"),
    [
        (0.0, 0.8, "sd", "The standard deviation must be above 0."),
        (float("nan"), 0.8, "sd", "The standard deviation must be above 0."),
        (5.0, 1.0, "reliability", "The reliability must be from 0 to below 1."),
        (5.0, -0.1, "reliability", "The reliability must be from 0 to below 1."),
    ],
    ids=["sd-zero", "sd-nan", "r-one", "r-negative"],
)
def test_rci_refusals_name_the_field(
    sd: float, reliability: float, field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        rci_threshold(sd, reliability)
    assert (refused.value.field, refused.value.message) == (field, message)


# --- a facilitator's own measure --------------------------------------------------------------


def test_every_limit_of_a_definition_is_accepted_at_its_value() -> None:
    spec = define(
        "mine",
        InstrumentDraft(
            "N" * 80,
            100,
            -1000,
            1000,
            bands=(
                Band(-100000, -100000, "L" * 40),
                *(Band(i, i, f"b{i}") for i in range(1, 9)),
                Band(100000, 100000, "top"),
            ),
        ),
    )
    assert (spec.key, spec.name, spec.items, spec.item_min, spec.item_max) == (
        "mine",
        "N" * 80,
        100,
        -1000,
        1000,
    )
    assert len(spec.bands) == 10
    assert spec.bands[0] == Band(-100000, -100000, "L" * 40)


def test_the_direction_of_a_defined_measure_is_kept() -> None:
    assert define("k", InstrumentDraft("A", 4, 0, 10)).higher_is_worse is True
    assert define("k", InstrumentDraft("A", 4, 0, 10, higher_is_worse=False)).higher_is_worse is (
        False
    )


@pytest.mark.parametrize(
    ("draft", "field", "message"),
    [
        (
            InstrumentDraft("A", 4, -1001, 10),
            "item_min",
            "An item's range is whole numbers from -1000 to 1000.",
        ),
        (
            InstrumentDraft("A", 4, 0, 10, bands=(Band(0, 5, "x" * 41),)),
            "bands",
            "Keep band 1's name to 40 characters or fewer.",
        ),
        (
            InstrumentDraft("A", 4, 0, 10, bands=(Band(0, 5, "low"), Band(6, 7, "y" * 41))),
            "bands",
            "Keep band 2's name to 40 characters or fewer.",
        ),
        (
            InstrumentDraft("A", 4, 0, 10, reliable_change=True),  # type: ignore[arg-type]
            "reliable_change",
            "The reliable change must be a number.",
        ),
        (
            InstrumentDraft("A", 4, 0, 10, reliable_change="6"),  # type: ignore[arg-type]
            "reliable_change",
            "The reliable change must be a number.",
        ),
        (
            InstrumentDraft("A", 4, 0, 10, bands=(Band(0, 5, "a"), Band(3, "9", "b"))),  # type: ignore[arg-type]
            "bands",
            "Each end of band 2 must be a number.",
        ),
    ],
    ids=["item-min", "band-1-name", "band-2-name", "rc-bool", "rc-text", "band-end-text"],
)
def test_one_past_a_limit_is_refused_with_field_and_message(
    draft: InstrumentDraft, field: str, message: str
) -> None:
    assert refusal(draft) == (field, message)


def test_a_band_of_one_total_is_allowed() -> None:
    spec = define("k", InstrumentDraft("A", 4, 0, 10, bands=(Band(7, 7, "seven"),)))
    assert spec.bands == (Band(7, 7, "seven"),)


# --- scoring ------------------------------------------------------------------------------


def test_a_paper_total_is_kept_as_given_and_refused_with_the_total_named() -> None:
    assert score(PHQ9, PaperTotal(12)).total == 12
    with pytest.raises(ValidationError) as refused:
        score(PHQ9, PaperTotal(28))
    assert (refused.value.field, refused.value.message) == (
        "total",
        "The total must be from 0 to 27.",
    )


def test_answers_that_cannot_be_counted_are_no_answers() -> None:
    with pytest.raises(ValidationError) as refused:
        score(PHQ9, 5)  # type: ignore[arg-type]
    assert refused.value.message == "PHQ-9 has 9 items; no answers were given."


def test_whole_answers_typed_as_decimals_give_a_whole_total() -> None:
    total = score(PHQ9, [1.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]).total
    assert total == 3 and type(total) is int


def test_tenths_are_read_as_typed_and_whole_answers_must_be_whole() -> None:
    line = define("k", InstrumentDraft("Line", 2, 0, 10, decimals=1))
    assert score(line, [0.7, 0.2]).total == 0.9
    with pytest.raises(ValidationError) as refused:
        score(PHQ9, [2.0000001, 0, 0, 0, 0, 0, 0, 0, 0])
    assert (refused.value.field, refused.value.message) == (
        "item1",
        "Item 1 must be a whole number.",
    )


def test_a_band_starting_out_of_range_names_the_band() -> None:
    assert refusal(InstrumentDraft("A", 4, 0, 10, bands=(Band(-1, 5, "low"),))) == (
        "bands",
        "Each end of band 1 must be from 0 to 40.",
    )


def test_an_unchanged_total_is_never_a_reliable_change() -> None:
    # A reliable change smaller than the rounding tolerance still needs a change.
    tiny = define("k", InstrumentDraft("Mine", 2, 0, 10, decimals=1, reliable_change=1e-12))
    assert change_between(tiny, 4.0, 4.0) is Change.WITHIN_ERROR
    assert change_between(tiny, 4.0, 4.1) is Change.DETERIORATED


def test_a_tenth_carrying_float_noise_is_still_a_tenth() -> None:
    # 0.1 * 3 is 0.30000000000000004: what a slider stepping by 0.1 may hand over.
    line = define("k", InstrumentDraft("Line", 2, 0, 10, decimals=1))
    assert score(line, [0.1 * 3, 0.2]).total == 0.5
