"""Filming places named with what they stand on or who owned them: a venue on its
street or pier, "X's Y Theatre" names, the part of a building a scene used; and
filmings only claimed, asked or retracted. Every sentence here is invented for the
test."""

import pytest

from .test_place_rules import extract, locations, names

# -- A venue on its street or pier --------------------------------------------------


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "We filmed the cafe scenes there.",
                "It's Bar Lucca on Dean Street, standing in for a bistro in Lyon.",
            ),
            [("Bar Lucca", "a bistro in Lyon")],
        ),
        (
            (
                "The bar was the old Crown Tavern on Harbour Road in Cork, which the"
                " film pretends is a saloon in Boston.",
            ),
            [("Crown Tavern", "a saloon in Boston")],
        ),
        (
            (
                "It's the Marlow Rotunda on the Brighton Pier, and in the film it"
                " doubled for a ballroom in Blackpool.",
            ),
            [("Marlow Rotunda", "a ballroom in Blackpool")],
        ),
        # Trap: the street itself played the place.
        (
            ("We filmed in Leeds. Main Street played Prohibition-era Chicago.",),
            [("Main Street", "Prohibition-era Chicago")],
        ),
    ],
)
def test_a_venue_on_its_street_is_the_place(sentences, expected):
    assert locations(extract(*sentences)) == expected


# -- Names with a possessive that are whole ------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "They shot the chase at Dolly's Head Lighthouse, which plays a lighthouse"
            " in Maine.",
            [("Dolly's Head Lighthouse", "a lighthouse in Maine")],
        ),
        ("We filmed at Tanner's Well Theatre.", ["Tanner's Well Theatre"]),
        ("We filmed in Fenwick's Alley.", ["Fenwick's Alley"]),
        # Traps: a town's possessive before a place of it.
        ("They filmed in Winnipeg's Union Station.", ["Union Station"]),
    ],
)
def test_a_possessive_name_is_whole(sentence, expected):
    found = locations(extract(sentence))
    if expected and isinstance(expected[0], str):
        found = [name for name, _stood in found]
    assert found == expected


def test_the_part_of_a_building_that_played_a_place():
    post = extract(
        "The dance scenes were shot in the studios at Tanner's Well Theatre, and the"
        " finale on the roof of the Grand Exchange Hall, which plays a Vienna rooftop."
    )
    assert locations(post) == [
        ("Tanner's Well Theatre", ""),
        ("Grand Exchange Hall", "a Vienna rooftop"),
    ]


# -- Claimed, asked, retracted; not a list's place -----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "For years, fan forums have claimed the diner scene was shot in Reno.",
        "Correction: I originally wrote that the finale was shot at Wrigley Field.",
        "“Was it really filmed in Monterey?”",
        "Mondays: chili. Wednesdays: pasta.",
    ],
)
def test_no_place_of_a_claim_a_question_or_a_weekday(sentence):
    assert names(extract(sentence)) == []


def test_nobody_in_the_place_played_is_no_place():
    post = extract(
        "It was shot on the Corran Esplanade, which played Brighton, and nobody in"
        " Brighton has ever noticed."
    )
    assert locations(post) == [("Corran Esplanade", "Brighton")]


# -- What a place played: "it", "the film pretends", fuller targets ------------------


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The pier scenes were filmed at Tarbert.",
                "The story's harbour is Portree, but Tarbert plays it, and nobody minds.",
            ),
            [("Tarbert", "Portree")],
        ),
        # Traps: "it" a song; a place not filmed before.
        (("The band at Tarbert played it, and nobody minded.",), []),
        (
            (
                "The crew wanted the real Portree, but it was fogged in that May, so"
                " Tarbert stood in for it.",
            ),
            [],
        ),
    ],
)
def test_a_place_that_played_it(sentences, expected):
    assert locations(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "We went back to Cobh, where they shot it.",
                "The film pretends Cobh is a Norman fishing village, and nobody minds.",
            ),
            [("Cobh", "a Norman fishing village")],
        ),
        (
            (
                "We filmed at the Imperial.",
                "The film pretends that the Imperial is a hotel in Vienna.",
            ),
            [("Imperial", "a hotel in Vienna")],
        ),
        # Traps: a place not filmed; no place pretended.
        (("The film pretends Cobh is a Norman fishing village.",), []),
        (
            (
                "We went back to Cobh, where they shot it.",
                "The film pretends Cobh is fun.",
            ),
            [("Cobh", "")],
        ),
    ],
)
def test_the_film_pretends_a_place_is_another(sentences, expected):
    assert locations(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The dance scenes were filmed at the Astoria Ballroom, which is supposed"
            " to be a Berlin disco.",
            [("Astoria Ballroom", "a Berlin disco")],
        ),
        (
            "The story is set on the Norfolk marshes, but it was filmed at Cley, and"
            " Cley stands in for the marshes rather well if you squint.",
            [("Cley", "the Norfolk marshes")],
        ),
        (
            "The diner in the film is really the Blue Moon Diner in Leeds, playing a"
            " Chicago truck-stop diner; you can tell by the stools.",
            [("Blue Moon Diner", "a Chicago truck-stop diner")],
        ),
    ],
)
def test_what_a_place_played_in_full(sentence, expected):
    assert locations(extract(sentence)) == expected


