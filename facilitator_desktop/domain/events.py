"""A session's facts as recorded: the base every event shares, and reading one back.

Pure Python, no Qt, no I/O. An :class:`Event` is a fact with the session time ``at`` at
which it happened and a stable ``kind`` name under which it is stored. Events serialise to
plain JSON-able dicts (:meth:`Event.to_dict`: ``{"kind": ..., "at": ..., <fields>}``, tuples
as lists) and are rebuilt with :func:`read_event` against their class's field types; floats
survive a JSON round trip exactly. The two families are the session's own events
(:mod:`~facilitator_desktop.domain.session_events`) and the talking order's
(:mod:`~facilitator_desktop.domain.talk_events`); :mod:`~facilitator_desktop.domain.event_kinds`
knows every kind.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, TypeVar

from facilitator_desktop.domain.refusal import Refusal

__all__ = ["Event", "JsonValue", "SessionError", "read_event"]


class SessionError(Refusal):
    """A session-level problem: an unreadable event, a log that cannot be replayed."""


#: A value of :meth:`Event.to_dict` (what ``json.dumps`` accepts).
JsonValue = None | bool | int | float | str | list["JsonValue"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """Base of all events: ``at`` is the session time in seconds, ``kind`` a stable name.

    A concrete event class sets ``kind`` (the name it is stored under, never changed once
    released) and declares its fields with types :func:`read_event` can check: ``int``,
    ``float``, ``bool``, ``str``, ``tuple[X, ...]``, a ``Literal``, or ``X | None``. A field
    added later needs a default, so events stored before it still load.
    """

    kind: ClassVar[str] = ""
    at: float

    def __post_init__(self) -> None:
        if isinstance(self.at, bool) or not isinstance(self.at, int | float):
            raise SessionError(f"event time must be a number, got {self.at!r}")
        if not math.isfinite(self.at):
            raise SessionError(f"event time must be finite, got {self.at!r}")

    def to_dict(self) -> dict[str, JsonValue]:
        """``{"kind": ..., "at": ..., <fields>}`` with tuples as lists (JSON-able)."""
        out: dict[str, JsonValue] = {"kind": self.kind}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        return out


E = TypeVar("E", bound=Event)


def read_event(cls: type[E], data: Mapping[str, object]) -> E:
    """Rebuild an event of class ``cls`` from its :meth:`Event.to_dict` form.

    Raises :class:`SessionError` for missing (required) or unexpected keys, or a value of
    the wrong type. The caller has matched ``data["kind"]`` to ``cls``.
    """
    kind = cls.kind
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)
    names = [f.name for f in fields]
    # A field with a default was added later: events stored before it may lack it.
    missing = [f.name for f in fields if f.name not in data and f.default is dataclasses.MISSING]
    extra = sorted(set(data) - {"kind", *names})
    if missing or extra:
        raise SessionError(f"{kind} event: missing {missing}, unexpected {extra}")
    kwargs: dict[str, Any] = {
        n: _coerce(data[n], hints[n], f"{kind}.{n}") for n in names if n in data
    }
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:  # pragma: no cover - defensive
        raise SessionError(f"{kind} event: {exc}") from exc


def _coerce(value: object, hint: object, where: str) -> object:
    """Check/convert one JSON value against a field type of an event."""
    origin = typing.get_origin(hint)
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SessionError(f"{where}: expected a number, got {value!r}")
        if not math.isfinite(value):
            raise SessionError(f"{where}: expected a finite number, got {value!r}")
        return float(value)
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SessionError(f"{where}: expected an integer, got {value!r}")
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise SessionError(f"{where}: expected true/false, got {value!r}")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise SessionError(f"{where}: expected text, got {value!r}")
        return value
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise SessionError(f"{where}: expected a list, got {value!r}")
        (item, _ellipsis) = typing.get_args(hint)
        return tuple(_coerce(v, item, f"{where}[{i}]") for i, v in enumerate(value))
    if origin is Literal:
        if value not in typing.get_args(hint):
            raise SessionError(f"{where}: expected one of {typing.get_args(hint)}, got {value!r}")
        return value
    if origin in (types.UnionType, typing.Union):
        args = typing.get_args(hint)
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _coerce(value, inner, where)
    raise SessionError(f"{where}: unsupported field type {hint!r}")  # pragma: no cover
