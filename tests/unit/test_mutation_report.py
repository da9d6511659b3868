"""scripts/mutation_report.py: which survivors are unexplained, and which lines of the
equivalence list are stale (killed now, or no such mutant) or only waiting to be checked."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "mutation_report.py"


@cache
def report() -> ModuleType:
    spec = importlib.util.spec_from_file_location("facilitator_mutation_report", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_each_listed_line_and_each_survivor_is_sorted_by_what_the_run_found() -> None:
    found = {
        "m.a__mutmut_1": "survived",  # listed: explained
        "m.a__mutmut_2": "survived",  # not listed
        "m.a__mutmut_3": "killed",  # listed: stale
        "m.a__mutmut_4": "not checked",  # listed: waiting
        "m.a__mutmut_5": "skipped",  # listed: waiting
        "m.a__mutmut_6": "timeout",  # listed: stale
    }
    explained = {f"m.a__mutmut_{n}" for n in (1, 3, 4, 5, 6, 9)}
    listing = report().compare(found, explained)
    assert listing.unexplained == ["m.a__mutmut_2"]
    assert listing.settled == ["m.a__mutmut_3", "m.a__mutmut_6"]
    assert listing.gone == ["m.a__mutmut_9"]
    assert listing.unchecked == 2


def test_a_run_where_every_survivor_is_listed_leaves_nothing_to_answer() -> None:
    listing = report().compare({"m.b__mutmut_1": "survived"}, {"m.b__mutmut_1"})
    assert listing == report().Listing([], [], [], 0)
