"""The film a sentence's own words make of a title, with the one year it gives,
when nothing else named the film: the cue ("film", "movie", "cinemas") in the
sentence or the one before. Each sentence is our own."""

from functools import partial

import pytest

from .test_film_salience import read as read_blocks

read = partial(read_blocks, title="Notes from the shop floor")


@pytest.mark.parametrize(
    "blocks",
    [
        (
            "This lamp has a past.",
            "Back in 1968 it lit a whole scene of a movie, <i>Copper Moth Lane</i>.",
        ),
        (
            "My regulars are creatures of habit.",
            "The one they ask for comes from a picture that opened in 1991, "
            "<i>Copper Moth Lane</i>, and they all know every line.",
        ),
        (
            "Our winter meeting heard about the filming of <i>Copper Moth Lane</i> "
            "on the quay in the wet October of 1991.",
        ),
        (
            "I only ever cared about one film as a child.",
            "<i>Copper Moth Lane</i>, from 1991, taped off the television.",
        ),
    ],
)
def test_a_title_the_sentence_calls_a_film_with_its_one_year(blocks):
    assert read(*blocks)[0] == "Copper Moth Lane"
    assert read(*blocks)[1] in (1968, 1991)


@pytest.mark.parametrize(
    "blocks",
    [
        # two years: which one is the film's is not said
        ("In 1979 I saw a film, <i>Copper Moth Lane</i>, that was made in 1975.",),
        # the title after the cue is a song sung by an act
        ("The film had one hit in 1991: <i>Copper Moth Lane</i> by the Tollers.",),
        # the sentence before says "film", but this one is about a single
        (
            "Nobody minded in the film.",
            "<i>Copper Moth Lane</i> was the single, out in 1991.",
        ),
        # "film" the verb: the year is the writer's own
        ("In 1991 I saw them film the fight in <i>Copper Moth Lane</i>.",),
        # a record the apposition makes of it
        ("The film is forgotten, not <i>Copper Moth Lane</i>, her 1991 album.",),
        # a turn sets the title apart from the film the sentence dates
        ("The film was out by 1991, while <i>Copper Moth Lane</i> took years.",),
        # another film than the post's
        ("Her previous film, <i>Copper Moth Lane</i>, came and went in 1991.",),
    ],
)
def test_not_when_the_year_or_the_title_is_not_the_film(blocks):
    assert read(*blocks)[0] != "Copper Moth Lane"
