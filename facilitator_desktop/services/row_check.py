"""Rows read as stored and checked value by value before a service trusts them.

A database edited outside the app (or damaged on disk) can hold anything anywhere: text in
an integer column, garbage in a date, NULL where a value is required, a number where
ciphertext belongs, a revision that cannot grow. SQLAlchemy would raise deep inside a query,
taking every other row of a list with it, or hand a wrong type on to fail later. Reading the
raw values and checking each one against its column lets a service show that one record as
damaged and everything else as usual.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar, cast

from sqlalchemy import Boolean, Column, Dialect, Select, Table, select, type_coerce
from sqlalchemy.orm import DeclarativeBase, Session
from sqlalchemy.types import NullType

from facilitator_desktop.errors import NotFound, RecordDamaged

# SQLite's largest integer. A stored revision must be below it, so that the next write can
# still bump it; a row at the limit was not written by the app.
REV_LIMIT = 2**63 - 1
_EXPECTED: dict[type, Callable[[object], bool]] = {
    int: lambda v: type(v) is int,  # not bool, not float
    str: lambda v: isinstance(v, str),
    bytes: lambda v: isinstance(v, bytes),
    date: lambda v: type(v) is date,  # not a datetime
    datetime: lambda v: type(v) is datetime,
}

Model = TypeVar("Model", bound=DeclarativeBase)


@dataclass(frozen=True, slots=True)
class CheckedRow:
    values: dict[str, Any]  # column key -> value as the ORM would give it; None where bad
    bad: frozenset[str]  # keys of the columns that hold what they never could

    @property
    def damaged(self) -> bool:
        return bool(self.bad)

    def good(self, key: str, default: Any) -> Any:
        """The value when it is usable, else `default` (for showing a damaged record)."""
        value = self.values.get(key)
        return default if key in self.bad or value is None else value


def table_of(model: type[DeclarativeBase]) -> Table:
    return cast(Table, model.__table__)


def raw_select(table: Table) -> Select[*tuple[Any, ...]]:
    """Every column as stored (no type conversion), labelled by its key."""
    return select(*(type_coerce(c, NullType()).label(c.key) for c in table.columns))


class RowChecker:
    """Checks raw rows of one table; converts dates the way the ORM would."""

    def __init__(self, table: Table, dialect: Dialect) -> None:
        self._columns = [
            (column, column.type.dialect_impl(dialect).result_processor(dialect, None))
            for column in table.columns
        ]

    def check(self, raw: Mapping[Any, Any]) -> CheckedRow:
        values: dict[str, Any] = {}
        bad: set[str] = set()
        for column, process in self._columns:
            ok, value = _check(column, process, raw[column.key])
            values[column.key] = value if ok else None
            if not ok:
                bad.add(column.key)
        return CheckedRow(values, frozenset(bad))

    def instance(self, model: type[Model], row: CheckedRow) -> Model:
        """A detached ORM object holding a well-formed row (for code written against one)."""
        assert not row.damaged
        return model(**row.values)


def checker(s: Session, model: type[DeclarativeBase]) -> RowChecker:
    return RowChecker(table_of(model), s.get_bind().dialect)


def _check(
    column: Column[Any], process: Callable[[Any], Any] | None, value: Any
) -> tuple[bool, Any]:
    if value is None:
        return column.nullable is True, None
    if isinstance(column.type, Boolean):
        # SQLAlchemy would take any truthy value as True: only what it writes is accepted.
        return type(value) in (int, bool) and value in (0, 1), bool(value)
    if process is not None:
        try:
            value = process(value)
        except (ValueError, TypeError, OverflowError, RecordDamaged):
            return False, None
    expected = _EXPECTED.get(column.type.python_type)
    if expected is not None and not expected(value):
        return False, None
    if column.key == "rev" and not 0 <= value < REV_LIMIT:
        return False, None
    return True, value


def load_for_edit(
    s: Session, model: type[Model], row_id: int, missing: str = NotFound.default_message
) -> Model:
    """The ORM row to change, once its stored values are known to be well formed: a
    malformed row gives `RecordDamaged` instead of an error from deep inside SQLAlchemy."""
    table = table_of(model)
    raw = s.execute(raw_select(table).where(table.c.id == row_id)).mappings().first()
    if raw is None:
        raise NotFound(missing)
    if checker(s, model).check(raw).damaged:
        raise RecordDamaged.on_edit()
    found = s.get(model, row_id)
    if found is None:  # pragma: no cover - the row was just read in this transaction
        raise NotFound(missing)
    return found


def next_rev(rev: int) -> int:
    """The revision for the next write; a row that cannot take one more is damaged."""
    if type(rev) is not int or not 0 <= rev < REV_LIMIT - 1:
        raise RecordDamaged.on_edit()
    return rev + 1
