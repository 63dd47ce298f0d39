"""A position in a country with no listed chart whose chart goes by the country's
adjective ("number one in Ireland") is offered on that chart for the editor; a chart
named in capitalised words around a number ("Los 40 Principales") is an other chart."""

import pytest

from .test_discourse import certifications, extract, facts


def peaks(post):
    return [
        (
            value["subject_title"],
            value["position"],
            value["chart_other"] or value["chart"],
        )
        for value in facts(post, "chart_fact")
        if value["fact_kind"] == "chart_peak"
    ]


def offered(post):
    return [
        (item["value"]["subject_title"], item["value"]["position"])
        + (item["value"]["chart_other"],)
        for item in post.suggested
        if item.get("kind") == "chart_fact" and item.get("value")
    ]


SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."
ALBUM = "The soundtrack album, “Harbor Nights”, came out on Redline Records."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It got to number one in Ireland and stayed there all winter.",
            ("Lantern Street", 1, "Irish singles"),
        ),
        (
            "Dublin loved it: it was a No. 2 hit in Ireland in the spring of 1981.",
            ("Lantern Street", 2, "Irish singles"),
        ),
        (
            "It peaked at number six in the UK and number three in New Zealand.",
            ("Lantern Street", 3, "New Zealand singles"),
        ),
    ],
)
def test_a_position_in_ireland_is_offered_on_its_singles_chart(sentence, expected):
    post = extract(SONG, sentence)
    assert expected in offered(post)
    assert expected[1] not in [peak[1] for peak in peaks(post)]


def test_an_album_there_is_offered_on_its_albums_chart():
    post = extract(ALBUM, "It reached No. 7 in New Zealand.")
    assert offered(post) == [("Harbor Nights", 7, "New Zealand albums")]


@pytest.mark.parametrize(
    "sentence",
    [
        "It went top ten in Ireland.",  # no position
        "It reached number two on the country chart in Ireland.",  # which chart?
    ],
)
def test_no_chart_offered_where_the_country_does_not_name_it(sentence):
    assert offered(extract(SONG, sentence)) == []


@pytest.mark.parametrize(
    "sentence, chart",
    [
        ("It was number one on Los 40 Principales for a month.", "Los 40 Principales"),
        ("In Spain it reached No. 2 in Los 40, behind a ballad.", "Los 40"),
        ("It spent three weeks at No. 1 on Spain's Los 40.", "Los 40"),
        ("It topped Suomen 40 Hitit that summer.", "Suomen 40 Hitit"),
    ],
)
def test_a_chart_named_around_a_number_is_an_other_chart(sentence, chart):
    assert peaks(extract(SONG, sentence))[0][2] == chart


@pytest.mark.parametrize(
    "sentence",
    [
        "It reached No. 2 in May 19 days after it came out.",
        "It was number one on Channel 4's list of wedding songs.",
    ],
)
def test_a_date_or_a_numbered_thing_is_no_chart(sentence):
    charts = [peak[2] for peak in peaks(extract(SONG, sentence))]
    assert "May 19" not in charts and "Channel 4" not in charts


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It got to number one in New Zealand, where it went double gold.",
            ("Lantern Street", "gold", 2, "other"),
        ),
        (
            "It sold best in the Netherlands, where the single was certified platinum.",
            ("Lantern Street", "platinum", None, "other"),
        ),
        (
            "It was a hit in Sweden too, where it earned a gold disc.",
            ("Lantern Street", "gold", None, "other"),
        ),
        (
            "It was recorded in Ireland, where the band lived; the RIAA certified it"
            " gold.",
            ("Lantern Street", "gold", None, "riaa"),
        ),
        (
            "It was big in Ireland, where they filmed the video, and went gold in the"
            " UK.",
            ("Lantern Street", "gold", None, "bpi"),
        ),
    ],
)
def test_a_level_where_a_country_with_no_listed_certifier_is_set_is_its_own(
    sentence, expected
):
    assert certifications(extract(SONG, sentence)) == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It got to No. 4 on the RPM country chart.", (4, "RPM country chart")),
        ("It topped RPM's country tracks in 1977.", (1, "RPM country tracks")),
        ("It was a No. 9 hit on the Kent dance chart.", (9, "Kent dance chart")),
        (
            "It reached No. 4 on the RPM chart, a country record all the same.",
            (4, "canada_rpm"),
        ),
        (
            "It got to No. 2 on Billboard's rock tracks chart.",
            (2, "billboard_mainstream_rock"),
        ),
    ],
)
def test_a_makers_chart_of_one_genre_is_not_its_main_chart(sentence, expected):
    assert [peak[1:] for peak in peaks(extract(SONG, sentence))] == [expected]


def test_an_album_on_a_genre_albums_chart():
    post = extract(ALBUM, "It reached number 3 on Billboard's classical albums chart.")
    assert peaks(post) == [("Harbor Nights", 3, "Billboard classical albums chart")]
