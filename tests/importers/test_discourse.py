"""Facts whose subject, credits or place is named in another sentence or another
order: the discourse memory ("it", "the single", "the album", "there", "she"), credits
said apart from the title, films named with their year, places in lists, stand-ins."""

import pytest

from wagtail_montage.importers.extraction import extract_facts
from wagtail_montage.importers.types import ParsedPost


def extract(*paragraphs, title="A post"):
    post = ParsedPost(
        source="test",
        key="test",
        title=title,
        body=[
            ("paragraph", text if text.startswith("<ul>") else f"<p>{text}</p>")
            for text in paragraphs
        ],
    )
    extract_facts(post)
    return post


def facts(post, kind):
    return [fact["value"] for fact in post.facts if fact["kind"] == kind]


def titles(post):
    """The titles of the post's track facts, in the order they were found."""
    return [value["title"] for value in facts(post, "track")]


def film(post):
    return (post.film_title, post.film_year)


def peaks(post):
    return [
        (
            value["subject_title"],
            value["position"],
            value["chart"] or value["chart_other"],
        )
        for value in facts(post, "chart_fact")
        if value["fact_kind"] == "chart_peak"
    ]


def certifications(post):
    return [
        (
            value["subject_title"],
            value["level"],
            value["multiplier"],
            value["certifier"],
        )
        for value in facts(post, "chart_fact")
        if value["fact_kind"] == "certification"
    ]


INTRO = "The montage is set to “Run the Tide” by The Lanterns."


@pytest.mark.parametrize(
    "sentence",
    [
        "It peaked at No. 4 on the Billboard Hot 100.",
        "The single peaked at number four on the Billboard Hot 100.",
        "The song went to No. 4 on the Hot 100.",
        "The Lanterns' single reached fourth place on the Billboard Hot 100.",
        "It was a No. 4 hit on the Billboard Hot 100.",
        "Written by Dana Voss, it climbed to #4 on the Billboard Hot 100.",
    ],
)
def test_a_chart_sentence_about_the_track_named_before(sentence):
    post = extract(INTRO, sentence)
    assert peaks(post) == [("Run the Tide", 4, "billboard_hot_100")]


@pytest.mark.parametrize(
    "sentence, multiplier",
    [
        ("The RIAA certified it gold.", None),
        ("It went 2&#215; Gold according to the RIAA.", 2),
        ("It went 3x gold, certified by the RIAA.", 3),
        ("The single was certified double gold by the RIAA.", 2),
    ],
)
def test_a_certification_of_the_track_named_before(sentence, multiplier):
    post = extract(INTRO, sentence)
    assert certifications(post) == [("Run the Tide", "gold", multiplier, "riaa")]


def test_the_album_and_the_soundtrack_point_at_the_album_not_the_track():
    post = extract(
        "The soundtrack album, River Kings, was released by Oarlock Records in April"
        " 1981.",
        INTRO,
        "The album reached number twenty-three on the Billboard 200.",
        "The single topped the Billboard Hot 100.",
    )
    assert [value["title"] for value in facts(post, "album")] == ["River Kings"]
    assert facts(post, "album")[0]["record_label"] == "Oarlock Records"
    assert facts(post, "album")[0]["release_date"] == "1981-04"
    assert peaks(post) == [
        ("River Kings", 23, "billboard_200"),
        ("Run the Tide", 1, "billboard_hot_100"),
    ]


def test_an_untitled_soundtrack_is_the_films():
    post = extract(
        "Iron Meridian (1984) has one great montage.",
        "Its soundtrack album, on Calloway Records, went to number six on the"
        " Billboard 200.",
        title="Iron Meridian: the montage",
    )
    assert [value["title"] for value in facts(post, "album")] == [
        "Iron Meridian (soundtrack)"
    ]
    assert peaks(post) == [("Iron Meridian (soundtrack)", 6, "billboard_200")]


def test_any_album_without_a_title_or_film_stays_a_suggestion():
    post = extract("The album went to number six on the Billboard 200.")
    assert facts(post, "album") == [] and peaks(post) == []
    assert post.suggestions


