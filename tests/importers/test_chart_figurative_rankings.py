"""A position in someone's heart or book ("number one in his mother's heart", "No. 1
in my book") is no chart's, even after a country's chart in the same sentence; a
country after the position still names its chart."""

from .test_discourse import extract, peaks

SONG = "The montage is set to “Gravel Psalm” by The Marsh Hens."
# The sentence and the peaks it gives the song.
RANKINGS = {
    "It got to number two in Canada and number one in his mother's heart.": [
        ("Gravel Psalm", 2, "canada_rpm")
    ],
    "It reached No. 6 on the Hot 100 and No. 1 in my heart.": [
        ("Gravel Psalm", 6, "billboard_hot_100")
    ],
    "It peaked at No. 9 in the UK and at No. 1 in Grandma's book.": [
        ("Gravel Psalm", 9, "uk_singles")
    ],
    # traps: a country, or a chart, after the position
    "It went to No. 3 in the UK and No. 1 in Canada.": [
        ("Gravel Psalm", 3, "uk_singles"),
        ("Gravel Psalm", 1, "canada_rpm"),
    ],
    "It went to No. 8 in Canada and No. 1 on the Adult Contemporary chart.": [
        ("Gravel Psalm", 8, "canada_rpm"),
        ("Gravel Psalm", 1, "billboard_adult_contemporary"),
    ],
}


def test_a_ranking_in_someones_heart_is_no_chart():
    for sentence, expected in RANKINGS.items():
        assert peaks(extract(SONG, sentence)) == expected, sentence
