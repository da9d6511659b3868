"""Every handout builds for any group name, and names in every promised script print as
typed: shaped, in order, and back out of the PDF's text."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator_desktop.handouts import (
    AirtimeRow,
    AttendanceRow,
    HandoutOptions,
    build_ground_rules,
    build_rule_cards,
    build_session_summary,
    build_sign_in_sheet,
    samples,
)
from facilitator_desktop.handouts.data import Paper

Text = Callable[[bytes], str]
NAMES = ("李娜", "דוד כהן", "مريم", "प्रिया", "สมชาย", "김민지", "さくら", "Małgorzata")

# Letters of every script the handouts promise, the marks and joiners they combine with,
# spaces, punctuation, emoji and the odd control or invisible character users paste.
ALPHABET = st.sampled_from(
    list(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ '’-.,&()0123456789"
        "ąęłńśźżščřžőűșțğışÞðßΑλφαβητοДмитрийЖЩЮЯ"
        "مريمأحمدعليفاطمةنورلاء،؟"
        "דודכהןשרהמרים"
        "प्रियासमीरकृष्णाक्षत्रज्ञि"
        "สมชายนิดาภาษาไทย่้๊๋"
        "李娜王芳张伟水曜日の会さくらカタカナ김민지박서준"
        "🧡🌱\u200b\u200e\u200f\u2066\u2069\u200d\u200c\u0301\t\n"
    )
)
GROUP_NAMES = st.text(ALPHABET, min_size=1, max_size=200).filter(lambda s: s.strip())
PAPERS = st.sampled_from(["A4", "Letter"])
BUILDERS = {
    "ground rules": lambda name, options: build_ground_rules(
        replace(samples.ground_rules(samples.TWELVE_CARDS[:3]), group_name=name), options
    ),
    "sign-in sheet": lambda name, options: build_sign_in_sheet(
        replace(samples.sign_in_sheet(), group_name=name), options
    ),
    "session summary": lambda name, options: build_session_summary(
        replace(samples.session_summary(), group_name=name), options
    ),
    "rule cards": lambda name, options: build_rule_cards(
        replace(samples.rule_cards(samples.TWELVE_CARDS[:2]), group_name=name), options
    ),
}


@pytest.mark.parametrize("kind", list(BUILDERS))
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=GROUP_NAMES, paper=PAPERS, large=st.booleans())
def test_every_handout_builds_for_any_group_name(
    kind: str, name: str, paper: Paper, large: bool
) -> None:
    result = BUILDERS[kind](name, HandoutOptions(paper=paper, large_print=large))
    assert result.pdf.startswith(b"%PDF")
    assert result.page_count >= 1
    reader = pypdf.PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == result.page_count


@pytest.mark.parametrize("kind", list(BUILDERS))
@pytest.mark.parametrize("length", [1, 35, 48, 60, 90, 200])
def test_the_lengths_that_used_to_crash_the_header(kind: str, length: int) -> None:
    name = ("Wednesday Men's Mental Health Peer Support Group " * 5)[:length].strip() or "W"
    for paper in ("A4", "Letter"):
        result = BUILDERS[kind](name, HandoutOptions(paper=paper))
        assert result.page_count >= 1


def test_names_come_back_from_every_handout(pdf_text: Text) -> None:
    sheet = pdf_text(build_sign_in_sheet(samples.sign_in_sheet(NAMES)).pdf)
    summary = build_session_summary(
        replace(
            samples.session_summary(),
            attendance=tuple(AttendanceRow(n, "present") for n in NAMES),
            airtime=tuple(AirtimeRow(n, 60.0 * (i + 1), 1, 0) for i, n in enumerate(NAMES)),
        )
    )
    summary_text = pdf_text(summary.pdf)
    for name in NAMES:
        assert name in sheet
        assert summary_text.count(name) >= 3  # attendance, chart label, airtime table
    for name in NAMES:
        data = replace(samples.ground_rules(samples.TWELVE_CARDS[:2]), member_alias=name)
        assert name in pdf_text(build_ground_rules(data).pdf)


def test_a_mixed_script_rule_set_reads_back_in_order(pdf_text: Text) -> None:
    result = build_ground_rules(samples.mixed_ground_rules())
    assert result.problems == ()
    text = pdf_text(result.pdf)
    assert "ما يقال هنا يبقى هنا، ولا نذكر من يحضر" in text
    assert "מה שנאמר כאן נשאר כאן" in text
    assert "जो यहाँ कहा जाता है, वह यहीं रहता है" in text
    assert "สิ่งที่พูดที่นี่อยู่ที่นี่" in text
    assert "在这里说的话留在这里。" in text
    assert "여기서 한 이야기는 여기에 남깁니다." in text


def test_the_pdf_carries_the_title_in_the_groups_script_and_the_language() -> None:
    options = HandoutOptions(language="ar")
    result = build_ground_rules(samples.mixed_ground_rules(), options)
    reader = pypdf.PdfReader(io.BytesIO(result.pdf))
    assert reader.metadata is not None and reader.metadata.title is not None
    assert samples.MIXED_GROUP_NAME in reader.metadata.title
    assert reader.trailer["/Root"]["/Lang"] == "ar"
    cards = build_rule_cards(samples.rule_cards(), HandoutOptions(language="pl"))
    assert pypdf.PdfReader(io.BytesIO(cards.pdf)).trailer["/Root"]["/Lang"] == "pl"
