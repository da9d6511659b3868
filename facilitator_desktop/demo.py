"""Sample data: realistic, varied and deterministic by seed.

Used by `--demo`, screenshots, GUI tests and benchmarks (`groups=6, weeks=520`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from facilitator_desktop import DEMO_PASSPHRASE as DEMO_PASSPHRASE  # re-exported
from facilitator_desktop.demo_data.checkins import write_checkins
from facilitator_desktop.demo_data.history import write_history
from facilitator_desktop.demo_data.measures import write_measures
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.workspace import Workspace

# First names across languages and scripts, as members would give them.
ALIASES = (
    "Małgorzata",
    "Ελένη",
    "Дмитрий",
    "Anna",
    "José",
    "Jürgen",
    "Zoë",
    "Søren",
    "Ayşe",
    "Łukasz",
    "Γιώργος",
    "Ольга",
    "Siobhán",
    "Tomáš",
    "Ngozi",
    "Priya",
    "Mateo",
    "Hélène",
    "Ödön",
    "Björk",
    "Иван",
    "Νίκος",
    "Chloé",
    "Kofi",
    "Renée",
    "Paweł",
    "Sinéad",
    "Dušan",
    "Агата",
    "Εύα",
    "François",
    "Mirjam",
    "Ines",
    "Kai",
    "Leilani",
    "Oisín",
)
SURNAMES = (
    "Kowalska",
    "Papadopoulou",
    "Смирнов",
    "Berg",
    "García",
    "Müller",
    "Nilsen",
    "Yılmaz",
    "Nowak",
    "Ivanova",
    "O'Brien",
    "Dvořák",
    "Okafor",
    "Sharma",
    "Lefèvre",
    "Szabó",
)


@dataclass(frozen=True, slots=True)
class GroupTemplate:
    name: str
    description: str
    weekday: int
    start_time: str
    minutes: int
    soft_limit: int
    agenda: tuple[SegmentSpec, ...]
    rule_keys: tuple[str, ...]


TEMPLATES = (
    GroupTemplate(
        "Tuesday Grief Circle",
        "A peer group for people living with the loss of someone close.",
        1,
        "18:30",
        90,
        4,
        (
            SegmentSpec("Check-in", 15, "round"),
            SegmentSpec("Sharing", 55, "open"),
            SegmentSpec("Check-out", 10, "round"),
        ),
        (
            "confidentiality",
            "confidentiality-limits",
            "one-voice-at-a-time",
            "right-to-pass",
            "i-statements",
            "no-unsolicited-advice",
            "respect",
            "okay-to-feel",
        ),
    ),
    GroupTemplate(
        "Caregivers' Thursday",
        "Support for people caring for a family member with dementia.",
        3,
        "10:00",
        75,
        5,
        (
            SegmentSpec("Welcome round", 10, "round"),
            SegmentSpec("Open discussion", 50, "open"),
            SegmentSpec("Closing round", 10, "round"),
        ),
        (
            "confidentiality",
            "one-voice-at-a-time",
            "share-the-airtime",
            "attend-consistently",
            "tell-ahead-when-absent",
            "phones-silent",
            "start-and-end-on-time",
        ),
    ),
    GroupTemplate(
        "Recovery Evening",
        "Peer support for recovery from alcohol and drug use.",
        0,
        "19:00",
        90,
        4,
        (
            SegmentSpec("Check-in", 20, "round"),
            SegmentSpec("Topic discussion", 50, "open"),
            SegmentSpec("Check-out", 15, "round"),
        ),
        (
            "confidentiality",
            "confidentiality-limits",
            "no-alcohol-or-drugs",
            "no-outside-relationships",
            "respect",
            "right-to-pass",
            "tell-ahead-when-absent",
            "no-gossip",
        ),
    ),
    GroupTemplate(
        "Anxiety Skills Group",
        "A therapy group practising skills for living with anxiety.",
        2,
        "17:00",
        60,
        3,
        (
            SegmentSpec("Check-in", 10, "round"),
            SegmentSpec("Skill practice", 40, "open"),
            SegmentSpec("Check-out", 8, "round"),
        ),
        (
            "confidentiality",
            "i-statements",
            "right-to-pass",
            "phones-silent",
            "start-and-end-on-time",
            "share-the-airtime",
        ),
    ),
)


def _template(index: int) -> GroupTemplate:
    base = TEMPLATES[index % len(TEMPLATES)]
    if index < len(TEMPLATES):
        return base
    return GroupTemplate(
        f"{base.name} ({index // len(TEMPLATES) + 1})",
        base.description,
        (base.weekday + index) % 5,
        base.start_time,
        base.minutes,
        base.soft_limit,
        base.agenda,
        base.rule_keys,
    )


def populate(
    ws: Workspace, groups: int = 2, weeks: int = 12, seed: int = 0, *, measures: bool = False
) -> list[int]:
    """Fill `ws` with sample groups, members and rule sets; returns the new group ids.

    `weeks` weekly sessions of history per group, with attendance, turns and notes; with
    `measures`, PHQ-9 and GAD-7 entries every four sessions and check-in scores too
    (demo_data/measures.py, demo_data/checkins.py).
    """
    rng = random.Random(seed)
    library = {card.key: card for card in ws.rules.library()}
    group_ids: list[int] = []
    for index in range(groups):
        template = _template(index)
        group = ws.groups.create(
            GroupDraft(
                name=template.name,
                description=template.description,
                weekday=template.weekday,
                start_time=template.start_time,
                default_minutes=template.minutes,
                speaker_soft_limit_min=template.soft_limit,
                agenda=template.agenda,
            )
        )
        group_ids.append(group.id)
        # Longer histories see more people come and go.
        aliases = rng.sample(ALIASES, min(len(ALIASES), rng.randint(7, 11) + weeks // 80))
        if index == 0:  # the first group always shows several scripts
            aliases = ["Małgorzata", "Ελένη", "Дмитрий"] + [
                a for a in aliases if a not in ("Małgorzata", "Ελένη", "Дмитрий")
            ][:7]
        for alias in aliases:
            ws.members.add(
                group.id,
                MemberDraft(
                    alias=alias,
                    full_name=f"{alias} {rng.choice(SURNAMES)}",
                    contact=f"+44 7700 9{rng.randint(0, 99999):05d}",
                    remarks=rng.choice(
                        (
                            "",
                            "",
                            "Prefers to sit near the door.",
                            "Referred by their GP.",
                            "Hard of hearing on the left.",
                        )
                    ),
                ),
            )
        cards = [RuleCardDraft.from_library(library[key]) for key in template.rule_keys]
        ws.rules.save(group.id, cards[:-1])  # an earlier version, so history shows two
        ws.rules.save(group.id, cards)
        write_history(ws, ws.groups.get(group.id), weeks, rng, ws.context.now().date())
        if measures:  # a generator of its own: the rest of the sample stays as it was
            write_measures(ws, group.id, random.Random(f"{seed}-measures-{index}"))
            write_checkins(ws, group.id, random.Random(f"{seed}-checkins-{index}"))
    return group_ids
