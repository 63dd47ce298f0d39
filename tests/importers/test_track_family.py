"""Tracks, albums and the film read in more ways (tenth round of the corpus): a song
the post sets apart from its film is no track, whatever else the sentence says of
it. Each sentence is our own."""

import pytest

from .test_discourse import extract, facts, peaks


def titles(post, kind="track"):
    return [value["title"] for value in facts(post, kind)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Don't mix it up with “Copper Moth”, whose theme reached No. 4 on the Hot 100.",
        "Critics confused it with “Copper Moth”, out that spring, which peaked at "
        "number four on the Billboard Hot 100.",
    ],
)
def test_a_title_set_apart_is_no_track_even_when_it_charted(sentence):
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Roe.",
        sentence,
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]
    assert peaks(post) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "On the drive I played “Copper Moth” by the Tillers, which is not from the "
        "film, but it keeps me awake.",
        "“Copper Moth” by the Tillers isn't from this movie, whatever the playlists say.",
    ],
)
def test_a_song_not_from_the_film_is_no_track(sentence):
    post = extract(sentence, title="Notes on Lantern Cove")
    assert titles(post) == []


@pytest.mark.parametrize(
    "sentence, composers",
    [
        (
            "The waltz — it's called the “Copper Moth Waltz” — was written by Ida Roe.",
            ["Ida Roe"],
        ),
        (
            "Ida Roe wrote the tune in a week, and they called it “Copper Moth” after the "
            "lamp in her kitchen.",
            ["Ida Roe"],
        ),
    ],
)
def test_a_song_said_to_be_called_so_through_it(sentence, composers):
    post = extract(sentence, title="Notes on Lantern Cove")
    tracks = facts(post, "track")
    assert [track["title"] for track in tracks] == [
        "Copper Moth Waltz" if "Waltz”" in sentence else "Copper Moth"
    ]
    assert tracks[0]["composers"] == composers


def test_a_scene_said_to_be_called_so_is_no_song():
    post = extract(
        "The last scene — it's called “Copper Moth” in the script — was cut.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "“Tin Roof Rain” stalled at No. 3 for a month, stuck behind Ida Roe's “Copper "
        "Moth”, which sat at number one all spring.",
        "It was held at number two behind “Copper Moth” by the Tillers.",
    ],
)
def test_the_song_a_chart_peak_was_stuck_behind_is_no_track(sentence):
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        sentence,
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]


def test_a_song_for_another_film_is_no_track():
    post = extract(
        "Her next job was no better: her 1991 song “Copper Moth”, for another film, "
        "went top ten.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == []


def test_a_song_close_behind_in_a_ranking_is_still_a_track():
    post = extract(
        "Close behind is “Copper Moth” by the Tillers, over the harbour scene.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Copper Moth"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I built sets on <i>Lantern Cove</i>, which came out the following year, in "
        "1986, and flopped.",
        "We shot <i>Lantern Cove</i> in a wet autumn. The film came out the next "
        "year, 1986, and sank.",
        "<i>Lantern Cove</i> opened in the spring of 1986 to empty houses.",
    ],
)
def test_the_release_year_said_relative_or_by_season(sentence):
    post = extract(sentence, title="Building the sets of Lantern Cove")
    assert (post.film_title, post.film_year) == ("Lantern Cove", 1986)


def test_the_films_year_said_a_few_sentences_after_the_song_from_it():
    post = extract(
        "Every wedding band plays “Tin Roof Rain”, the duet from <i>Lantern Cove</i>. "
        "On the record it's Ida Roe and Tom Vale. Neither of them wrote it. It was "
        "everywhere in 1986, the year the film came out.",
        title="Why every band plays the Lantern duet",
    )
    assert (post.film_title, post.film_year) == ("Lantern Cove", 1986)


@pytest.mark.parametrize(
    "denial",
    [
        "It isn't in the film, whatever the playlists say.",
        "That one was never in the movie, before anyone writes in.",
    ],
)
def test_a_song_the_next_sentence_denies_is_no_track(denial):
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        "My kitchen radio loves “Copper Moth” by the Tillers, which reached No. 4 on "
        "the Hot 100. " + denial,
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]
    assert peaks(post) == []


