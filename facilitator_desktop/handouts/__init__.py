"""Printable handouts as PDF bytes, built with ReportLab platypus.

This package imports neither Qt nor SQLAlchemy: the services fill the frozen dataclasses in
`data`, the UI picks the options, and each ``build_*`` function returns a `HandoutResult`
(PDF bytes, page count, warnings for the facilitator). Fonts are registered on first use, or
up front with `ensure_fonts_registered()`.
"""

from facilitator_desktop.handouts.coverage import REPLACEMENT, find_missing_glyphs
from facilitator_desktop.handouts.data import (
    AirtimeRow,
    AttendanceRow,
    GroundRulesData,
    HandoutLabels,
    HandoutOptions,
    HandoutResult,
    MissingGlyph,
    NoteRow,
    RuleCardData,
    RuleCardsData,
    SegmentRow,
    SessionSummaryData,
    SignInSheetData,
)
from facilitator_desktop.handouts.fonts import ensure_fonts_registered
from facilitator_desktop.handouts.ground_rules import build_ground_rules
from facilitator_desktop.handouts.paper import default_page_size_for_locale
from facilitator_desktop.handouts.rule_cards import build_rule_cards
from facilitator_desktop.handouts.session_summary import build_session_summary
from facilitator_desktop.handouts.sign_in_sheet import build_sign_in_sheet

__all__ = [
    "REPLACEMENT",
    "AirtimeRow",
    "AttendanceRow",
    "GroundRulesData",
    "HandoutLabels",
    "HandoutOptions",
    "HandoutResult",
    "MissingGlyph",
    "NoteRow",
    "RuleCardData",
    "RuleCardsData",
    "SegmentRow",
    "SessionSummaryData",
    "SignInSheetData",
    "build_ground_rules",
    "build_rule_cards",
    "build_session_summary",
    "build_sign_in_sheet",
    "default_page_size_for_locale",
    "ensure_fonts_registered",
    "find_missing_glyphs",
]
