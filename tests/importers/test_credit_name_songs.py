"""A song named after its writers ("a A song", "a A and B composition", "another A
tune") said of a track: its predicate, an apposition to its title, or what a singer
of it sings ("“X”, C singing a A song"). Every sentence here is invented for the
test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in <i>Hay Moon</i> (1984) is set to “Tin Lantern”."
TITLE = "Hay Moon (1984): the barn dance"


# A sentence after the intro and the writers and singers it gives "Tin Lantern".
NAMED = {
    "“Tin Lantern”, Cora Lusk singing a Ned Orr song.": (["Ned Orr"], ["Cora Lusk"]),
    "First “Tin Lantern”, the Gullies' finest hour, a Cora Lusk and Ned Orr song; "
    "then the reel.": (["Cora Lusk", "Ned Orr"], []),
    "For the record: the song is a Cora Lusk and Ned Orr composition, and it was "
    "everywhere that summer.": (["Cora Lusk", "Ned Orr"], []),
    "Ned Orr played fiddle on the album. It's another Orr tune, of course.": (
        ["Ned Orr"],
        [],
    ),
}


@pytest.mark.parametrize("sentence", NAMED)
def test_the_writers_a_song_is_named_after(sentence):
    found = extract(INTRO, sentence, title=TITLE)
    assert tracks(found) == {"Tin Lantern": NAMED[sentence]}


@pytest.mark.parametrize(
    "sentence",
    [
        "Honestly, it sounds like a Ned Orr song.",
        "“Tin Lantern” is a Hay Moon song through and through.",
        "“Tin Lantern” is a Gullies song, whatever the sleeve says.",
        "“Tin Lantern” is a Motown song in all but name.",
        "Their set has a Ned Orr song in it too.",
    ],
)
def test_no_writer_from_a_likeness_a_title_a_band_or_a_label(sentence):
    found = extract(INTRO, sentence, title=TITLE)
    assert tracks(found)["Tin Lantern"] == ([], [])
