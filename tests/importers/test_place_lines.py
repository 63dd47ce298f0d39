"""Places on a river or a road ("on the X at Y": Y), names whole after a possessive
("X's Seat"), a target cut before "only if", a named place playing a described one,
and "nobody filmed there". Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations, names

# -- A site on a river or a road -----------------------------------------------------


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            ("The ferry scene was filmed on the Ohio at Marietta.",),
            [("Marietta", "")],
        ),
        (
            (
                "The rowing sequence was shot on the Severn at Tewkesbury, which"
                " played Cambridge.",
            ),
            [("Tewkesbury", "Cambridge")],
        ),
        (
            (
                "The road trip was filmed along Route 12 at the Giant Teapot and at"
                " Dinosaur Park outside Milford.",
            ),
            ["Giant Teapot", "Dinosaur Park"],
        ),
        # Trap: a ship, not a river: the ship is the place.
        (
            ("The ballroom scenes were shot on the Sea Countess at Southampton.",),
            None,
        ),
    ],
)
def test_a_site_on_a_river_or_road_is_the_place(sentences, expected):
    post = extract(*sentences)
    if expected is None:
        assert "Sea Countess" in names(post)
    elif isinstance(expected[0], str):
        assert names(post) == expected
    else:
        assert locations(post) == expected


def test_the_river_is_the_region_of_the_site():
    post = extract("The ferry scene was filmed on the Ohio at Marietta.")
    (fact,) = [fact for fact in post.facts if fact["kind"] == "location"]
    assert fact["value"]["region"] == "Ohio"


# -- A name whole after a possessive ------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The summit scenes are Giant's Chair, which doubled for the Andes.",
            [("Giant's Chair", "the Andes")],
        ),
        ("We filmed the jump at Lover's Leap.", ["Lover's Leap"]),
    ],
)
def test_a_landform_after_a_possessive_is_a_name_whole(sentence, expected):
    post = extract(sentence)
    found = names(post) if isinstance(expected[0], str) else locations(post)
    assert found == expected


# -- What a place played, cut before a condition --------------------------------------


def test_a_target_ends_before_only_if():
    post = extract(
        "The filming was in Leeds, and Harbour Street passes for a Paris boulevard"
        " if you never look up."
    )
    assert ("Harbour Street", "a Paris boulevard") in locations(post)


# -- A named place playing a described place ------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The bit with the cliffs is Skerry Island, which played a Norwegian island.",
            [("Skerry Island", "a Norwegian island")],
        ),
        (
            "Behind the church, the Hillhead Necropolis played a Prague cemetery.",
            [("Hillhead Necropolis", "a Prague cemetery")],
        ),
    ],
)
def test_a_named_place_plays_a_described_place(sentence, expected):
    assert locations(extract(sentence)) == expected


# Trap: a person's name that plays a part.
def test_a_person_playing_a_part_is_no_place():
    assert locations(extract("Dana Park played a Texas ranger in the film.")) == []


# -- Nobody filmed there ---------------------------------------------------------------


def test_nobody_filmed_there_is_no_place():
    post = extract(
        "The story is set in Lisbon.",
        "I ate at a cafe on the square, but nobody has ever filmed anything there.",
    )
    assert names(post) == []


# -- A further place of a list after "and under", "and down to" ----------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The run was filmed across the Iron Bridge and down to Calder Falls.",
            ["Iron Bridge", "Calder Falls"],
        ),
        (
            "We shot it in Marlow House, which played a Soviet office block, and under"
            " the Eastway.",
            ["Marlow House", "Eastway"],
        ),
        # Trap: a verb before "to" starts a new clause, not a further place.
        (
            "The run was filmed across the Iron Bridge and moved to Leeds later.",
            ["Iron Bridge"],
        ),
    ],
)
def test_a_list_goes_on_under_or_down_to(sentence, expected):
    assert names(extract(sentence)) == expected


# -- "X, which is Y in the film" -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "They shot the duel at Corfe Castle, which is the Keep of Ravenmoor in the"
            " film.",
            [("Corfe Castle", "the Keep of Ravenmoor")],
        ),
        (
            "The crew filmed at Brean Down, which becomes a Cornish village in the"
            " movie.",
            [("Brean Down", "a Cornish village")],
        ),
        # Trap: what the place is in the film is no place.
        (
            "They shot the duel at Corfe Castle, which is the hero's favourite spot in"
            " the film.",
            [("Corfe Castle", "")],
        ),
    ],
)
def test_a_filmed_place_is_what_it_is_in_the_film(sentence, expected):
    assert locations(extract(sentence)) == expected


# -- A description of the place just named, doubling for another ---------------------


def test_a_description_after_the_place_is_the_place():
    post = extract(
        "The chase was filmed on Holme Point itself, the muddy headland doubling for"
        " a Dutch polder that nobody in the crew had seen."
    )
    assert locations(post) == [("Holme Point", "a Dutch polder")]


# Trap: a description that follows no place of the sentence.
def test_a_description_after_no_place_is_no_stand_in():
    post = extract(
        "The writers argued for weeks, the muddy headland doubling for a Dutch polder."
    )
    assert locations(post) == []


# -- "make X play Y" and "Where did you shoot it?" -------------------------------------


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "We filmed the drive on Harbour Street.",
                "The set dressers worked all night to make Harbour Street play Lisbon.",
            ),
            [("Harbour Street", "Lisbon")],
        ),
        (
            ("The crew made Kelso Square pass for a Vienna square.",),
            [("Kelso Square", "a Vienna square")],
        ),
        # Trap: a person made to play a part.
        (("The director made Joan Miller play a nun.",), []),
    ],
)
def test_a_place_made_to_play_another(sentences, expected):
    assert locations(extract(*sentences)) == expected


def test_a_bare_answer_to_where_did_you_shoot_it():
    post = extract(
        "Q: Where did you shoot it?",
        "A: Canal Row in Little Harbor, just before dawn.",
    )
    assert names(post) == ["Canal Row"]


# -- A route after "The filming was in X:" --------------------------------------------


def test_a_route_down_a_street_and_over_a_bridge_inside_the_town():
    post = extract(
        "The filming was in Dundee: the chase goes down Nethergate Street and over"
        " the Tay Road Bridge, and nobody stopped the traffic."
    )
    assert names(post) == ["Nethergate Street", "Tay Road Bridge"]


# Trap: a town with no colon before its sites stays a place of its own.
def test_a_town_and_sites_without_a_colon_stay_places():
    post = extract(
        "We shot it in Dundee and the chase goes down Nethergate Street, which"
        " played a Boston avenue."
    )
    assert "Dundee" in names(post)


# -- A band doing a song is no place; a list past an aside of where --------------------


def test_a_band_doing_a_song_is_no_place():
    post = extract(
        "We filmed the stairwell scenes in Leeds.",
        "The montage is Copper Lantern doing \u201cStairwell Song\u201d while the"
        " kids paint.",
    )
    assert names(post) == ["Leeds"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The arrivals were shot at the quay in Oban, under that old iron canopy,"
            " and the departures at Tobermory.",
            ["Oban", "Tobermory"],
        ),
        # Trap: a capitalised aside is no aside of where.
        (
            "The arrivals were shot at Oban, under Ben Cruachan, and Kev hated it.",
            ["Oban"],
        ),
    ],
)
def test_a_list_goes_on_past_an_aside_of_where(sentence, expected):
    assert names(extract(sentence)) == expected


# -- What "filmed there" means ---------------------------------------------------------


def test_a_place_only_applied_for_is_no_place():
    post = extract(
        "The crew applied to film on Skye but withdrew, and none of it was shot there."
    )
    assert names(post) == []


def test_a_birthplace_is_not_what_filmed_there_means():
    post = extract(
        "Born in Dundee in 1950, she wrote songs for forty years.",
        "The producers liked the old cinema, and they filmed the dance there.",
    )
    assert "Dundee" not in names(post)


def test_a_town_far_above_is_not_what_filmed_there_means():
    post = extract(
        "The band toured in Albany that spring.",
        "Nobody remembers the tour.",
        "The album sold badly.",
        "The drummer left.",
        "The singer went solo.",
        "Years later a crew filmed the dance there.",
    )
    assert "Albany" not in names(post)


def test_a_place_named_alone_then_filmed_there_and_pretended_another():
    post = extract(
        "We asked her about the boardwalk. It was the Redcliff Pier. They filmed it"
        " there and pretended it was Atlantic City, and nobody checked."
    )
    assert locations(post) == [("Redcliff Pier", "Atlantic City")]


# Trap: "it" pretends nothing about a place when no place was filmed.
def test_pretended_it_was_with_no_place_filmed():
    post = extract("The singer pretended it was Tuesday.")
    assert locations(post) == []


# Trap: the film pretending is the story's setting, not what a place played.
def test_the_film_pretending_it_is_a_state_is_no_stand_in():
    post = extract("We shot the exteriors in Amboy.", "The film pretends it is Nevada.")
    assert locations(post) == [("Amboy", "")]


# -- A log's field label is no place ---------------------------------------------------


def test_a_repeated_label_the_post_writes_in_lowercase_is_no_place():
    post = extract(
        "Every day I write one line of observations in my log.",
        "They shot it along the Esplanade in Hove.",
        "<ul><li>2 May: clear. Observations: crew hosing the road.</li>"
        "<li>3 May: windy. Observations: the wind machine.</li></ul>",
    )
    assert "Observations" not in names(post)


# Trap: a town as a list item before a colon stays a place.
def test_a_town_before_a_colon_in_a_list_stays_a_place():
    post = extract(
        "Where it was shot:",
        "<ul><li>Whitby: the harbour scenes.</li><li>Staithes: the cliffs.</li></ul>",
    )
    assert names(post) == ["Whitby", "Staithes"]


# -- "In the film, X is standing in for Y" ---------------------------------------------


def test_in_the_film_before_a_real_place_standing_in():
    post = extract(
        "In the film, Ben Lomond is standing in for a peak in the Andes, and the crew"
        " camped up there."
    )
    assert locations(post) == [("Ben Lomond", "a peak in the Andes")]


# Trap: the story's own town named after "The town in the film," stays a suggestion.
def test_the_town_in_the_film_is_the_storys_place():
    post = extract("The town in the film, Greyfield, stands in for a mining camp.")
    assert locations(post) == []


# -- "shot there, in X"; a plural place noun in what a place played -------------------


def test_shot_there_then_the_town_named_after_it():
    post = extract(
        "Fair question: the film was shot there, in Pella, Iowa, which doubled for a"
        " Dutch harbour town."
    )
    assert locations(post) == [("Pella", "a Dutch harbour town")]


def test_a_plural_place_noun_in_what_a_place_played():
    post = extract(
        "Most interiors were filmed inside the Carrow Building in Norwich, whose"
        " marble halls play the chapels of a Roman convent."
    )
    assert locations(post) == [("Carrow Building", "the chapels of a Roman convent")]


# Trap: what is no place, even in the plural, is no stand-in.
def test_a_plural_that_is_no_place_is_no_stand_in():
    post = extract(
        "Most interiors were filmed inside the Carrow Building in Norwich, whose"
        " marble halls play tricks on the eye."
    )
    assert locations(post) == [("Carrow Building", "")]


# -- "The dusty stretch before it was X" right after a filming sentence ---------------


def test_a_stretch_said_to_be_a_place_after_filming():
    post = extract(
        "We shot the crash at the Harlow Quarry.",
        "The long stretch before it was Dunmore Flats, out past Tolley.",
    )
    assert "Dunmore Flats" in names(post)


# Trap: a stretch of time is no place.
def test_a_stretch_of_time_is_no_place():
    post = extract(
        "We filmed in Harlow.",
        "The long stretch before the premiere was August, and nobody slept.",
    )
    assert names(post) == ["Harlow"]


# -- "X (doubling for Y)" ---------------------------------------------------------------


def test_a_stand_in_in_brackets_after_the_place():
    post = extract(
        "The second week we filmed in Largs (doubling for Dieppe) for two days."
    )
    assert locations(post) == [("Largs", "Dieppe")]


# Trap: a person in brackets is no place.
def test_a_person_doubling_in_brackets_is_no_place():
    post = extract("The stunt was done by Jo Reid (doubling for the star) in one take.")
    assert locations(post) == []


# -- "The one exterior is genuinely X: Y Street, ..." ------------------------------------


def test_a_town_then_a_site_after_its_colon():
    post = extract(
        "The whole film was shot on a stage in Toronto.",
        "The one exterior is genuinely Boston: Newbury Street, grabbed in an hour.",
    )
    assert "Newbury Street" in names(post)
    assert "Boston" not in names(post)


# Trap: no site after the colon; the words after it are a remark.
def test_a_town_then_a_remark_after_its_colon():
    post = extract("The one exterior is genuinely Boston: Kev loved it.")
    assert "Kev" not in names(post)
