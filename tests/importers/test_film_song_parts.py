"""A title whose chorus, hook or lyrics a sentence speaks of is the song's, not the
film a following "The 1986 film ..." describes. Each sentence is our own."""

from functools import partial

import pytest

from .test_film_salience import read as read_blocks

read = partial(read_blocks, title="Notes from the shop floor")


@pytest.mark.parametrize(
    "text",
    [
        "Everyone over forty knows the chorus of “Copper Moth”. The 1986 film is "
        "another matter.",
        "Whistle the hook from “Copper Moth” in any pub. The 1986 drama behind it is "
        "forgotten.",
        "My aunt still has the lyrics to “Copper Moth” by heart. The 1986 comedy, "
        "though, she never saw.",
    ],
)
def test_a_song_part_makes_the_title_a_song_not_the_described_film(text):
    assert read(text)[0] != "Copper Moth"


@pytest.mark.parametrize(
    "text",
    [
        "The ballroom scene in <i>Copper Moth</i> is the one. The 1986 film, not the "
        "remake.",
        "We rewatched <i>Copper Moth</i> last week. The 1986 comedy holds up.",
    ],
)
def test_a_title_that_holds_a_scene_is_still_the_film(text):
    assert read(text) == ("Copper Moth", 1986)
