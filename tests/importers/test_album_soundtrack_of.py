"""The film's soundtrack named as a thing one has, the film after "to" or "of"
("one record in the car: the soundtrack to “Gull Point,” a film he loved") is the
film's untitled soundtrack album; not the soundtrack as music ("the soundtrack
to “Gull Point” is mostly strings"), nor another film's. Each sentence is our
own."""

from .test_album_owned_nouns import albums
from .test_track_entries import read


def test_the_soundtrack_to_the_film_as_a_record():
    post = read(
        "My father kept one record in the car: the soundtrack to “Gull Point,” a "
        "film he saw twice in 1983.",
        "The pier montage is set to “Tin Roof Blues” by Ada Moon.",
    )
    assert albums(post) == ["Gull Point (soundtrack)"]
    post = read(
        "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”.",
        "I found my copy of the soundtrack of <i>Gull Point</i> on vinyl.",
    )
    assert albums(post) == ["Gull Point (soundtrack)"]


def test_the_soundtrack_as_music_or_another_films():
    post = read(
        "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”.",
        "The soundtrack to <i>Gull Point</i> is mostly strings.",
    )
    assert albums(post) == []
    post = read(
        "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”.",
        "I kept a record in the car: the soundtrack to <i>Salt Road</i>.",
    )
    assert albums(post) == []


def test_a_track_of_the_films_soundtrack():
    post = read(
        "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”.",
        "It is the fourth track on the <i>Gull Point</i> soundtrack, next to a waltz.",
    )
    assert albums(post) == ["Gull Point (soundtrack)"]
    post = read(
        "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”.",
        "The soundtrack of the pier scene is all strings.",
    )
    assert albums(post) == []
