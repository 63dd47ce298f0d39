"""A song the sentence says was only weighed for the film ("in the running for the
movie", "considered for the montage", "pitched for the trailer") is no track, only
a suggestion; "considered a classic", "up on the screen" or a song the montage is
cut to stay tracks. Each sentence is our own."""

import pytest

from .test_discourse import extract, titles

FILM = "The film is <i>Gull Point</i>, which came out in 1983."


WEIGHED = (
    "Someone asked whether Ada Moon's song “Salt Kiss” was ever in the running for "
    "the film.",
    "“Salt Kiss” by Ada Moon was briefly considered for the montage, I'm told.",
    "The Gulls' “Salt Kiss”, once shortlisted for the trailer, is on their EP.",
    "“Salt Kiss” by Ada Moon was pitched for the soundtrack in 1982.",
)


def test_a_song_only_weighed_for_the_film_is_a_suggestion():
    for said in WEIGHED:
        post = extract(FILM, said)
        assert (titles(post), said) == ([], said)
        assert [line for line in post.suggestions if "“Salt Kiss”" in line], said


@pytest.mark.parametrize(
    "said",
    [
        "“Salt Kiss” by Ada Moon was considered a classic by the time the montage "
        "used it.",
        "The montage is cut to “Salt Kiss” by Ada Moon, up for an award that year.",
        "“Salt Kiss” by Ada Moon plays while the title is up on the screen.",
    ],
)
def test_a_song_heard_stays(said):
    assert titles(extract(FILM, said)) == ["Salt Kiss"]
