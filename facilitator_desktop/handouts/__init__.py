"""Printable handouts as PDF bytes, built with ReportLab platypus.

This package imports neither Qt nor SQLAlchemy: the services fill the frozen dataclasses in
`data`, the UI picks the options, and each ``build_*`` function returns a `HandoutResult`
(PDF bytes, page count, warnings for the facilitator). Fonts are registered on first use, or
up front with `ensure_fonts_registered()`.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

# ReportLab costs ~100 ms to import: nothing here imports it until a name that needs it is
# first used (PEP 562), so the app starts without paying for handouts.
_HOMES = {
    "REPLACEMENT": "coverage",
    "find_missing_glyphs": "coverage",
    "AirtimeRow": "data",
    "AttendanceRow": "data",
    "GroundRulesData": "data",
    "HandoutLabels": "data",
    "HandoutOptions": "data",
    "HandoutResult": "data",
    "MissingGlyph": "data",
    "NoteRow": "data",
    "RuleCardData": "data",
    "RuleCardsData": "data",
    "SegmentRow": "data",
    "SessionSummaryData": "data",
    "SignInSheetData": "data",
    "ensure_fonts_registered": "fonts",
    "build_ground_rules": "ground_rules",
    "default_page_size_for_locale": "paper",
    "build_rule_cards": "rule_cards",
    "build_session_summary": "session_summary",
    "build_sign_in_sheet": "sign_in_sheet",
}

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)


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
