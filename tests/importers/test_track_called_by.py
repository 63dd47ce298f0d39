"""A piece of film music named by what people call it ("built around the cue fans
simply call “X”", "the theme everyone knows as “X”") is a track; "the song my
sister calls “X”" (a song, not a cue) or "a dog we called “X”" say nothing. Each
sentence is our own."""

from .test_discourse import extract, titles

FILM = "The film is <i>Gull Point</i> (1983)."
NAMED = (
    "Its heart is the harbour montage, built around the cue fans simply call “Salt "
    "Kiss” — four minutes of strings.",
    "The montage swells into the theme everyone knows as “Salt Kiss”.",
    "The sequence ends on the cue which the crew called “Salt Kiss”.",
    "We danced behind the band to the march, which is called “Salt Kiss”, all day.",
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
