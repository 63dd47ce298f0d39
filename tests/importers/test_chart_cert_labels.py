"""A certification written as a label and its value ("BPI: 2x platinum", "RIAA
certification: Platinum (1996)", "Music Canada - gold") is the label's certifier's;
a label naming no certifier leaves the level for the editor."""

import pytest

from .test_discourse import certifications, extract

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."


@pytest.mark.parametrize(
    "line, expected",
    [
        ("BPI: 2× platinum", ("Lantern Street", "platinum", 2, "bpi")),
        (
            "RIAA certification: Platinum (1996)",
            ("Lantern Street", "platinum", None, "riaa"),
        ),
        ("Music Canada – gold", ("Lantern Street", "gold", None, "music_canada")),
    ],
)
def test_a_certifier_label_gives_the_level(line, expected):
    assert certifications(extract(SONG, "Certifications", line)) == [expected]


def test_a_chart_label_is_no_certifier():
    found = certifications(extract(SONG, "ARIA chart: No. 2; gold in the UK."))
    assert found == [("Lantern Street", "gold", None, "bpi")]


def test_a_label_without_a_certifier_names_none():
    assert certifications(extract(SONG, "Certification: gold")) == []
