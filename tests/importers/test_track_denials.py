"""Songs named in a post that are not in its film, or not a second song: a title's
translation in brackets, a song a later sentence denies, a list the post says only
one item of is in the film. Each sentence is our own."""

import pytest

from .test_discourse import extract, facts, peaks


def titles(post, kind="track"):
    return [value["title"] for value in facts(post, kind)]


@pytest.mark.parametrize(
    "bracket",
    ["(“Grey Morning”)", "(English: “Grey Morning”)", "(literally “Grey Morning”)"],
)
def test_a_translated_title_in_brackets_is_the_same_song(bracket):
    post = extract(
        "In <i>Lantern Cove</i> (1986) the song is “Matin Gris” "
        + bracket
        + ", written by Ida Roe and sung by Léa Brun.",
        "It reached No. 3 on the Hot 100.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Matin Gris"]
    track = facts(post, "track")[0]
    assert track["composers"] == ["Ida Roe"]
    assert track["performers"] == ["Léa Brun"]
    assert peaks(post) == [("Matin Gris", 3, "billboard_hot_100")]


def test_two_songs_with_a_bracket_between_stay_two():
    post = extract(
        "In <i>Lantern Cove</i> (1986) we hear “Matin Gris” (and later “Grey Hill”, "
        "sung by Léa Brun) by Ida Roe.",
        title="Notes on Lantern Cove",
    )
    assert "Grey Hill" in titles(post)


@pytest.mark.parametrize(
    "denial",
    [
        "“Copper Moth” reached No. 4 on the Hot 100, but it's not in the film.",
        "“Copper Moth” is from the sequel, and it has nothing to do with the film.",
    ],
)
def test_a_track_a_later_sentence_names_and_denies_is_dropped(denial):
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        "Readers keep writing in about “Copper Moth” by the Tillers.",
        denial,
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]
    assert peaks(post) == []
    assert not any("Tillers" in value["performers"] for value in facts(post, "track"))


@pytest.mark.parametrize(
    "after",
    [
        "The label asked too much. It sold well, it went top five, but it isn't in "
        "the film and we moved on.",
        "It was dropped before the shoot, so it is nowhere on the soundtrack.",
    ],
)
def test_a_song_a_pronoun_later_denies_is_no_track(after):
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        "The one we wanted was “Copper Moth” by the Tillers. " + after,
        "It reached No. 4 on the Hot 100.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]
    assert peaks(post) == []


def test_a_song_asked_about_and_denied_is_no_track():
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        "Our band played “Copper Moth” at the fair, and people asked whether it was "
        "from the film. It is not; I wrote it last spring.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]


def test_a_denial_of_a_song_in_another_paragraph_drops_nothing():
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        "The trailer was cut by another studio. It isn't in the film, that shot.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]


PLAYLIST = (
    "<ul><li>“Copper Kettle” by Wren Asher</li><li>“Night Orchard” by the Lamplights"
    "</li><li>“Slow Fathom” by Dov Kessel</li></ul>"
)


@pytest.mark.parametrize(
    "caveat",
    [
        "Only track two is actually in the film, over the harbour scene.",
        "Just the second one made it into the movie.",
        "Only number 2 is from the film: “Night Orchard” plays at the dance.",
    ],
)
def test_the_one_item_of_a_list_said_to_be_in_the_film_stays(caveat):
    post = extract(PLAYLIST, caveat, title="Notes on Lantern Cove")
    assert titles(post) == ["Night Orchard"]
    assert facts(post, "track")[0]["performers"] == ["Lamplights"]
    assert any("Slow Fathom" in line for line in post.suggestions)


def test_a_song_never_in_any_film_is_no_track():
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        "On sale this week: “Copper Moth” by the Tillers, £20, which has never been "
        "in a film and never will be.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]


def test_a_song_never_in_a_film_before_this_one_stays():
    post = extract(
        "<i>Lantern Cove</i> (1986) uses “Copper Moth” by the Tillers, which had "
        "never been in a film before.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Copper Moth"]


def test_a_title_a_song_comes_from_by_a_possessive_is_no_track():
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh, which "
        "reached No. 6 on the Hot 100.",
        "Compare “Copper Moth” from the same year's “Harbour Fog”, which topped the "
        "UK chart.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]
    assert peaks(post) == [("Tin Roof Rain", 6, "billboard_hot_100")]


def test_the_theme_of_a_film_the_posts_title_does_not_name_is_no_track():
    post = extract(
        "The year before, the theme from <i>Copper Reef</i>, “Tide Clock Waltz”, had "
        "got to number three in Australia.",
        title="Chapter Two: Late Calls",
    )
    assert titles(post) == []
    assert peaks(post) == []


def test_a_music_paper_in_italics_is_no_song():
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        "My aunt read <i>Billboard</i> at the post office each week and says the "
        "single climbed to number twelve on the Hot 100.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]
    assert peaks(post) == [("Tin Roof Rain", 12, "billboard_hot_100")]


