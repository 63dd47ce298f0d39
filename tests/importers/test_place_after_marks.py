"""The mark right after a place's name: a plural possessive before a single common
noun is the first word of a name whole ("the Tanners' Mills"), before a name it owns
the next place ("Leeds' Kirkgate"); a colon after a filmed town opens the places
inside it, which are then the places and the town their region. Every sentence here
is invented for the test."""

from .test_place_rules import extract, locations, names


def test_a_plural_possessive_before_a_common_noun_is_one_name():
    mills = extract(
        "The riot scene was staged in the yard of Hobsons' Mills, then half in ruins."
    )
    assert names(mills) == ["Hobsons' Mills"]
    hospital = extract("They filmed the ward scenes at St Thomas' Hospital.")
    assert names(hospital) == ["St Thomas' Hospital"]
    wharf = extract("The smuggling scenes were shot at Carters' Wharf in Bristol.")
    assert names(wharf) == ["Carters' Wharf"]


def test_a_plural_possessive_before_a_name_owns_it():
    # A name after the possessive: the owner is the town, the place is its quarter.
    quarter = extract("The chase was filmed in Athens' Psyrri district at night.")
    assert names(quarter) == ["Psyrri district"] or names(quarter) == ["Psyrri"]
    # A town the post already knows still owns the common noun after it.
    known = extract(
        "The film was shot in Wells. The fair was filmed at Wells' Market on a Sunday."
    )
    assert "Wells' Market" not in names(known)


def test_a_colon_after_a_filmed_town_opens_the_places_inside_it():
    town = extract(
        "It was filmed almost entirely in Bradford: the back streets of Manningham "
        "doubled for 1930s Salford, and the finale was staged at Lister Mills."
    )
    assert sorted(names(town)) == ["Lister Mills", "Manningham"]
    port = extract(
        "The crew shot it in Genoa: Boccadasse stood in for the fishing village, "
        "and the climax was filmed on the Molo Vecchio."
    )
    assert sorted(names(port)) == ["Boccadasse", "Molo Vecchio"]


def test_a_colon_after_a_town_with_nothing_inside_keeps_it():
    alone = extract(
        "The whole thing was shot in Dundee: three weeks, in the rain, no trailers."
    )
    assert names(alone) == ["Dundee"]
    # Places named before the colon are no places inside the town.
    before = extract(
        "The pier scenes were shot at Tayport, and the rest of it in Dundee: no "
        "other town would have us."
    )
    assert names(before) == ["Tayport", "Dundee"]
    # "around" a town: the places after the colon are beside it, not in it.
    around = extract(
        "They shot it around Perth: the wedding is in a real manor in Scone."
    )
    assert names(around) == ["Perth", "Scone"]


def test_a_quarter_of_a_town_is_the_quarter():
    old = extract(
        "The night walks were not filmed in Peru: the Casco Viejo of Quito doubles "
        "as Lima."
    )
    assert locations(old) == [("Casco Viejo", "Lima")]
    town = extract("They shot the market chase in the Old Town of Tallinn.")
    assert names(town) == ["Old Town"]


def test_italian_particles_keep_a_name_whole():
    club = extract("The dance scenes were filmed inside the Villa degli Ulivi.")
    assert names(club) == ["Villa degli Ulivi"]
    beach = extract("The beach scene was shot at Spiaggia dei Conigli, near Lampedusa.")
    assert names(beach) == ["Spiaggia dei Conigli"]
    island = extract("The monastery exteriors were shot on Isola delle Femmine.")
    assert names(island) == ["Isola delle Femmine"]
