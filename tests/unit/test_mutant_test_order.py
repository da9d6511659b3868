"""The mutation run's test order: cheapest files first, each file's tests together and in
their own order, nothing dropped or doubled, and untouched outside a mutant's process."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers.mutant_test_order import cheapest_files_first, under_a_mutant


@dataclass(frozen=True)
class Item:
    nodeid: str


def test_the_cheapest_file_runs_first_with_its_tests_in_their_own_order() -> None:
    items = [
        Item("tests/unit/sync/test_sharing_load.py::test_many"),
        Item("tests/unit/services/test_groups.py::test_b"),
        Item("tests/unit/sync/test_sharing_load.py::test_few"),
        Item("tests/unit/services/test_groups.py::test_a"),
        Item("tests/unit/test_unrecorded.py::test_new"),
    ]
    seconds = {
        "tests/unit/sync/test_sharing_load.py::test_many": 12.0,
        "tests/unit/sync/test_sharing_load.py::test_few": 0.1,
        "tests/unit/services/test_groups.py::test_b": 0.3,
        "tests/unit/services/test_groups.py::test_a": 0.2,
    }
    assert [i.nodeid for i in cheapest_files_first(items, seconds)] == [
        "tests/unit/test_unrecorded.py::test_new",
        "tests/unit/services/test_groups.py::test_b",
        "tests/unit/services/test_groups.py::test_a",
        "tests/unit/sync/test_sharing_load.py::test_many",
        "tests/unit/sync/test_sharing_load.py::test_few",
    ]


def test_files_that_cost_the_same_keep_the_order_they_came_in() -> None:
    items = [Item("b.py::t"), Item("a.py::t"), Item("c.py::t")]
    assert cheapest_files_first(items, {}) == items


@given(
    st.lists(
        st.tuples(st.sampled_from("abcd"), st.integers(0, 5), st.floats(0, 60)),
        unique_by=lambda t: (t[0], t[1]),
    )
)
def test_every_test_runs_once_and_each_file_stays_in_one_piece(
    rows: list[tuple[str, int, float]],
) -> None:
    items = [Item(f"{f}.py::test_{n}") for f, n, _ in rows]
    seconds = {f"{f}.py::test_{n}": s for f, n, s in rows}
    ordered = cheapest_files_first(items, seconds)
    assert sorted(i.nodeid for i in ordered) == sorted(i.nodeid for i in items)
    files = [i.nodeid.split("::")[0] for i in ordered]
    runs = [f for k, f in enumerate(files) if k == 0 or files[k - 1] != f]
    assert len(runs) == len(set(runs))
    for f in set(files):
        assert [i for i in ordered if i.nodeid.startswith(f)] == [
            i for i in items if i.nodeid.startswith(f)
        ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("facilitator_desktop.services.groups.x_f__mutmut_3", True),
        ("stats", False),
        ("", False),
        ("list_all_tests", False),
    ],
)
def test_only_a_mutants_own_process_is_reordered(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: bool
) -> None:
    monkeypatch.setenv("MUTANT_UNDER_TEST", value)
    assert under_a_mutant() is expected


def test_outside_mutmut_nothing_is_reordered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MUTANT_UNDER_TEST", raising=False)
    assert under_a_mutant() is False