def test_a_title_called_a_film_right_after_it_is_no_song_of_a_chart_fact():
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        "A reader asks: is “Harbour Fog” the better sailing film? Its song went top "
        "ten in 1987, fine.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]


def test_a_song_the_next_sentence_denies_without_a_subject_is_no_track():
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        "The van radio played “Copper Moth” by the Tillers all week. Not in the "
        "film, sadly.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]


def test_a_denial_label_before_another_title_leaves_the_song_before():
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        "Not in the film: “Copper Moth” (the Tillers, written for a TV series).",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]


@pytest.mark.parametrize(
    "caveat",
    [
        "Only “Night Orchard” is actually in the film, over the harbour scene.",
        "Only one of these is in the movie: “Night Orchard”, at the dance.",
    ],
)
def test_the_list_item_a_caveat_names_stays_with_its_artist(caveat):
    post = extract(PLAYLIST, caveat, title="Notes on Lantern Cove")
    assert titles(post) == ["Night Orchard"]
    assert facts(post, "track")[0]["performers"] == ["Lamplights"]


@pytest.mark.parametrize(
    "sentences",
    [
        "People swear “Copper Moth” by the Tillers is in the film. It isn't.",
        "People swear “Copper Moth” by the Tillers is in the film. It's not.",
        "I love “Copper Moth” by the Tillers, but it's not in the film.",
        "“Copper Moth” by the Tillers is only in the trailer.",
        "“Copper Moth” by the Tillers plays in the remake, not the original.",
    ],
)
def test_a_song_claimed_then_denied_or_placed_elsewhere_is_no_track(sentences):
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        sentences,
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]


def test_a_song_in_the_film_then_something_else_denied_stays():
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        "People say “Copper Moth” by the Tillers is in the film. It isn't the best "
        "song, though.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain", "Copper Moth"]


@pytest.mark.parametrize(
    "named",
    [
        "“Matin Gris” (“Grey Morning” in English)",
        "“Matin Gris”, or “Grey Morning” in English,",
        "“Matin Gris” (translated as “Grey Morning”)",
    ],
)
def test_a_translation_in_more_words_is_the_same_song(named):
    post = extract(
        "In <i>Lantern Cove</i> (1986) the song is "
        + named
        + " written by Ida Roe and sung by Léa Brun.",
        title="Notes on Lantern Cove",
    )
    assert [(v["title"], v["composers"]) for v in facts(post, "track")] == [
        ("Matin Gris", ["Ida Roe"])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "This week's shop playlist: “Copper Moth” by the Tillers, and more.",
        "On the radio in the shop this morning: “Copper Moth” by the Tillers.",
        "Last customer bought “Copper Moth” by the Tillers, which was playing in the "
        "shop when she came in.",
    ],
)
def test_a_song_playing_in_the_writers_shop_is_no_track(sentence):
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        sentence,
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]


def test_the_films_song_on_the_shop_playlist_stays():
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        "This week's shop playlist: “Tin Roof Rain” by Ida Marsh, of course.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The single version of “Tin Roof Rain” isn't in the film; it runs longer.",
        "A cover of “Tin Roof Rain” by the Tillers is not in the film.",
        "The extended mix is great, but it isn't in the film.",
    ],
)
def test_a_version_denied_leaves_the_films_song(sentence):
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        sentence,
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A year later she released “Copper Moth”, which reached No. 3 on the Hot 100.",
        "She followed it with “Copper Moth”, which reached No. 3 on the Hot 100.",
        "The next year's “Copper Moth” did better, reaching No. 3 on the Hot 100.",
    ],
)
def test_a_later_release_named_in_passing_is_no_track(sentence):
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        sentence,
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]
    assert peaks(post) == []


def test_a_denial_opening_the_next_paragraph_drops_the_song_before():
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        "Q: Was there a song you could not get? A: “Copper Moth” by the Tillers.",
        "It went top ten, but it isn't in the film.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]


@pytest.mark.parametrize(
    "sentences",
    [
        "Q: Was there a song you wanted and couldn't get? A: “Copper Moth” by the "
        "Tillers.",
        "We couldn't afford “Copper Moth” by the Tillers, sadly.",
    ],
)
def test_a_song_the_film_could_not_get_is_no_track(sentences):
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        sentences,
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]


def test_a_chart_fact_resolved_after_its_song_was_denied_is_dropped_too():
    post = extract(
        "<i>Lantern Cove</i> (1986) opens with “Tin Roof Rain” by Ida Marsh.",
        "The single peaked at number nine on the UK Singles Chart.",
        "For the record, “Copper Moth” by the Tillers, which was playing in the shop "
        "when he came in, got to number two. Not in the film.",
        title="Notes on Lantern Cove",
    )
    assert titles(post) == ["Tin Roof Rain"]
    assert [peak for peak in peaks(post) if peak[0] == "Copper Moth"] == []
