"""A position whose own words set it in a country none of the listed charts is of
("..., and it went to No. 2 in Ireland") is on that country's chart, left to the
review, never on the chart of a listed country an earlier clause named ("No. 6 in
the UK, ..."), which keeps its own position."""

import pytest

from .test_discourse import extract, peaks

SONG = "The closing montage is set to “Gravel Psalm” by The Marsh Hens."
# A sentence, the listed country's position it keeps, the foreign one for the review.
FOREIGN = [
    (
        "It did nicely: No. 9 in Britain, and it climbed to No. 3 in New Zealand.",
        ("Gravel Psalm", 9, "uk_singles"),
        "No. 3",
    ),
    (
        "A real hit back then: No. 14 in the UK, and it went to No. 2 in Ireland, "
        "where they toured for a month.",
        ("Gravel Psalm", 14, "uk_singles"),
        "No. 2",
    ),
    (
        "It was a modest hit, No. 20 in Canada, and it got to No. 6 in Ireland.",
        ("Gravel Psalm", 20, "canada_rpm"),
        "No. 6",
    ),
]


@pytest.mark.parametrize("sentence, kept, other", FOREIGN)
def test_a_foreign_position_is_not_on_the_chart_named_before(sentence, kept, other):
    post = extract(SONG, sentence)
    assert peaks(post) == [kept]
    assert any(
        line.startswith(f"“Gravel Psalm”: {other},") for line in post.suggestions
    )


# A listed country after the position: its own chart; a country's list, none.
LISTED = [
    (
        "It went to No. 7 in Australia, and No. 2 in Canada.",
        [("Gravel Psalm", 7, "australia_kent"), ("Gravel Psalm", 2, "canada_rpm")],
    ),
    (
        "It reached No. 8 in Ireland's list of wedding songs and No. 12 in the UK.",
        [("Gravel Psalm", 12, "uk_singles")],
    ),
]


@pytest.mark.parametrize("sentence, expected", LISTED)
def test_a_listed_country_keeps_its_chart(sentence, expected):
    assert peaks(extract(SONG, sentence)) == expected
