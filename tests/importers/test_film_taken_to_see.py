"""A title someone was taken, or went, to see in a year ("My aunt took me to see
<i>X</i> in the summer of 1984") is the film of that year when the post speaks of
"the film" and nothing else named one; a later viewing, or a post that never speaks
of a film, names none. Each sentence is our own."""

from functools import partial

import pytest

from .test_film_salience import read as read_blocks

read = partial(read_blocks, title="The song that got me through school")


@pytest.mark.parametrize(
    "blocks",
    [
        (
            "My aunt took me to see <i>Harbour Kids</i> in the summer of 1984, and I "
            "have never been the same since.",
            "The film is set in Florida and was shot in Kent.",
        ),
        (
            "We all went to see <i>Harbour Kids</i> at the Regal in 1984.",
            "The film has one good scene and the song is in it.",
        ),
        (
            "Dad took us to see <i>Harbour Kids</i> in March 1984, the week it opened.",
            "Nobody remembers the movie now, only the song.",
        ),
    ],
)
def test_a_title_someone_was_taken_to_see_in_a_year_is_the_film(blocks):
    assert read(*blocks) == ("Harbour Kids", 1984)


@pytest.mark.parametrize(
    "blocks",
    [
        (  # a later viewing
            "My aunt took me to see <i>Harbour Kids</i> again on video in 1991.",
            "The film is set in Florida.",
        ),
        (  # no film in the post: a band, perhaps
            "My aunt took me to see <i>Harbour Kids</i> in the summer of 1984.",
            "They played for two hours and I lost my voice.",
        ),
    ],
)
def test_a_later_viewing_or_a_post_without_a_film_names_none(blocks):
    assert read(*blocks) != ("Harbour Kids", 1984)
