"""The UK's charts by their own names ("the Official Singles Chart", "the Official
Albums Chart") are the UK Singles and Albums charts; RPM's albums chart is not
RPM's singles chart. A country's word in the name keeps it a chart of its own.
Each sentence is our own."""

from .test_chart_ones import charts
from .test_discourse import extract

SONG = "The rowing montage is set to “Keel and Compass” by The Slipway Choir."
ALBUM = "The soundtrack album, “Harbour Oars”, came out on Tidemark Records."


def test_the_official_singles_chart_is_the_uk_singles_chart():
    said = [
        "It peaked at No. 12 on the Official Singles Chart in May.",
        "Back home it climbed to number 30 on the Official Singles Chart.",
        "The Official Singles Chart had it at No. 6 for a fortnight.",
    ]
    found = [charts(extract(SONG, one)) for one in said]
    assert found == [[(12, "uk_singles")], [(30, "uk_singles")], [(6, "uk_singles")]]


def test_the_official_albums_chart_is_the_uk_albums_chart():
    post = extract(ALBUM, "It reached number 9 on the Official Albums Chart.")
    assert charts(post) == [(9, "uk_albums")]


def test_rpms_albums_chart_is_not_its_singles_chart():
    post = extract(ALBUM, "Its best week was number 22 on the RPM Top Albums chart.")
    assert (22, "canada_rpm") not in charts(post)
    post = extract(SONG, "It went to number 22 on the RPM chart.")
    assert charts(post) == [(22, "canada_rpm")]


def test_a_countrys_official_chart_stays_its_own():
    post = extract(SONG, "It reached No. 2 on the Official Scottish Singles Chart.")
    assert (2, "uk_singles") not in charts(post)
