"""Credits whose subject is who did it, in a relative clause: "The band that plays it
is A", "The woman who wrote the song was B". Every sentence here is invented for
the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "“Copper Kettle Rag” plays over the montage at the fair."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The band that plays it, as we said, is the Tin Roofs.", ([], ["Tin Roofs"])),
        ("The woman who wrote the song was Hester Vane.", (["Hester Vane"], [])),
        ("The band that plays it is the Tin Roofs' best friend.", ([], [])),
    ],
)
def test_the_doer_described_in_a_relative_clause(sentence, expected):
    assert tracks(extract(INTRO + " " + sentence)) == {"Copper Kettle Rag": expected}
