"""The app's markers in a text ("[former member]", "[another member]", "[redacted]") in the
facilitator's language, while what is stored keeps the language-free form.

An erased member's name is replaced in the stored notes by the English marker, whatever
language the app spoke then: the database never depends on a language. Whatever shows a
stored text passes it through `shown_markers`; whatever stores a text that was shown
passes it back through `stored_markers`, so a note opened in Polish and saved is stored
with the same marker as before.
"""

from __future__ import annotations

import re
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT: Final = "Markers"

# Translators: each replaces a name in a text; keep the square brackets so the marker
# reads as the app's, not as something a member said.
FORMER_MEMBER: Final = str(QT_TRANSLATE_NOOP("Markers", "[former member]"))
ANOTHER_MEMBER: Final = str(QT_TRANSLATE_NOOP("Markers", "[another member]"))
REDACTED: Final = str(QT_TRANSLATE_NOOP("Markers", "[redacted]"))
STORED: Final = (FORMER_MEMBER, ANOTHER_MEMBER, REDACTED)


def marker(stored: str) -> str:
    """One marker in the facilitator's language (a broken translation: the stored form)."""
    translated = QCoreApplication.translate(CONTEXT, stored).strip()
    return translated or stored


def _pairs() -> list[tuple[str, str]]:
    return [(stored, marker(stored)) for stored in STORED if marker(stored) != stored]


def shown_markers(text: str) -> str:
    """`text` as stored, with its markers in the facilitator's language."""
    pairs = _pairs()
    if not pairs or "[" not in text:
        return text
    table = dict(pairs)
    pattern = re.compile("|".join(re.escape(stored) for stored, _ in pairs))
    return pattern.sub(lambda match: table[match.group()], text)


def stored_markers(text: str) -> str:
    """`text` as shown, with its markers back in the stored form."""
    pairs = _pairs()
    if not pairs:
        return text
    table = {shown: stored for stored, shown in pairs}
    # Longest first: one translation may be the start of another.
    pattern = re.compile("|".join(re.escape(s) for s in sorted(table, key=len, reverse=True)))
    return pattern.sub(lambda match: table[match.group()], text)


def shown_position(stored_text: str, position: int) -> int:
    """Where `position` in `stored_text` falls once its markers are shown translated (a
    position inside a marker falls at the translated marker's matching end)."""
    pairs = _pairs()
    if not pairs:
        return position
    table = dict(pairs)
    pattern = re.compile("|".join(re.escape(stored) for stored, _ in pairs))
    shift = 0
    for match in pattern.finditer(stored_text):
        if match.start() >= position:
            break
        shown = table[match.group()]
        if position < match.end():
            return match.start() + shift + min(position - match.start(), len(shown))
        shift += len(shown) - len(match.group())
    return position + shift
