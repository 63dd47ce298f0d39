"""The broad reader of stand-ins (offer_stand_ins): a filming place, a stand-in cue
("portrayed", "becomes", "passes X off as", "plays" ...) and what it played, which no
block holds, is offered to the editor as a location suggestion with its stood-in-for;
on a place a block holds, accepting it fills the block's stood-in-for. Every sentence
here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


def offered(post):
    return [
        (item["value"]["name"], item["value"]["stood_in_for"])
        for item in post.suggested
        if item["kind"] == "location"
        and item["message"].startswith("Possible stand-in")
    ]


# A strong cue after a place a block holds: said of places only.
STRONG_CUES = [
    (
        (
            "The finale was filmed on Tarrow Bridge.",
            "Tarrow Bridge portrayed a crossing on the Danube for the second act.",
        ),
        ("Tarrow Bridge", "a crossing on the Danube"),
    ),
    (
        (
            "The opening scenes were filmed at Grennock Pier.",
            "Grennock Pier becomes a Baltic ferry port in the last reel.",
        ),
        ("Grennock Pier", "a Baltic ferry port"),
    ),
    (
        (
            "The ballroom scenes were shot at the Carrow Assembly Rooms.",
            "So the Carrow Assembly Rooms, up in Fenby, impersonate a Vienna casino.",
        ),
        ("Carrow Assembly Rooms", "a Vienna casino"),
    ),
]
# "passes X off as Y": the place between the verb and its particle.
PASSED_OFF = [
    (
        "The producers passed the Kelling Viaduct, in Wessex, off as a Swiss railway "
        "bridge, and the crew filmed the chase on it.",
        ("Kelling Viaduct", "a Swiss railway bridge"),
    ),
    (
        "For the harbour chase the film passes Dunmore Quay off as a Breton port.",
        ("Dunmore Quay", "a Breton port"),
    ),
    (
        "Shot in one week, the montage passes Lorrick Abbey off as a Flemish convent.",
        ("Lorrick Abbey", "a Flemish convent"),
    ),
]
# A weak cue ("plays", "as") only after a place already known as a filming place.
WEAK_CUES = [
    (
        (
            "The rink scenes were filmed at the Halden Arena.",
            "For the finals the Halden Arena became a Boston ice rink.",
        ),
        ("Halden Arena", "a Boston ice rink"),
    ),
    (
        (
            "The quarry scenes were filmed at Selwick Quarry.",
            "Selwick Quarry, as the surface of Mars, needed no dressing at all.",
        ),
        ("Selwick Quarry", "the surface of Mars"),
    ),
    (
        (
            "The cloister scenes were shot at Ambry Priory.",
            "Ambry Priory (as a Spanish monastery) needed little dressing.",
        ),
        ("Ambry Priory", "a Spanish monastery"),
    ),
    (
        (
            "The pier scenes were filmed at Hollin Pier.",
            "In the last act Hollin Pier turns into a Coney Island boardwalk.",
        ),
        ("Hollin Pier", "a Coney Island boardwalk"),
    ),
]


# What the film says a filming place is: "which the film calls Y", "X is supposed to
# be Y" after a place known.
SAID_TO_BE = [
    (
        ("The desert scenes were shot on Kelso Flats, which the film calls the Gobi.",),
        ("Kelso Flats", "the Gobi"),
    ),
    (
        (
            "The beach shots were filmed at Pell Sands, which the plot claims is Brittany.",
        ),
        ("Pell Sands", "Brittany"),
    ),
    (
        (
            "The wedding scenes were filmed at Ambry Priory.",
            "Ambry Priory is supposed to be a chapel in Quebec.",
        ),
        ("Ambry Priory", "a chapel in Quebec"),
    ),
    (
        (
            "The mill scenes were filmed at Harrow Mill.",
            "Harrow Mill was meant to be a Polish foundry.",
        ),
        ("Harrow Mill", "a Polish foundry"),
    ),
]
# Not offered: a band or a person who plays, a person who became something, a denial.
NOT_OFFERED = [
    ("The band plays the theme at the wedding, and the crew filmed it twice.",),
    ("Ann Marsh played a nurse, and the crew shot her scenes at Kelby Hall.",),
    ("Later Tom Reddy became a teacher in Corbridge.",),
    ("The finale was filmed on Tarrow Bridge, which never played anywhere else.",),
]


@pytest.mark.parametrize(
    "paragraphs, pair",
    [
        *STRONG_CUES,
        *[((text,), pair) for text, pair in PASSED_OFF],
        *WEAK_CUES,
        *SAID_TO_BE,
    ],
)
def test_a_filming_place_a_cue_and_what_it_played_are_offered(paragraphs, pair):
    """Each family: a strong cue after a place a block holds, "passes X off as Y",
    a weak cue ("became", "as", "turns into") after a place known."""
    assert offered(extract(*paragraphs)) == [pair]


@pytest.mark.parametrize("paragraphs", NOT_OFFERED)
def test_a_person_a_song_or_a_denial_offers_no_stand_in(paragraphs):
    assert offered(extract(*paragraphs)) == []


def test_a_stand_in_a_block_holds_is_not_offered_again():
    post = extract(
        "The diner scenes were filmed at the Marrow Inn, which stood in for a Reno café."
    )
    assert locations(post) == [("Marrow Inn", "a Reno café")]
    assert offered(post) == []


def test_the_offer_is_a_suggestion_that_fills_the_blocks_stood_in_for():
    post = extract(
        "The finale was filmed on Tarrow Bridge.",
        "Tarrow Bridge portrayed a crossing on the Danube for the second act.",
    )
    assert locations(post) == [("Tarrow Bridge", "")]  # the block is unchanged
    (item,) = [
        item
        for item in post.suggested
        if item["message"].startswith("Possible stand-in")
    ]
    assert item["kind"] == "location"
    assert item["value"]["name"] == "Tarrow Bridge"
    assert item["value"]["stood_in_for"] == "a crossing on the Danube"
