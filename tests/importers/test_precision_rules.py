"""What is said but is no fact: a song's source film, a pronoun before a title, an
actor's part, a credit the post reports only to deny, a chart of another country.
Each sentence is our own; the classes come from the false facts of the corpus's
fourth round."""

import pytest

from .test_chart_rules import SONG
from .test_discourse import certifications, extract, facts, locations, peaks


def tracks(post):
    return {v["title"]: (v["composers"], v["performers"]) for v in facts(post, "track")}


def test_a_title_after_from_is_the_work_the_song_comes_from():
    post = extract(
        "Couples keep asking for “Slow Dance Two”.",
        "It's the duet from <i>Hollow Road</i>, sung by Mae Kent and Toby Ruiz.",
    )
    assert "Hollow Road" not in tracks(post)


def test_it_s_is_no_artist():
    post = extract(
        "The pub singalong? It's ‘Saints on the Quay’, recorded by Harbourmen."
    )
    assert tracks(post) == {"Saints on the Quay": ([], ["Harbourmen"])}


def test_an_actors_part_is_no_stand_in():
    post = extract(
        "The dock scenes were done at the Port of Tacoma.",
        "Joanna Pruitt plays the harbor pilot's daughter, and Gus Varga plays a cop.",
    )
    assert locations(post) == [("Port of Tacoma", "")]


def test_a_credit_reported_to_be_denied_is_no_credit():
    post = extract(
        "The theme, ‘Ironworks’, is by Cinder Choir.",
        "Lou Brannigan wrote it. We said on air that Rosa Maddox wrote it; she didn't.",
    )
    assert tracks(post)["Ironworks"][0] == ["Lou Brannigan"]


def test_a_credit_said_plainly_still_counts():
    post = extract(
        "The theme, ‘Ironworks’, is by Cinder Choir.", "Rosa Maddox wrote it."
    )
    assert tracks(post)["Ironworks"][0] == ["Rosa Maddox"]


def test_over_there_is_the_country_just_named():
    post = extract(
        SONG,
        "It got to #38 on the Hot 100, but it was a big deal in Australia, went to No. 6"
        " over there.",
    )
    assert peaks(post) == [
        ("Paper Moons", 38, "billboard_hot_100"),
        ("Paper Moons", 6, "australia_kent"),
    ]


def test_a_countrys_top_ten_names_the_chart_of_its_position():
    post = extract(
        SONG,
        "It went to number two in West Germany on the Media Control chart, and made the UK"
        " top ten at No. 8.",
    )
    assert peaks(post) == [
        ("Paper Moons", 2, "germany_media_control"),
        ("Paper Moons", 8, "uk_singles"),
    ]


def test_a_chart_name_with_an_ampersand():
    (value,) = facts(
        extract(
            SONG, "It went to No. 2 on Billboard's Hot Country Singles & Tracks chart."
        ),
        "chart_fact",
    )
    assert value["chart_other"] == "Billboard Hot Country Singles & Tracks"


def test_an_album_simply_titled():
    post = extract(
        "The soundtrack album, simply titled <i>Greyhound Nights</i>, sold well: triple"
        " platinum by the RIAA's count."
    )
    assert [v["title"] for v in facts(post, "album")] == ["Greyhound Nights"]
    assert certifications(post) == [("Greyhound Nights", "platinum", 3, "riaa")]


def test_a_label_saying_not_in_the_film_makes_no_track():
    post = extract(
        "Song: “Quayside at Dawn” — words and music Ada Lorne, who also sings it",
        "Not in the film: “Tin Roof Waltz” (Lorne, written for a radio play)",
    )
    assert list(tracks(post)) == ["Quayside at Dawn"]


def test_a_song_dropped_from_the_film_makes_no_track():
    post = extract(
        "The ending was reshot; a different track, Pell's “Granite Steps,” closed "
        "the film at first and was dropped after a test screening."
    )
    assert "Granite Steps" not in tracks(post)
    post = extract("Pell's “Granite Steps” was cut short by the editor in the finale.")
    assert "Granite Steps" in tracks(post)


def test_an_album_track_is_no_album():
    post = extract(
        "The band never had another hit, though “Saltpan”, an album track from "
        "1991, still gets played on late-night radio."
    )
    assert facts(post, "album") == []


def test_a_film_given_as_one_example_is_not_the_posts_film():
    post = extract(
        "She scored crime pictures such as <i>Salt Road</i> (1974) before her big "
        "break."
    )
    assert (post.film_title, post.film_year) != ("Salt Road", 1974)
    post = extract("She scored the crime picture <i>Salt Road</i> (1974).")
    assert (post.film_title, post.film_year) == ("Salt Road", 1974)


