"""A region what a place played after "which the film ..." ("X, which the film passes
off as the Scottish Highlands") is a place, as a described place is; a person or a
work after the same words is none. Every sentence here is invented for the test."""

from .test_place_rules import extract, locations


def test_a_region_played_after_which_the_film_is_a_stand_in():
    cliff = extract(
        "The great cliff is Kelvar Cove, which the film passes off as the Scottish "
        "Highlands."
    )
    valley = extract(
        "The valley is Tarrow Dale, which the film dresses up as the Lake District."
    )
    pass_ = extract(
        "The road is Orrin Pass, which the production passed off as Northern "
        "California."
    )
    assert [locations(cliff), locations(valley), locations(pass_)] == [
        [("Kelvar Cove", "the Scottish Highlands")],
        [("Tarrow Dale", "the Lake District")],
        [("Orrin Pass", "Northern California")],
    ]


def test_no_region_after_which_the_film_is_no_stand_in():
    singer = extract(
        "The diner is Vell's, which the film calls the Blue Lantern Girls."
    )
    assert [fact for fact in locations(singer) if fact[1]] == []
    song = extract("The pier is Kellbridge Pier, which the film gives the Hollow Moon.")
    assert [fact for fact in locations(song) if fact[1]] == []
