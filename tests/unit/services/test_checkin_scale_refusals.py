"""A scale outside 0 to 10, or one that does not go up, is refused with one message that
tells the facilitator the range and gives two examples."""

from __future__ import annotations

import pytest

from facilitator_desktop.errors import ValidationError
from facilitator_desktop.services.checkin_scale import check_scale

RANGE_MESSAGE = (
    "A check-in scale goes up, from 0 at the lowest to 10 at the highest "
    "(for example 0 to 10, or 1 to 5)."
)


@pytest.mark.parametrize(("low", "high"), [(-1, 5), (0, 11), (5, 5), (7, 3)])
def test_a_scale_out_of_range_or_not_going_up_is_refused_in_these_words(
    low: int, high: int
) -> None:
    with pytest.raises(ValidationError) as refused:
        check_scale(low, high, "How are you?")
    assert refused.value.field == "checkin_scale"
    assert refused.value.message == RANGE_MESSAGE