@pytest.mark.parametrize(
    "sentences",
    [
        ("Dana Voss wrote it with Milo Penrose.",),
        ("Dana Voss and Milo Penrose wrote the song.",),
        ("The song was written by Dana Voss and Milo Penrose.",),
        ("Dana Voss wrote it with the producer Milo Penrose.",),
        ("Written by Dana Voss and Milo Penrose, it was a hit.",),
    ],
)
def test_credits_said_apart_from_the_title(sentences):
    post = extract(INTRO, *sentences)
    track = facts(post, "track")[0]
    assert track["composers"] == ["Dana Voss", "Milo Penrose"]
    assert track["performers"] == ["The Lanterns"]


def test_she_is_the_one_performer_and_credits_in_any_order():
    post = extract(
        "Stacy Wynn performs “Last Leg” over it; she wrote the song with Derek Oyelaran.",
        "“Forge Ahead,” written by Carla Moss, Ben Ott and Lew Hardy, and performed by"
        " Steel Parade, plays over the finale.",
    )
    first, second = facts(post, "track")
    assert first["performers"] == ["Stacy Wynn"]
    assert first["composers"] == ["Stacy Wynn", "Derek Oyelaran"]
    assert second["composers"] == ["Carla Moss", "Ben Ott", "Lew Hardy"]
    assert second["performers"] == ["Steel Parade"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Burning Heart by Survivor is not in this clip, but it peaked at No. 2 on the"
        " Billboard Hot 100.",
        "Iron Meridian opened in May. It topped the box office for two weeks.",
        "Fans on forums claim the album went gold (RIAA).",
        "The single never charted on the Billboard Hot 100.",
        "The screenwriter Joan Marsh wrote it in a month.",
    ],
)
def test_no_fact_from_a_vague_or_unrelated_pronoun(sentence):
    post = extract(INTRO, sentence)
    assert [fact["kind"] for fact in post.facts] == ["track"]
    assert facts(post, "track")[0]["composers"] == []


@pytest.mark.parametrize(
    "sentence, title, film",
    [
        (
            "Copper Sky (1989) opens on a rooftop.",
            "Copper Sky: rooftops",
            ("Copper Sky", 1989),
        ),
        (
            "The 1984 film Iron Meridian gave us a montage.",
            "Montages",
            ("Iron Meridian", 1984),
        ),
        (
            "Night Shift, released in 1991, has a diner scene.",
            "Night Shift",
            ("Night Shift", 1991),
        ),
        (
            "Thunder Alley is a 1985 racing film.",
            "Garage montages",
            ("Thunder Alley", 1985),
        ),
        (
            "Last Dance at the Palladium (1982) is fun.",
            "Last Dance at the Palladium",
            ("Last Dance at the Palladium", 1982),
        ),
        (
            "The Golden Mile came out in 1978.",
            "The Golden Mile and its disco",
            ("The Golden Mile", 1978),
        ),
    ],
)
def test_the_film_named_with_its_year(sentence, title, film):
    post = extract(sentence, title=title)
    assert (post.film_title, post.film_year) == film


def test_another_film_with_its_year_is_no_block_nor_an_offer():
    # a film the post likens its own to: no film block, and (offer_film) no offer
    # either, as no film cue holds the title
    post = extract(
        "I like the ferry scene.",
        "It owes a lot to Rocky (1976), of course.",
        title="Harbor Lights: the ferry",
    )
    assert post.film_title == ""
    assert not any("Rocky (1976)" in line for line in post.suggestions)


