"""The sign-in sheet: members in seat order, guest lines, more pages for big groups."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from facilitator_desktop.handouts import HandoutOptions, build_sign_in_sheet, samples
from facilitator_desktop.handouts.data import Paper, SignInSheetData

Pages = Callable[[bytes], list[str]]
Text = Callable[[bytes], str]


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_members_in_seat_order_then_guests(paper: Paper, pdf_text: Text) -> None:
    data = samples.sign_in_sheet(guest_lines=4)
    result = build_sign_in_sheet(data, HandoutOptions(paper=paper))
    text = pdf_text(result.pdf)
    assert result.page_count == 1
    assert samples.GROUP_NAME in text
    assert "2026-11-25" in text
    positions = [text.index(f"{seat} {alias}") for seat, alias in enumerate(data.aliases, 1)]
    assert positions == sorted(positions)
    for alias in ("Małgorzata", "Ελένη", "Дмитрий", "Jiří", "Gülşen", "İbrahim"):
        assert alias in text
    assert text.count("Guest") == 4
    assert "Signature" in text and "Arrival" in text
    assert result.warnings == ()


def test_no_guest_lines(pdf_text: Text) -> None:
    text = pdf_text(build_sign_in_sheet(samples.sign_in_sheet(guest_lines=0)).pdf)
    assert "Guest" not in text


def test_a_big_group_flows_with_the_header_row_repeated(pdf_pages: Pages) -> None:
    aliases = tuple(f"Member {n}" for n in range(1, 61))
    result = build_sign_in_sheet(samples.sign_in_sheet(aliases, guest_lines=5))
    pages = pdf_pages(result.pdf)
    assert result.page_count == len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert "Signature" in page
        assert f"Page {number} of {len(pages)}" in page
    assert "Member 60" in " ".join(pages)


def test_negative_guest_lines_are_refused() -> None:
    with pytest.raises(ValueError):
        SignInSheetData("G", samples.SESSION_DATE, (), guest_lines=-1)


def test_same_input_same_bytes() -> None:
    data = samples.sign_in_sheet()
    assert build_sign_in_sheet(data).pdf == build_sign_in_sheet(data).pdf


def test_a_long_group_name_is_printed_in_full(pdf_text: Text) -> None:
    name = (
        "Thursday evening peer support circle for parents and carers of young people "
        "living with long-term illness"
    )
    data = SignInSheetData(name, samples.SESSION_DATE, samples.ALIASES)
    assert name in pdf_text(build_sign_in_sheet(data).pdf)
