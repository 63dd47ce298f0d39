"""An album named as the place of the song a sentence is about ("“X” turned up on
the band's only album, <i>Y</i>", "it's the only song on the album with a voice")
leaves the song what the next "it" means; not when the album is the sentence's
subject, nor when the sentence opens on something else. Each sentence is our own."""

from .test_discourse import certifications
from .test_track_entries import read


def certified(post):
    return [item[0] for item in certifications(post)]


def test_the_song_stays_the_topic():
    post = read(
        "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”.",
        "In 1979 “Tin Roof Blues” reached No. 8 in Canada and turned up on Ada "
        "Moon's only album, <i>Salt Road</i>. In 1990 the BPI certified it silver.",
    )
    assert certified(post) == ["Tin Roof Blues"]
    post = read(
        "The box set of <i>Gull Point</i> (1983) is called <i>Night Tides</i>.",
        "“Pier Lights” plays over the montage, and it's the only song on the album "
        "with a voice. The BPI certified it gold.",
    )
    assert certified(post) == ["Pier Lights"]


def test_the_album_as_subject_stays_the_topic():
    post = read(
        "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”.",
        "<i>Salt Road</i>, the band's only album, has it on side two. The BPI "
        "certified it silver.",
    )
    assert certified(post) == ["Salt Road"]
