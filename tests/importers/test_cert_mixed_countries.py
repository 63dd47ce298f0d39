"""A level that ends a list of a record's doings (", and went gold") after positions
in two countries names no certifier of its own: the country nearest it is the last
position's, so whose level it is, is left to the editor."""

import pytest

from .test_discourse import certifications, extract

SONG = "Motel Frost"
SUNG = f"The song under the montage is “{SONG}”, which Dana Vale sings."

UNSURE = [
    "Released on its own it climbed to No. 24 on the Hot 100, made No. 9 in Canada "
    "on RPM, and went gold by the autumn.",
    "It made No. 8 in the UK, climbed to No. 3 on the Kent Music Report, and then "
    "went platinum.",
    "The record sat at No. 7 on the Billboard 200 for a month, made No. 30 "
    "in Germany, and earned a gold disc.",
]


@pytest.mark.parametrize("sentence", UNSURE)
def test_a_level_after_two_countries_is_a_suggestion(sentence):
    post = extract(SUNG, sentence)
    assert certifications(post) == []
    # the question, or an offer of one certifier that answers it for the editor
    # (suggestion_superseded)
    assert any(
        "certified by whom" in line or line.startswith("Possible certification")
        for line in post.suggestions
    )


# One country only, or a certifier named after the level: its certifier stays.
SURE = [
    (
        "It reached No. 6 on the RPM chart, No. 2 in Canada, and went gold.",
        "music_canada",
    ),
    (
        "It climbed to No. 15 on the Hot 100, No. 4 in Canada, and went gold with the RIAA.",
        "riaa",
    ),
]


@pytest.mark.parametrize("sentence, certifier", SURE)
def test_a_level_with_one_country_or_its_certifier_is_kept(sentence, certifier):
    assert certifications(extract(SUNG, sentence)) == [(SONG, "gold", None, certifier)]
