"""Sample handout data for tests, the render script and the benchmark.

The group, people and phone numbers are invented. Aliases cover Latin with Polish, Czech,
Turkish, Hungarian, Romanian and Icelandic letters, Greek and Cyrillic; a few rules in the
long set are written in those languages too.
"""

from __future__ import annotations

from datetime import date

from facilitator_desktop.handouts.data import (
    AirtimeRow,
    AttendanceRow,
    CardLayout,
    CardsPerPage,
    GroundRulesData,
    NoteRow,
    RuleCardData,
    RuleCardsData,
    SegmentRow,
    SessionSummaryData,
    SignInSheetData,
)

GROUP_NAME = "Wednesday Caregivers Circle"
SESSION_DATE = date(2026, 11, 25)
RULE_SET_DATE = date(2026, 10, 7)

#: Members in seat order.
ALIASES: tuple[str, ...] = (
    "Małgorzata",
    "Ελένη",
    "Дмитрий",
    "Jiří",
    "Gülşen",
    "İbrahim",
    "Győző",
    "Ștefan",
    "Þórdís",
    "Sam",
    "Priya",
)

#: A typical set: twelve rules of the length facilitators write.
TWELVE_CARDS: tuple[RuleCardData, ...] = (
    RuleCardData(
        "Privacy stays in the room",
        "What is shared here is not repeated outside, and we do not say who comes to the group.",
        "Trust grows when people know their story will not travel. Who attends a group is "
        "private too.",
    ),
    RuleCardData(
        "Where privacy ends",
        "If someone may be in serious danger, the facilitator may need to act to keep people safe.",
        "Safety comes first. Saying this at the start means no one is surprised if it ever "
        "happens.",
    ),
    RuleCardData(
        "One person speaks at a time",
        "We let each speaker finish before anyone else starts, and we keep side conversations "
        "for the break.",
        "Being heard to the end tells a person they matter, and it lets everyone follow.",
    ),
    RuleCardData(
        "Passing is always fine",
        "When your turn comes you may say 'pass', with no reason needed.",
        "Some weeks listening is all a person can give. Choosing to speak makes sharing "
        "worth more.",
    ),
    RuleCardData(
        "Speak from your own experience",
        "We say 'I' and talk about what happened to us, not about what others should feel.",
        "It keeps the group grounded in real experience and avoids speaking for anyone else.",
    ),
    RuleCardData(
        "Listen rather than fix",
        "We offer our own experience instead of advice, unless someone asks for suggestions.",
        "Most people come to be heard. Advice nobody asked for can land as judgement, even "
        "when it is kind.",
    ),
    RuleCardData(
        "Kindness, no put-downs",
        "We disagree with ideas gently and never mock, label or belittle a person.",
        "People only take risks in a room where they will not be made to feel small.",
    ),
    RuleCardData(
        "Come regularly, stay for all of it",
        "We try to attend every week and stay from the opening round to the closing one.",
        "The group builds its rhythm together; comings and goings unsettle the people who "
        "are sharing.",
    ),
    RuleCardData(
        "Tell us if you can't come",
        "If you will miss a session, let the facilitator know beforehand.",
        "An empty chair worries people. A short message lets the group hold your place "
        "without wondering.",
    ),
    RuleCardData(
        "Arrive clear-headed",
        "We come to sessions without having had alcohol or drugs, and take none during them.",
        "Everyone deserves to talk with people who are fully present and will remember what "
        "was said.",
    ),
    RuleCardData(
        "No pairing off",
        "We keep our relationships with each other inside the group while we are members.",
        "Private friendships, romances or deals between members can split a group and make "
        "others feel left out.",
    ),
    RuleCardData(
        "Phones away",
        "Phones are silent and out of sight; step outside if you are expecting an urgent call.",
        "A buzzing phone pulls everyone's attention, and a screen can look like a camera.",
    ),
)

