"""The order a mutant's tests run in during `make mutation`.

mutmut hands pytest the tests that reach the mutated function, in no set order, and stops at
the first failure (`-x`). A mutant that a quick unit test kills can so wait behind a minute
of PostgreSQL sync tests first. Running the cheapest test files first lets a killed mutant
stop early; a survivor still runs every test, so no outcome changes, only the time. A file's
tests stay together and in their own order, so module fixtures are set up once.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Protocol, TypeVar


class _Item(Protocol):
    @property
    def nodeid(self) -> str: ...


ItemT = TypeVar("ItemT", bound=_Item)


def under_a_mutant() -> bool:
    """True in the test process of one mutant (not the stats or clean runs)."""
    return "__mutmut_" in os.environ.get("MUTANT_UNDER_TEST", "")


def cheapest_files_first(items: Sequence[ItemT], seconds: Mapping[str, float]) -> list[ItemT]:
    """`items` grouped by file, the files ordered by the recorded seconds of their selected
    tests (first seen first on a tie); a test with no record counts as none."""
    by_file: dict[str, list[ItemT]] = {}
    for item in items:
        by_file.setdefault(item.nodeid.split("::", 1)[0], []).append(item)
    cost = {f: sum(seconds.get(i.nodeid, 0.0) for i in tests) for f, tests in by_file.items()}
    files = sorted(by_file, key=cost.__getitem__)
    return [item for f in files for item in by_file[f]]


def recorded_seconds() -> Mapping[str, float]:
    """Each test's time from mutmut's stats run, which the forked mutant process holds
    already; empty when mutmut is not there to ask."""
    try:
        from mutmut.state import state
    except ImportError:
        return {}
    return dict(state().duration_by_test)
