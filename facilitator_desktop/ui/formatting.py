"""Dates and times shown to the user, in their locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale


def short_date(value: date | datetime) -> str:
    locale = QLocale()
    qdate = QDate(value.year, value.month, value.day)
    if locale.language() == QLocale.Language.C:
        # The C locale's short format ("25 11 2026") reads like a typo; spell the month.
        return QLocale(QLocale.Language.English).toString(qdate, "d MMM yyyy")
    return locale.toString(qdate, QLocale.FormatType.ShortFormat)
