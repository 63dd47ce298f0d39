"""A possessive before a title that the phrase beside it calls a piece of score
("A's “X”, the cold synth piece behind ...") names the piece's composer, not a
singer; "A's “X”, the song that ..." or "A's “X”, sung by B" keep A where the other
rules put them. Each sentence is our own."""

import pytest

from .test_credit_surname_bands import credits
from .test_discourse import extract

FILM = "The montage in <i>Gull Point</i> (1983) is set to “Salt Kiss” by the Gulls."


@pytest.mark.parametrize(
    "said",
    [
        "Listen for Ida Marr's “Pier Lights”, the cold synth piece behind the harbour "
        "chase, which outlasts the film.",
        "Then there is Ida Marr's “Pier Lights” — an instrumental cue for the chase "
        "— which plays twice.",
        "The beach scene uses Ida Marr's “Pier Lights”, the quiet harp theme.",
    ],
)
def test_whose_piece_of_score_names_its_composer(said):
    assert credits(extract(FILM, said))["Pier Lights"] == (["Ida Marr"], [])


def test_whose_song_names_its_singer():
    post = extract(
        FILM, "Ida Marr's “Pier Lights”, the song that closes the film, is lovely."
    )
    assert credits(post)["Pier Lights"] == ([], ["Ida Marr"])
    post = extract(
        FILM, "Ida Marr's “Pier Lights”, sung over the credits, is the other song."
    )
    assert credits(post)["Pier Lights"] == ([], ["Ida Marr"])
