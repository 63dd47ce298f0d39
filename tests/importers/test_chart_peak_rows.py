"""A chart row whose value says which number is the peak ("Topplistan (Sweden):
entered at 14, peak no. 2, 11 weeks", "UK Singles Chart: peak 38, only three
weeks") gives that peak on the label's chart, a one-word chart's own name too; so
does a label that is a chart's own name, after its country ("Italy, Hit Parade
Italia: no. 2"), and a list's item saying its position with a verb or a note after
it ("Billboard Hot 100: got to 48", "UK Singles Chart – 19, with a remix"). An entry and a count of weeks are no peaks; a label that names no
chart (a country and a city, "Top 30" alone, a clause) gives nothing."""

import pytest

from .test_chart_foreign import peaks
from .test_discourse import extract

SONG = "The ferry montage is set to “Harbour Lamps” by The Quayside Four."


def rows(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


@pytest.mark.parametrize(
    "items, expected",
    [
        (
            (
                "Hitlistan (Sweden): entered at 14, peak no. 2, 11 weeks",
                "UK Singles Chart: peak 38, only three weeks",
                "Media Control (West Germany) — highest position 11",
                "Kent Music Report (Australia): peaked at number 52",
            ),
            [(2, "Hitlistan"), (38, "uk_singles"), (11, "germany_media_control")]
            + [(52, "australia_kent")],
        ),
        (
            (
                "Portugal, Parada Hit Parade Lisboa: no. 3",
                "Belgium, Flemish Top 30: no. 9",
                "Radio 7 Top 20 — number 1, for two weeks",
                "Norway, VG-lista: 6",
                "Ultratop 40 in Wallonia – 14",
                "Stop 40 in Ghent – 9",
            ),
            [(3, "Parada Hit Parade Lisboa"), (9, "Flemish Top 30")]
            + [(1, "Radio 7 Top 20"), (6, "VG-lista"), (14, "Ultratop 40")],
        ),
        (
            (
                "RPM singles chart: peaked at #6 in March 1982",
                "Billboard Hot 100: got to 48",
                "UK Singles Chart – 19, with a remix by a club producer",
                "Weeks on the Hot 100: 12, mostly in spring",
                "Tour stops (Canada): got to 30 cities",
            ),
            [(6, "canada_rpm"), (48, "billboard_hot_100"), (19, "uk_singles")],
        ),
        # no chart named: a tour, a clause, a city, a top of nobody's
        (
            (
                "Tour dates (Sweden): peak 2, eleven weeks",
                "It sat on the UK Singles Chart: peak 7",
                "Portugal, Lisbon: no. 3",
                "Top 30: no. 9",
            ),
            [],
        ),
    ],
)
def test_each_rows_peak_is_on_the_chart_its_label_names(items, expected):
    found = peaks(extract(SONG, "The chart run, row by row:", rows(*items)))
    assert found == [("Harbour Lamps", number, chart) for number, chart in expected]