def test_a_song_from_that_other_film_makes_no_track():
    post = extract(
        "Her early thrillers such as <i>Dry Creek</i> are forgettable; her song "
        "“Night Salt” from that film was a minor radio hit."
    )
    assert "Night Salt" not in tracks(post)


def test_a_quoted_title_with_a_bare_year_in_brackets_is_no_song_by_that():
    post = extract("The song swells over the last scene of “Tin Roof” (1979).")
    assert "Tin Roof" not in tracks(post)


def test_a_novel_a_memoir_or_a_slogan_is_no_song():
    for sentence in (
        "The poster's slogan, “One More Dance”, plays on the title song.",
        "Ada Rowe's memoir “Sea Wall” plays up her part in the film.",
        "“Sea Wall” by Ada Rowe is the novel the film is based on.",
    ):
        assert tracks(extract(sentence)) == {}, sentence
    assert "Sea Wall" in tracks(extract("They play “Sea Wall” at the dance."))


def test_another_film_with_its_year_is_not_the_posts_film():
    for sentence in (
        "The director's previous film, <i>Salt Road</i> (1974), flopped.",
        "Her earlier movie <i>Salt Road</i> (1974) is better known.",
        "This one is the sequel to <i>Salt Road</i> (1974).",
    ):
        post = extract(sentence)
        assert (post.film_title, post.film_year) != ("Salt Road", 1974), sentence


def test_a_song_from_that_film_with_no_other_film_named_is_the_posts():
    post = extract(
        "I saw it at twelve.",
        "The song “Night Salt” from that film still plays over the credits in my head.",
    )
    assert "Night Salt" in tracks(post)


def test_a_song_cut_against_the_footage_is_still_in_the_film():
    post = extract("Ada Rowe's “Tin Kiss” is cut against the footage of the regatta.")
    assert "Tin Kiss" in tracks(post)


@pytest.mark.parametrize(
    "sentence",
    [
        "For comparison, the year's biggest single, Dunmore's “Copper Kite,” spent "
        "five weeks at No. 1; it has no connection to the film at all.",
        "Probably from Hale's own hit the following year, “Copper Kite,” which he "
        "wrote himself and which went to No. 1.",
        "Mo Hale had one more hit afterwards, “Copper Kite,” which went to No. 3.",
    ],
)
def test_a_later_hit_or_one_said_unconnected_is_no_song_of_the_film(sentence):
    post = extract(
        "<i>Gravel Moon</i> (1984) opens on “Tin Cup Rain”, sung by Mo Hale.",
        sentence,
    )
    assert "Copper Kite" not in tracks(post)
    assert "Tin Cup Rain" in tracks(post)


def test_a_box_set_that_runs_to_three_discs_is_no_song():
    post = extract(
        "<i>Gravel Moon</i> (1984) gets the deluxe treatment at last.",
        "<i>Gravel Moon: The Complete Recordings</i> runs to three discs and a "
        "booklet.",
    )
    assert tracks(post) == {}


def test_the_artists_own_album_said_not_in_the_film_is_no_album():
    post = extract(
        "<i>Gravel Moon</i> (1984) opens on “Tin Cup Rain”, sung by Mo Hale.",
        "Hale's own album <i>Slow Burn</i> reached No. 6 the year after, but it "
        "isn't in the film.",
    )
    assert [value["title"] for value in facts(post, "album")] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It was never on a proper soundtrack album (the film didn't get one), so "
        "find the 45.",
        "There was talk of a soundtrack album but it never happened.",
    ],
)
def test_a_soundtrack_album_said_never_to_exist_is_none(sentence):
    post = extract(
        "<i>Gravel Moon</i> (1984) opens on “Tin Cup Rain”, sung by Mo Hale.",
        sentence,
        title="Gravel Moon",
    )
    assert facts(post, "album") == []


def test_the_name_after_the_producer_on_the_record_is_no_album():
    post = extract(
        "<i>Gravel Moon</i> (1984) opens on “Tin Cup Rain”, sung by Mo Hale.",
        "The engineer on the record, Abel Quist, got no credit.",
    )
    assert facts(post, "album") == []


def test_an_album_not_in_the_film_leaves_the_films_soundtrack_untitled():
    post = extract(
        "<i>Gravel Moon</i> (1984) opens on “Tin Cup Rain”, sung by Mo Hale.",
        "The soundtrack LP, in a plain grey sleeve, is a collector's prize.",
        "Hale's own album <i>Slow Burn</i> reached No. 6 the year after, but it "
        "isn't in the film.",
        title="Gravel Moon",
    )
    assert [value["title"] for value in facts(post, "album")] == [
        "Gravel Moon (soundtrack)"
    ]
