"""A country alone as an item's label ("UK — No. 4", "Canada — number 8", "Australia
(Kent) — No. 2", "Germany: 15") in a list another item of which names a chart
("Billboard Hot 100 — No. 1") is the country's chart; in a list that names no chart,
nothing."""

import pytest

from .test_discourse import extract, peaks

SONG = "The skating montage is set to “Glass Lanes” by The Tinsel Vans. How it did:"


def listed(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


# The items of a chart run and the peaks its country labels give.
RUNS = [
    (
        ("Billboard Hot 100 — No. 2 (two weeks)", "UK — No. 5", "Canada — No. 1"),
        [("Glass Lanes", 5, "uk_singles"), ("Glass Lanes", 1, "canada_rpm")],
    ),
    (
        ("UK Singles Chart — number 7", "Australia — number 3, for a month"),
        [("Glass Lanes", 3, "australia_kent")],
    ),
    (
        (
            "Adult Contemporary: #12",
            "Australia (Kent) — No. 14",
            "West Germany — No. 20",
        ),
        [
            ("Glass Lanes", 14, "australia_kent"),
            ("Glass Lanes", 20, "germany_media_control"),
        ],
    ),
]


# Bare positions: "Germany: 15" after "UK Singles Chart: 7".
RUNS += [
    (
        ("UK Singles Chart: 7", "Germany: 15", "Canada (RPM): 30"),
        [("Glass Lanes", 15, "germany_media_control")],
    ),
]


@pytest.mark.parametrize("items, expected", RUNS)
def test_a_country_in_a_chart_run_names_its_chart(items, expected):
    found = peaks(extract(SONG, listed(*items)))
    assert all(peak in found for peak in expected)


# Lists that name no chart, read after a sentence or none, and the peaks the post has.
NO_RUNS = [
    ((), ("UK — No. 2", "Canada — No. 4", "Opening weekend: 3"), []),
    (
        ("It went to No. 6 on the Billboard Hot 100.", "First weekends, by country:"),
        ("UK — No. 1", "Canada — No. 2"),
        [("Glass Lanes", 6, "billboard_hot_100")],
    ),
]


# Bare positions in a list of no chart, and a country's other chart in brackets.
NO_RUNS += [
    ((), ("Germany: 15", "Austria: 3"), []),
    (
        (),
        ("Hot 100: 9", "Australia (ARIA): 4"),
        [("Glass Lanes", 9, "billboard_hot_100")],
    ),
]


@pytest.mark.parametrize("before, items, expected", NO_RUNS)
def test_a_list_that_names_no_chart_says_nothing(before, items, expected):
    assert peaks(extract(SONG, *before, listed(*items))) == expected
