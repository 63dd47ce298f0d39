"""Suggested chart peaks and certifications (offer_charts, offer_certifications): a
position with a chart or its country, or a level word with a certifier or its
country, from which the precise rules made no block, is offered to the editor with
the block's value; never a block itself."""

import pytest

from .test_discourse import certifications, extract, peaks

# Two songs and an album: "it", "the single" and "the CD" need the memory.
INTRO = (
    "The rink scene uses “Copper Kettle Waltz” by The Lindqvist Sisters. The"
    " credits roll over “Tin Sled”, also theirs, from the album “Frost Fair”."
)
WALTZ = "Copper Kettle Waltz"
ALBUM = "Frost Fair"


def offered(post):
    """(subject, position or level, chart or certifier) of each chart suggestion."""
    found = []
    for item in post.suggested:
        value = item["value"]
        if item["kind"] != "chart_fact" or value is None:
            continue
        if value["fact_kind"] == "certification":
            found.append((value["subject_title"], value["level"], value["certifier"]))
        else:
            chart = (
                value["chart"] if value["chart"] != "other" else value["chart_other"]
            )
            found.append((value["subject_title"], value["position"], chart))
    return found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a chart named after the position, the record a noun or the memory's
        (
            "The waltz, believe it or not, charted too: number six on the adult"
            " contemporary chart.",
            (WALTZ, 6, "billboard_adult_contemporary"),
        ),
        (
            "A shock to us all, that waltz: a peak of 12 on the Adult Contemporary"
            " chart.",
            (WALTZ, 12, "billboard_adult_contemporary"),
        ),
        (
            "That waltz, against all odds: number 22 on the Hot 100.",
            (WALTZ, 22, "billboard_hot_100"),
        ),
        # a country whose chart it must be
        ("The single was also a number two in Ireland.", (WALTZ, 2, "Irish singles")),
        (
            "Meanwhile the single became a number four in New Zealand.",
            (WALTZ, 4, "New Zealand singles"),
        ),
        (
            "The single, for its part, was a number seven in Ireland that spring.",
            (WALTZ, 7, "Irish singles"),
        ),
    ],
)
def test_a_position_with_its_chart_is_offered(sentence, expected):
    post = extract(INTRO, sentence)
    assert expected in offered(post)
    assert expected not in peaks(post)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a level word with its certifier or its country, the record a noun's
        (
            "Years later the CD went platinum in the US.",
            (ALBUM, "platinum", "riaa"),
        ),
        (
            "Later still, the RIAA gave the CD a gold disc, after a sitcom used it.",
            (ALBUM, "gold", "riaa"),
        ),
        (
            "In 2004 ARIA gave the CD a platinum award, after a car advert revived it.",
            (ALBUM, "platinum", "aria"),
        ),
    ],
)
def test_a_level_with_its_certifier_is_offered(sentence, expected):
    post = extract(INTRO, sentence)
    assert expected in offered(post)
    assert not certifications(post)


def test_a_multiplier_in_words_is_offered():
    post = extract(
        INTRO,
        "The CD went double platinum in the US, which surprises everyone who heard it.",
    )
    [value] = [item["value"] for item in post.suggested if item["kind"]]
    assert (value["level"], value["multiplier"], value["certifier"]) == (
        "platinum",
        2,
        "riaa",
    )


# Another record's title, a denial, a range: nothing the editor should accept.
TRAPS = (
    "Their follow-up “Hailstone Polka” reached No. 7 on the Hot 100.",
    "The single never got past No. 40 in Ireland.",
    "The single got as far as the top ten in Ireland.",
    "Their next record “Hailstone Polka” went gold in the US.",
    "The CD never went gold in the US, whatever the sleeve claims.",
    "The single was number one in Whitby harbour for twenty summers.",
    "Year-end list: the single was thirty-first place on the Hot 100.",
)


def test_another_record_a_denial_or_a_range_is_not_offered():
    offers = {trap: offered(extract(INTRO, trap)) for trap in TRAPS}
    assert offers == dict.fromkeys(TRAPS, [])


def test_a_fact_a_block_holds_is_not_offered_again():
    post = extract(INTRO, "The single went to number eleven on the RPM chart.")
    assert peaks(post) == [(WALTZ, 11, "canada_rpm")]
    assert offered(post) == []


