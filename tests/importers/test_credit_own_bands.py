"""A singer and the ensemble the post names as theirs ("A and the B Orchestra",
"A and the B Quartet") is one act, an institution's orchestra not. Every sentence
here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”."


@pytest.mark.parametrize(
    "sentence, act",
    [
        (
            "It was sung by Cora Lusk and the Tin Street Orchestra.",
            "Cora Lusk and the Tin Street Orchestra",
        ),
        (
            "The recording is by Ned Orr and the Lowland Quartet, who cut it in a barn.",
            "Ned Orr and the Lowland Quartet",
        ),
        (
            "Ivo Brandt and the Harbour Lights Ensemble recorded it in Cork.",
            "Ivo Brandt and the Harbour Lights Ensemble",
        ),
    ],
)
def test_a_singer_and_their_ensemble_is_one_act(sentence, act):
    assert tracks(extract(INTRO, sentence)) == {"Tin Lantern": ([], [act])}


@pytest.mark.parametrize(
    "sentence, band",
    [
        (
            "It was sung by Cora Lusk and the Leeds Symphony Orchestra.",
            "Leeds Symphony Orchestra",
        ),
        (
            "It was sung by Cora Lusk, with the Tin Street Orchestra behind her.",
            "Tin Street Orchestra",
        ),
    ],
)
def test_an_institution_or_an_accompanist_stays_apart(sentence, band):
    assert tracks(extract(INTRO, sentence)) == {
        "Tin Lantern": ([], ["Cora Lusk", band])
    }
