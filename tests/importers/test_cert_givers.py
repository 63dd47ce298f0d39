"""A certifier not in the list that gave the level to the act or the record, as the
subject of the level's own clause ("and at home IRMA handed the band a gold disc",
"IRMA certified it gold"), certified it, even after a clause set in a country with a
listed certifier; a prize that is no record ("a gold star") is no certification."""

from .test_discourse import certifications, extract

SONG = "The harvest montage is set to “Kelp Road” by The Sallow Pipers."
# A sentence about the song, and the certifications it states.
STATED = {
    "In Britain it got to 23, and at home IRMA handed the band a gold disc.": [
        ("Kelp Road", "gold", None, "other")
    ],
    "In Britain it got to 23, and IRMA gave Orla Finnerty a platinum record.": [
        ("Kelp Road", "platinum", None, "other")
    ],
    "It stalled at 30 in Britain, but IRMA later certified it gold.": [
        ("Kelp Road", "gold", None, "other")
    ],
    # a listed certifier giving the disc is still itself
    "In Ireland it did well, and the BPI gave the band a silver disc.": [
        ("Kelp Road", "silver", None, "bpi")
    ],
    # a gold star from a paper is no certification
    "In Britain it got to 23, and the NME gave the band a gold star.": [],
}


def test_each_level_is_the_givers():
    for sentence, expected in STATED.items():
        assert certifications(extract(SONG, sentence)) == expected, sentence
