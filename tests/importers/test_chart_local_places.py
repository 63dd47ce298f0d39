"""A position on a place's own ranking said in jest ("number one on Harbour Street
for forty years", "number one in our house") is on no chart, though the sentence
names one before it; a position on a chart or in a country still is. Each sentence
is our own."""

from .test_discourse import peaks
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”."


def test_a_places_own_ranking_is_no_chart():
    post = read(
        OPENING,
        "It was No. 2 on the Hot 100, and number one on Gull Island for forty years.",
    )
    assert peaks(post) == [("Tin Roof Blues", 2, "billboard_hot_100")]
    post = read(OPENING, "It got to No. 4 on the Hot 100 and number one in our house.")
    assert peaks(post) == [("Tin Roof Blues", 4, "billboard_hot_100")]


def test_a_chart_or_a_country_after_the_position_still_is():
    post = read(OPENING, "It was No. 2 on the Hot 100 and No. 1 in Canada on RPM.")
    assert ("Tin Roof Blues", 1, "canada_rpm") in peaks(post)
    post = read(OPENING, "It was number one on the UK Singles Chart for a week.")
    assert peaks(post) == [("Tin Roof Blues", 1, "uk_singles")]