def locations(post):
    return [(value["name"], value["stood_in_for"]) for value in facts(post, "location")]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            ("The crew spent a month in Lisbon.", "The chase was filmed there."),
            [("Lisbon", "")],
        ),
        (
            (
                "The barn scenes were shot near Lancaster, Pennsylvania.",
                "<ul><li>Hershey, Pennsylvania</li><li>York, Pennsylvania</li></ul>",
            ),
            [("Lancaster", ""), ("Hershey", ""), ("York", "")],
        ),
        (
            (
                "The rink scenes were shot in Winnipeg, Manitoba, which stood in for"
                " Minneapolis.",
            ),
            [("Winnipeg", "Minneapolis")],
        ),
        (
            ("Most of it was filmed in Reno, Nevada.", "Reno played Las Vegas."),
            [("Reno", "Las Vegas")],
        ),
        (
            (
                "The rink scenes were filmed in Sudbury, Ontario, which doubled for a town"
                " in Minnesota.",
            ),
            [("Sudbury", "a town in Minnesota")],
        ),
        (
            ("The club scenes were filmed in Brooklyn's Bay Ridge neighbourhood.",),
            [("Bay Ridge", "")],
        ),
        (
            ("Filming took place in Moab, Utah, and at Edwards Air Force Base.",),
            [("Moab", ""), ("Edwards Air Force Base", "")],
        ),
        (
            (
                "The launch was filmed at Cape Canaveral, and the control room scenes at"
                " Johnson Space Center.",
            ),
            [("Cape Canaveral", ""), ("Johnson Space Center", "")],
        ),
        (
            ("The interiors were shot aboard the USS Bowfin.",),
            [("USS Bowfin", "")],
        ),
        (
            ("The lake scenes were filmed in Coeur d'Alene, Idaho.",),
            [("Coeur d'Alene", "")],
        ),
        (
            ("The ferry scenes were shot on Martha's Vineyard.",),
            [("Martha's Vineyard", "")],
        ),
        (
            ("The harbour was filmed in St. John's, which played a town in Maine.",),
            [("St. John's", "a town in Maine")],
        ),
    ],
)
def test_places(sentences, expected):
    assert locations(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        ("Stallone played Rocky in the final scene.",),
        ("The band played Madison Square Garden in 1986.",),
        ("<ul><li>Hershey, Pennsylvania</li></ul>",),  # no filming sentence before
        ("It was shot on Super 8 film.",),
    ],
)
def test_no_place_from_people_playing_or_lists_without_filming(sentences):
    assert locations(extract(*sentences)) == []


def test_a_top_n_stated_exactly_in_the_same_post_is_one_fact():
    post = extract(
        INTRO,
        "The song reached the top 10 of the UK Singles Chart, peaking at number six.",
    )
    assert peaks(post) == [("Run the Tide", 6, "uk_singles")]


def test_a_top_n_alone_stays():
    post = extract(INTRO, "The song reached the top 10 of the UK Singles Chart.")
    assert peaks(post) == [("Run the Tide", 10, "uk_singles")]
    assert facts(post, "chart_fact")[0]["top_n"] is True


@pytest.mark.parametrize(
    "sentence, date",
    [
        (
            "It was released by Big Top Records on the fourteenth of June, 1984.",
            "1984-06-14",
        ),
        ("It was released by Big Top Records on the 2nd of May, 1984.", "1984-05-02"),
        ("It was released by Big Top Records in June 1984.", "1984-06"),
    ],
)
def test_album_dates_in_words(sentence, date):
    post = extract(
        "The soundtrack album, High Wire Summer, came out that year.", sentence
    )
    assert facts(post, "album")[0]["release_date"] == date


