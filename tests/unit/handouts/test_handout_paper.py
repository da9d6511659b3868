"""Paper size from the locale name QLocale gives."""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A4, LETTER

from facilitator_desktop.handouts import HandoutOptions, default_page_size_for_locale
from facilitator_desktop.handouts.paper import page_size


@pytest.mark.parametrize(
    "name",
    [
        "en_US",
        "es_US",
        "en_CA",
        "fr_CA",
        "es_MX",
        "en_PH",
        "fil_PH",
        "es_CL",
        "es_CO",
        "es_VE",
        "es_PR",
        "en-US",
        "en_US.UTF-8",
        "es_GT",
        "es_CR",
        "es_PA",
    ],
)
def test_letter_locales(name: str) -> None:
    assert default_page_size_for_locale(name) == "Letter"


@pytest.mark.parametrize(
    "name",
    [
        "en_GB",
        "pl_PL",
        "de_DE",
        "fr_FR",
        "el_GR",
        "ru_RU",
        "tr_TR",
        "es_ES",
        "es_AR",
        "pt_BR",
        "ja_JP",
        "en_AU",
        "sr_Latn_RS",
        "de_CH@euro",
        "en",
        "C",
        "",
    ],
)
def test_a4_locales(name: str) -> None:
    assert default_page_size_for_locale(name) == "A4"


def test_page_sizes() -> None:
    assert page_size("A4") == pytest.approx(A4)
    assert page_size("Letter") == pytest.approx(LETTER)


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="paper"):
        HandoutOptions(paper="A5")  # type: ignore[arg-type]
