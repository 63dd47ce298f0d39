"""A maker's chart of one genre is read whatever the capitals of its name: "the RPM
Country Tracks chart", "Billboard's Hot Country Singles Chart", "the Kent Dance
Chart" are the genre's own chart, an other chart, not the maker's main one; the
maker's main chart ("the RPM 100") is still its listed chart."""

from .test_chart_foreign import peaks
from .test_discourse import extract

SONG = "The barn-dance montage is set to “Prairie Lanterns” by The Willow Sisters."
# A sentence about the song, and the chart each of its positions is on.
FOUND = {
    "It topped the RPM Country Tracks chart that winter.": {1: "RPM Country Tracks"},
    "It climbed to No. 5 on the Billboard Country Singles Chart.": {
        5: "Billboard Country Singles Chart"
    },
    "In Australia it reached number 3 on the Kent Dance Chart.": {
        3: "Kent Dance Chart"
    },
    # the maker's main chart beside its genre chart is still the listed one
    "It was a real hit: number 6 on the RPM 100 and number 1 on the RPM Country "
    "Tracks chart.": {6: "canada_rpm", 1: "RPM Country Tracks"},
    # a name with no genre word is the maker's main chart
    "It reached No. 8 on the RPM Top Singles chart.": {8: "canada_rpm"},
}


def charts_by_position(sentence):
    found = peaks(extract(SONG, sentence))
    assert {title for title, _number, _chart in found} == {"Prairie Lanterns"}
    return {number: chart for _title, number, chart in found}


def test_each_position_is_on_its_genre_or_main_chart():
    for sentence, charts in FOUND.items():
        assert charts_by_position(sentence) == charts, sentence