@pytest.mark.parametrize(
    "sentence, name, region",
    [
        (
            "The market scenes were shot in Pittsburgh's Strip District.",
            "Strip District",
            "Pittsburgh",
        ),
        (
            "The surf scenes were filmed on the North Shore of Oahu.",
            "North Shore",
            "Oahu",
        ),
        (
            "They filmed the chase on the Lower East Side of Manhattan.",
            "Lower East Side",
            "Manhattan",
        ),
        (
            "The bar scene was shot in Chicago's Pilsen neighborhood.",
            "Pilsen",
            "Chicago",
        ),
        # Names whole: a person's possessive, "of" that is part of the name.
        ("The ferry scenes were shot on Martha's Vineyard.", "Martha's Vineyard", ""),
        ("The pier was filmed at Fisherman's Wharf.", "Fisherman's Wharf", ""),
        ("The coast was filmed on the Isle of Wight.", "Isle of Wight", ""),
        ("The storm was shot in the Bay of Fundy.", "Bay of Fundy", ""),
    ],
)
def test_a_part_of_a_town_is_named_apart_from_its_town(sentence, name, region):
    (location,) = facts(extract(sentence), "location")
    assert (location["name"], location["region"]) == (name, region)


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The finale uses “Steel Horizon” by Glass Ocean.",
                "It rose to number 7 in Canada.",
            ),
            [("Steel Horizon", 7, "canada_rpm")],
        ),
        (
            # Each position has its own chart: Canada's is not the Hot 100's.
            (
                "The finale uses “Steel Horizon” by Glass Ocean.",
                "It charted at No. 17 on the Billboard Hot 100 and rose to number 7 in Canada.",
            ),
            [
                ("Steel Horizon", 17, "billboard_hot_100"),
                ("Steel Horizon", 7, "canada_rpm"),
            ],
        ),
        (
            (
                "The finale uses “Steel Horizon” by Glass Ocean.",
                "The record climbed to No. 12 in the UK.",
            ),
            [("Steel Horizon", 12, "uk_singles")],
        ),
        (
            (
                "The soundtrack album, Harbor Nights, came out on Redline Records in 1985.",
                "The record went to No. 9 in Britain.",
            ),
            [("Harbor Nights", 9, "uk_albums")],
        ),
        (
            (
                "The finale uses “Steel Horizon” by Glass Ocean.",
                "It went to No. 1 in West Germany.",
            ),
            [("Steel Horizon", 1, "germany_media_control")],
        ),
    ],
)
def test_a_country_names_its_chart(sentences, expected):
    assert peaks(extract(*sentences)) == expected


def test_a_country_without_a_chart_of_that_kind_is_a_suggestion():
    post = extract(
        "The soundtrack album, Harbor Nights, came out on Redline Records in 1985.",
        "It reached No. 4 in Canada, and No. 6 on the Billboard 200.",
    )
    assert peaks(post) == [("Harbor Nights", 6, "billboard_200")]
    assert post.suggestions[0].startswith(
        "“Harbor Nights”: No. 4 in Canada, but on which chart?"
    )


@pytest.mark.parametrize(
    "sentence, composers, performers",
    [
        (
            "The montage uses “Steel Horizon” (music by Ann Lowe, lyrics by Rick Marr),"
            " performed by the band Glass Ocean.",
            ["Ann Lowe", "Rick Marr"],
            ["Glass Ocean"],
        ),
        (
            "The finale is “Steel Horizon”, with words by Ann Lowe and music by Rick Marr.",
            ["Ann Lowe", "Rick Marr"],
            [],
        ),
        (
            "The song playing is “Steel Horizon” by Glass Ocean featuring Mae Hollis.",
            [],
            ["Glass Ocean", "Mae Hollis"],
        ),
        (
            "The finale uses “Steel Horizon”, sung by singer Mae Hollis.",
            [],
            ["Mae Hollis"],
        ),
    ],
)
def test_credits_with_roles_and_features(sentence, composers, performers):
    (track,) = facts(extract(sentence), "track")
    assert (track["composers"], track["performers"]) == (composers, performers)


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The chase was filmed in the Gastown district of Vancouver, which was dressed up as Seattle.",
            ),
            [("Gastown", "Seattle")],
        ),
        (
            (
                "The farm scenes were filmed near Cody, Wyoming, standing in for the Soviet Union.",
            ),
            [("Cody", "the Soviet Union")],
        ),
        (
            ("The market scenes were shot in Lyon, made to look like Paris.",),
            [("Lyon", "Paris")],
        ),
    ],
)
def test_more_ways_to_say_stood_in_for(sentences, expected):
    assert locations(extract(*sentences)) == expected