# -- Filmed, said plainly -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            ("We shot in Tofino, and at Chesterman Beach.",),
            ["Tofino", "Chesterman Beach"],
        ),
        (("When they shot in Tofino it rained.",), ["Tofino"]),
        (
            (
                "The market scenes were shot at the Corn Exchange in Leeds, which played"
                " a Boston fish market, and along Canal Wharf for the rowing bit.",
            ),
            ["Corn Exchange", "Canal Wharf"],
        ),
        (
            (
                "It says Vermont, it was Quebec.",
                "And the bridge you see in the final scene is Pont Levis, across the"
                " river.",
            ),
            ["Pont Levis"],
        ),
        # Traps: shot, not filming; "you see" said to the reader.
        (("They shot in self-defence.",), []),
        (("You see, the town is Bath.",), []),
    ],
)
def test_a_place_said_plainly_as_filmed(sentences, expected):
    assert names(extract(*sentences)) == expected


# -- The place before an aside, or in the sentence before -----------------------------


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The Belmont Hotel, which has stood since 1870, stood in for a hotel in"
                " Denver.",
            ),
            [("Belmont Hotel", "a hotel in Denver")],
        ),
        (
            (
                "Mouraria, the old Lisbon quarter where the chase scenes were shot,"
                " standing in for Budapest.",
            ),
            [("Mouraria", "Budapest")],
        ),
        (
            ("We filmed the market scenes in Ludlow.", "It plays a town in Vermont."),
            [("Ludlow", "a town in Vermont")],
        ),
        (
            (
                "They shot it on the beach at Staithes.",
                "In the film that beach is meant to be a fishing village in Norway.",
            ),
            [("Staithes", "a fishing village in Norway")],
        ),
        # Traps: "it" not a place; a clause, not an aside.
        (
            ("We filmed the market scenes in Ludlow.", "It was a nice day for a fete."),
            [("Ludlow", "")],
        ),
        (
            ("Maine, the fishing village was actually Wells, which stood in for it.",),
            [],
        ),
    ],
)
def test_the_place_before_an_aside_or_before(sentences, expected):
    assert locations(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "We filmed at Hallow Point, which plays a lighthouse on the coast of Cornwall.",
            [("Hallow Point", "a lighthouse on the coast of Cornwall")],
        ),
        (
            "We filmed in Ripon, which plays a farm on the outskirts of the Fens.",
            [("Ripon", "a farm on the outskirts of the Fens")],
        ),
        # Trap: a time, not a part of a place.
        (
            "We filmed in Ripon, which plays a town on the night of the Armistice.",
            [("Ripon", "a town")],
        ),
    ],
)
def test_what_a_place_played_on_a_part_of_another(sentence, expected):
    assert locations(extract(sentence)) == expected


