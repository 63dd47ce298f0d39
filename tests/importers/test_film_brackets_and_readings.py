"""A title given a film's credit in brackets, a director's mark or a running time
beside its year ("<i>X</i> (dir. Ann Roe, 1991, 104 min.)"), is the post's film,
wherever it stands; a title cited as reading ("Reading: A, <i>Y</i> (1987), chapter
1") is no film by its salience, nor is a song given its few minutes beside its year.
Every sentence here is invented for the test."""

import pytest

from .test_film_one_year import film_of

TITLE = "Week 4 notes: the montage and the map"
READING = "Reading: Tomas Brell, <i>Hearing Pictures</i> (1987), chapter 2."
CREDITED = [
    ["Tonight's screening is <i>Saltwater Psalm</i> (dir. Ines Varro, 1993, 98 min.)."],
    ["We watch <i>Saltwater Psalm</i> (1993, directed by Ines Varro) on Thursday."],
    [
        "Set text: <i>Saltwater Psalm</i> (Ines Varro, 1993, 98 minutes).",
        "Bring notes.",
    ],
    ["Before class, watch <i>Saltwater Psalm</i> (dir. Ines Varro, 1993).", READING],
]
UNCREDITED = [
    ["The montage of the film is the topic this week.", READING],
    [
        "The montage of the film is the topic this week.",
        "Tomas Brell covers this in <i>Hearing Pictures</i> (1987), pp. 40-61.",
    ],
    [
        "Week four is about sound.",
        "Play <i>Saltwater Psalm</i> (Ines Varro, 1993, 4 min.) before class.",
    ],
]


@pytest.mark.parametrize("paragraphs", CREDITED)
def test_a_film_credited_in_brackets_is_the_film(paragraphs):
    assert film_of(TITLE, *paragraphs) == ("Saltwater Psalm", 1993)


@pytest.mark.parametrize("paragraphs", UNCREDITED)
def test_reading_or_a_songs_minutes_name_no_film(paragraphs):
    assert film_of(TITLE, *paragraphs) == ("", None)
