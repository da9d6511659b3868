"""Emitting Qt signals from Python safely on every PySide6 the app may run on.

PySide6 6.12.0 hands back a *borrowed* reference to True from SignalInstance.emit(), so each
emit from Python code costs the True object one reference. On Python < 3.12 (True is not
immortal there) a long session ends in "Fatal Python error: bool_dealloc" — a crash. Every
emit in the UI goes through emit() below, which gives the reference back when, and only
when, the running PySide6 has that defect (probed once).
"""

from __future__ import annotations

import sys
from functools import cache
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


@cache
def emit_drops_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.ping.emit()
    dropped = sys.getrefcount(True) < before
    probe.deleteLater()
    return dropped


def emit(signal: SignalInstance, *args: Any) -> None:
    # The stubs say emit() returns None; the 6.12 binding actually returns True.
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]
    if result is True and emit_drops_a_reference():
        import ctypes  # only on the defective binding: nobody else pays for loading it

        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
