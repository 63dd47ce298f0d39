"""What a place played keeps where and when it lies (stand_in_targets.located_tail,
part_of_named): a named target goes on over "in" and its country or region
("Tangier in Morocco") or its year ("Nebraska in 1931"); a described one over a
compass part of an unnamed whole ("a mill town in the north of the country"). Not
over the film's title after "in", nor "in the film". Every sentence here is
invented."""

import pytest

from .test_place_rules import extract, locations

IN_ITS_REGION = [
    (
        "The harbour scenes were shot at Pellan, which stood in for Tangier in Morocco.",
        ("Pellan", "Tangier in Morocco"),
    ),
    (
        "The unit filmed at Dorran Bay, which stands in for Valletta in Malta for the "
        "siege scenes.",
        ("Dorran Bay", "Valletta in Malta"),
    ),
    (
        "The market was filmed in Ostrey, which doubled for Oran in Algeria.",
        ("Ostrey", "Oran in Algeria"),
    ),
]
IN_ITS_YEAR = [
    (
        "The farm scenes were shot at Cressing, which stood in for Nebraska in 1931.",
        ("Cressing", "Nebraska in 1931"),
    ),
    (
        "They filmed the fair at Ostby, which stands in for Hamburg in 1890.",
        ("Ostby", "Hamburg in 1890"),
    ),
    (
        "The riots were filmed in Harl Street, which doubled for Dublin in 1916, "
        "barricades and all.",
        ("Harl Street", "Dublin in 1916"),
    ),
]
COMPASS_PART = [
    (
        "The winter scenes were shot in Tarrin, which stood in for a mill town in the "
        "north of the country.",
        ("Tarrin", "a mill town in the north of the country"),
    ),
    (
        "Hessle doubled for a fishing port in the west of the island, nets and all.",
        ("Hessle", "a fishing port in the west of the island"),
    ),
    (
        "The finale was shot at Brannock, which stands in for a mining village in the "
        "south of the state.",
        ("Brannock", "a mining village in the south of the state"),
    ),
]


@pytest.mark.parametrize("sentence, pair", IN_ITS_REGION + IN_ITS_YEAR + COMPASS_PART)
def test_what_was_played_keeps_its_region_year_or_compass_part(sentence, pair):
    assert pair in locations(extract(sentence))


def test_the_films_title_after_in_is_no_part_of_it():
    post = extract(
        "The dance was shot at Kelby Hall, which stood in for Vienna in Dream of "
        "Waltzes.",
        title="Dream of Waltzes (1961): the dance",
    )
    assert locations(post) == [("Kelby Hall", "Vienna")]


def test_in_the_film_is_no_part_of_it():
    post = extract(
        "The chase was filmed at Orrin Docks, which stood in for Boston in the film."
    )
    assert locations(post) == [("Orrin Docks", "Boston")]


def test_a_part_of_a_named_night_is_not_read_as_a_compass_part():
    post = extract(
        "The raid was filmed at Penlow, which stood in for a town on the night of the "
        "Blitz."
    )
    assert ("Penlow", "a town") in locations(post)
