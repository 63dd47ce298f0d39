"""A member of the band that plays the song, named by their part in it and said to
have written it later in the song's sentence ("“X”, played by the Rookeries and
composed by their trumpet leader, A", "a band whose drummer, A, wrote it"), is a
composer of the song; a member who did something else, or one named in another
sentence, credits no one. Each sentence is our own."""

import pytest

from .test_discourse import extract, facts

FILM = "The film is <i>Gull Point</i> (1983)."


def credits(post):
    return [(value["composers"], value["performers"]) for value in facts(post, "track")]


@pytest.mark.parametrize(
    "said",
    [
        "When the fair opens the picture cuts to “Tin Heron”, played by the "
        "Rookeries and composed by their cornet leader, Ida Marr.",
        "The reel at the wedding is “Tin Heron”, by the Rookeries, a Whitby band "
        "whose fiddler, Ida Marr, wrote it.",
        "At the dance the band strikes up “Tin Heron”, sung by the Rookeries, a "
        "harbour group whose bassist, Ida Marr, composed it.",
    ],
)
def test_a_member_of_the_band_named_by_their_part_wrote_the_song(said):
    assert credits(extract(FILM, said)) == [(["Ida Marr"], ["Rookeries"])]


@pytest.mark.parametrize(
    "said",
    [
        "The reel at the wedding is “Tin Heron”, by the Rookeries, a Whitby band "
        "whose lead fiddler, Ida Marr, later married the drummer.",
        "The reel at the wedding is “Tin Heron”, by the Rookeries; the sleeve notes "
        "are by their singer, Ida Marr.",
    ],
)
def test_a_member_who_did_something_else_wrote_nothing(said):
    assert credits(extract(FILM, said)) == [([], ["Rookeries"])]
