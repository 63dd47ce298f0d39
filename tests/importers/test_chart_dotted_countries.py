"""A country written with full stops ("in the U.K.", "in the U.S.") names its chart
and its certifier as written without them, before "and", a comma or the sentence's
end."""

import pytest

from .test_discourse import certifications, extract, peaks

SONG = "Pier Lamps"
SINGLE = f"“{SONG}” is a 1979 single by The Moorings, written by Edna Calloway."

FOUND = [
    (
        "Overseas the numbers were smaller: No. 41 in the U.K. and No. 17 in Germany.",
        41,
        "uk_singles",
    ),
    ("It reached No. 31 in the U.S. and went gold.", 31, "billboard_hot_100"),
    (
        "The single got to number 14 in the U.K., a first for the band.",
        14,
        "uk_singles",
    ),
]


@pytest.mark.parametrize("sentence, position, chart", FOUND)
def test_a_dotted_country_names_its_chart(sentence, position, chart):
    assert (SONG, position, chart) in peaks(extract(SINGLE, sentence))


def test_a_dotted_country_names_its_certifier():
    post = extract(SINGLE, "It reached No. 31 in the U.S. and went gold.")
    assert certifications(post) == [(SONG, "gold", None, "riaa")]


# Not a country: a word after "in the" that only opens like one.
TRAPS = [
    "It reached No. 12 in the USSR Melodiya list, or so the sleeve says.",
    "It got to No. 9 in the U.K.-based fanzine poll, which counts for little.",
]


@pytest.mark.parametrize("sentence", TRAPS)
def test_no_country_no_national_chart(sentence):
    assert [
        peak for peak in peaks(extract(SINGLE, sentence)) if peak[2] == "uk_singles"
    ] == []
