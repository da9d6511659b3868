"""Every handout built from demo data: the printed text holds what the facilitator expects."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

import pytest
from pypdf import PdfReader

from facilitator_desktop import demo
from facilitator_desktop.handouts import (
    build_ground_rules,
    build_rule_cards,
    build_session_summary,
    build_sign_in_sheet,
)
from facilitator_desktop.services.handout_data import FacilitatorProfile
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.workspace import Workspace


@pytest.fixture(autouse=True)
def _invariant_pdfs() -> Iterator[None]:
    from reportlab import rl_config

    before = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = before


@pytest.fixture
def demo_ws(workspace: Workspace) -> tuple[Workspace, int]:
    (group_id, _) = demo.populate(workspace, groups=2, weeks=4, seed=0)
    workspace.handout_data.save_profile(
        FacilitatorProfile("Jo Facilitator", "jo@example.org", "Helpline 0800 000 000")
    )
    return workspace, group_id


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_ground_rules_hold_group_rules_and_member(demo_ws: tuple[Workspace, int]) -> None:
    ws, group_id = demo_ws
    member = ws.members.list(group_id)[1]  # Ελένη
    data = ws.handout_data.ground_rules(group_id, member_id=member.id)
    result = build_ground_rules(data)
    text = squeeze(text_of(result.pdf))
    assert squeeze("Tuesday Grief Circle") in text
    for card in ws.rules.current(group_id).cards:
        assert squeeze(card.title) in text
    assert squeeze("Ελένη") in text and squeeze("Jo Facilitator") in text
    assert result.page_count <= 2 and result.warnings == ()  # 11 pt body: may take two


def test_sign_in_sheet_lists_every_alias(demo_ws: tuple[Workspace, int]) -> None:
    ws, group_id = demo_ws
    result = build_sign_in_sheet(ws.handout_data.sign_in_sheet(group_id, date(2026, 12, 1)))
    text = squeeze(text_of(result.pdf))
    aliases = [m.alias for m in ws.members.list(group_id)]
    assert {"Małgorzata", "Ελένη", "Дмитрий"} <= set(aliases)
    for alias in aliases:
        assert squeeze(alias) in text


def test_rule_cards_one_card_per_rule(demo_ws: tuple[Workspace, int]) -> None:
    ws, group_id = demo_ws
    cards = ws.rules.current(group_id).cards
    result = build_rule_cards(ws.handout_data.rule_cards(group_id, per_page=2))
    assert result.page_count == (len(cards) + 1) // 2


def test_page_counts_for_12_and_40_cards(demo_ws: tuple[Workspace, int]) -> None:
    ws, group_id = demo_ws
    library = ws.rules.library()
    ws.rules.save(group_id, [RuleCardDraft.from_library(c) for c in library[:12]])
    twelve = build_ground_rules(ws.handout_data.ground_rules(group_id, acknowledgement=True))
    assert twelve.page_count <= 2  # 11 pt body text
    forty = [
        RuleCardDraft(f"Rule {i + 1}: {c.title}"[:60], c.statement, c.why)
        for i, c in enumerate((library * 3)[:40])
    ]
    ws.rules.save(group_id, forty)
    result = build_ground_rules(ws.handout_data.ground_rules(group_id))
    assert result.page_count >= 2
    text = squeeze(text_of(result.pdf))
    assert all(squeeze(card.title) in text for card in forty)


def test_session_summary_notes_only_when_asked(demo_ws: tuple[Workspace, int]) -> None:
    ws, group_id = demo_ws
    session_id = ws.sessions.summary(1).session_id
    from facilitator_desktop.services.notes import NoteFilter

    note = ws.notes.find(NoteFilter(session_id=session_id))[0]
    first_words = note.body.split(".")[0][:20]
    without = text_of(build_session_summary(ws.handout_data.session_summary(session_id)).pdf)
    assert squeeze(first_words) not in squeeze(without)
    with_notes = build_session_summary(
        ws.handout_data.session_summary(session_id, include_private_notes=True)
    )
    assert squeeze(first_words) in squeeze(text_of(with_notes.pdf))
    assert "Tuesday Grief Circle" in text_of(with_notes.pdf)


def test_late_and_early_times_go_through_the_labels(demo_ws: tuple[Workspace, int]) -> None:
    from dataclasses import replace as _replace

    from facilitator_desktop.handouts import HandoutLabels, HandoutOptions

    ws, _group_id = demo_ws
    data = ws.handout_data.session_summary(ws.sessions.summary(1).session_id)
    late = [row for row in data.attendance if row.status == "late"]
    rows = tuple(
        _replace(row, status="late", arrived_after_s=754.0) if i == 0 else row
        for i, row in enumerate(data.attendance)
    )
    labels = HandoutLabels(arrived_in="przyszedł po {time}")
    result = build_session_summary(_replace(data, attendance=rows), HandoutOptions(labels=labels))
    assert "przyszedłpo12:34" in squeeze(text_of(result.pdf))
    assert all(row.detail == "" for row in late)  # no English built in the service
