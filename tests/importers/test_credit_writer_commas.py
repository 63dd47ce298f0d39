"""A possessive before a title ("Vale's “X”") names the song's writer when the post
has called that person a writer with a comma before the name ("the film's composer,
Hector Vale", "its lyricist, Ida Brun"), as it does without one; a possessive of
someone the post calls a singer, or calls nothing, stays the singer. Every sentence
here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The main theme was written by the film's {noun}, {name}, and sung by Ana Pell."
LATER = (
    "The album also has {surname}'s “Coal Yard Lullaby”, performed by the Tin Kites."
)

WRITERS = [
    ("composer", "Hector Vale"),
    ("lyricist", "Ida Brun"),
    ("songwriter", "Tom Roe"),
]


@pytest.mark.parametrize("noun, name", WRITERS)
def test_a_possessive_of_a_writer(noun, name):
    post = extract(
        "The montage is cut to “Main Theme”. "
        + INTRO.format(noun=noun, name=name)
        + " "
        + LATER.format(surname=name.split()[-1])
    )
    composers, performers = tracks(post)["Coal Yard Lullaby"]
    assert name in composers
    assert name not in performers


# Traps: someone the post calls a singer, or calls nothing.
NOT_WRITERS = [
    "The film's singer, Ida Brun, recorded it.",
    "My friend, Ida Brun, loves it.",
]


@pytest.mark.parametrize("said", NOT_WRITERS)
def test_a_possessive_of_no_writer(said):
    post = extract(
        f"The montage is cut to “Main Theme”. {said} The album also has Brun's "
        "“Coal Yard Lullaby”."
    )
    assert "Ida Brun" not in tracks(post)["Coal Yard Lullaby"][0]
