"""What is said but is no fact: a song's source film, a pronoun before a title, an
actor's part, a credit the post reports only to deny, a chart of another country.
Each sentence is our own; the classes come from the false facts of the corpus's
fourth round."""

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
