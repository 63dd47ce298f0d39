"""What a place is inside the story, said of "it" in the work's frame, after the place
was named (filmed there, or "the harbour is X"): "In the movie it's Y", "in the story,
it was Y", "In the film they pretend it's Y", "and in the picture it doubles for Y".
Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            (
                "The boathouse is the Kessock Rowing Club in Inverness. In the film "
                "they pretend it's a Finnish lake resort.",
            ),
            [("Kessock Rowing Club", "a Finnish lake resort")],
        ),
        (
            (
                "The harbour is Mevagissey, and in the picture it doubles for a "
                "Breton port.",
            ),
            [("Mevagissey", "a Breton port")],
        ),
        (
            ("The beach is Camber Sands. In the story, it was a Libyan desert.",),
            [("Camber Sands", "a Libyan desert")],
        ),
        (
            (
                "We shot the chase at the Tolworth Lido in Surbiton. In the movie it "
                "is acting as a hotel pool in Miami.",
            ),
            [("Tolworth Lido", "a hotel pool in Miami")],
        ),
        (
            (
                "The finale was filmed at the Corn Exchange in Leeds. In the movie "
                "it's supposed to be \u201cPort Vale City,\u201d a town they made up.",
            ),
            [("Corn Exchange", "Port Vale City")],
        ),
        (
            (
                "they filmed the pool bits at the Tolworth Lido in Surbiton!! in the "
                "movie its supposed to be a hotel in Miami.",
            ),
            [("Tolworth Lido", "a hotel in Miami")],
        ),
    ],
)
def test_what_it_is_in_the_story(paragraphs, expected):
    assert locations(extract(*paragraphs)) == expected


# Traps: a cleft about a singer, a song over the credits, a person's band, a denial,
# a quoted song title.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "We shot the chase at the Tolworth Lido in Surbiton. In the movie it's "
            "Ann Dove who sings.",
            [("Tolworth Lido", "")],
        ),
        (
            "The diner is Marlow's Grill in Exeter. In the movie it plays over the "
            "credits.",
            [],
        ),
        ("The band is Ann Dove's trio. In the film it plays a wedding in Leeds.", []),
        (
            "We shot the chase at the Tolworth Lido in Surbiton. In the film its "
            "supposed to be over by the end.",
            [("Tolworth Lido", "")],
        ),
        (
            "The diner is Marlow's Grill in Exeter. In the film it's not a truck stop.",
            [],
        ),
        (
            "We shot the chase at the Tolworth Lido in Surbiton. In the movie it's "
            "\u201cBlue Harbour\u201d that plays.",
            [("Tolworth Lido", "")],
        ),
    ],
)
def test_no_place_played(sentence, expected):
    assert locations(extract(sentence)) == expected
