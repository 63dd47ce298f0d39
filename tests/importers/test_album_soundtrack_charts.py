"""In a post that names no album, the record said to be on a soundtracks chart
("the album climbed to No. 4 on Billboard's Soundtracks chart") is the film's
untitled soundtrack, with that chart fact; not when the post names its album,
nor a record on a chart other records are on too. Each sentence is our own."""

from .test_album_owned_nouns import albums
from .test_discourse import peaks
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”."


def test_the_record_on_a_soundtracks_chart_is_the_films():
    post = read(
        OPENING,
        "It is the reason the album climbed to No. 4 on Billboard's Soundtracks chart.",
    )
    assert albums(post) == ["Gull Point (soundtrack)"]
    assert ("Gull Point (soundtrack)", 4, "billboard_soundtracks") in peaks(post)


def test_a_named_album_or_another_chart():
    post = read(
        OPENING,
        "It is on the album “Salt Road”, and the album climbed to No. 4 on "
        "Billboard's Soundtracks chart.",
    )
    assert albums(post) == ["Salt Road"]
    post = read(OPENING, "Her album climbed to No. 40 on the Billboard 200.")
    assert "Gull Point (soundtrack)" not in albums(post)
