"""Sample note texts: what a facilitator might jot down. `{a}` and `{b}` are aliases."""

from __future__ import annotations

SESSION_NOTES = (
    "Good energy tonight. {a} spoke about the first anniversary coming up.",
    "{a} seemed withdrawn during check-in; passed twice. Keep an eye on it.",
    "Discussion drifted to practical matters; steer back to feelings next time.",
    "{a} and {b} connected over similar experiences with the hospital.",
    "Room was cold again; ask the caretaker about the heating.",
    "{a} arrived upset after a difficult week at work, settled after check-in.",
    "Quiet session. Several members tired; kept the check-out short.",
    "{a} offered advice to {b} twice; gently reminded the group about sharing, not fixing.",
    "New topic idea from {a}: how to handle family gatherings in December.",
    "{b} laughed for the first time in weeks. Lovely moment.",
)
FOLLOW_UPS = (
    "Call {a} about the missed sessions and check they are okay.",
    "Send {a} the list of local bereavement counsellors.",
    "Ask {a} whether the Thursday time still works with the new job.",
    "Check in with {a} before next week: mentioned not sleeping.",
    "Bring leaflets on carers' allowance for {a}.",
)
