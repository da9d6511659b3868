"""A score outside the group's scale is refused on the score field, in the words that give
the scale's ends."""

from __future__ import annotations

import pytest

from facilitator_desktop.errors import ValidationError
from facilitator_desktop.services.checkin_scale import CheckinScale, check_score


@pytest.mark.parametrize("score", [0, 6, 2.5, "3", None])
def test_a_score_off_the_scale_is_refused_on_the_score_field(score: object) -> None:
    with pytest.raises(ValidationError) as refused:
        check_score(CheckinScale(1, 5, ""), score)
    assert refused.value.field == "score"
    assert str(refused.value) == "A check-in score in this group goes from 1 to 5."
