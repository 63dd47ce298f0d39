"""A sentence that is a chart's name, a comma and a position ("Hot 100,
thirty-eight.") is that chart's peak for the record named last; a country, a time
or a clause before the comma is none."""

from .test_discourse import extract, peaks

SONG = "The desert montage plays “Dry Lightning” by The Mesa Kings."


def test_a_chart_a_comma_and_a_position():
    post = extract(
        SONG,
        "Mainstream Rock, number four. Hot 100, thirty-eight.",
        "UK Singles Chart, No. 12.",
        "<b>Ruiz:</b> “Kent Music Report, number six.”",
    )
    assert peaks(post) == [
        ("Dry Lightning", 4, "billboard_mainstream_rock"),
        ("Dry Lightning", 38, "billboard_hot_100"),
        ("Dry Lightning", 12, "uk_singles"),
        ("Dry Lightning", 6, "australia_kent"),
    ]


def test_no_chart_before_the_comma_is_no_row():
    for line in ("Last week, number 38.", "In Canada, nine.", "It charted, twelve."):
        assert peaks(extract(SONG, line)) == []
