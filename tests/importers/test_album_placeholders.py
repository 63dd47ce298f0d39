"""The film's soundtrack spoken of before its title is given ("the single that
got the soundtrack onto the radio", then "the soundtrack, titled “X: Music from
the Motion Picture”") is one album, the titled one, with the chart facts said of
it; without a titled album naming the film, the untitled one stays. Each sentence
is our own."""

from .test_album_owned_nouns import albums
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”."


def test_the_untitled_soundtrack_gives_way_to_its_title():
    post = read(
        OPENING,
        "It's the single that got the soundtrack into the shops, and the soundtrack "
        "went gold.",
        "All of it is on the soundtrack, titled “Gull Point: Music from the Motion "
        "Picture”.",
    )
    assert albums(post) == ["Gull Point: Music from the Motion Picture"]


def test_another_films_record_leaves_the_untitled_one():
    post = read(
        OPENING,
        "The soundtrack album went gold in 1984.",
        "Its sequel's record, “Salt Road: Songs from the Film”, did not.",
    )
    assert "Gull Point (soundtrack)" in albums(post)


def test_no_titled_record_keeps_the_untitled_one():
    post = read(OPENING, "The soundtrack album went gold in 1984.")
    assert albums(post) == ["Gull Point (soundtrack)"]
