"""A piece of film music named by what people call it ("built around the cue fans
simply call “X”", "the theme everyone knows as “X”") is a track; "the song my
sister calls “X”" (a song, not a cue) or "a dog we called “X”" say nothing. Each
sentence is our own."""

from .test_discourse import extract, titles

FILM = "The film is <i>Gull Point</i> (1983)."
NAMED = (
    "Under the pier montage runs the cue everybody just calls “Salt Kiss”, four "
    "minutes of strings.",
    "The montage swells into the theme everyone knows as “Salt Kiss”.",
    "The sequence ends on the cue which the crew called “Salt Kiss”.",
    "The brass band ends on the march, which is called “Salt Kiss”.",
)
UNNAMED = (
    "I still love the song my sister calls “Salt Kiss”.",
    "We had a dog we called “Salt Kiss”, after the boat.",
    "My aunt kept a cat, which was called “Salt Kiss”.",
)


def test_a_cue_named_by_what_people_call_it():
    for said in NAMED:
        assert (said, titles(extract(FILM, said))) == (said, ["Salt Kiss"])


def test_a_song_or_a_thing_people_call_so_is_no_track():
    for said in UNNAMED:
        assert (said, titles(extract(FILM, said))) == (said, [])
