"""The row checker on a table of its own: what it takes as a boolean (only what SQLAlchemy
writes), where a revision stops, and what a checked row says of a bad or missing value."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Boolean, Column, Integer, MetaData, String, Table
from sqlalchemy.dialects import sqlite

from facilitator_desktop.services.row_check import REV_LIMIT, CheckedRow, RowChecker

TABLE = Table(
    "things",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("rev", Integer, nullable=False),
    Column("flag", Boolean, nullable=False),
    Column("note", String, nullable=True),
)
CHECKER = RowChecker(TABLE, sqlite.dialect())


def _checked(**values: Any) -> CheckedRow:
    return CHECKER.check({"id": 1, "rev": 0, "flag": 0, "note": None} | values)


@pytest.mark.parametrize(("stored", "read"), [(0, False), (1, True), (False, False), (True, True)])
def test_a_boolean_is_what_sqlalchemy_writes(stored: object, read: bool) -> None:
    row = _checked(flag=stored)
    assert (row.bad, row.values["flag"]) == (frozenset(), read)


@pytest.mark.parametrize("stored", [2, -1, "1", "true", 1.0, b"\x01"])
def test_anything_else_in_a_boolean_is_damage(stored: object) -> None:
    row = _checked(flag=stored)
    assert (row.bad, row.values["flag"], row.damaged) == (frozenset({"flag"}), None, True)


@pytest.mark.parametrize("rev", [0, 1, REV_LIMIT - 1])
def test_a_revision_that_can_still_grow_is_good(rev: int) -> None:
    assert not _checked(rev=rev).damaged


@pytest.mark.parametrize("rev", [-1, REV_LIMIT])
def test_a_revision_past_its_range_is_damage(rev: int) -> None:
    row = _checked(rev=rev)
    assert (row.bad, row.values["rev"]) == (frozenset({"rev"}), None)


def test_a_value_shown_is_the_default_where_it_is_bad_or_missing() -> None:
    row = _checked(rev="three", note=None)
    assert row.good("rev", 0) == 0
    assert row.good("note", "no note") == "no note"  # NULL where NULL may be: not damage
    assert row.bad == frozenset({"rev"})
    assert _checked(note="kept").good("note", "no note") == "kept"
