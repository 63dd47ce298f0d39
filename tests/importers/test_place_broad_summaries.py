"""A country, state or region said to be where it was filmed more than two sentences
after the post named its places is a summary of them: a suggestion, not a place
("... at X and Y. ... Our ruling: it was filmed in Wales, not Cornwall"). Named
right after them, or before them, or alone, it stays. Every sentence here is
invented for the test."""

from .test_place_rules import extract, names

PLACES = (
    "The call sheets show the dance was filmed at Porthgain and neighbouring Abereiddi."
)
BETWEEN = (
    "The star did not sing it himself. The song peaked at number nine. The studio "
    "never denied any of it."
)


def suggested(post):
    return [line.split(" — ")[0] for line in post.suggestions]


def test_a_broad_place_long_after_the_places_is_a_summary():
    ruling = extract(PLACES, BETWEEN, "Our ruling: the dance was filmed in Wales.")
    assert names(ruling) == ["Porthgain", "Abereiddi"]
    assert "Possible location: Wales" in suggested(ruling)
    state = extract(
        "The diner scenes were shot at the Blue Swan Diner in Tonopah.",
        BETWEEN,
        "So yes: the whole thing was filmed in Nevada, not Utah.",
    )
    assert names(state) == ["Blue Swan Diner"]
    region = extract(PLACES, BETWEEN, "In short, it was shot in Cornwall.")
    assert "Cornwall" not in names(region)


def test_a_broad_place_near_or_before_the_places_or_alone_stays():
    # Right after the places: a place of its own.
    near = extract(
        "The harbour was shot at Ericeira. The desert scenes were filmed in Morocco."
    )
    assert names(near) == ["Ericeira", "Morocco"]
    # Alone: the only place the post gives.
    alone = extract("The film was shot in Portugal.", BETWEEN)
    assert names(alone) == ["Portugal"]
