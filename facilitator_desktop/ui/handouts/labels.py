"""Everything the UI hands the builders besides the data: translated labels, the date
format and the handouts' names. No ReportLab here (`handouts.data` is plain dataclasses)."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from facilitator_desktop.handouts.data import HandoutLabels, HandoutOptions, Paper
from facilitator_desktop.ui.handouts.requests import HandoutKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("HandoutLabels", text)


def handout_labels() -> HandoutLabels:
    """Every fixed word on the handouts, in the user's language."""
    return HandoutLabels(
        ground_rules=_tr("Ground rules"),
        rule_cards=_tr("Rule cards"),
        sign_in_sheet=_tr("Sign-in sheet"),
        session_summary=_tr("Session summary"),
        page_of=_tr("Page {page} of {pages}"),
        date=_tr("Date"),
        name=_tr("Name"),
        signature=_tr("Signature"),
        facilitator=_tr("Facilitator"),
        confidential=_tr("Confidential: please return to the facilitator"),
        private=_tr("Confidential"),
        why=_tr("Why:"),
        rule_set=_tr("Rule set version {version} of {date}"),
        acknowledgement=_tr(
            "I have read the ground rules of {group} (version {version}) and agree to keep them."
        ),
        support=_tr("Support"),
        fold_here=_tr("fold"),
        seat=_tr("#"),
        arrival=_tr("Arrival"),
        guest=_tr("Guest"),
        agenda=_tr("Agenda: planned and actual"),
        segment=_tr("Segment"),
        planned=_tr("Planned"),
        actual=_tr("Actual"),
        difference=_tr("Difference"),
        total=_tr("Total"),
        not_held=_tr("not held"),
        attendance=_tr("Attendance"),
        status=_tr("Status"),
        count=_tr("Count"),
        members=_tr("Members"),
        airtime=_tr("Airtime"),
        member=_tr("Member"),
        share=_tr("Share"),
        turns=_tr("Turns"),
        passes=_tr("Passes"),
        average_turn=_tr("Average turn"),
        no_airtime=_tr("No turns were recorded."),
        private_notes=_tr("Private notes"),
        time=_tr("Time"),
        note=_tr("Note"),
        status_present=_tr("Present"),
        status_late=_tr("Late"),
        status_left_early=_tr("Left early"),
        status_excused=_tr("Excused"),
        status_absent=_tr("Absent"),
    )


def printed_date(locale_name: str, pattern: str, day: date) -> str:
    """A date as printed on paper ("3 February 2026"): month spelled out, so it reads the
    same in every country. Called on the build thread: QLocale is reentrant."""
    locale = QLocale(locale_name)
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English)
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def handout_options(paper: Paper) -> HandoutOptions:
    """Options for one build, made on the GUI thread (translations, locale)."""
    pattern = _tr("d MMMM yyyy")  # a QDate format; translators may reorder it
    return HandoutOptions(
        paper=paper,
        labels=handout_labels(),
        format_date=partial(printed_date, QLocale().name(), pattern),
    )


def kind_title(kind: HandoutKind) -> str:
    titles = {
        HandoutKind.GROUND_RULES: _tr("Ground rules"),
        HandoutKind.RULE_CARDS: _tr("Rule cards"),
        HandoutKind.SIGN_IN_SHEET: _tr("Sign-in sheet"),
        HandoutKind.SESSION_SUMMARY: _tr("Session summary"),
    }
    return titles[kind]


def file_stem(kind: HandoutKind) -> str:
    """The start of a suggested file name: no group or member names (file names end up in
    recent-file lists and print queues)."""
    stems = {
        HandoutKind.GROUND_RULES: _tr("ground-rules"),
        HandoutKind.RULE_CARDS: _tr("rule-cards"),
        HandoutKind.SIGN_IN_SHEET: _tr("sign-in-sheet"),
        HandoutKind.SESSION_SUMMARY: _tr("session-summary"),
    }
    return stems[kind]