def test_an_offer_is_a_suggestion_with_a_message_not_a_block():
    post = extract(INTRO, "The single was also a number two in Ireland.")
    assert not [fact for fact in post.facts if fact["kind"] == "chart_fact"]
    [item] = [item for item in post.suggested if item["kind"] == "chart_fact"]
    assert item["message"].startswith("Possible chart peak of “Copper Kettle Waltz”")
    assert item["sentence"] == "The single was also a number two in Ireland."
    assert item["value"]["fact_kind"] == "chart_peak"


# A song the post keeps out of the film named last: "it" is still the post's song.
AFTER_ANOTHER = (
    "The rink scene uses “Copper Kettle Waltz” by The Lindqvist Sisters. Their"
    " earlier “Hailstone Polka” is not in the film."
)
# Sentence -> its offer: the chart of a country (or the national chart) named
# before the position, and "it" past a title that is not the post's.
PAST_ANOTHER = {
    "In Britain the single was a real hit, number 6, and they toured on it.": (
        WALTZ,
        6,
        "uk_singles",
    ),
    "It crept up the British chart all winter and peaked at number 9 in May.": (
        WALTZ,
        9,
        "uk_singles",
    ),
    "Up north it did better; it got to #23 on the RPM chart by March.": (
        WALTZ,
        23,
        "canada_rpm",
    ),
    "Down under it found a crowd and climbed to No. 22 on the Kent Music Report.": (
        WALTZ,
        22,
        "australia_kent",
    ),
    "It was also certified silver by the BPI, a fact our reviewer forgot.": (
        WALTZ,
        "silver",
        "bpi",
    ),
    "It did best of all in France, where it was certified gold in the end.": (
        WALTZ,
        "gold",
        "snep",
    ),
}


def test_it_after_a_song_kept_out_of_the_film_is_the_posts_song():
    missing = {
        sentence: expected
        for sentence, expected in PAST_ANOTHER.items()
        if expected not in offered(extract(AFTER_ANOTHER, sentence))
    }
    assert missing == {}


# A level with no certifier of its own after a chart of one country: its certifier.
AFTER_A_CHART = (
    ("The CD stalled at 41 on the Billboard 200 but went gold in spring.", "riaa"),
    ("The CD reached number 12 on the Billboard 200 and duly went platinum.", "riaa"),
    (
        "Later the CD peaked at No. 7 on the UK Albums Chart and won a silver disc.",
        "bpi",
    ),
)


def test_a_level_after_a_countrys_chart_is_offered_with_its_certifier():
    certifiers = [
        [value[2] for value in offered(extract(INTRO, sentence)) if value[0] == ALBUM]
        for sentence, _certifier in AFTER_A_CHART
    ]
    assert all(
        certifier in found
        for found, (_sentence, certifier) in zip(certifiers, AFTER_A_CHART, strict=True)
    )


# A fact sheet's rows: a country or a chart as the label before the position.
ROWS = {
    "Sweden – number 6 (Kvällstoppen)": (WALTZ, 6, "Kvällstoppen"),
    "UK - number 17": (WALTZ, 17, "uk_singles"),
    "Ireland: number two, for a month": (WALTZ, 2, "Irish singles"),
    "West Germany - number 4": (WALTZ, 4, "germany_media_control"),
}


def test_a_rows_label_names_the_chart_of_its_position():
    sheet = "The finale is set to “Copper Kettle Waltz” by The Lindqvist Sisters."
    offers = {row: offered(extract(sheet, "Where it charted:", row)) for row in ROWS}
    assert all(expected in offers[row] for row, expected in ROWS.items()), offers


# A place said in words: the runner-up is No. 2, the summit No. 1; not one short of it.
IN_WORDS = (
    ("The waltz ended a runner-up on the Hot 100, behind a dance craze.", 2),
    ("On the Adult Contemporary chart the single went all the way to the summit.", 1),
    ("The single finished runner-up on the Kent Music Report that winter.", 2),
)


def test_a_place_in_words_is_offered_but_not_one_short_of_it():
    positions = [
        [value[1] for value in offered(extract(INTRO, sentence))]
        for sentence, _position in IN_WORDS
    ]
    assert positions == [[position] for _sentence, position in IN_WORDS]
    short = "The single stalled one place short of the summit on the Hot 100."
    assert offered(extract(INTRO, short)) == []


def test_another_films_theme_is_not_offered_for_the_posts_song():
    post = extract(
        INTRO,
        "Another 1990 film, “Harbour Gulls”, had its theme at No. 3 in the UK.",
        title="Rink scenes: Thin Ice (1991)",
    )
    assert offered(post) == []
