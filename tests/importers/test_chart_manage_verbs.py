"""A record that "managed" a position reached it ("In Britain it managed a
respectable number 23", "It managed only No. 40 on the Hot 100"); a run of weeks it
managed, a film's box office or a manager's acts are no peaks."""

from .test_discourse import extract, peaks

SONG = "The harvest montage is set to “Kelp Road” by The Sallow Pipers."
# A sentence after the song, and the peaks it states.
SENTENCES = {
    "In Britain it managed a respectable number 23.": [("Kelp Road", 23, "uk_singles")],
    "It managed only No. 40 on the Hot 100.": [("Kelp Road", 40, "billboard_hot_100")],
    "It managed No. 12 on the Kent Music Report that spring.": [
        ("Kelp Road", 12, "australia_kent")
    ],
    "It managed twelve weeks on the UK Singles Chart.": [],
    "In Britain the film managed No. 3 at the box office.": [],
    "Her brother managed No. 1 acts for a decade before she signed with him.": [],
}


def test_a_position_it_managed_is_its_peak():
    for sentence, expected in SENTENCES.items():
        assert peaks(extract(SONG, sentence)) == expected, sentence
