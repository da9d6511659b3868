"""The published English wording of the two questionnaires we may ship: PHQ-9 and GAD-7.

These texts are the one thing in the code base copied word for word, on purpose: a
questionnaire is valid only in its published wording, so they are neither paraphrased nor
run through the app's translations (a translated PHQ-9 or GAD-7 must be one of the
published, validated translations, not ours).

Both were developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and
colleagues with an educational grant from Pfizer Inc.; the forms say "No permission required
to reproduce, translate, display or distribute." Wording checked against the forms as
distributed (phqscreeners.com), reproduced for example at
https://centralmedicalcentre-morden.nhs.uk/form/phq-9/ (PHQ-9) and
https://scales.arabpsychology.com/index.php/s/gad-7-anxiety-severity/ (GAD-7).

References: Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression
severity measure. J Gen Intern Med 2001;16(9):606-613. Spitzer RL, Kroenke K, Williams JBW,
Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern
Med 2006;166(10):1092-1097.
"""

from __future__ import annotations

from typing import Final

CREDIT: Final = (
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and "
    "colleagues, with an educational grant from Pfizer Inc. No permission required to "
    "reproduce, translate, display or distribute."
)

# The four answers of both forms, scored 0, 1, 2 and 3.
FREQUENCY_ANSWERS: Final = (
    "Not at all",
    "Several days",
    "More than half the days",
    "Nearly every day",
)

PHQ9_INSTRUCTIONS: Final = (
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
)
PHQ9_ITEMS: Final = (
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your "
    "family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
    "being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
)

GAD7_INSTRUCTIONS: Final = (
    "Over the last 2 weeks, how often have you been bothered by the following problems?"
)
GAD7_ITEMS: Final = (
    "Feeling nervous, anxious or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid as if something awful might happen",
)
