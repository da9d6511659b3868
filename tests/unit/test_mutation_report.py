"""scripts/mutation_report.py: which survivors are unexplained, which lines of the
equivalence list are stale (killed now, or no such mutant) or only waiting to be checked,
and which were written against another version of their function."""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "mutation_report.py"
NOW = {"m.a": "h1", "m.b": "h1"}  # each function's hash in this run


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
    explained = {f"m.a__mutmut_{n}": "h1" for n in (1, 3, 4, 5, 6, 9)}
    listing = report().compare(found, explained, NOW)
    assert listing.unexplained == ["m.a__mutmut_2"]
    assert listing.settled == ["m.a__mutmut_3", "m.a__mutmut_6"]
    assert listing.gone == ["m.a__mutmut_9"]
    assert listing.unchecked == 2
    assert listing.rejudge == []


def test_a_run_where_every_survivor_is_listed_leaves_nothing_to_answer() -> None:
    listing = report().compare({"m.b__mutmut_1": "survived"}, {"m.b__mutmut_1": "h1"}, NOW)
    assert listing == report().Listing([], [], [], 0, [])


def test_a_survivor_listed_against_another_version_of_its_function_is_asked_again() -> None:
    """After an edit, `m.a__mutmut_1` may be another change: its old line explains nothing."""
    found = {"m.a__mutmut_1": "survived", "m.b__mutmut_1": "survived"}
    explained = {"m.a__mutmut_1": "h0", "m.b__mutmut_1": "h1"}
    listing = report().compare(found, explained, NOW)
    assert listing.rejudge == ["m.a__mutmut_1"]
    assert listing.unexplained == []


def test_a_killed_mutant_listed_against_an_old_version_is_stale_not_asked_again() -> None:
    listing = report().compare({"m.a__mutmut_1": "killed"}, {"m.a__mutmut_1": "h0"}, NOW)
    assert (listing.settled, listing.rejudge) == (["m.a__mutmut_1"], [])


def test_the_table_gives_each_listed_mutant_with_its_hash_and_nothing_else(
    tmp_path: Path,
) -> None:
    doc = tmp_path / "mutation.md"
    doc.write_text(
        "As `facilitator_desktop.m.x_f__mutmut_9` in prose: not a line of the table.\n\n"
        "| mutant | its function when judged | why |\n|---|---|---|\n"
        "| `facilitator_desktop.m.xǁCǁg__mutmut_2` | 0a1b2c3d4e5f | as before. |\n"
        "| `facilitator_desktop.m.x_f__mutmut_3` | why, without a hash |\n",
        encoding="utf-8",
    )
    rows = report().table_rows(doc)
    assert rows == [("facilitator_desktop.m.xǁCǁg__mutmut_2", "0a1b2c3d4e5f")]


def test_each_function_s_hash_is_read_from_mutmut_s_results_by_module(tmp_path: Path) -> None:
    meta = tmp_path / "mutants" / "facilitator_desktop" / "services" / "a.py.meta"
    meta.parent.mkdir(parents=True)
    meta.write_text(json.dumps({"hash_by_function_name": {"x_f": "h1", "xǁCǁg": "h2"}}))
    package = tmp_path / "mutants" / "facilitator_desktop" / "crypto" / "__init__.py.meta"
    package.parent.mkdir(parents=True)
    package.write_text(json.dumps({"hash_by_function_name": {"x_k": "h3"}}))
    assert report().function_hashes(tmp_path) == {
        "facilitator_desktop.services.a.x_f": "h1",
        "facilitator_desktop.services.a.xǁCǁg": "h2",
        "facilitator_desktop.crypto.x_k": "h3",
    }


def test_the_table_in_docs_lists_each_mutant_once_with_a_hash() -> None:
    """Every line naming a mutant in the table is read, and none names one twice."""
    doc = SCRIPT.parents[1] / "docs" / "mutation.md"
    lines = [
        line
        for line in doc.read_text(encoding="utf-8").splitlines()
        if line.startswith("| `facilitator_desktop.")
    ]
    names = [name for name, _ in report().table_rows(doc)]
    assert len(names) == len(lines) == len(set(names))
