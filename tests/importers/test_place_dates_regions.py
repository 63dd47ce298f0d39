"""A list item that opens with a date or a count is no place, and a region after a
town ("in X, in the West Midlands") is the town's region, not a site inside it.
Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "items, expected",
    [
        (
            (
                "Feb 1987 — Cameras roll at Harwick Quay, standing in for Boston.",
                "Summer 1988: the prison scenes are shot at Gorran Gaol.",
            ),
            ["Harwick Quay", "Gorran Gaol"],
        ),
        (
            (
                "Oct. 12 – They shoot the ferry scene at Harwick Quay.",
                "Counts 1–4: step, step, turn, filmed in the Tallow Hall.",
                "Bars 9-16: the climb, filmed at Gorran Gaol.",
            ),
            ["Harwick Quay", "Tallow Hall", "Gorran Gaol"],
        ),
    ],
)
def test_a_list_item_that_is_a_date_or_a_count_is_no_place(items, expected):
    body = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    assert names(extract("H: Where they filmed it", body)) == expected


# Traps: a numbered stage or pier is a place; a town named for a season is one.
@pytest.mark.parametrize(
    "item, expected",
    [
        ("Stage 7: the ballroom, filmed there in a week", "Stage 7"),
        ("Pier 39: the ferry scenes, shot at dawn", "Pier 39"),
        ("Fall River: the mill scenes, filmed in one night", "Fall River"),
    ],
)
def test_a_numbered_site_in_a_list_is_still_a_place(item, expected):
    body = f"<ul><li>{item}</li></ul>"
    assert expected in names(extract("H: Where they filmed it", body))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The furnace scenes were shot in Corbridge, in the West Midlands, where "
            "glass is still made.",
            ["Corbridge"],
        ),
        (
            "They filmed the fair at Bakewell, in the Peak District, in May.",
            ["Bakewell"],
        ),
        ("The pub was filmed in Plockton, in the Scottish Highlands.", ["Plockton"]),
    ],
)
def test_a_region_after_the_town_is_not_a_place_inside_it(sentence, expected):
    assert names(extract(sentence)) == expected


# Traps: a district or a site inside the town is still read as the place.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The chase was filmed in Boston, in the North End.", ["North End"]),
        ("The ball was shot in Bath, at the Royal Crescent.", ["Royal Crescent"]),
    ],
)
def test_a_site_after_the_town_is_still_the_place(sentence, expected):
    assert names(extract(sentence)) == expected
