"""A town then a wider place after a comma and "on the" (an island, "the Y side of the
bay") is the town, in that region; a river then a town after a comma ("on the X, at
Y") is the town, on the river; a site inside a town after "on the" stays the site.
Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The harbour scenes were shot at Dunmore, on the Waterford side of the "
            "estuary, in a gale.",
            [("Dunmore", "")],
        ),
        (
            "The beach scenes were filmed in Yarmouth, on the Isle of Wight, which "
            "doubles for a Breton village.",
            [("Yarmouth", "a Breton village")],
        ),
        (
            "They filmed the storm in Lerwick, on the Shetland Islands, over a week.",
            [("Lerwick", "")],
        ),
        (
            "The wedding was shot at Portnoo, on the Donegal end of the bay.",
            [("Portnoo", "")],
        ),
        (
            "The crossing was filmed at Ojinaga, on the Rio Conchos, in the heat.",
            [("Ojinaga", "")],
        ),
        (
            "They shot the chase on the Tay, at Broughty Ferry, under the castle.",
            [("Broughty Ferry", "")],
        ),
    ],
)
def test_the_town_before_a_wider_place_is_the_place(sentence, expected):
    assert locations(extract(sentence)) == expected


def test_the_wider_place_is_the_region():
    post = extract("The pier scenes were filmed in Cowes, on the Isle of Wight.")
    [fact] = [fact for fact in post.facts if fact["kind"] == "location"]
    assert fact["value"]["region"] == "Isle of Wight"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A site inside the town after "on the": the site.
        (
            "The dance was filmed in Hastings, on the Stade, at low tide.",
            [("Stade", "")],
        ),
        # A river, then a time, not a town: the river.
        ("They filmed the finale on the Seine, at night.", [("Seine", "")]),
    ],
)
def test_a_site_or_a_time_after_the_comma_is_no_region(sentence, expected):
    assert locations(extract(sentence)) == expected
