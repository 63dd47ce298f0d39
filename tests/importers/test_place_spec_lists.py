"""A home-video listing's spec sheet lists no place; a region after a town's comma is
the town's, not what played a fictional place; a newspaper's correction takes back
the filming place it reports; a region of Italy or Spain is a region. Every sentence
here is invented for the test."""

import pytest

from tests.importers.test_place_rules import extract, locations, names

FILMING = (
    "<p>The harbour chase was shot at Pellow Quay, which played a Breton port.</p>"
)


def listed(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


@pytest.mark.parametrize(
    "items",
    [
        ("Specs: 97 minutes, Dolby Stereo", "UK Laserdisc (1991): 4:3, cut"),
        ("Japan DVD (2003): 2.35:1", "Extras: a trailer", "HDR10"),
        ("Specs (Blu-ray): 88 minutes", "1.66:1", "PCM 2.0 mono", "Region B"),
    ],
)
def test_a_spec_sheet_lists_no_place(items):
    post = extract(FILMING, listed(*items))
    assert names(post) == ["Pellow Quay"]


def test_a_list_of_places_after_filming_stays():
    post = extract(
        "The crew shot the whole summer montage on the coast.",
        listed("Tregarrow Sands, for the kite scene", "Bosweddan, for the fair"),
    )
    assert "Tregarrow Sands" in names(post)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The crew shot in Alpine Flats, Nevada, which plays the fictional "
            "mining town of Corvo.",
            "Alpine Flats",
        ),
        (
            "They went to Brantwick, Cheshire, which played the fictional village "
            "of Morrowby.",
            "Brantwick",
        ),
    ],
)
def test_the_town_before_its_region_plays_the_fictional_place(sentence, expected):
    assert names(extract(sentence)) == [expected]


def test_a_region_of_italy_is_the_region_of_the_town_that_played():
    post = extract(
        "The story happens in Sicily, but the filming was in Castel Piano, in "
        "Abruzzo, which played the Sicilian hamlet."
    )
    assert locations(post) == [("Castel Piano", "the Sicilian hamlet")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Friday culture story on the 1979 caper “Tin Lantern” incorrectly said "
        "the film's rooftop chase was shot on the Dunmore Harbour Bridge.",
        "Our review of “Tin Lantern” wrongly stated that the finale was filmed at "
        "Pelham Docks.",
        "The same story said the film's northern scenes were shot in Garsdale.",
    ],
)
def test_a_corrected_report_gives_no_place(sentence):
    assert names(extract(sentence)) == []