_MORE_CARDS: tuple[RuleCardData, ...] = (
    RuleCardData(
        "We start on time",
        "The session begins at the agreed time, even if some seats are still empty.",
        "Starting on time respects those who made it.",
    ),
    RuleCardData(
        "We finish on time",
        "The closing round starts early enough to end at the agreed time.",
        "People have buses, children and work to get back to.",
    ),
    RuleCardData(
        "Share the time",
        "We keep an eye on how long we speak so that everyone who wants a turn gets one.",
        "Quiet members have as much to give as talkative ones.",
    ),
    RuleCardData(
        "All feelings are welcome",
        "Tears, anger and laughter all belong here.",
        "Feelings that are allowed can be talked about.",
    ),
    RuleCardData(
        "Absent members",
        "We do not talk about people who are not in the room.",
        "Everyone should be able to trust they are safe while they are away.",
    ),
    RuleCardData(
        "No recordings",
        "We make no recordings, photos or notes of what others say.",
        "Words written down or recorded can travel.",
    ),
    RuleCardData(
        "Step out if you need to",
        "You can leave the room for a moment whenever you need a breather.",
        "Looking after yourself is always allowed.",
    ),
    RuleCardData(
        "Check in after stepping out",
        "If you leave during a session, please let the facilitator know you are all right.",
        "Nobody wants to worry about you.",
    ),
    RuleCardData(
        "Questions are welcome",
        "Ask if something the facilitator or the group does is unclear.",
        "Unspoken confusion turns into distance.",
    ),
    RuleCardData(
        "Use first names only",
        "We use the names people give us and no surnames.",
        "It protects everyone's privacy outside the room.",
    ),
    RuleCardData(
        "Respect differences",
        "We accept that others may believe, live and cope differently.",
        "There is no single right way through a hard time.",
    ),
    RuleCardData(
        "No pressure to share",
        "No one is asked to say more than they choose.",
        "Trust comes at each person's own pace.",
    ),
    RuleCardData(
        "Greet outside the group?",
        "If we meet outside, we let the other person decide whether to say hello.",
        "Some members prefer not to explain how they know you.",
    ),
    RuleCardData(
        "Social media",
        "We do not post about the group or its members online.",
        "What goes online stays online.",
    ),
    RuleCardData(
        "Food and drink",
        "Hot drinks are fine; we keep snacks for the break.",
        "Rustling packets are hard to talk over.",
    ),
    RuleCardData(
        "Children and pets",
        "Sessions are for members only, without children or pets in the room.",
        "Everyone can speak freely when no one else is listening.",
    ),
    RuleCardData(
        "Feedback",
        "Tell the facilitator what works and what does not, at any time.",
        "The group belongs to its members.",
    ),
    RuleCardData(
        "Changing the rules",
        "Any member may suggest a change to these agreements; the group decides together.",
        "Rules we chose ourselves are easier to keep.",
    ),
    RuleCardData(
        "Guests",
        "A guest may visit only when the group has agreed beforehand.",
        "New faces change what people feel able to say.",
    ),
    RuleCardData(
        "Saying goodbye",
        "If you decide to leave the group, we hope you will come once more to say goodbye.",
        "Endings matter to those who stay.",
    ),
    RuleCardData(
        "Prywatność",
        "To, co usłyszymy, zostaje w tej sali: żadnych imion, żadnych szczegółów.",
        "Zaufanie rośnie, gdy każdy czuje się bezpiecznie.",
    ),
    RuleCardData(
        "Σεβασμός",
        "Ακούμε χωρίς να διακόπτουμε και μιλάμε με ευγένεια.",
        "Όλοι αξίζουν να ακουστούν ως το τέλος.",
    ),
    RuleCardData(
        "Конфиденциальность",
        "Всё, что сказано в группе, остаётся в группе.",
        "Доверие — основа нашей работы.",
    ),
    RuleCardData(
        "Mluvíme za sebe",
        "Říkáme „já“ a mluvíme o vlastní zkušenosti.",
        "Nikdo nemluví za ostatní.",
    ),
    RuleCardData(
        "Söz hakkı",
        "Sıranız geldiğinde konuşmak zorunda değilsiniz; “pas” diyebilirsiniz.",
        "Dinlemek de katılmaktır.",
    ),
    RuleCardData(
        "Pontosság",
        "Időben kezdünk és időben fejezünk be; ha késel, szólj előre.",
        "Így mindenki számíthat a csoportra.",
    ),
    RuleCardData(
        "Fără sfaturi nesolicitate",
        "Împărtășim experiențe, nu dăm sfaturi dacă nu ni se cer.",
        "Fiecare își găsește singur drumul.",
    ),
    RuleCardData(
        "Þagnarskylda",
        "Það sem sagt er í hópnum fer ekki lengra.",
        "Öryggi er forsenda þess að við getum talað opinskátt.",
    ),
)

#: A long set for the multi-page layout: the twelve above and 28 more.
FORTY_CARDS: tuple[RuleCardData, ...] = TWELVE_CARDS + _MORE_CARDS

WELCOME = (
    "Welcome. These are the agreements that let everyone here speak freely and feel safe. "
    "We wrote them together and we revisit them from time to time."
)


def ground_rules(
    cards: tuple[RuleCardData, ...] = TWELVE_CARDS, *, member_alias: str | None = "Małgorzata"
) -> GroundRulesData:
    return GroundRulesData(
        group_name=GROUP_NAME,
        welcome=WELCOME,
        cards=cards,
        rule_set_version=3,
        rule_set_date=RULE_SET_DATE,
        facilitator_name="Anna Lindqvist",
        facilitator_contact="anna.lindqvist@example.org · 020 7946 0958",
        support_line=(
            "Between sessions, if things feel too much, the 24-hour support line is free "
            "to call on 0800 000 0000."
        ),
        acknowledgement=True,
        member_alias=member_alias,
    )


def rule_cards(
    cards: tuple[RuleCardData, ...] = TWELVE_CARDS,
    *,
    layout: CardLayout = "cut",
    per_page: CardsPerPage = 4,
) -> RuleCardsData:
    return RuleCardsData(
        group_name=GROUP_NAME,
        cards=cards,
        layout=layout,
        per_page=per_page,
    )


