"""Column types that turn a malformed stored value into "this record is damaged".

SQLite stores whatever it is given: a date column edited to hold "yesterday" makes
SQLAlchemy's own parser raise ValueError deep inside a query. Every date and time column uses
these types, so such a row reaches the services as RecordDamaged, a message for the
facilitator, never as an unhandled exception.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Date, DateTime, Dialect
from sqlalchemy.types import TypeDecorator

from facilitator_desktop.errors import RecordDamaged


def _checked(inner: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    def process(value: Any) -> Any:
        if value is None or inner is None:
            return value
        try:
            return inner(value)
        except (ValueError, TypeError, OverflowError) as exc:
            raise RecordDamaged() from exc

    return process


class CheckedDateTime(TypeDecorator[Any]):
    impl = DateTime
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any]:
        return _checked(self.impl_instance.dialect_impl(dialect).result_processor(dialect, coltype))


class CheckedDate(TypeDecorator[Any]):
    impl = Date
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any]:
        return _checked(self.impl_instance.dialect_impl(dialect).result_processor(dialect, coltype))
