"""Dates, times, weekdays and numbers shown to the user, in their locale.

Everything goes through the default QLocale (set at start from the chosen language, see
ui/i18n.py): never strftime, whose month and weekday names are the C library's English and
whose "%H:%M" ignores a locale that writes "2:05 PM". Services hand over dates and numbers;
the words are made here. Lengths are written by domain/durations.py in the locale's digits.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from facilitator_desktop.domain import durations


def short_date(value: date | datetime) -> str:
    locale = QLocale()
    qdate = QDate(value.year, value.month, value.day)
    if locale.language() == QLocale.Language.C:
        # The C locale's short format ("25 11 2026") reads like a typo; spell the month.
        return QLocale(QLocale.Language.English).toString(qdate, "d MMM yyyy")
    return locale.toString(qdate, QLocale.FormatType.ShortFormat)


def short_time(value: datetime | time) -> str:
    """The clock time as the locale writes it: "14:05", "2:05 PM"."""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def local_time(moment: datetime) -> str:
    """A stored moment (naive UTC) as a clock time in the computer's time zone."""
    return short_time(moment.replace(tzinfo=UTC).astimezone())


def weekday(value: date) -> str:
    """The day's name in the locale's language ("Tuesday", "wtorek")."""
    return QLocale().dayName(value.isoweekday(), QLocale.FormatType.LongFormat)


def number(value: int | float, decimals: int = 0) -> str:
    """A number with the locale's digits and separators ("1,234", "1 234", "١٬٢٣٤")."""
    locale = QLocale()
    if isinstance(value, int) and decimals == 0:
        return locale.toString(value)
    return locale.toString(float(value), "f", decimals)


def locale_digits() -> str:
    """The ten digits 0–9 as the locale writes them ("0123456789", "٠١٢٣٤٥٦٧٨٩")."""
    locale = QLocale()
    written = "".join(locale.toString(n) for n in range(10))
    return written if len(written) == 10 else durations.ASCII_DIGITS


def digits(text: str) -> str:
    """``text`` with its digits 0–9 written in the locale's digits (a time the domain wrote,
    a template that reserves room for one)."""
    return text.translate(str.maketrans(durations.ASCII_DIGITS, locale_digits()))


def clock(seconds: float) -> str:
    """A length in the house style ("04:07", "1:01:40"; see domain/durations.py)."""
    return durations.clock(seconds, locale_digits())


def signed(seconds: float) -> str:
    """An offset from a plan ("+03:05", "−00:05", "00:00")."""
    return durations.signed(seconds, locale_digits())


def percent(share: float) -> str:
    """A share of 0..1 as a whole percentage, in the locale's digits and as the language
    writes it ("46%" in English; translators may write "{n} %")."""
    # Translators: a percentage, {n} is the number; write it as your language does
    # (French and German put a no-break space before the sign: "{n} %").
    pattern = QCoreApplication.translate("Numbers", "{n}%")
    return pattern.format(n=QLocale().toString(round(share * 100)))


# --- counts, each with its plural form (context "Counts": one translation everywhere) -------


def _count(text: str, n: int) -> str:
    return QCoreApplication.translate("Counts", text, None, n)


def turns(n: int) -> str:
    return _count("%Ln turns", n)


def passes(n: int) -> str:
    return _count("%Ln passes", n)


def members(n: int) -> str:
    return _count("%Ln members", n)


def sessions(n: int) -> str:
    return _count("%Ln sessions", n)


def guests(n: int) -> str:
    return _count("%Ln guests", n)


def attended(n: int) -> str:
    return _count("%Ln attended", n)
