"""A measure entry's sealed answers read back: what is neither answers nor a total is
refused as a ValueError, word for word, whatever shape the JSON has."""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.measures import PHQ9, PaperTotal, builtin, score
from facilitator_desktop.services.measure_answers import answers_from, sealed_answers


@pytest.mark.parametrize(
    "plain",
    ['{"other": 1}', '["total"]', '"total"', "5"],
    ids=["object", "list-holding-total", "string-total", "number"],
)
def test_answers_from_refuses_what_is_neither_answers_nor_a_total(plain: str) -> None:
    """A list or string that merely contains "total" is not a paper total."""
    with pytest.raises(ValueError) as raised:
        answers_from(plain)
    assert type(raised.value) is ValueError
    assert str(raised.value) == "no answers and no total"


def test_answers_from_reads_a_total_from_paper_and_the_answers() -> None:
    """Both forms the entry is sealed in read back as they were sealed."""
    assert answers_from('{"total":12}') == PaperTotal(12)
    assert answers_from('{"answers":[1,2,3]}') == [1, 2, 3]


def test_sealed_answers_is_compact_json() -> None:
    """What is sealed has no spaces: the answers, or the total from paper."""
    spec = builtin(PHQ9)
    assert sealed_answers(score(spec, [1, 2, 0, 3, 1, 0, 2, 1, 0])) == (
        '{"answers":[1,2,0,3,1,0,2,1,0]}'
    )
    assert sealed_answers(score(spec, PaperTotal(12))) == '{"total":12}'
