"""Songs a sentence says are on the film's record: a run of titles after a plural
noun of its contents ("The CD reissue adds two bonus cues, <i>X</i> and <i>Y</i>"),
or a title in apposition with a song on the soundtrack ("<i>X</i>, the other song
she had on the soundtrack"); not a run the sentence says is not in the film, nor
titles after no noun of a record's contents. Each sentence is our own."""

from wagtail_montage.importers.extraction.track_record_contents import (
    song_on_record_after,
    song_on_record_before,
)

from .test_discourse import titles
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”."


def test_songs_on_the_record():
    post = read(
        OPENING,
        "The 2001 CD reissue adds two bonus cues, <i>Low Gate</i> and <i>Salt Kiss</i>.",
    )
    assert titles(post) == ["Tin Roof Blues", "Low Gate", "Salt Kiss"]
    post = read(
        OPENING,
        "This reissue adds nine unheard takes from the tapes, including two versions "
        "of <i>Pier Lights</i> and the unfinished <i>Harbour Wall</i>.",
    )
    assert titles(post) == ["Tin Roof Blues", "Pier Lights", "Harbour Wall"]
    assert song_on_record_after(", the other song she had on the soundtrack, which")
    post = read(
        OPENING,
        "Ada Moon also sang <i>Low Gate</i>, the other song she had on the soundtrack.",
    )
    assert titles(post) == ["Tin Roof Blues", "Low Gate"]


def test_titles_not_on_the_record():
    post = read(
        OPENING,
        "The CD adds two demos, <i>Low Gate</i> and <i>Salt Kiss</i>, both cut from the "
        "film before release.",
    )
    assert titles(post) == ["Tin Roof Blues"]
    post = read(
        OPENING,
        "The CD reissue came out in 2001, after <i>Low Gate</i> and <i>Salt Kiss</i>.",
    )
    assert titles(post) == ["Tin Roof Blues"]
    assert not song_on_record_after(", the song she sang in the pub after the film")


def test_a_further_song_of_the_record():
    assert song_on_record_before("There was a second song on the LP, \u201c")
    assert not song_on_record_before("a second song on the radio, \u201c")
    post = read(
        OPENING, "There was a second song on the LP, “Low Gate”, that she also sang."
    )
    assert titles(post) == ["Tin Roof Blues", "Low Gate"]
    post = read(OPENING, "She had a second song on the radio, “Low Gate”, that year.")
    assert titles(post) == ["Tin Roof Blues"]