def test_a_denial_after_two_songs_says_nothing_of_either():
    post = extract(
        "It opens with “Tin Roof Rain” by Ida Marsh and closes with “Copper Moth” by "
        "the Tillers. It is not in the film's trailer, oddly.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain", "Copper Moth"]


@pytest.mark.parametrize(
    "denial",
    [
        "isn't actually in the film",
        "isn't heard anywhere in the finished film",
        "does not feature in the movie",
        "was left out of the film",
        "didn't make the final cut",
        "was recorded for the film but never used",
        "is nowhere to be heard in the picture",
        "was cut from the final film",
    ],
)
def test_more_ways_of_saying_a_song_is_not_in_the_film(denial):
    post = extract(
        f"“Copper Moth” by the Tillers {denial}, whatever the playlists say.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == []


def test_a_song_heard_in_the_film_is_still_a_track():
    post = extract(
        "“Copper Moth” by the Tillers plays over the finale, and the film's trailer "
        "uses it too.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Copper Moth"]


@pytest.mark.parametrize(
    "sentence",
    [
        "“Copper Moth” by the Tillers is the song from the sequel.",
        "“Copper Moth” by the Tillers was only in the trailer, not the film.",
        "“Copper Moth” by the Tillers plays in the TV series, not this one.",
    ],
)
def test_a_song_of_the_sequel_or_the_trailer_is_no_track(sentence):
    post = extract(sentence, title="Notes on Lantern Cove")
    assert titles(post) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "“Copper Moth” by the Tillers plays in the film, not the trailer.",
        "“Copper Moth” by the Tillers is heard in the bar scene, not the one at the "
        "end.",
    ],
)
def test_a_song_heard_in_the_film_rather_than_elsewhere_is_a_track(sentence):
    post = extract(sentence, title="Notes on Lantern Cove")
    assert titles(post) == ["Copper Moth"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It spent three weeks at No. 2, behind “Copper Moth” by the Tillers.",
        "It was kept off the top by the Tillers' “Copper Moth”.",
        "“Copper Moth” by the Tillers knocked it off the top.",
        "At the awards it lost out to “Copper Moth” by the Tillers.",
    ],
)
def test_a_chart_rival_is_no_track(sentence):
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        sentence,
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]


@pytest.mark.parametrize(
    "sentence",
    [
        "“Copper Moth” is the song everyone remembers from the film.",
        "The chase scene is set to the Tillers' “Copper Moth”.",
        "During the chase, “Copper Moth” blares from the car radio.",
    ],
)
def test_more_ways_a_song_is_heard_in_the_film(sentence):
    post = extract(sentence, title="Notes on Lantern Cove")
    assert titles(post) == ["Copper Moth"]


@pytest.mark.parametrize(
    "sentence",
    [
        "“Copper Moth” is a better song than anything in the film.",
        "Critics blasted “Copper Moth” in 1986.",
    ],
)
def test_a_song_compared_with_the_film_or_blasted_is_no_track(sentence):
    post = extract(sentence, title="Notes on Lantern Cove")
    assert titles(post) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "People swear it's the theme, and it isn't in the film at all: that was the "
        "Tillers' “Copper Moth”, which the crew played between takes.",
        "Not in the movie — it was Ida Roe's “Copper Moth” on the set radio.",
    ],
)
def test_a_song_named_after_a_denial_and_a_colon_is_no_track(sentence):
    post = extract(sentence, title="Notes on Lantern Cove")
    assert titles(post) == []


def test_the_films_soundtrack_named_with_an_edit_of_the_song_is_its_album():
    post = extract(
        "<i>Lantern Cove</i> (1986) ends with “Tin Roof Rain” by Ida Marsh.",
        "The Lantern Cove soundtrack has a shorter edit of the song, and that is the "
        "one I play.",
        title="Notes on Lantern Cove",
    )
    assert titles(post, "album") == ["Lantern Cove (soundtrack)"]


def test_the_films_soundtrack_as_its_music_is_no_album():
    post = extract(
        "<i>Lantern Cove</i> (1986) ends with “Tin Roof Rain” by Ida Marsh.",
        "The Lantern Cove soundtrack is mostly strings.",
        title="Notes on Lantern Cove",
    )
    assert titles(post, "album") == []
