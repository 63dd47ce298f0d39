"""An act named by its size ("performed by the four-piece Kestrel Lane", "the
12-piece Harbour Orchestra") is credited by the name after the size; "a piece of
music" or "a set piece" are no sizes. Each sentence is our own."""

import pytest

from .test_credit_surname_bands import credits
from .test_discourse import extract

FILM = "The film is <i>Gull Point</i> (1983)."


@pytest.mark.parametrize(
    "said, act",
    [
        (
            "The montage is bridged by “Salt Kiss,” a song performed by the "
            "four-piece Kestrel Lane, who formed in Hull.",
            "Kestrel Lane",
        ),
        (
            "The montage plays “Salt Kiss”, performed by the 12-piece Harbour "
            "Orchestra.",
            "Harbour Orchestra",
        ),
        ("The montage plays “Salt Kiss” by the five-piece Gannets.", "Gannets"),
    ],
)
def test_the_act_after_its_size(said, act):
    assert credits(extract(FILM, said)) == {"Salt Kiss": ([], [act])}


def test_a_piece_is_no_size():
    post = extract(FILM, "The montage plays “Salt Kiss”, a set piece by Ada Moon.")
    assert credits(post) == {"Salt Kiss": ([], ["Ada Moon"])}
    post = extract(
        FILM, "The montage plays “Salt Kiss”, a piece of music by the Gannets."
    )
    assert credits(post) == {"Salt Kiss": (["Gannets"], [])}
