"""Everything the UI hands the builders besides the data: translated labels, the date style
and the handouts' names, and the facilitator's wording of what a build found.

The handouts package never translates (it imports no Qt): every fixed word it prints is a
field of `HandoutLabels`, filled here through ONE function, `translate(text)` — by default
Qt's translation in the "HandoutLabels" context, so the same .ts catalogue holds them; a
group whose handouts are in another language than the app gets a translator for that
language passed in (`group_handout_options`). Dates travel as data (`DateStyle`: month
names, pattern, digits taken from QLocale), never as strftime month names. No ReportLab here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from facilitator_desktop.handouts.data import (
    DateStyle,
    HandoutLabels,
    HandoutOptions,
    HandoutProblem,
    Paper,
)
from facilitator_desktop.ui.handouts.requests import HandoutKind
from facilitator_desktop.ui.i18n import Catalogue

Translate = Callable[[str], str]
LABELS_CONTEXT = "HandoutLabels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(LABELS_CONTEXT, text)


def handout_labels(translate: Translate = _tr) -> HandoutLabels:
    """Every fixed word on the handouts, each through `translate`."""
    _tr = translate  # noqa: N806  (one name for every label below, so lupdate finds them)
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
        arrived_in=_tr("arrived {time} in"),
        left_in=_tr("left {time} in"),
    )


def date_style(locale: QLocale, translate: Translate = _tr) -> DateStyle:
    """How `locale` writes a date on paper ("3 February 2026", "3 lutego 2026"), as data:
    the month names in their in-a-date form, the locale's digits, and a pattern translators
    may reorder."""
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English)
    months = tuple(locale.monthName(m, QLocale.FormatType.LongFormat) for m in range(1, 13))
    digits = "".join(locale.toString(n) for n in range(10))
    _tr = translate  # noqa: N806  (the extractor reads _tr calls in this module)
    # Translators: {day}, {month} and {year} are filled in; reorder them as your language
    # writes a date ("{month} {day}, {year}").
    pattern = _tr("{day} {month} {year}")
    if len(digits) != 10 or not all(p in pattern for p in ("{day}", "{month}", "{year}")):
        digits, pattern = "0123456789", "{day} {month} {year}"
    return DateStyle(pattern=pattern, months=months, digits=digits, pad_day=False)


def handout_options(
    paper: Paper,
    *,
    large_print: bool = False,
    locale: QLocale | None = None,
    translate: Translate = _tr,
) -> HandoutOptions:
    """Options for one build, made on the GUI thread: the labels and dates of `locale`
    (the app's by default) through `translate`."""
    locale = locale if locale is not None else QLocale()
    return HandoutOptions(
        paper=paper,
        labels=handout_labels(translate),
        dates=date_style(locale, translate),
        large_print=large_print,
        language=locale.bcp47Name() or "en",
    )


def group_handout_options(
    paper: Paper, *, large_print: bool = False, language: str = ""
) -> HandoutOptions:
    """Options for a group whose handouts are in `language` ("" = the app's): its labels
    from that language's catalogue, its dates in that language's locale (the app's own
    locale when it speaks the same language, so a Canadian French app keeps its region)."""
    if not language:
        return handout_options(paper, large_print=large_print)
    catalogue = Catalogue(language)
    app_locale = QLocale()
    same = app_locale.language() == catalogue.locale.language() and "_" not in language
    return handout_options(
        paper,
        large_print=large_print,
        locale=app_locale if same else catalogue.locale,
        translate=catalogue.translator(LABELS_CONTEXT),
    )


def describe_problem(problem: HandoutProblem) -> str:
    """One short sentence for the facilitator, in the app's language."""
    tr = QCoreApplication.translate
    if problem.kind == "card_text_too_long":
        if problem.suggestion is None:
            return tr(
                "HandoutProblems",
                "Rule {number} is too long to print at a readable size on a card. "
                "Shorten it, or leave out its “why”.",
            ).format(number=problem.number)
        return tr(
            "HandoutProblems",
            "Rule {number} is too long for {per_page} cards per page at a readable size. "
            "Choose {fewer} cards per page, or shorten the rule.",
        ).format(number=problem.number, per_page=problem.per_page, fewer=problem.suggestion)
    places = {
        "group_name": tr("HandoutProblems", "the group's name"),
        "rule": tr("HandoutProblems", "rule {number}"),
        "member": tr("HandoutProblems", "a member's name"),
        "welcome": tr("HandoutProblems", "the welcome line"),
        "facilitator": tr("HandoutProblems", "your details"),
        "support": tr("HandoutProblems", "the support line"),
        "session": tr("HandoutProblems", "the session's title"),
        "segment": tr("HandoutProblems", "the agenda"),
        "note": tr("HandoutProblems", "note {number}"),
        "label": tr("HandoutProblems", "the handout's labels"),
        "text": tr("HandoutProblems", "the handout"),
    }
    where = places[problem.place].format(number=problem.number)
    shown = ", ".join(f"{g.char} ({g.codepoint})" for g in problem.glyphs[:5])
    count = len(problem.glyphs)
    if count > 5:
        shown += " " + tr("HandoutProblems", "and %n more", "", count - 5)
    return tr(
        "HandoutProblems",
        "%n character(s) in {where} cannot be printed and will show as □: {chars}.",
        "",
        count,
    ).format(where=where, chars=shown)


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
