"""Ground rules saved on two laptops at once: each laptop keeps both versions and numbers
them alike, by when they were saved, once the other's has arrived (a member's signature
names a version, so both laptops must mean the same rules by "version 2")."""

from __future__ import annotations

from facilitator_desktop.services.rules import RuleCardDraft
from tests.unit.sync.handoff import Handoff, ana_group, ben_group


def numbered(h: Handoff, on_ben: bool) -> list[tuple[int, str]]:
    laptop, group = (h.ben, ben_group(h)) if on_ben else (h.ana, ana_group(h))
    return [
        (v.version, laptop.ws.rules.get_version(v.id).cards[0].statement)
        for v in laptop.ws.rules.versions(group)
    ]


def test_versions_saved_at_once_are_numbered_alike_by_time(handoff: Handoff) -> None:
    h = handoff
    h.ana.ws.rules.save(ana_group(h), [RuleCardDraft("Listen", "We listen.")])
    assert h.apply(*h.captured()) == [True]
    h.ben.wall.advance(60)
    h.ben.ws.rules.save(ben_group(h), [RuleCardDraft("Listen", "We listen, Ben wrote.")])
    back = Handoff(h.ben, h.ana)  # Ben's changes, opened on Ana's laptop
    bens = back.captured()
    h.ana.wall.advance(30)
    h.ana.ws.rules.save(ana_group(h), [RuleCardDraft("Listen", "We listen, Ana wrote.")])
    assert h.apply(*h.captured()) == [True]
    assert back.apply(*bens) == [True] * len(bens)
    expected = [(3, "We listen, Ben wrote."), (2, "We listen, Ana wrote."), (1, "We listen.")]
    assert numbered(h, on_ben=True) == expected
    assert numbered(h, on_ben=False) == expected
    assert h.ben.sharing.problems() == [] and h.ana.sharing.problems() == []


def test_rules_saved_after_a_later_clocked_version_arrived_are_numbered_when_sent(
    handoff: Handoff,
) -> None:
    """Ben's laptop runs an hour ahead: his version arrives on Ana's laptop first, then she
    saves hers, earlier by the clocks. Her laptop numbers both by time as soon as it sends
    hers, not only when something next arrives, so both laptops agree from then on."""
    h = handoff
    h.ana.ws.rules.save(ana_group(h), [RuleCardDraft("Listen", "We listen.")])
    assert h.apply(*h.captured()) == [True]
    h.ben.wall.advance(3600)
    h.ben.ws.rules.save(ben_group(h), [RuleCardDraft("Listen", "We listen, Ben wrote.")])
    back = Handoff(h.ben, h.ana)
    bens = back.captured()
    assert back.apply(*bens) == [True] * len(bens)
    h.ana.wall.advance(30)
    h.ana.ws.rules.save(ana_group(h), [RuleCardDraft("Listen", "We listen, Ana wrote.")])
    hers = h.captured()
    expected = [(3, "We listen, Ben wrote."), (2, "We listen, Ana wrote."), (1, "We listen.")]
    assert numbered(h, on_ben=False) == expected
    assert h.apply(*hers) == [True] * len(hers)
    assert numbered(h, on_ben=True) == expected
