"""A peninsula named with the word in lowercase ("the X peninsula") is the place as
written, the word kept; a peninsula with a capital is its name as before, and a
lowercase word that only describes a region leaves no place. Every sentence here is
invented for the test."""

from .test_place_rules import extract, names


def test_a_lowercase_peninsula_ends_the_name():
    pylons = extract("The pylons were filmed on the Kelvar peninsula.")
    chase = extract("They shot the chase across the Tarrow peninsula, at dawn.")
    lava = extract(
        "The lava fields were filmed on the Orrin peninsula and at Vell Bay."
    )
    assert [names(pylons), names(chase), names(lava)] == [
        ["Kelvar peninsula"],
        ["Tarrow peninsula"],
        ["Orrin peninsula", "Vell Bay"],
    ]


def test_a_capital_or_a_described_region_is_read_as_before():
    cliffs = extract("The cliffs were filmed on the Kelvar Peninsula.")
    desert = extract("The chase was filmed in the Nevada desert.")
    assert (names(cliffs), names(desert)) == (["Kelvar Peninsula"], [])
