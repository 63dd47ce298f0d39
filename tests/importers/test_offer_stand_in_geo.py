"""A weak stand-in cue ("plays", "which played") before a name no block holds, in a
sentence that does not speak of filming, is offered when what was played is plainly
geography (offer_stand_in_geo): a country, state or province named in it, or a name
with its time or age before it. A site's town or region named after it is no stand-in
of its own ("X, the village out of Y, plays Z": X). Not a band's gig nor an actor's
part. Every sentence here is invented."""

import pytest

from .test_place_rules import extract, locations


def stand_in_offers(post):
    return [
        (item["value"]["name"], item["value"]["stood_in_for"])
        for item in post.suggested
        if item["kind"] == "location"
        and item["message"].startswith("Possible stand-in")
    ]


REGION_NAMED = [
    (
        "Pellworth plays a mining camp in Nevada, and the locals loved it.",
        ("Pellworth", "a mining camp in Nevada"),
    ),
    (
        "Out on the coast, Dunmarrow played the Texas gulf shore, oil derricks and all.",
        ("Dunmarrow", "the Texas gulf shore"),
    ),
    (
        "The Kessling Arcade, which played a bazaar in Morocco, is a car park now.",
        ("Kessling Arcade", "a bazaar in Morocco"),
    ),
]
AGED_NAME = [
    (
        "Harrowgate plays 1920s Chicago, gangsters and all.",
        ("Harrowgate", "1920s Chicago"),
    ),
    (
        "Old Tessaly, which played pre-war Warsaw, has barely changed.",
        ("Old Tessaly", "pre-war Warsaw"),
    ),
    (
        "The Vennick Exchange played old Shanghai, with rickshaws hired from a museum.",
        ("Vennick Exchange", "old Shanghai"),
    ),
]
SITE_BEFORE_ITS_TOWN = [
    (
        "Grennick, the half-empty village out of Dorran Hill, plays a hamlet in Norway.",
        ("Grennick", "a hamlet in Norway"),
    ),
    (
        "Caddow, that old mill town out in the Fenway Levels, played a village in "
        "Ireland.",
        ("Caddow", "a village in Ireland"),
    ),
    (
        "Torrin, a harbour town just up the Avonmere from Castlebridge, plays a harbour "
        "in Scotland.",
        ("Torrin", "a harbour in Scotland"),
    ),
]


@pytest.mark.parametrize(
    "sentence, pair", REGION_NAMED + AGED_NAME + SITE_BEFORE_ITS_TOWN
)
def test_a_place_playing_geography_is_offered(sentence, pair):
    assert stand_in_offers(extract(sentence)) == [pair]


NOT_OFFERED = [
    "The band played Ohio twice that year, to small crowds.",
    "Ada Brennick plays Marguerite, the innkeeper's niece.",
    "The quartet played Canadian folk tunes all night.",
]


@pytest.mark.parametrize("sentence", NOT_OFFERED)
def test_a_gig_or_a_part_is_not_offered(sentence):
    post = extract(sentence)
    assert stand_in_offers(post) == []
    assert locations(post) == []


def test_the_town_of_a_place_a_block_holds_is_not_offered_in_its_stead():
    post = extract(
        "The hospital scenes are the old Grey Infirmary in Castlebridge, and the walk "
        "home was filmed in the Saint-Aubin quarter of Port Tessel, which plays an "
        "unnamed American city with yellow cabs."
    )
    assert ("Saint-Aubin", "an unnamed American city") in locations(post)
    assert stand_in_offers(post) == []


def test_a_geography_offer_is_a_suggestion_and_no_block():
    post = extract(AGED_NAME[0][0])
    assert locations(post) == []
    (item,) = [item for item in post.suggested if item["kind"] == "location"]
    assert item["value"]["name"] == "Harrowgate"
    assert item["value"]["stood_in_for"] == "1920s Chicago"
