"""Words for a screen reader: lengths and shares said in full ("1 minute 35", "42 percent")
where the screen shows digits ("01:35 · 42%"), which a speech synthesiser reads as a clock
time or a list of numbers.

Context "Accessibility" for the sentences; counts in "Counts" (one translation everywhere).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from facilitator_desktop.domain.clock import floor_seconds


def _tr(text: str) -> str:
    return QCoreApplication.translate("Accessibility", text)


def _count(text: str, n: int) -> str:
    return QCoreApplication.translate("Counts", text, None, n)


def minutes(n: int) -> str:
    return _count("%Ln minutes", n)


def seconds(n: int) -> str:
    return _count("%Ln seconds", n)


def hours(n: int) -> str:
    return _count("%Ln hours", n)


def length(total_seconds: float) -> str:
    """A length as it is said: "35 seconds", "1 minute 35", "2 minutes", "1 hour 5 minutes"
    (seconds left out from an hour on: nobody listens for them)."""
    whole = max(0, floor_seconds(total_seconds))
    hour, rest = divmod(whole, 3600)
    minute, second = divmod(rest, 60)
    if hour:
        if not minute:
            return hours(hour)
        # Translators: a length said aloud, e.g. "1 hour 5 minutes".
        return _tr("{hours} {minutes}").format(hours=hours(hour), minutes=minutes(minute))
    if not minute:
        return seconds(second)
    if not second:
        return minutes(minute)
    # Translators: a length said aloud, e.g. "1 minute 35" (the seconds as a bare number).
    return _tr("{minutes} {seconds}").format(
        minutes=minutes(minute), seconds=QLocale().toString(second)
    )


def whole_minutes(total_seconds: float) -> str:
    """A length to the minute below ("less than a minute" under one): words that change at
    most once a minute, for what a screen reader is told has changed."""
    minute = max(0, floor_seconds(total_seconds)) // 60
    return minutes(minute) if minute else _tr("less than a minute")


def percent(share: float) -> str:
    return _tr("{n} percent").format(n=QLocale().toString(round(share * 100)))


def airtime_row(name: str, total_seconds: float, share: float, *, speaking: bool) -> str:
    """One member's airtime as a list item reads: "Agata, 1 minute 35, 42 percent"."""
    text = _tr("{name}, {length}, {share}").format(
        name=name, length=length(total_seconds), share=percent(share)
    )
    return _tr("{row}, speaking now").format(row=text) if speaking else text


def speaking_now() -> str:
    return _tr("speaking now")
