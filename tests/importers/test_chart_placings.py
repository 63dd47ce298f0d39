"""A chart as the subject that places the record, in any tense and maybe with an
aside between commas ("The Kent Music Report, compiled years later, places it at
number 4", "Billboard's Hot 100, as printed that week, has it at No. 31"), puts the
position on that chart; a chart that places something else, or a placing with no
chart, says nothing of the record's chart."""

from .test_discourse import extract, peaks

SONG = "The road montage is set to “Red Dust Road” by The Drovers."
# A sentence after the song, and the peaks it states.
SENTENCES = {
    "The Kent Music Report, compiled years later, places it at number 4.": [
        ("Red Dust Road", 4, "australia_kent")
    ],
    "Billboard's Hot 100, as printed that week, has it at No. 31.": [
        ("Red Dust Road", 31, "billboard_hot_100")
    ],
    "The UK Singles Chart ranks the single at No. 17.": [
        ("Red Dust Road", 17, "uk_singles")
    ],
    "My own list, compiled for fun, places it at number 1.": [],
    "The Kent Music Report, compiled years later, places the band at number 4 on "
    "its list of tours.": [],
}


def test_a_chart_that_places_it_holds_its_position():
    for sentence, expected in SENTENCES.items():
        assert peaks(extract(SONG, sentence)) == expected, sentence
