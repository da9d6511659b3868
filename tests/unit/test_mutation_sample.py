"""scripts/mutation_sample.py: the same seed draws the same uniform sample of one layer,
and the report's interval, counts and verdict follow what mutmut recorded."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "mutation_sample.py"


@cache
def sampler() -> ModuleType:
    spec = importlib.util.spec_from_file_location("facilitator_mutation_sample", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def names(layer: str, count: int) -> list[str]:
    return [f"facilitator_desktop.{layer}.m{i % 7}.x_f__mutmut_{i}" for i in range(count)]


def test_the_same_seed_draws_the_same_sample_whatever_the_listing_order() -> None:
    pool = names("services", 300) + names("domain", 300)
    first = sampler().pick(pool, "services", 40, seed=7)
    again = sampler().pick(list(reversed(pool)), "services", 40, seed=7)
    assert first == again
    assert len(first) == len(set(first)) == 40
    assert all(".services." in name for name in first)
    assert sampler().pick(pool, "services", 40, seed=8) != first


def test_a_sample_larger_than_the_layer_is_the_whole_layer() -> None:
    pool = names("crypto", 12) + names("services", 5)
    assert sampler().pick(pool, "crypto", 400, seed=1) == sorted(names("crypto", 12))
    assert sampler().pick(pool, "ui", 10, seed=1) == []


def test_every_mutant_is_as_likely_to_be_drawn() -> None:
    pool = names("services", 50)
    drawn = {name: 0 for name in pool}
    for seed in range(2000):
        for name in sampler().pick(pool, "services", 10, seed):
            drawn[name] += 1
    # 2000 draws of 10 of 50: 400 each on average; a bias of a quarter would show.
    assert min(drawn.values()) > 300
    assert max(drawn.values()) < 500


@pytest.mark.parametrize(
    ("successes", "trials", "low", "high"),
    [
        # Reference values of the Wilson score interval at 95 %.
        (380, 400, 0.9240, 0.9674),
        (400, 400, 0.9905, 1.0),
        (0, 10, 0.0, 0.2775),
        (5, 10, 0.2366, 0.7634),
    ],
)
def test_wilson_interval_matches_reference_values(
    successes: int, trials: int, low: float, high: float
) -> None:
    got_low, got_high = sampler().wilson_interval(successes, trials)
    assert got_low == pytest.approx(low, abs=5e-4)
    assert got_high == pytest.approx(high, abs=5e-4)


def test_no_trials_claims_nothing() -> None:
    assert sampler().wilson_interval(0, 0) == (0.0, 1.0)


def test_the_report_counts_by_module_and_fails_on_what_is_open() -> None:
    s = sampler()
    sample = [
        "facilitator_desktop.services.notes.x_a__mutmut_1",
        "facilitator_desktop.services.notes.x_a__mutmut_2",
        "facilitator_desktop.services.groups.x_b__mutmut_1",
        "facilitator_desktop.services.groups.x_b__mutmut_2",
        "facilitator_desktop.services.groups.x_b__mutmut_3",
    ]
    status = {
        sample[0]: "killed",
        sample[1]: "survived",
        sample[2]: "timeout",
        sample[3]: "no tests",
        # sample[4] never ran
    }
    result = s.judge(sample, status, explained={sample[1]})
    assert (result.size, result.checked, result.killed) == (5, 4, 2)
    assert result.survivors == (sample[1],)
    assert result.unexplained == ()
    assert result.not_checked == (sample[4],)
    assert result.ratio == 0.5
    assert not result.passes  # one not checked, and far under the floor
    text = s.render(result, population=123, layer="services", seed=9)
    assert "a random sample of 5 of its 123 mutants (seed 9)" in text
    assert "2 of 4 sampled mutants checked were killed (50.0%)" in text
    assert "| groups | 3 | 1 | 0 | 1 |" in text
    assert "| notes | 2 | 1 | 1 | 0 |" in text
    assert f"not checked yet: {sample[4]}" in text


def test_a_clean_sample_above_the_floor_passes_and_an_unexplained_survivor_fails() -> None:
    s = sampler()
    sample = [f"facilitator_desktop.services.notes.x_a__mutmut_{i}" for i in range(200)]
    status = dict.fromkeys(sample, "killed")
    status[sample[0]] = "survived"
    assert s.judge(sample, status, explained={sample[0]}).passes
    unexplained = s.judge(sample, status, explained=set())
    assert unexplained.unexplained == (sample[0],)
    assert not unexplained.passes
    assert "unexplained survivor: " + sample[0] in s.render(unexplained, 200, "services", 1)


def test_a_sample_whose_interval_reaches_under_the_floor_fails() -> None:
    s = sampler()
    # 47 of 50 is 94 %, but with 50 mutants the interval's lower end is about 83.8 %.
    sample = [f"facilitator_desktop.services.notes.x_a__mutmut_{i}" for i in range(50)]
    status = dict.fromkeys(sample, "killed")
    for name in sample[:3]:
        status[name] = "survived"
    result = s.judge(sample, status, explained=set(sample[:3]))
    assert result.ratio == pytest.approx(0.94)
    assert result.interval[0] < 0.90
    assert not result.passes
