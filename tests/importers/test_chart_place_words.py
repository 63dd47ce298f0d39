"""A country or its people named before "it" ("Australian lifeguards played it all
summer, and it climbed to No. 17") are no record "it" might mean: "it" is still the
track named before; a title holding a country's name is a name still."""

import pytest

from .test_discourse import extract, peaks

SONG = "Salt in the Gears"
SUNG = f"The montage plays “{SONG}”, sung by Ivy Lorne."

FOUND = [
    (
        "Australian lifeguards played it all summer, and it climbed to No. 17 on the "
        "Kent Music Report.",
        (SONG, 17, "australia_kent"),
    ),
    (
        "Canada took to it faster: it got to #31 on the RPM chart.",
        (SONG, 31, "canada_rpm"),
    ),
    (
        "West German radio played it to death, and it reached No. 5 on the Media "
        "Control chart.",
        (SONG, 5, "germany_media_control"),
    ),
]


@pytest.mark.parametrize("sentence, expected", FOUND)
def test_a_country_before_it_leaves_it_the_track(sentence, expected):
    assert expected in peaks(extract(SUNG, sentence))


# A name that is more than a country: "it" may mean its record.
TRAPS = [
    "Dana Pryce covered it in 1990, and it reached No. 8 on the UK Singles Chart.",
    "Australia Burning covered it, and it reached No. 8 on the UK Singles Chart.",
]


@pytest.mark.parametrize("sentence", TRAPS)
def test_another_name_before_it_still_clouds_it(sentence):
    assert (SONG, 8, "uk_singles") not in peaks(extract(SUNG, sentence))
