"""A certifier named right after its level with its country's possessive between
("platinum from Canada's CRIA") is that level's own certifier, not the one named
before it in the sentence."""

import pytest

from .test_discourse import certifications, extract

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Certifications: gold from the RIAA, platinum from Canada's CRIA.",
            ("platinum", "music_canada"),
        ),
        (
            "It got gold from the RIAA, then silver by Britain's BPI.",
            ("silver", "bpi"),
        ),
        (
            "It went platinum per the RIAA and gold according to Australia's ARIA.",
            ("gold", "aria"),
        ),
    ],
)
def test_a_possessive_country_before_the_certifier(sentence, expected):
    found = certifications(extract(SONG, sentence))
    assert any(expected[0] in item and expected[1] in item for item in found)
    assert all(expected[0] not in item or expected[1] in item for item in found)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It went gold from the RIAA and platinum from Music Canada.", "music_canada"),
        ("The RIAA certified it platinum in 1999.", "riaa"),
    ],
)
def test_a_plain_certifier_is_kept(sentence, expected):
    found = certifications(extract(SONG, sentence))
    assert any("platinum" in item and expected in item for item in found)
