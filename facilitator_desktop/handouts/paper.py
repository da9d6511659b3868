"""Paper sizes, and which one a facilitator's locale most likely has in the printer."""

from __future__ import annotations

import re

from reportlab.lib.pagesizes import A4, LETTER

from facilitator_desktop.handouts.data import Paper

# Territories whose everyday paper is US Letter (CLDR supplemental data, "paperSize"):
# the United States and Puerto Rico, Canada, Mexico, the Philippines, Chile, Colombia,
# Venezuela, and Belize, Costa Rica, El Salvador, Guatemala, Nicaragua, Panama.
LETTER_TERRITORIES: frozenset[str] = frozenset(
    {"US", "PR", "CA", "MX", "PH", "CL", "CO", "VE", "BZ", "CR", "SV", "GT", "NI", "PA"}
)


def _territory(locale_name: str) -> str | None:
    """The territory of "en_US", "en-US", "fr_CA.UTF-8", "sr_Latn_RS@latin", or None."""
    base = re.split(r"[.@]", locale_name.strip(), maxsplit=1)[0]
    parts = re.split(r"[_-]", base)
    for part in parts[1:]:  # parts[0] is the language; a script ("Latn") has 4 letters
        if len(part) == 2 and part.isascii() and part.isalpha():
            return part.upper()
    return None


def default_page_size_for_locale(locale_name: str) -> Paper:
    """Letter for locales of the Americas and the Philippines that use it, else "A4".

    ``locale_name`` is what ``QLocale.name()`` returns ("en_US", "pl_PL", "es_MX"); POSIX
    names ("en_CA.UTF-8") and BCP 47 tags ("en-US") work too. A name without a territory
    ("en", "C", "") gives A4, the size of most of the world.
    """
    territory = _territory(locale_name)
    return "Letter" if territory in LETTER_TERRITORIES else "A4"


def page_size(paper: Paper) -> tuple[float, float]:
    """Portrait (width, height) in PDF points."""
    width, height = LETTER if paper == "Letter" else A4
    return float(width), float(height)