def test_a_long_story_place_after_a_filming_sentence():
    post = extract(
        "The director shot almost all of it within a few miles of her farm.",
        "The cove where the two of them swim out past the rocks at night is Porthcurno"
        " Beach.",
    )
    assert names(post) == ["Porthcurno Beach"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Drive an hour north and you are out on the Pilliga Scrub, where they staged"
            " the big truck chase.",
            ["Pilliga Scrub"],
        ),
        # Trap: a protest staged, no scene.
        ("We went to the Plaza Hotel, where they staged a protest.", []),
    ],
)
def test_where_they_staged_a_scene(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "We filmed in Hull, which plays a mill town surprisingly well.",
            "a mill town",
        ),
        ("We filmed in Hull, which plays a mill town better than most.", "a mill town"),
        ("We filmed in Hull, which stands in for the Bronx just fine.", "the Bronx"),
        (
            "We filmed in Hull, which plays a Lancashire port once again.",
            "a Lancashire port",
        ),
        (
            "We filmed in Hull, which plays a mill town every bit as well as the real one.",
            "a mill town",
        ),
        # Traps: words of the place itself.
        (
            "We filmed in Hull, which plays a town just outside Boston.",
            "a town just outside Boston",
        ),
        ("We filmed in Hull, which plays a lonely outpost.", "a lonely outpost"),
    ],
)
def test_what_a_place_played_ends_before_how_well(sentence, expected):
    assert locations(extract(sentence)) == [("Hull", expected)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The interiors were shot at Ealing Studios; the exteriors in Staithes, which"
            " played a Maine port.",
            [("Ealing Studios", ""), ("Staithes", "a Maine port")],
        ),
        (
            "The interiors were shot at Ealing Studios; the exteriors in Staithes.",
            [("Ealing Studios", ""), ("Staithes", "")],
        ),
        # Trap: a clause about people, not a further place.
        (
            "The interiors were shot at Ealing Studios; the cast stayed in Staithes.",
            [("Ealing Studios", "")],
        ),
    ],
)
def test_a_place_after_a_semicolon_with_the_verb_left_out(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("They shot the sequel in Lisbon.", []),
        ("The remake was filmed in Porto, which played Havana.", []),
        ("They shot the album cover in Lisbon.", []),
        (
            "The sequel was shot in Lisbon, but the original was filmed in Porto.",
            ["Porto"],
        ),
    ],
)
def test_another_works_shoot_is_no_place(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The ski montage was shot up on Piz Nair, above the glacier.", ["Piz Nair"]),
        (
            "The rooftop finale was filmed up at the Carrow Observatory.",
            ["Carrow Observatory"],
        ),
        (
            "The diner scenes were shot on a set in a warehouse in Camden; it shows.",
            ["Camden"],
        ),
        # Traps: shot down, shot up, a story set.
        ("He was shot down in Korea.", []),
        ("The saloon was shot up in Dodge City.", []),
        ("It was filmed, though set in Camden.", []),
    ],
)
def test_filmed_up_on_a_place_or_on_a_set_in_it(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            ("We filmed at Tarn Mill, which doubles as a museum these days.",),
            [("Tarn Mill", "")],
        ),
        (
            (
                "The finale was filmed at Tarn Mill.",
                "Today it doubles as a wedding venue.",
            ),
            [("Tarn Mill", "")],
        ),
        # Trap: the present day in another clause.
        (
            (
                "We filmed in Hull, which doubles for Boston, and today the mill is a museum.",
            ),
            [("Hull", "Boston")],
        ),
    ],
)
def test_what_a_place_is_used_as_today_is_no_stand_in(sentences, expected):
    assert locations(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Those trial scenes are inside the Old Guildhall in York.", ["Old Guildhall"]),
        ("These beach scenes are Saltburn.", ["Saltburn"]),
        # Trap: no place subject.
        ("These songs are in Nashville.", []),
    ],
)
def test_those_scenes_are_inside_a_place(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The video is another matter: shot at Dunstanburgh, in a gale.",
            ["Dunstanburgh"],
        ),
        # Traps: a photograph after its label; no place.
        ("Cover photo: shot at Abbey Road.", []),
        ("The verdict: shot in the foot.", []),
    ],
)
def test_shot_at_a_place_after_a_colon(sentence, expected):
    assert names(extract(sentence)) == expected


def test_a_story_place_with_a_which_aside_before_its_real_one():
    post = extract(
        "The Regent Hotel stood in for a hotel in Vienna, and the film was shot in Leeds.",
        "The cliff-top house, which I'd assumed was also in Leeds, is the Villa Marbella"
        " on Cap Ferrat.",
    )
    assert "Villa Marbella" in names(post)
    post = extract(
        "The film was shot in Leeds.", "The band, which formed in 1979, is the Cure."
    )
    assert names(post) == ["Leeds"]