def sign_in_sheet(aliases: tuple[str, ...] = ALIASES, guest_lines: int = 4) -> SignInSheetData:
    return SignInSheetData(
        group_name=GROUP_NAME,
        date=SESSION_DATE,
        aliases=aliases,
        guest_lines=guest_lines,
        facilitator_name="Anna Lindqvist",
    )


PRIVATE_NOTE_TEXT = "Дмитрий mentioned his sleep is worse again; offer a call before next week."


def session_summary(*, include_private_notes: bool = False) -> SessionSummaryData:
    attendance = (
        AttendanceRow("Małgorzata", "present"),
        AttendanceRow("Ελένη", "present"),
        AttendanceRow("Дмитрий", "late", "arrived 18:20"),
        AttendanceRow("Jiří", "present"),
        AttendanceRow("Gülşen", "left_early", "left 19:05"),
        AttendanceRow("İbrahim", "present"),
        AttendanceRow("Győző", "excused", "told us last week"),
        AttendanceRow("Ștefan", "present"),
        AttendanceRow("Þórdís", "absent"),
        AttendanceRow("Sam", "present"),
        AttendanceRow("Priya", "excused", "family visit"),
    )
    airtime = (
        AirtimeRow("Małgorzata", 412, 4, 0),
        AirtimeRow("Ελένη", 265, 3, 0),
        AirtimeRow("Дмитрий", 188, 2, 1),
        AirtimeRow("Jiří", 530, 5, 0),
        AirtimeRow("Gülşen", 97, 1, 1),
        AirtimeRow("İbrahim", 301, 3, 0),
        AirtimeRow("Ștefan", 0, 0, 2),
        AirtimeRow("Sam", 244, 3, 1),
    )
    return SessionSummaryData(
        group_name=GROUP_NAME,
        date=SESSION_DATE,
        session_title="Session 14",
        segments=(
            SegmentRow("Arrival and check-in round", 15 * 60, 17 * 60 + 40),
            SegmentRow("Open discussion", 45 * 60, 43 * 60 + 10),
            SegmentRow("Break", 10 * 60, None),
            SegmentRow("Theme: asking for help", 20 * 60, 24 * 60 + 5),
            SegmentRow("Check-out round", 10 * 60, 9 * 60 + 30),
        ),
        attendance=attendance,
        airtime=airtime,
        notes=(
            NoteRow("18:24", PRIVATE_NOTE_TEXT),
            NoteRow("18:51", "Jiří spoke at length again; try the talking order in round two."),
            NoteRow("Check-out", "Group asked to revisit the phones rule next month."),
        ),
        include_private_notes=include_private_notes,
    )


#: A group that writes in many scripts: its name, members and twelve rules in Arabic, Hebrew,
#: Devanagari, Thai, Chinese, Japanese, Korean and Latin (invented, for tests and the bench).
MIXED_GROUP_NAME = "مجموعة الأربعاء · Wednesday 水曜日の会"
MIXED_ALIASES: tuple[str, ...] = (
    "李娜",
    "דוד כהן",
    "مريم",
    "प्रिया",
    "สมชาย",
    "김민지",
    "さくら",
    "Małgorzata",
    "Ελένη",
)
MIXED_CARDS: tuple[RuleCardData, ...] = (
    RuleCardData(
        "الخصوصية",
        "ما يقال هنا يبقى هنا، ولا نذكر من يحضر",
        "الثقة تنمو عندما يعرف الناس أن قصصهم لن تنتقل",
    ),
    RuleCardData("פרטיות", "מה שנאמר כאן נשאר כאן", "אמון נבנה כשהסיפור לא יוצא מהחדר"),
    RuleCardData("गोपनीयता", "जो यहाँ कहा जाता है, वह यहीं रहता है", "भरोसा धीरे-धीरे बनता है"),
    RuleCardData("ความเป็นส่วนตัว", "สิ่งที่พูดที่นี่อยู่ที่นี่", "ความไว้วางใจต้องใช้เวลา"),
    RuleCardData("保密", "在这里说的话留在这里。", "信任需要时间。"),
    RuleCardData(
        "秘密を守る", "ここで話したことはここだけの話です。", "安心して話せる場所にするためです。"
    ),
    RuleCardData("비밀 유지", "여기서 한 이야기는 여기에 남깁니다.", "신뢰는 시간이 걸립니다."),
    RuleCardData("احترام", "يتكلم شخص واحد في كل مرة، ولا نقاطع أحدا", "كل شخص يستحق أن يسمع"),
    RuleCardData("כבוד", "אדם אחד מדבר בכל פעם, בלי להפריע", "כל אחד ראוי להישמע עד הסוף"),
    *TWELVE_CARDS[2:5],
)


def mixed_ground_rules() -> GroundRulesData:
    return GroundRulesData(
        group_name=MIXED_GROUP_NAME,
        welcome="أهلا بكم · ברוכים הבאים · स्वागत है · 欢迎 · Welcome",
        cards=MIXED_CARDS,
        rule_set_version=2,
        rule_set_date=RULE_SET_DATE,
        facilitator_name="Anna Lindqvist",
        facilitator_contact="anna.lindqvist@example.org",
        acknowledgement=True,
        member_alias="مريم",
    )
