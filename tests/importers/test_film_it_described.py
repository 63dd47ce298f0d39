"""A title named alone in a sentence, and the next sentence saying what "it" is with
a year ("it's a 1988 picture about ...", after an aside of the writer's) names the
film when nothing else does; "it" likened to another film, or a title named as a
song, names none. Each sentence is our own."""

import pytest

from .test_film_salience import read


@pytest.mark.parametrize(
    "blocks",
    [
        (
            "Last night I put on <i>Gravel Saints</i> for the tenth time.",
            "If you've never seen it: it's a 1988 picture about two sisters and a "
            "quarry.",
        ),
        (
            "My students always ask about <i>Gravel Saints</i>.",
            "It is a 1988 comedy, and a sad one.",
        ),
        (
            "Everyone at the shop has a copy of <i>Gravel Saints</i> on tape.",
            "For the record \u2014 it's a 1988 drama, nothing fancy.",
        ),
    ],
)
def test_the_next_sentence_dates_the_title_as_it(blocks):
    assert read(*blocks, title="Notes for the club") == ("Gravel Saints", 1988)


@pytest.mark.parametrize(
    "blocks",
    [
        (
            "Last night I put on <i>Gravel Saints</i> for the tenth time.",
            "It feels like a 1988 drama, though it was made last year.",
        ),
        (
            "The song on the radio was <i>Gravel Saints</i>.",
            "It's from a 1988 picture nobody remembers.",
        ),
    ],
)
def test_a_likened_it_or_a_song_names_no_film(blocks):
    assert read(*blocks, title="Notes for the club") != ("Gravel Saints", 1988)
