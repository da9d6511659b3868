"""An error's message in the facilitator's language: the one way ui/ shows a FacilitatorError.

Services raise with an English template and its values kept apart (see errors.py); here the
template is looked up in the catalogue under the "Errors" context and the values put in.
Numbers follow the language's way of writing them; a member's name or any other text value
is shown as it is. A translation that asks for a value the code does not give is a
translator's slip, not a reason to hide the message: the English text is shown instead.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from facilitator_desktop.errors import CONTEXT, FacilitatorError, Phrase


def error_text(error: FacilitatorError | Phrase) -> str:
    """What the facilitator reads for `error`, translated and filled in."""
    return _render(error.template, error.params)


def _render(template: str, params: Mapping[str, object]) -> str:
    translated = QCoreApplication.translate(CONTEXT, template) or template
    if not params:
        return translated  # as written: braces in a text without values are plain text
    for text in (translated, template):
        try:
            return text.format(**_values(text, params))
        except (KeyError, IndexError, ValueError):
            continue
    return template


def _values(text: str, params: Mapping[str, object]) -> dict[str, object]:
    specs = {name: spec for _, name, spec, _ in string.Formatter().parse(text) if name}
    values: dict[str, object] = {}
    for name, value in params.items():
        if isinstance(value, Phrase):
            values[name] = _render(value.template, value.params)
        elif (
            isinstance(value, (int, float)) and not isinstance(value, bool) and not specs.get(name)
        ):
            values[name] = QLocale().toString(value)
        else:
            values[name] = value
    return values
