"""A song the post says the film did not use (an unused or rejected song, the first
choice the makers did not get, one offered to them and declined, "neither ... nor
“X” was used") is a suggestion, not a track, and its chart facts go with it. The
film's own songs beside such words stay tracks. Each sentence is our own."""

from .test_track_entries import facts, read

OPENING = (
    "The regatta montage in <i>Tidewater Nights</i> (1988) is set to “Oar and Anchor”."
)


def titles(post):
    return [value["title"] for value in facts(post, "track")]


def dropped(said):
    post = read(OPENING, said)
    return "Lantern Row" not in titles(post) and any(
        "Lantern Row" in line for line in post.suggestions
    )


def test_a_word_of_the_titles_noun_phrase():
    assert dropped("There is also an unused song, “Lantern Row”, on the bootleg.")
    assert dropped("Her rejected theme “Lantern Row” turned up on a later album.")
    assert dropped(
        "Collectors prize the abandoned song “Lantern Row” by Ada Vance above all."
    )


def test_a_use_denied_or_a_first_choice_not_had():
    assert dropped(
        "The director did not use the song he wanted first, “Lantern Row” by Ada Vance."
    )
    assert dropped(
        "Their first choice was “Lantern Row” by Ada Vance, but the publisher said no."
    )
    assert dropped("In the end they never used her demo of “Lantern Row” by Ada Vance.")


def test_a_refusal_after_the_title():
    assert dropped(
        "A third song, “Lantern Row”, had been offered to the studio and declined."
    )
    assert dropped("Her ballad “Lantern Row” was turned down by the producers.")
    assert dropped(
        "Neither the long mix nor a waltz, “Lantern Row”, was used in the cut."
    )


def test_the_films_own_songs_stay_tracks():
    post = read(
        OPENING, "Their first choice was “Lantern Row” by Ada Vance, and they got it."
    )
    assert "Lantern Row" in titles(post)
    post = read(
        OPENING,
        "The unused footage shows the crew rowing, and “Lantern Row” by Ada Vance plays.",
    )
    assert "Lantern Row" in titles(post)


def test_the_song_and_its_chart_facts_are_no_blocks():
    post = read(
        OPENING,
        "A second, unused song, “Lantern Row”, later reached No. 9 on the UK Singles "
        "Chart.",
    )
    assert "Lantern Row" not in titles(post)
    assert not [
        v for v in facts(post, "chart_fact") if v["subject_title"] == "Lantern Row"
    ]
