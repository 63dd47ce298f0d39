"""A level certified "there" with no certifier named before it is the certifier of
the one country the sentence named before it."""

import pytest

from .test_discourse import certifications, extract

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It reached number four in New Zealand and went platinum there.",
            ("Lantern Street", "platinum", None, "other"),
        ),
        (
            "It went to No. 3 on the RPM chart and turned gold there a year later.",
            ("Lantern Street", "gold", None, "music_canada"),
        ),
        (
            "It climbed to number 6 in Ireland, and it was certified gold over there.",
            ("Lantern Street", "gold", None, "other"),
        ),
    ],
)
def test_a_level_there_is_the_named_countrys(sentence, expected):
    assert certifications(extract(SONG, sentence)) == [expected]


def test_a_level_there_after_no_country_names_no_certifier():
    post = extract(SONG, "It was played at every party, and it went gold there.")
    assert [level[3] for level in certifications(post)] in ([], [""])
