"""A certifier a later clause names as sending the level's award ("By 1983 it went
gold: the RIAA sent a plaque") is that level's certifier; a sent award with a level
of its own, or a sender no certifier, gives none."""

import pytest

from .test_discourse import certifications, extract

SONG = "Whatever the Tide Leaves"
SUNG = f"The montage plays “{SONG}”, sung by Ivy Lorne."

FOUND = [
    (
        "By 1983 it went gold: the RIAA sent a plaque, which her drummer keeps.",
        (SONG, "gold", None, "riaa"),
    ),
    (
        "The single went silver, and the BPI duly presented the band a framed disc.",
        (SONG, "silver", None, "bpi"),
    ),
    (
        "It went platinum in the end; ARIA mailed her a certificate, which she lost.",
        (SONG, "platinum", None, "aria"),
    ),
]


@pytest.mark.parametrize("sentence, expected", FOUND)
def test_the_sender_of_the_award_is_the_certifier(sentence, expected):
    assert certifications(extract(SUNG, sentence)) == [expected]


# A sender that certifies nothing, or no award sent at all.
UNSURE = [
    "By 1983 it went gold: her label sent a plaque, which her drummer keeps.",
    "By 1983 it went gold, and the RIAA sent nobody to the launch.",
]


@pytest.mark.parametrize("sentence", UNSURE)
def test_no_certifier_sending_an_award_names_none(sentence):
    post = extract(SUNG, sentence)
    assert certifications(post) == []
