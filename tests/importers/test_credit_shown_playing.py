"""An act the post points out playing the song ("that's Los Gatos playing “X”",
"that's Tom's own band, the Reeds, playing “X”", "you hear the Gannets performing
“X”") is its performer; "that's me playing “X”" (no name) or a song with a
performer already credited take no one more. Each sentence is our own."""

import pytest

from .test_credit_surname_bands import credits
from .test_discourse import extract

FILM = "The film is <i>Gull Point</i> (1983)."


@pytest.mark.parametrize(
    "said, act",
    [
        ("In the bar scene, that's Los Gatos playing “Salt Kiss”.", "Los Gatos"),
        (
            "Stay for the dance, too: that's Tom's own band, the Reeds, playing "
            "“Salt Kiss”, a polka he wrote.",
            "the Reeds",
        ),
        (
            "In the wedding scene you hear the Gannets performing “Salt Kiss”.",
            "the Gannets",
        ),
    ],
)
def test_the_act_pointed_out_playing(said, act):
    performers = credits(extract(FILM, said))["Salt Kiss"][1]
    assert [name.removeprefix("the ") for name in performers] == [
        act.removeprefix("the ")
    ]


def test_no_name_or_a_credited_performer_takes_no_one():
    post = extract(FILM, "In the bar scene, that's me playing “Salt Kiss” on piano.")
    assert credits(post) == {"Salt Kiss": ([], [])}
    post = extract(
        FILM,
        "The bar scene uses “Salt Kiss”, sung by Ida Marr; that's really Los Gatos "
        "playing “Salt Kiss” behind her.",
    )
    assert credits(post)["Salt Kiss"][1] == ["Ida Marr"]
