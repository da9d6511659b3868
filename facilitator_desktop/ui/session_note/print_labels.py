"""The printed progress entry's words, in the group's handout language (or the app's), by
the same route as every handout's labels (ui/handouts/labels.py: the "HandoutLabels"
context, one catalogue); built-in template headings through the same language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from facilitator_desktop.handouts.data import HandoutOptions, Paper
from facilitator_desktop.handouts.progress_entry_data import ProgressEntryLabels
from facilitator_desktop.ui.handouts.labels import LABELS_CONTEXT, group_handout_options
from facilitator_desktop.ui.i18n import Catalogue
from facilitator_desktop.ui.session_note import template_words

Translate = Callable[[str], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate(LABELS_CONTEXT, text)


def progress_entry_labels(translate: Translate = _tr) -> ProgressEntryLabels:
    """Every fixed word of the printout, each through `translate`."""
    _tr = translate  # noqa: N806  (one name for every label below, so lupdate finds them)
    return ProgressEntryLabels(
        kind=_tr("Progress entry"),
        title=_tr("Progress entry: {name}"),
        period=_tr("{first} to {last}"),
        session=_tr("Session of {date}, {start}–{end}"),
        length=_tr("Length"),
        length_value=_tr("{actual} of {planned} planned"),
        members_present=_tr("Members present"),
        guests=_tr("Guests"),
        agenda=_tr("Agenda"),
        themes=_tr("Themes"),
        narrative=_tr("Group note"),
        not_written=_tr("No session note was written."),
        addendum=_tr("Addendum of {date}"),
        member_part=_tr("This member"),
        attendance=_tr("Attendance"),
        attended=_tr("{status}, {start}–{end}"),
        turns=_tr("Turns"),
        passes=_tr("Passes"),
        airtime=_tr("Airtime"),
        airtime_value=_tr("{time} ({share} of the time spoken)"),
        checkin=_tr("Check-in"),
        checkin_value=_tr("{score} on a scale of {low} to {high}"),
        measures=_tr("Measures that day"),
        rules=_tr("Ground rules"),
        rules_current=_tr("Acknowledged version {version} (in force)"),
        rules_behind=_tr("Acknowledged version {version}; version {current} in force"),
        rules_never=_tr("Not acknowledged; version {current} in force"),
        entry=_tr("Progress"),
        no_entry=_tr("No lines written for this member."),
        signed=_tr("Signed on {date}"),
        not_signed=_tr("Not signed"),
        nothing=_tr("No session in this period."),
        confidential=_tr("Confidential"),
        status_present=_tr("present"),
        status_late=_tr("late"),
        status_left_early=_tr("left early"),
        status_excused=_tr("excused"),
        status_absent=_tr("absent"),
    )


@dataclass(frozen=True)
class CopyWords:
    """Everything a member's copy is printed with, in one language."""

    options: HandoutOptions
    labels: ProgressEntryLabels
    section_title: Translate  # a built-in heading in that language
    removed: str  # what stands where another member's name was removed


def copy_words(paper: Paper, *, large_print: bool, language: str) -> CopyWords:
    """The words of a group whose handouts are in `language` ("" = the app's)."""
    options = group_handout_options(paper, large_print=large_print, language=language)
    if language:
        catalogue = Catalogue(language)
        labels_tr = catalogue.translator(LABELS_CONTEXT)
        templates_tr = catalogue.translator(template_words.CONTEXT)
    else:
        labels_tr = _tr

        def templates_tr(text: str) -> str:
            return QCoreApplication.translate(template_words.CONTEXT, text)

    return CopyWords(
        options,
        progress_entry_labels(labels_tr),
        lambda title: template_words.shown(title, templates_tr),
        labels_tr("[another member]"),
    )


def default_paper() -> Paper:
    from facilitator_desktop.handouts.paper import default_page_size_for_locale

    return default_page_size_for_locale(QLocale().name())
