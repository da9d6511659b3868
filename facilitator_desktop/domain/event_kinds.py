"""Every kind of event a session log holds, and reading a stored one back.

Pure Python, no Qt, no I/O. The kinds are found, not listed: every concrete event class in
:mod:`~facilitator_desktop.domain.session_events` and
:mod:`~facilitator_desktop.domain.talk_events` (one with a ``kind``) is a kind, so an
operation is added by adding its class. Two classes claiming one ``kind`` stop the import.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Final

from facilitator_desktop.domain import session_events, talk_events
from facilitator_desktop.domain.events import Event, SessionError, read_event

__all__ = ["EVENT_TYPES", "event_from_dict"]


def _kinds(*modules: types.ModuleType) -> dict[str, type[Event]]:
    found: dict[str, type[Event]] = {}
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Event) and value.kind:
                other = found.setdefault(value.kind, value)
                if other is not value:
                    raise TypeError(f"{other.__name__} and {value.__name__} share {value.kind!r}")
    return found


#: Every event class by its ``kind``.
EVENT_TYPES: Final[Mapping[str, type[Event]]] = types.MappingProxyType(
    _kinds(session_events, talk_events)
)


def event_from_dict(data: Mapping[str, object]) -> Event:
    """Rebuild an event from :meth:`Event.to_dict` output (e.g. after ``json.loads``).

    Raises :class:`SessionError` for an unknown ``kind``, missing (required) or unexpected
    keys, or a value of the wrong type.
    """
    kind = data.get("kind")
    if not isinstance(kind, str) or kind not in EVENT_TYPES:
        raise SessionError(f"unknown event kind {kind!r}")
    return read_event(EVENT_TYPES[kind], data)
