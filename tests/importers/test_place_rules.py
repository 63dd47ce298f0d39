"""Filming places and stand-ins, wording by wording: denied filming, the place before
", which plays", described stand-ins, shortened names, places said with "is", lists
under a filming heading. Every sentence here is invented for the test."""

import pytest

from wagtail_montage.importers.extraction import extract_facts
from wagtail_montage.importers.types import ParsedPost


def extract(*paragraphs, title="A post"):
    """Paragraphs; "H: text" is a heading, "<ul>..." a list."""
    body = []
    for text in paragraphs:
        if text.startswith("H: "):
            body.append(("heading", {"text": text[3:], "level": "h2"}))
        else:
            body.append(
                ("paragraph", text if text.startswith("<ul>") else f"<p>{text}</p>")
            )
    post = ParsedPost(source="test", key="test", title=title, body=body)
    extract_facts(post)
    return post


def locations(post):
    return [
        (fact["value"]["name"], fact["value"]["stood_in_for"])
        for fact in post.facts
        if fact["kind"] == "location"
    ]


def names(post):
    return [name for name, _stood in locations(post)]


# -- Denied filming ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "The story takes place in Oregon, though barely a scene was filmed in Oregon.",
        ),
        ("Not one frame of it was shot in Arizona.",),
        ("None of the picture was filmed in Texas.",),
        ("It is set in Denver.", "Mostly it wasn't shot there."),
        ("Despite the title, nothing was shot in Montana.",),
        ("The crew never filmed in Lisbon at all.",),
    ],
)
def test_a_denied_filming_makes_no_place(sentences):
    assert locations(extract(*sentences)) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("No doubt it was filmed in Ottawa.", ["Ottawa"]),
        ("It never charted, but the video was shot in Reno.", ["Reno"]),
    ],
)
def test_a_negation_outside_the_filming_clause_denies_nothing(sentence, expected):
    assert names(extract(sentence)) == expected


# -- The place before ", which plays" ------------------------------------------------


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The boat scenes were filmed on Loch Fyne, and the village of the"
                " last act is Inveraray, which plays a Norwegian harbour.",
            ),
            [("Loch Fyne", ""), ("Inveraray", "a Norwegian harbour")],
        ),
        (
            (
                "The heist was shot in Antwerp, and the getaway at Knokke, Belgium,"
                " which doubled for Monaco.",
            ),
            [("Antwerp", ""), ("Knokke", "Monaco")],
        ),
        (
            (
                "The chase was filmed in the Latin Quarter of Paris, which plays an"
                " unnamed Soviet port.",
            ),
            [("Latin Quarter", "an unnamed Soviet port")],
        ),
        (
            (
                "The air show was filmed at Duxford, out in the fens, which stood in"
                " for a base in Ohio.",
            ),
            [("Duxford", "a base in Ohio")],
        ),
        (
            (
                "The ballroom scenes were shot at the Pavilion Theatre in Bournemouth,"
                " standing in for a Berlin nightclub.",
            ),
            [("Pavilion Theatre", "a Berlin nightclub")],
        ),
    ],
)
def test_the_stand_in_is_the_place_right_before_it(sentences, expected):
    assert locations(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            ("The old Corn Exchange in Leeds dressed up as a Chicago hotel lobby.",),
            [("Corn Exchange", "a Chicago hotel lobby")],
        ),
        (
            (
                "The duel was filmed at the Fenwick Arena in Derby, and the arena"
                " played a stadium in Moscow for the final.",
            ),
            [("Fenwick Arena", "a stadium in Moscow")],
        ),
        (
            (
                "The crew set up camp on the Alvord Desert Flats, and the flats even"
                " played the surface of Mars.",
            ),
            [("Alvord Desert Flats", "the surface of Mars")],  # "the flats": its head
        ),
    ],
)
def test_a_stand_in_named_by_its_container_or_a_common_noun(sentences, expected):
    assert locations(extract(*sentences)) == expected


# -- What it played ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The night scenes were filmed in Valletta, which plays an unnamed Italian"
            " port with the help of some painted shutters.",
            "an unnamed Italian port",
        ),
        (
            "The parade was shot in Galena, which played the city of Springfield"
            " itself.",
            "Springfield",
        ),
        (
            "The border scenes were filmed in Nogales, which stood in for a town in"
            " Sonora after a week of dressing.",
            "a town in Sonora",
        ),
        (
            "The market was filmed in Tangier, standing in for a Moroccan village"
            " thanks to a few donkeys.",
            "a Moroccan village",
        ),
    ],
)
def test_a_described_target_stops_where_its_description_ends(sentence, expected):
    assert [stood for _name, stood in locations(extract(sentence))] == [expected]


# -- "X played Y" after filming --------------------------------------------------------


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "H: Where they filmed it",
                "Bath, Somerset, played a spa town in Virginia for most of the film.",
            ),
            [("Bath", "a spa town in Virginia")],
        ),
        (
            (
                "The director filmed the whole thing along the Rhine.",
                "Koblenz played a village in Alsace.",
            ),
            [("Rhine", ""), ("Koblenz", "a village in Alsace")],
        ),
        (
            ("Cork, Ireland, played Boston.",),
            [("Cork", "Boston")],
        ),
    ],
)
def test_a_place_played_another_after_filming_or_with_its_region(sentences, expected):
    assert locations(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        ("The car scenes were filmed at night.", "Harold Benton played Rocky."),
        ("The interiors were shot at night.", "Marla Quist played a nurse in Ohio."),
        ("Daisy Moreau played Paris as a girl.",),
        ("The band played Cleveland twice that year.",),
    ],
)
def test_people_and_bands_who_played_are_not_places(sentences):
    assert locations(extract(*sentences)) == []


def test_a_stand_in_then_its_filming_is_one_place():
    post = extract(
        "Hamilton stood in for Detroit.",
        "We know it because the car chase was filmed in Hamilton.",
    )
    assert locations(post) == [("Hamilton", "Detroit")]
    assert not [line for line in post.suggestions if "Hamilton" in line]


def test_a_stand_in_of_the_place_in_a_town_without_filming_is_a_suggestion():
    post = extract("The Pavilion in Bournemouth passed for a Berlin nightclub.")
    assert locations(post) == []
    assert post.suggestions


def test_a_stand_in_whose_name_says_it_is_a_place_needs_no_filming():
    post = extract("The Pavilion Theatre in Bournemouth passed for a Berlin nightclub.")
    assert locations(post) == [("Pavilion Theatre", "a Berlin nightclub")]


def test_a_stand_in_without_filming_stays_a_suggestion():
    post = extract("Everyone says Hamilton stood in for Detroit.")
    assert locations(post) == []
    assert any("Hamilton" in line for line in post.suggestions)


# -- A place shortened later ----------------------------------------------------------


def test_a_place_named_in_full_then_shortened_is_one_place():
    post = extract(
        "It was one of the first films to shoot inside the Dunmore Glass Works.",
        "Later the furnaces of the Glass Works stood in for a Soviet factory.",
    )
    assert locations(post) == [("Dunmore Glass Works", "a Soviet factory")]


def test_a_place_named_short_then_in_full_is_one_place():
    post = extract(
        "The bridge scenes were filmed at the Harbour Bridge.",
        "The finale was shot at the Westport Harbour Bridge, too.",
    )
    assert names(post) == ["Westport Harbour Bridge"]


# -- Filming said with "is" or left out --------------------------------------------------


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The docks were filmed in Gdansk, the factory scenes at the Ursus"
                " tractor works near Warsaw, and the farm is in Mazury.",
            ),
            ["Gdansk", "Ursus", "Mazury"],
        ),
        (
            ("The prison exteriors are the old Kingston Penitentiary in Ontario.",),
            ["Kingston Penitentiary"],
        ),
        (
            (
                "The beach scenes were shot on Fraser Island.",
                "The lighthouse at the very end is Byron Bay, photographed at dawn.",
            ),
            ["Fraser Island", "Byron Bay"],
        ),
        (
            (
                "The wedding was filmed in Kerry, and the pub where the fight breaks"
                " out was in Dublin's Liberties district.",
            ),
            ["Kerry", "Liberties"],
        ),
        (
            (
                "The campus scenes were filmed in Maine, and the library is the"
                " old reading room at Bowdoin College.",
            ),
            ["Bowdoin College"],  # the state is the college's region
        ),
        (("The last scene was shot out at Point Reyes.",), ["Point Reyes"]),
        (
            ("The production set up on the Carrizo Plain for six weeks.",),
            ["Carrizo Plain"],
        ),
    ],
)
def test_places_said_without_a_filming_verb_of_their_own(sentences, expected):
    assert names(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        ("The director is Anna Berg, and she shot the film in a hurry.",),
        ("The film was shot quickly.", "The story is in Boston, more or less."),
        ("The song is Harbour Lights, and the scenes are long.",),
        (
            "The interiors were filmed on a stage.",
            "The town where she was born is Cork.",
        ),
        ("The film was shot in a hurry.", "The lead is Martin Stroud."),
        ("The dinner is Thursday.",),  # no filming
        ("The harbour was filmed in Oslo, the city of her childhood in Norway.",),
    ],
)
def test_no_place_from_is_about_people_stories_or_asides(sentences):
    assert [name for name in names(extract(*sentences)) if name != "Oslo"] == []


# -- Lists under a filming heading --------------------------------------------------


def test_list_items_with_descriptions_under_a_filming_heading():
    post = extract(
        "H: Where it was shot",
        "<ul><li>Eureka, California, for the main street</li>"
        "<li>Avenue of the Giants, seen from the car</li>"
        "<li>The Samoa Cookhouse in Eureka, for the breakfast scene</li>"
        "<li>Ferndale: the cemetery</li></ul>",
    )
    assert names(post) == [
        "Eureka",
        "Avenue of the Giants",
        "Samoa Cookhouse",
        "Ferndale",
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "H: Our favourite bands",
            "<ul><li>Eureka, California, for the main street</li></ul>",
        ),
        (
            "H: Where it was shot",
            "<ul><li>Only at night, by the way</li></ul>",
        ),
        (
            "H: Where it was shot",
            "<ul><li>“Dead Calm”, by the harbour</li></ul>",
        ),
    ],
)
def test_no_list_place_without_a_filming_heading_or_a_place(paragraphs):
    assert locations(extract(*paragraphs)) == []


def test_a_place_said_with_is_of_an_unclear_subject_is_a_suggestion():
    post = extract(
        "The train scenes were filmed in Durango, and the engine is the Silverton"
        " Flyer."
    )
    assert names(post) == ["Durango"]
    assert any("Silverton Flyer" in line for line in post.suggestions)


def test_a_list_under_a_heading_that_only_asks_where():
    post = extract(
        "H: 2. Where?",
        "<ul><li>Portland's Pearl District: the loft</li>"
        "<li>Astoria, Oregon: the bridge chase</li></ul>",
    )
    assert names(post) == ["Pearl District", "Astoria"]


@pytest.mark.parametrize(
    "heading", ["H: Where to buy it", "H: Where are they now", "H: The cast"]
)
def test_no_list_place_under_other_headings(heading):
    post = extract(heading, "<ul><li>Astoria, Oregon: the bridge chase</li></ul>")
    assert locations(post) == []


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "The story is set in a made-up Ohio town.",
            "The town is Millbrook, of course.",
        ),
        ("H: The setting", "The diner is the Blue Moon, where the heroine works."),
    ],
)
def test_no_place_from_is_after_the_story_setting(sentences):
    assert locations(extract(*sentences)) == []


def test_filming_said_after_the_setting_in_the_same_sentence_counts():
    post = extract(
        "The village is fictional, but the boat race was filmed on Lake Bled, and"
        " the inn is the old mill at Radovljica."
    )
    assert names(post) == ["Lake Bled", "Radovljica"]


# -- A filming phrase, a few words, then the place ----------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The beach scenes were done a few miles down the coast at Pismo.",
            ["Pismo"],
        ),
        ("The night exteriors were staged outside Kamloops.", ["Kamloops"]),
        ("The chase was filmed on the mountain roads above Menton.", ["Menton"]),
        ("Most of it was lensed in the hills above Ojai.", ["Ojai"]),
        ("The fight was filmed on the back streets of Naples.", ["Naples"]),
        ("They shot it around Taos, and up in Questa.", ["Taos", "Questa"]),
        (
            "It was made on a shoestring and shot around Bisbee, Arizona.",
            ["Bisbee"],
        ),
        ("The production then decamped to Almería for the desert.", ["Almería"]),
        ("Principal photography took place in Tromsø.", ["Tromsø"]),
    ],
)
def test_the_place_a_few_words_after_a_filming_phrase(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The singer was shot dead in Memphis.",
        "The bomber was shot down in France.",
        "The gangster was shot up in Chicago.",
        "He filmed Madonna in Paris once.",
        "It was shot in the style of Hitchcock.",
        "The song was done in Nashville in a single take.",
        "The crew set up camp on the Owyhee Flats.",
        "The extra was shot by a sniper in Reno.",
    ],
)
def test_no_place_across_words_that_are_not_about_filming(sentence):
    assert locations(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The production was based in Moab, Utah, and the crew shot most of"
                " the chase there.",
            ),
            ["Moab"],
        ),
        (
            (
                "It went to No. 2 in Australia.",
                "The unit was based in Kanab, and they filmed the canyon scenes"
                " out there.",
            ),
            ["Kanab"],
        ),
    ],
)
def test_there_is_the_place_just_named_in_the_same_sentence(sentences, expected):
    assert names(extract(*sentences)) == expected


# -- A town's possessive ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The shootout was filmed at Glasgow's Central Station.", "Central Station"),
        ("The riot was shot in Berlin's Wedding district.", "Wedding"),
        ("The coda was filmed at Land's End.", "Land's End"),
        ("The wedding was shot on Martha's Vineyard.", "Martha's Vineyard"),
    ],
)
def test_a_town_owning_a_place_is_its_region_not_its_name(sentence, expected):
    assert names(extract(sentence)) == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The duel was filmed at Leith Docks, and the frozen-lake finale out on"
            " the ice at Gimli, Manitoba.",
            ["Leith Docks", "Gimli"],
        ),
        (
            "The raid was shot at Dover, and the night-time escape up on the cliffs"
            " at Folkestone.",
            ["Dover", "Folkestone"],
        ),
        (
            "The parade was shot in Mobile, and the singer was born in Selma.",
            ["Mobile"],
        ),
    ],
)
def test_a_further_place_after_a_described_scene(sentence, expected):
    assert names(extract(sentence)) == expected


# -- Stand-ins: more verbs, names that say they are places, asides ------------------


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "It is set in Chicago, but the Golden Gate Ballroom in Oregon had to"
                " play a Chicago speakeasy.",
            ),
            [("Golden Gate Ballroom", "a Chicago speakeasy")],
        ),
        (
            ("Tucson, Arizona, could easily pass for Mexico in those days.",),
            [("Tucson", "Mexico")],
        ),
        (
            ("The shoot moved north, and Glen Canyon on Lake Powell played Mars.",),
            [("Glen Canyon", "Mars")],
        ),
        (
            (
                "The story is set in Boston.",
                "Toronto's Cabbagetown district played Boston.",
            ),
            [("Cabbagetown", "Boston")],
        ),
        (
            (
                "The film is set in 1950s Amsterdam.",
                "Hamburg's Speicherstadt Quarter played 1950s Amsterdam, canals and all.",
            ),
            [("Speicherstadt Quarter", "1950s Amsterdam")],
        ),
        (
            (
                "The final was not filmed at Wembley.",
                "So Meadowbank, on Edinburgh's south side, played Wembley Stadium.",
            ),
            [("Meadowbank", "Wembley Stadium")],
        ),
        (
            (
                "The unit filmed the convoy at Fort Irwin, and the ranges out there"
                " doubled for an unnamed desert country in the finale.",
            ),
            [("Fort Irwin", "an unnamed desert country")],
        ),
    ],
)
def test_more_ways_a_place_plays_another(sentences, expected):
    assert locations(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        ("Ana Ruiz had to play the villain at short notice.",),
        ("Sam Park played Hamlet on the film set.",),
        ("Benny Hill played a postman in the film.",),
        ("The film was shot in a week.", "Lucy Bay played the heroine."),
        ("The band would play the Hollywood Bowl that summer.",),
    ],
)
def test_no_stand_in_for_a_person_playing_a_part(sentences):
    assert locations(extract(*sentences)) == []


# -- A scene's route, a town that is only another place's region, more subjects -----


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The chase starts in Soho, cuts through the Blackwall Tunnel and ends on"
            " Tower Bridge, which doubles for a bridge in Prague.",
            [
                ("Soho", ""),
                ("Blackwall Tunnel", ""),
                ("Tower Bridge", "a bridge in Prague"),
            ],
        ),
        (
            "They filmed it around Lyon: the getaway goes straight through Lyon's"
            " Croix-Rousse district.",
            [("Croix-Rousse", "")],
        ),
    ],
)
def test_a_scene_route_in_a_sentence_about_filming(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The chase ends in Paris, where the story is set.",
        "The parade goes through Harlem every year, and the band was there.",
    ],
)
def test_no_route_without_filming_in_the_sentence(sentence):
    assert locations(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            ("H: Where they shot it", "The villa the thieves rob is on Cap Ferrat."),
            ["Cap Ferrat"],
        ),
        (
            (
                "The estate scenes were shot in Leeds, and the underpass is in"
                " Sheffield.",
            ),
            ["Leeds", "Sheffield"],
        ),
    ],
)
def test_more_nouns_name_a_place_said_with_is(sentences, expected):
    assert names(extract(*sentences)) == expected


# -- A region beside the places inside it --------------------------------------------


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "It was shot in Portugal.",
                "The market scenes were filmed in Evora, mostly at dawn.",
            ),
            ["Evora"],
        ),
        (
            (
                "The story is set in Kansas, but it was filmed in Alberta: Drumheller"
                " stood in for Kansas.",
            ),
            ["Drumheller"],
        ),
        (
            ("The whole picture was shot in Wales: in Tenby, and in Laugharne.",),
            ["Tenby", "Laugharne"],
        ),
        (
            (
                "It was filmed in Devon over the summer of 1971: in Clovelly, for the"
                " harbour, and in Appledore, which passed for a Dutch fishing town.",
            ),
            ["Clovelly", "Appledore"],
        ),
    ],
)
def test_a_region_with_places_inside_it_is_their_region(sentences, expected):
    assert names(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (("It was filmed in Iceland.",), ["Iceland"]),
        (
            (
                "They shot it in Oregon.",
                "The cast hated the rain.",
                "The director loved it.",
                "The finale was shot in Astoria.",
            ),
            ["Oregon", "Astoria"],
        ),
        (
            ("The harbour scenes were filmed in Bergen, and the rest in Norway.",),
            ["Bergen"],
        ),
    ],
)
def test_a_region_alone_or_far_from_other_places_stays(sentences, expected):
    assert names(extract(*sentences))[: len(expected)] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The ball was filmed in Lisbon, at the Ajuda Palace.", ["Ajuda Palace"]),
        (
            "The cafe scenes were shot in Madrid, in the Lavapies quarter, over a week.",
            ["Lavapies"],
        ),
        ("The duel was filmed in Bath, on the Pulteney Bridge.", ["Pulteney Bridge"]),
    ],
)
def test_a_place_named_inside_a_town_just_named(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "It was shot in Leeds, in York and in Hull.",
        "It was shot in Leeds, York, and Hull over a wet month.",
        "The exteriors were filmed in Leeds, York and at Hull.",
    ],
)
def test_towns_in_a_row_are_a_list_not_a_town_and_its_part(sentence):
    assert names(extract(sentence)) == ["Leeds", "York", "Hull"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was shot in Leeds, Kev says, and he should know.",
        "It was shot in Leeds, Yorkshire's busiest city.",
    ],
)
def test_a_name_after_a_comma_is_no_list_without_and(sentence):
    assert names(extract(sentence)) == ["Leeds"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It was shot on location in Bruges, which plays itself, and in Ghent,"
            " which passes for Amsterdam.",
            [("Bruges", ""), ("Ghent", "Amsterdam")],
        ),
        (
            "The picture was filmed in Split, where the crew stayed (it rained), and"
            " in Trogir, which doubled for Venice.",
            [("Split", ""), ("Trogir", "Venice")],
        ),
    ],
)
def test_a_list_of_places_goes_on_past_an_aside(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The market scenes were shot in Athens' Plaka.", [("Plaka", "")]),
        ("They filmed the chase in Lisbon's Alfama.", [("Alfama", "")]),
        (
            "The opening was filmed in Sydney's Bondi, posing as Malibu.",
            [("Bondi", "Malibu")],
        ),
        ("The finale was shot on Martha's Vineyard.", [("Martha's Vineyard", "")]),
        (
            "The last scene was filmed at Robin Hood's Cove.",
            [("Robin Hood's Cove", "")],
        ),
    ],
)
def test_a_town_s_possessive_is_its_region(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The club scenes were shot at Mabel's.", ["Mabel's"]),
        ("The wedding was filmed at Dominic's, a restaurant in Queens.", ["Dominic's"]),
        ("The scene was shot at Harlan's insistence in one take.", []),
    ],
)
def test_a_venue_named_after_its_owner(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "For the harbour, Galway, Ireland stood in for Maine.",
            [("Galway", "Maine")],
        ),
        (
            "The film is set in Boston, but Kingston, Ontario doubled for Boston.",
            [("Kingston", "Boston")],
        ),
        (
            "The finale was filmed in Lisbon, where Alfama played Naples.",
            [("Alfama", "Naples")],
        ),
    ],
)
def test_the_town_before_its_region_plays_another_place(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The film was barely released in America.",
            "<ul><li>Director: Anna Berg</li><li>Score: Tom Hale</li></ul>",
        ),
        (
            "It is a film about grief.",
            "<ul><li>Stars: Ray Moss, Ida Lund</li><li>Rating: three out of five</li></ul>",
        ),
    ],
)
def test_no_list_place_after_a_sentence_that_only_names_the_film(paragraphs):
    assert locations(extract(*paragraphs)) == []


def test_a_list_place_under_a_heading_about_filming():
    post = extract("H: Where they shot it", "<ul><li>Whitby: the abbey</li></ul>")
    assert names(post) == ["Whitby"]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (("The director shot the whole thing in Galveston.",), ["Galveston"]),
        (("They filmed the picture around Taos, New Mexico.",), ["Taos"]),
        (("They shot the racing on the Smoke Creek Desert.",), ["Smoke Creek Desert"]),
        (("The crew filmed the wedding at Bodiam Castle.",), ["Bodiam Castle"]),
        (
            ("A second unit grabbed aerials over Ketchikan and flew home.",),
            ["Ketchikan"],
        ),
        (("The fire scenes themselves were staged near Revelstoke.",), ["Revelstoke"]),
        (("The mill scenes were filmed at the old Saltaire Mill.",), ["Saltaire Mill"]),
        (
            (
                "The coast scenes were filmed in Pembroke.",
                "The beach shots are from Tenby.",
            ),
            ["Pembroke", "Tenby"],
        ),
        (
            (
                "The chase was shot in Leeds, and the safehouse is a real villa in"
                " Ilkley.",
            ),
            ["Leeds", "Ilkley"],
        ),
    ],
)
def test_more_ways_to_say_where_it_was_filmed(sentences, expected):
    assert names(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "He shot the sheriff in Dodge City.",
        "The photographer grabbed some shots of Paris for the poster.",
        "She filmed the interview over Christmas.",
    ],
)
def test_no_place_for_other_shooting(sentence):
    assert names(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The film was shot in Liverpool. The terraces of Hope Street passed for"
            " Manhattan.",
            [("Hope Street", "Manhattan")],  # Liverpool: the street's town
        ),
        (
            "For the finale, shot in May, the Canning Dock played the Hamburg"
            " waterfront.",
            [("Canning Dock", "the Hamburg waterfront")],
        ),
    ],
)
def test_a_street_or_a_dock_plays_another_place(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Q: Was any of it filmed in Nevada?",
        "Was the harbour scene really shot in Portofino?",
        "Did they ever shoot the finale in Lisbon?",
    ],
)
def test_a_place_asked_about_is_a_suggestion(sentence):
    post = extract(sentence)
    assert names(post) == []


def test_a_question_that_asks_where_keeps_the_answer():
    post = extract("Where was it filmed? It was filmed in Nevada.")
    assert names(post) == ["Nevada"]


# -- The stand-in's own name, past asides ----------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Harwick, with its crooked harbour, stood in for Bremen, and the road"
            " scenes were filmed around Selby.",
            [("Selby", ""), ("Harwick", "Bremen")],
        ),
        (
            "The story is meant to be in Lyon but it was really made in Dijon,"
            " Burgundy, which stood in for Lyon, and the picnic was filmed on Belle"
            " Isle.",
            [("Belle Isle", ""), ("Dijon", "Lyon")],
        ),
        (
            "The mansion is Castell Hurst, high above Bala, which stood in for a"
            " Norwegian manor.",
            [("Castell Hurst", "a Norwegian manor")],
        ),
        (
            "The hideout is Tollerby, the hamlet in north Devon, which stood in for a"
            " village on the Breton coast.",
            [("Tollerby", "a village on the Breton coast")],
        ),
        (
            "The lake is Loughmore in County Clare, which stood in for a Swiss lake.",
            [("Loughmore", "a Swiss lake")],
        ),
        (
            "It was shot in Quebec City, in the Vieux Port, which stood in for"
            " Marseille.",
            [("Vieux Port", "Marseille")],
        ),
        (
            "It was filmed in Somerset, on the Quay in Watchet, which plays the"
            " Cornish harbour.",
            [("Quay", "the Cornish harbour")],
        ),
    ],
)
def test_the_stand_in_is_named_before_its_aside(sentence, expected):
    assert sorted(locations(extract(sentence))) == sorted(expected)


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The docks were shot in Antwerp, which stood in for Oslo's old"
                " harbour with a little paint.",
            ),
            "Oslo's old harbour",
        ),
        (
            (
                "The runway scenes were filmed at Lydd Airport, which stood in for an"
                " RAF base in Lincolnshire, oddly enough.",
            ),
            "an RAF base in Lincolnshire",
        ),
        (
            (
                "The finale was shot at the Brent Cross centre, which plays a Dallas"
                " mall the way it played every mall of the decade.",
            ),
            "a Dallas mall",
        ),
        (
            (
                "The hero rides across what the script calls the Siberian tundra.",
                "The riding scenes were shot in Lapland, doubling for the tundra.",
            ),
            "the Siberian tundra",
        ),
    ],
)
def test_what_a_stand_in_played_is_said_in_full(sentences, expected):
    assert [stood for _name, stood in locations(extract(*sentences))] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "They shot it in Leeds, mostly around Kirkgate, which says a lot.",
            [("Kirkgate", "")],
        ),
        (
            "Most of it was shot in the Gorbals, along the Clyde Walkway, and on the"
            " pier at Largs.",
            [("Clyde Walkway", ""), ("Largs", "")],
        ),
    ],
)
def test_a_place_around_or_along_inside_a_town_just_named(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The chase was filmed in Gdansk, which stands in, with some effort, for"
            " prewar Danzig.",
            [("Gdansk", "prewar Danzig")],
        ),
        (
            "The docks were shot in Leith, whose warehouses doubled for 1890s Boston"
            " without much help.",
            [("Leith", "1890s Boston")],
        ),
        (
            "The picture was made in Lowell, Massachusetts, which does a fine job"
            " doubling for northern Ohio.",
            [("Lowell", "northern Ohio")],
        ),
        (
            "The picnic was shot in Rye, which does a decent Brighton if you squint.",
            [("Rye", "Brighton")],
        ),
        (
            "The finale was filmed at Rhyl, and Rhyl pretends to be Blackpool rather"
            " well.",
            [("Rhyl", "Blackpool")],
        ),
        (
            "The stand-off was filmed at Dunmore, which stood in for most of Cork.",
            [("Dunmore", "")],
        ),
    ],
)
def test_more_ways_to_say_a_place_stood_in(sentence, expected):
    assert locations(extract(sentence)) == expected


def test_a_state_playing_another_beside_named_places_is_a_suggestion():
    post = extract(
        "The boardwalk scenes were shot on Ocean Pier, which stood in for a Maryland"
        " pier.",
        "Oregon pretending to be Maryland, classic.",
    )
    assert locations(post) == [("Ocean Pier", "a Maryland pier")]
    assert any("Oregon, standing in for Maryland" in line for line in post.suggestions)


def test_a_state_playing_another_alone_stays_a_place():
    post = extract("Oregon stood in for Maryland throughout the film.")
    assert locations(post) == [("Oregon", "Maryland")]


def test_a_place_only_said_to_be_where_it_was_filmed_is_a_suggestion():
    post = extract(
        "Legend has it that the film was shot in Galway.",
        "It is widely claimed that the picture was filmed in Sligo.",
    )
    assert locations(post) == []
    assert any("Possible location: Galway" in line for line in post.suggestions)
    # a claim reported to doubt it is taken back (offer_place_unfilmed)
    assert not any("Sligo" in line for line in post.suggestions)


def test_a_lowercase_station_or_pier_ends_the_name():
    post = extract(
        "They filmed in the disused Hanbury station, which stands in for a Paris"
        " metro platform."
    )
    assert locations(post) == [("Hanbury station", "a Paris metro platform")]


def test_scenes_listed_after_filmed_there_are_places_in_that_town():
    post = extract(
        "It is set in Lyon and mostly filmed there: the duel in Fourvière, the"
        " picnic on the Pont des Marchands."
    )
    assert names(post) == ["Fourvière", "Pont des Marchands"]


def test_a_town_beside_its_old_quarter_is_the_quarter_s_region():
    post = extract(
        "Like many films of the decade it was shot in Quebec.",
        "Old Quebec stands in for the Latin Quarter, cobbles and all.",
    )
    assert locations(post) == [("Old Quebec", "the Latin Quarter")]


def test_a_place_in_its_town_then_more_scenes_elsewhere():
    post = extract(
        "The ball was shot at the Hartwell Estate in Ashford, and the river scenes"
        " at Linden Falls."
    )
    assert names(post) == ["Hartwell Estate", "Linden Falls"]
    assert post.facts[0]["value"]["region"] == "Ashford"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "For the Arctic port the crew went to Tromsø, which played Murmansk with"
            " some fake snow.",
            [("Tromsø", "Murmansk")],
        ),
        (
            "For the finale the unit went aboard the HMS Belfast, which was dressed as"
            " a Soviet destroyer with red paint on the funnels.",
            [("HMS Belfast", "a Soviet destroyer")],
        ),
    ],
)
def test_a_crew_that_went_to_a_place(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The crew went to Inishbofin instead, the biggest island.", ["Inishbofin"]),
        (
            "The crew went to Clare Island, and it plays a Hebridean island.",
            ["Clare Island"],
        ),
        ("The crew went to Skye to shoot the opening.", ["Skye"]),
    ],
)
def test_a_crew_that_went_to_a_place_to_film(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The crew went to Sundance with the finished cut.",
        "The production went to Warner Bros after the split.",
        "The crew went to Sundance, where the film played to a full house.",
    ],
)
def test_a_crew_that_went_elsewhere_is_a_suggestion(sentence):
    post = extract(sentence)
    assert locations(post) == []
    assert any("Possible location" in line for line in post.suggestions)


def test_a_town_the_crew_went_to_before_filming_inside_it_is_its_region():
    post = extract(
        "The council said no, so the production went to Leeds and filmed in the"
        " disused Kirkgate station, which stands in for a Paris metro platform."
    )
    assert locations(post) == [("Kirkgate station", "a Paris metro platform")]
    assert post.facts[0]["value"]["region"] == "Leeds"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Where it was shot: Leeds's Kirkgate Market, plus the old Armley Mills,"
            " dressed up as a Polish shipyard for the strike.",
            [("Kirkgate Market", ""), ("Armley Mills", "a Polish shipyard")],
        ),
        (
            "Where they filmed: the Cuillin Ridge on Skye, and Duart Castle, which"
            " passes for a Danish fortress.",
            [("Cuillin Ridge", ""), ("Duart Castle", "a Danish fortress")],
        ),
    ],
)
def test_places_after_a_colon_that_says_where(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Take the ferry up the Rhine to Bacharach, where they shot the market and"
            " the wedding.",
            ["Bacharach"],
        ),
        (
            "The drive up the coast to Port Tennant, where the mine scenes were shot,"
            " is lovely.",
            ["Port Tennant"],
        ),
        ("I was in Pittsburgh, where they made it.", []),
        ("Ivy Hart, where they shot her, is a kind of memorial.", []),
        ("I met Ivy Hart, where they shot the pilot, years ago.", []),
    ],
)
def test_the_place_before_where_they_shot(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The hanging is on the Kelso Bridge, famous for its arches, but in the"
            " film it has to pretend to be a border crossing on the Rhine.",
            [("Kelso Bridge", "a border crossing on the Rhine")],
        ),
        (
            "And the town on the hill is Castelmola, but in the film it pretends to"
            " be a village of Sardinia.",
            [("Castelmola", "a village of Sardinia")],
        ),
        (
            "The barn is in Ripon, and it stood in for a farm in upstate New York.",
            [("Ripon", "a farm in upstate New York")],
        ),
        ("The song is Rain Again, and it plays Chicago in the film.", []),
        ("Her sister is Ida Lowe, and it pretends to be a comedy.", []),
    ],
)
def test_it_stands_for_the_place_the_sentence_names(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The ballroom scene was filmed in Vienna, at the Hofburg Library, which"
            " subbed for a royal archive.",
            [("Hofburg Library", "a royal archive")],
        ),
        (
            "The finale was shot at the Winter Gardens in Margate, which was made over"
            " as a Miami nightclub for the week.",
            [("Winter Gardens", "a Miami nightclub")],
        ),
        (
            "The dock scenes were done at the Port of Hull, and the little town where"
            " she grows up is Whitby, Yorkshire, dressed up to pass for a Maine fishing"
            " village.",
            [("Port of Hull", ""), ("Whitby", "a Maine fishing village")],
        ),
        (
            "They filmed the chase at Cheddar Gorge, which was dressed to stand in for"
            " the Rockies.",
            [("Cheddar Gorge", "the Rockies")],
        ),
        (
            "The story is set in Wales, but Conwy Castle was made up to play a Scottish"
            " keep.",
            [("Conwy Castle", "a Scottish keep")],
        ),
        (
            "It was shot in Nice, whose harbour and old pastel fronts stand in for"
            " Genoa with a few shop signs.",
            [("Nice", "Genoa")],
        ),
        (
            "The town scenes were shot in Yellowknife, which is supposed to be Alaska"
            " in the story.",
            [("Yellowknife", "Alaska")],
        ),
        (
            "The town scenes were shot in Leeds, which was supposed to be a two-week"
            " shoot.",
            [("Leeds", "")],
        ),
    ],
)
def test_still_more_ways_a_place_stood_in(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The harbour scenes were shot in Mevagissey, which plays a fictional"
            " port, with a few more in Fowey, and the regatta was filmed at Looe.",
            ["Mevagissey", "Fowey", "Looe"],
        ),
        (
            "The tank scenes were filmed at Fort Hood, which stood in for a desert"
            " country with the army's help, and the air sequences at Nellis Air Force"
            " Base.",
            ["Fort Hood", "Nellis Air Force Base"],
        ),
        (
            "Most of it was shot in Tacoma, with a week in Seattle's Fremont for the"
            " club scenes.",
            ["Tacoma", "Fremont"],
        ),
        (
            "The pier scenes were shot in Brixham, which plays itself, and Kev loved"
            " every minute.",
            ["Brixham"],
        ),
    ],
)
def test_a_list_of_places_goes_on_past_asides_and_with(sentence, expected):
    assert names(extract(sentence)) == expected


def test_a_place_that_passed_for_another_in_a_town_makes_the_town_its_region():
    post = extract(
        "Most of it was shot in the Marigny, and the rest in Natchez, where the Old"
        " Courthouse passed for a Georgia town hall."
    )
    assert locations(post) == [
        ("Marigny", ""),
        ("Old Courthouse", "a Georgia town hall"),
    ]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The film is set in Denver, and the plot is a rodeo comeback.",
                "Calgary plays Denver in almost every arena sequence.",
            ),
            [("Calgary", "Denver")],
        ),
        (
            (
                "Q: Where was it filmed? A: Not in Reno!",
                "Carson City played Reno, and the casino is long gone.",
            ),
            [("Carson City", "Reno")],
        ),
        (
            (
                "The film is set in Memphis.",
                "Dale Rook played Memphis twice on that tour.",
            ),
            [],
        ),
        (
            ("The film is set in Memphis.", "Dale Rook played Memphis in 1956."),
            [],
        ),
    ],
)
def test_a_place_that_played_the_story_s_setting(sentences, expected):
    assert locations(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The cattle drive was filmed at the foot of the Sawtooth Ridge.",
            ["Sawtooth Ridge"],
        ),
        (
            "The picnic finale was shot on the lawn in front of the Palmer House.",
            ["Palmer House"],
        ),
        (
            "The video was shot in Soho in London (before it got expensive) and out"
            " at Margate, on the pier.",
            ["Soho", "Margate"],
        ),
        ("Filming also took place on Mill Lane, closed for two days.", ["Mill Lane"]),
        (
            "They shot it around Boston: the card game is in a real mansion in"
            " Brookline.",
            ["Boston", "Brookline"],
        ),
    ],
)
def test_more_places_said_with_a_filming_phrase(sentence, expected):
    assert names(extract(sentence)) == expected


def test_a_named_place_outside_a_town_plays_another():
    post = extract(
        "The drag scenes were shot at Mesa Raceway outside Tucson, which plays an"
        " Oklahoma dragstrip."
    )
    assert locations(post) == [("Mesa Raceway", "an Oklahoma dragstrip")]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was filmed in Glorious Technicolor.",
        "The video was shot in the Summer of Love style.",
        "It was filmed in Easter week.",
        "The promo was shot in Kodachrome.",
        "It was shot in the Netflix era.",
        "The video was shot on VHS.",
        "The video was shot on a Sony Betacam.",
    ],
)
def test_no_place_from_a_format_a_holiday_or_a_style(sentence):
    assert locations(extract(sentence)) == []


def test_an_island_named_for_a_holiday_is_a_place():
    assert names(extract("They shot it on Christmas Island.")) == ["Christmas Island"]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The film was shot in Toronto.",
                "Dale Rook doubled for Kurt Lane in the Chicago scenes.",
            ),
            [("Toronto", "")],
        ),
        (
            (
                "The opening is the surprise.",
                "Shot in Sydney's Bondi, posing as Venice Beach.",
            ),
            [("Bondi", "Venice Beach")],
        ),
    ],
)
def test_a_double_of_one_person_for_another_is_a_suggestion(sentences, expected):
    assert locations(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The producer, Rick Vance, stood in for the director on the Boston shoot.",
        "On the Leeds shoot Ada Moss stood in for the lead singer in Dublin.",
    ],
)
def test_no_stand_in_for_a_person_s_job(sentence):
    assert locations(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Shot in Lisbon, the video stars Ana Reis as a singer.", ["Lisbon"]),
        ("Shot on location at Dunmore Head, it is lovely.", ["Dunmore Head"]),
        ("Shot at dawn, the video is beautiful.", []),
    ],
)
def test_a_sentence_that_starts_with_shot_in(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The story is set in Vienna, which stands in for Europe as a whole.",
        "The town in the film, Port Rowan, stands in for Cornwall.",
        "The fictional town of Haddon stood in for Lancashire.",
    ],
)
def test_a_stand_in_that_is_the_story_s_own_place_is_a_suggestion(sentence):
    post = extract(sentence)
    assert locations(post) == []
    assert any("standing in for" in line for line in post.suggestions)


def test_a_place_filmed_for_the_story_s_setting_stays():
    post = extract("It was set in Leeds but filmed in Hull, which stood in for Leeds.")
    assert locations(post) == [("Hull", "Leeds")]


def test_a_place_said_with_is_in_the_story_is_not_filmed():
    post = extract("The shoot was in Leeds. The town is Harrogate in the story.")
    assert names(post) == ["Leeds"]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The story is set in Wales.",
                "The filmmakers went to Bute in Scotland instead, and the island plays"
                " a Welsh lake town beautifully.",
            ),
            [("Bute", "a Welsh lake town")],
        ),
        (
            (
                "The production camped on the Alvord Flats in Oregon for a month, and"
                " the flats stood in for the Gobi in the dream sequence.",
            ),
            [("Alvord Flats", "the Gobi")],
        ),
        (
            (
                "The cobbles of Dock Street stood in for Boston's North End in the"
                " chase scenes.",
                "Rye played a Maine fishing town.",
            ),
            [("Dock Street", "Boston's North End"), ("Rye", "a Maine fishing town")],
        ),
        (
            (
                "The harbour was filmed in Looe, which plays a sleepy fishing village"
                " convincingly for a week.",
            ),
            [("Looe", "a sleepy fishing village")],
        ),
    ],
)
def test_stand_ins_after_a_trip_a_camp_or_another_stand_in(sentences, expected):
    assert locations(extract(*sentences)) == expected


def test_list_items_that_say_they_were_filmed_or_played_another():
    post = extract(
        "Last summer I visited every spot I could find.",
        "H: What I found",
        "<ul><li>Lyme \u2014 the harbour where they meet is unchanged; in the film it"
        " doubles for a Breton fishing port.</li>"
        "<li>the Bellweather Convention Center, for every dance scene</li>"
        "<li>Mary Lane \u2014 her best song, sung over the opening scene.</li></ul>",
    )
    assert locations(post) == [("Lyme", "a Breton fishing port")]


def test_list_items_with_a_region_of_any_kind_or_a_lowercase_article():
    post = extract(
        "H: Where they shot it",
        "<ul><li>Lyme, Dorset, for the harbour</li>"
        "<li>the Bellweather Convention Center, for every dance scene</li></ul>",
    )
    assert names(post) == ["Lyme", "Bellweather Convention Center"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The beach scenes, including the big row by the rocks, were done down the"
            " coast at Saunton Sands.",
            ["Saunton Sands"],
        ),
        (
            "The chase was filmed on the decks of HMS Caroline in Belfast.",
            ["HMS Caroline"],
        ),
        ("The hero was shot down in Leeds in the last reel.", []),
    ],
)
def test_places_after_an_aside_down_the_coast_or_on_deck(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        ("The video was shot in Leeds.", "Kate Bush pretends to be Cathy."),
        ("The video was shot in Leeds.", "Kate Bush does a decent Marilyn in it."),
        ("The video was shot in Leeds.", "Kate Bush was made up to look like Marilyn."),
        ("The video was shot in Leeds.", "Kate Bush subbed for Ivy on the day."),
        ("The video was shot in Leeds.", "Madonna was dressed up as a bride."),
        ("The video was shot in Leeds, where Madonna passes for a local.",),
    ],
)
def test_a_person_who_pretends_or_dresses_up_is_no_stand_in(sentences):
    post = extract(*sentences)
    assert locations(post) == [("Leeds", "")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It was shot in Leeds, and Madonna hated it.", ["Leeds"]),
        ("It was filmed in Leeds and Kev was there.", ["Leeds"]),
        ("They filmed in Leeds and Bradford over a wet month.", ["Leeds", "Bradford"]),
        ("It was shot in Leeds and York.", ["Leeds", "York"]),
        ("It was shot in Leeds, Kev, Dave and Sam said.", ["Leeds"]),
    ],
)
def test_a_name_that_starts_a_new_clause_ends_the_list(sentence, expected):
    assert names(extract(sentence)) == expected


def test_a_capitol_passed_for_a_courthouse_in_a_town_just_filmed():
    post = extract(
        "The rest was shot up-river in Jackson, where the Old State Capitol passed"
        " for a Georgia courthouse."
    )
    assert locations(post) == [("Old State Capitol", "a Georgia courthouse")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The album cover was shot in Central Park.",
        "The band photo was shot at Battersea Power Station.",
        "Ivy Hart was photographed at the Chelsea Hotel for the sleeve.",
    ],
)
def test_a_photograph_s_shoot_is_a_suggestion(sentence):
    post = extract(sentence)
    assert locations(post) == []
    assert any("Possible location" in line for line in post.suggestions)


@pytest.mark.parametrize(
    "sentence",
    [
        "The video was shot in Soho, and the cover photo came later.",
        "The video, like the cover, was shot in Soho.",
    ],
)
def test_a_video_shot_beside_a_word_of_photographs_is_a_place(sentence):
    assert names(extract(sentence)) == ["Soho"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The ferry scenes are in Mackinaw City, which they used for a Maine harbor"
            " town.",
            [("Mackinaw City", "a Maine harbor town")],
        ),
        (
            "The last act moves to Broken Hill, which in the script is a mining town in"
            " Nevada.",
            [("Broken Hill", "a mining town in Nevada")],
        ),
        (
            "The crew filmed in Leeds, which they used for three weeks.",
            [("Leeds", "")],
        ),
    ],
)
def test_a_place_they_used_for_another_or_that_is_another_in_the_script(
    sentence, expected
):
    assert locations(extract(sentence)) == expected


# -- The named place inside a town, before a stand-in verb -------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The dance hall is the old Starlight Ballroom in Dayton, Ohio, playing a "
            "Chicago hotel.",
            [("Starlight Ballroom", "a Chicago hotel")],
        ),
        (
            "Trivia: the Teepee Motel in Tucumcari, New Mexico, plays the Bluebird "
            "Diner where she works.",
            [("Teepee Motel", "the Bluebird Diner")],
        ),
        (
            "That's Kilbrannan Castle in the Scottish Highlands standing in for a "
            "Bavarian fortress.",
            [("Kilbrannan Castle", "a Bavarian fortress")],
        ),
        (
            "The valley is Glen Ardle in the Scottish Highlands, which stands in for "
            "the Alps.",
            [("Glen Ardle", "the Alps")],
        ),
        (
            "They shot the hill town in Borgo di Montefalco, which plays a village in "
            "the Balkans.",
            [("Borgo di Montefalco", "a village in the Balkans")],
        ),
    ],
)
def test_the_named_place_inside_a_town_stands_in(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The casino scenes were staged in the lobby of the Marlowe hotel in Tampa, "
            "which stands in for the fictional Orchid club.",
            [("Marlowe", "the fictional Orchid club")],
        ),
        (
            "The radar scenes were shot at RAF Kelloch, the Dutch-run base in Fife, "
            "which plays a NASA tracking station.",
            [("RAF Kelloch", "a NASA tracking station")],
        ),
    ],
)
def test_the_named_building_in_a_town_stands_in(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The mining town is Dunmore, just outside Bellbrook in Queensland, and it "
            "stands in for a Utah ghost town.",
            [("Dunmore", "a Utah ghost town")],
        ),
        (
            "The harbour is Port Ellis, in County Kerry, and it pretends to be a "
            "village in Maine.",
            [("Port Ellis", "a village in Maine")],
        ),
    ],
)
def test_it_is_the_place_before_an_aside_that_places_it(sentence, expected):
    assert locations(extract(sentence)) == expected


def test_a_ranking_word_that_labels_a_list_item_is_no_place():
    post = extract(
        "The last dance was filmed in the ballroom of the Regent Hotel.",
        "<ul><li>Rarest: the blue vinyl promo</li>"
        "<li>Worst: the 1991 budget reissue, which drops a song</li>"
        "<li>Funniest: the Dutch sleeve</li></ul>",
    )
    assert not {"Rarest", "Worst", "Funniest"} & set(names(post))


def test_a_myth_about_where_it_was_filmed_is_neither_a_place_nor_an_offer():
    post = extract(
        "The whole film was shot in Nova Scotia.",
        "Myth one: the lighthouse is Cape Ardle Light.",
    )
    assert "Cape Ardle Light" not in names(post)
    # taken back by offer_place_unfilmed: a myth is no filming place
    assert not any("Cape Ardle Light" in str(item) for item in post.suggestions)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Kenora, Ontario, plays the mill town of Harlow, Vermont, its brick "
            "chimneys painted over.",
            [("Kenora", "the mill town of Harlow, Vermont")],
        ),
        (
            "Cobourg doubles for Springfield, Illinois, in the opening reel.",
            [("Cobourg", "Springfield, Illinois")],
        ),
    ],
)
def test_what_a_place_played_keeps_its_state(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Glenmore stood in for the abbey of St. Aldric in the finale.",
            [("Glenmore", "the abbey of St. Aldric")],
        ),
        (
            "Glenmore stood in for a village of fishermen.",
            [("Glenmore", "a village of fishermen")],
        ),
    ],
)
def test_what_a_place_played_goes_on_past_of_and_an_abbreviation(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The chase over the gorge is the Kelvale Viaduct, which in the film plays "
            "an Austrian mountain railway.",
            [("Kelvale Viaduct", "an Austrian mountain railway")],
        ),
        (
            "The Harnby Tower plays a radio mast in rural Ohio, shot from low angles.",
            [("Harnby Tower", "a radio mast in rural Ohio")],
        ),
        (
            "The fishing village of Skalvik, in the Vesteralen islands, plays a "
            "Labrador outport, and the interiors were shot in a cannery in Bergen.",
            [("Skalvik", "a Labrador outport"), ("Bergen", "")],
        ),
    ],
)
def test_a_named_tower_viaduct_or_village_that_plays_a_place(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "That's Dunmore High School, dressed up as Riverside Junior High with a "
            "new sign.",
            [("Dunmore High School", "Riverside Junior High")],
        ),
        (
            "The farewell was the terminal at RAF Base Kelloch, out past Perth, "
            "dressed up as Chicago O'Hare.",
            [("RAF Base Kelloch", "Chicago O'Hare")],
        ),
        (
            "The mill was an empty factory at Harjavalta, in Finland, doubling for "
            "Norrland.",
            [("Harjavalta", "Norrland")],
        ),
    ],
)
def test_a_name_said_to_be_a_place_stands_in(sentence, expected):
    assert locations(extract(sentence)) == expected


def test_a_person_dressed_up_as_someone_is_no_place():
    assert (
        locations(extract("That's Dan Harlow, dressed up as Father Christmas.")) == []
    )


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The shoot took six weeks.",
                "And Rye harbour plays the Welsh village where the family stays.",
            ),
            [("Rye", "the Welsh village where the family stays")],
        ),
        (
            (
                "The shoot took six weeks.",
                "Rye harbour plays the Bluebird Diner where she works.",
            ),
            [("Rye", "the Bluebird Diner")],
        ),
    ],
)
def test_a_town_and_its_harbour_plays_a_place_its_where_clause_names(
    sentences, expected
):
    assert locations(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "Nearly all of it was filmed in Belgium.",
                "The little harbour where she waits is Damme, which is acting as a "
                "Suffolk fishing village.",
            ),
            [("Damme", "a Suffolk fishing village")],
        ),
        (("The Grand Hotel acted as the production office.",), []),
        (("Sam Price acts as the narrator.",), []),
    ],
)
def test_acting_as_a_place_is_a_stand_in(sentences, expected):
    assert locations(extract(*sentences)) == expected


def test_the_mills_of_a_place_are_in_it():
    post = extract(
        "Nearly all of it was filmed in Belgium.",
        "The harbour in the last scene is the old docks of Ostend.",
    )
    assert names(post) == ["Ostend"]


def test_the_son_of_a_man_is_no_place():
    post = extract("It was filmed in Leeds.", "The harbour man is the son of Tom Carr.")
    assert names(post) == ["Leeds"]


# -- A place as the answer to a question about a scene ------------------------------


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            ("The go-kart track scenes?", "That's the old Ocean City Pavilion, RIP."),
            ["Ocean City Pavilion"],
        ),
        (
            (
                "Q: And the canyon chase?",
                "A: That's the Painted Flats, south of Tulsa.",
            ),
            ["Painted Flats"],
        ),
        (
            ("The airfield scenes at the end?", "That's Kelloch Air Force Base."),
            ["Kelloch Air Force Base"],
        ),
        (("And the dance scene?", "That's Kate Miller, who trained for months."), []),
        (("Who sings over the chase?", "That's the Dunes."), []),
        (("Is it any good?", "That's the Painted Flats, I think."), []),
    ],
)
def test_a_place_answers_a_question_about_a_scene(sentences, expected):
    assert names(extract(*sentences)) == expected


def test_a_place_whose_long_described_parts_stand_in():
    post = extract(
        "The crew worked in two places.",
        "The second is Salt Creek, on the far southern shore of the Mirror Lake, "
        "whose half-sunk caravans and rusted pier posts are made to stand in for the "
        "Baltic coast.",
    )
    assert locations(post) == [("Salt Creek", "the Baltic coast")]


def test_the_ballroom_of_the_hotel_is_the_hotel():
    post = extract(
        "The dance was filmed in Michigan.",
        "The dance at the end is in the ballroom of the Lakeview Hotel.",
    )
    assert "Lakeview Hotel" in names(post)


def test_a_town_then_sites_without_a_town_is_their_town():
    post = extract(
        "It was supposed to be Boston, but it was filmed in Hamilton.",
        "The big fight was filmed in the Jackson Square Market, and the cliff scenes "
        "were filmed at the Burlington Bluffs.",
    )
    assert names(post) == ["Jackson Square Market", "Burlington Bluffs"]


def test_a_venue_then_sites_stays_a_place():
    post = extract(
        "They filmed the big game at the Rose Bowl.",
        "The school scenes were shot at Harbor Polytechnic High School.",
    )
    assert names(post) == ["Rose Bowl", "Harbor Polytechnic High School"]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "Which Ohio hotel played the Blue Moon Inn?",
                "The Harbor Hotel in Sandusky.",
            ),
            [("Harbor Hotel", "the Blue Moon Inn")],
        ),
        (
            ("Which town played the fictional Elm Falls?", "A: It's Cobourg, Ontario."),
            [("Cobourg", "the fictional Elm Falls")],
        ),
        (("Which actor played the sheriff?", "Tom Hale, of course."), []),
        (("Which town played Elm Falls?", "Nobody knows, but I have a theory."), []),
    ],
)
def test_a_short_answer_to_which_place_played_y(sentences, expected):
    assert locations(extract(*sentences)) == expected


def test_which_in_the_film_is_supposed_to_be_a_place():
    post = extract(
        "It was filmed at RAF Kelloch in Fife, which in the film is supposed to be a "
        "US base in Texas."
    )
    assert locations(post) == [("RAF Kelloch", "a US base in Texas")]


def test_the_band_that_answers_a_question_about_a_scene_is_no_place():
    post = extract("And the dance scene?", "It's the Beatles, obviously.")
    assert names(post) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Ladner, down in Delta, played a Maine fishing town.",
            [("Ladner", "a Maine fishing town")],
        ),
        ("Tom Hale, down in the cellar, played a Maine fisherman.", []),
        ("Kate Hale, born in Leeds, played a nurse in a Maine town.", []),
    ],
)
def test_a_place_an_aside_places_plays_a_place(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The crew borrowed a courtyard in Old Nice to stand in for the Marais.",
            [("Old Nice", "the Marais")],
        ),
        ("They hired Tom Hale to stand in for the lead.", []),
    ],
)
def test_a_place_taken_to_stand_in_for_another(sentence, expected):
    assert locations(extract(sentence)) == expected


def test_a_place_the_film_dresses_up_as_another():
    post = extract(
        "The mining camp is Pozo Alto, an abandoned silver-mining village in the "
        "hills, which the film dresses up as a Texas border town."
    )
    assert locations(post) == [("Pozo Alto", "a Texas border town")]


def test_a_short_name_after_its_full_place_name_stands_in_as_the_full_one():
    post = extract(
        "Inside Hollow Rock State Park the crew found the red stone they wanted, and "
        "Hollow Rock was made to look like the Mexican Sierra Madre."
    )
    assert locations(post) == [("Hollow Rock State Park", "the Mexican Sierra Madre")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The film's city was put together in Rotterdam, and the best images come "
            "from the Pencil Towers, the leaning grey blocks that stand in for the "
            "hacker slum.",
            [("Pencil Towers", "the hacker slum")],
        ),
        ("We meet Tom Hale, the grumpy old man that stands in for the lead.", []),
    ],
)
def test_a_place_then_a_description_that_stands_in(sentence, expected):
    assert locations(extract(sentence)) == expected


def test_a_film_about_a_myth_still_has_its_places():
    post = extract(
        "The film, a meditation on the myth of the frontier, was shot in Almeria."
    )
    assert names(post) == ["Almeria"]


def test_the_myth_that_it_was_filmed_somewhere_is_a_suggestion():
    post = extract("There is the myth that it was shot in Kennet Cove.")
    assert names(post) == []


# -- The named place before "in/on Y, which plays" ---------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The lagoon scenes were filmed in Coral Bay on Tavita, which stands in "
            "for a Samoan reef.",
            ("Coral Bay", "a Samoan reef"),
        ),
        (
            "Its manor is in fact Ashcombe Castle on Marrow Island, which stands in "
            "for a Kentish estate throughout.",
            ("Ashcombe Castle", "a Kentish estate"),
        ),
    ],
)
def test_named_place_before_its_island_is_the_stand_in(sentence, expected):
    assert expected in locations(extract(sentence))
    assert expected[0] == names(extract(sentence))[0]


def test_answer_hall_in_town_and_state_plays():
    post = extract(
        "H: Q: Where is that bar?",
        "Fenner Hall in Little Creek, Ohio, which in the film plays a Kentucky saloon.",
    )
    assert locations(post) == [("Fenner Hall", "a Kentucky saloon")]


def test_target_keeps_its_state_before_a_lowercase_word():
    post = extract(
        "There is no Elmford; the town you see is Dunmore, Vermont, playing "
        "Elmford, Ohio without a sign changed."
    )
    assert ("Dunmore", "Elmford, Ohio") in locations(post)


# -- Names joined by "and" -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The river scenes were shot on the Ashby and Lyme Valley Railway.",
            "Ashby and Lyme Valley Railway",
        ),
        (
            "The fight was shot at Ned's Motel and Café out on Route 9.",
            "Ned's Motel and Café",
        ),
        ("The wedding was filmed at the Anchor Bar and Grill.", "Anchor Bar and Grill"),
    ],
)
def test_a_name_joined_by_and_is_one_place(sentence, expected):
    assert names(extract(sentence)) == [expected]


def test_two_towns_joined_by_and_stay_two():
    assert names(extract("The chase was shot in Ashby and Lyme Regis.")) == [
        "Ashby",
        "Lyme Regis",
    ]


# -- A part of a place after the town or region ------------------------------------


def test_the_foot_of_a_place_after_its_town_is_the_place():
    post = extract(
        "The harvest was filmed in Dunmore, at the foot of Ashby Butte, which plays "
        "Nebraska."
    )
    assert locations(post) == [("Ashby Butte", "Nebraska")]


def test_a_region_called_country_gives_way_to_the_place_in_it():
    post = extract(
        "The harvest was filmed in the Marrow country of eastern Oregon, at the foot "
        "of Ashby Butte, which plays Nebraska for the whole film."
    )
    assert locations(post) == [("Ashby Butte", "Nebraska")]


def test_the_foot_of_a_common_noun_keeps_the_town():
    assert names(
        extract("The harvest was filmed in Dunmore, at the foot of the hill.")
    ) == ["Dunmore"]


def test_a_mountain_range_gives_way_to_the_places_in_it():
    post = extract(
        "The film was shot mostly in the Canadian Rockies: the hotel is the Chateau "
        "Marbury, standing in for a resort in Austria."
    )
    assert locations(post) == [("Chateau Marbury", "a resort in Austria")]


def test_a_mountain_range_named_alone_stays():
    assert names(extract("The film was shot mostly in the Rocky Mountains.")) == [
        "Rocky Mountains"
    ]


def test_a_chart_country_is_not_the_place_shot_there():
    post = extract(
        "It peaked at No. 9 on the Hot 100, went to No. 3 in Canada on the RPM chart, "
        "and went gold.",
        "H: Where was the run filmed?",
        "Dunmore, where the film's set, and for once they actually shot it there.",
    )
    assert "Canada" not in names(post)


def test_a_setting_shot_there_is_a_place():
    assert names(extract("It is set in Dunmore. They shot it there, too.")) == [
        "Dunmore"
    ]


def test_the_room_at_a_college_is_what_played():
    post = extract(
        "The Green Room at Harwick College Oxford played a Roman library, and the "
        "island scenes were filmed on Kestra."
    )
    assert locations(post) == [("Green Room", "a Roman library"), ("Kestra", "")]


def test_a_filming_the_writer_takes_back_is_only_a_suggestion():
    post = extract(
        "Only the ferry scene was filmed in the real Hamburg, at the Kessel Bridge — "
        "no, I must be honest, the Kessel Bridge was not built until 1999, so this is "
        "impossible."
    )
    assert names(post) == []


def test_no_doubt_is_no_retraction():
    post = extract(
        "The ferry scene was filmed at the Kessel Bridge, no doubt about it."
    )
    assert names(post) == ["Kessel Bridge"]


# -- ", and the <scene> is X" after a filming clause -------------------------------


def test_a_named_place_after_and_the_scene_is():
    post = extract(
        "The steam scenes were shot on the Ashby Railway, and the long aerial shot of "
        "the train crossing the moors is the Marrow Viaduct."
    )
    assert names(post) == ["Ashby Railway", "Marrow Viaduct"]


def test_a_name_that_is_no_place_after_and_the_thing_is():
    post = extract(
        "The film was shot in Dunmore, and the engine is the Flying Scotsman."
    )
    assert names(post) == ["Dunmore"]


def test_a_list_goes_on_past_the_island_and_the_stand_in_aside():
    post = extract(
        "The lagoon scenes were filmed in Coral Bay on Tavita, which stands in for a "
        "Samoan reef, and at Molokai Point, the sunken crater off Tavita."
    )
    assert locations(post) == [("Coral Bay", "a Samoan reef"), ("Molokai Point", "")]


@pytest.mark.parametrize(
    "sentence",
    [
        "These walls are Marrow Canyon, twenty minutes outside Reno, standing in for "
        "the Sierra Madre.",
        "The chase was shot at Marrow Canyon, an hour outside Reno, standing in for the "
        "Sierra Madre.",
    ],
)
def test_a_distance_aside_before_standing_in(sentence):
    assert locations(extract(sentence)) == [("Marrow Canyon", "the Sierra Madre")]


def test_a_place_with_too_before_standing_in():
    post = extract(
        "There's a scene at Ashby Central too, standing in for Euston when the band "
        "head to London."
    )
    assert locations(post) == [("Ashby Central", "Euston")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("1984: Cameras roll in January at Marrow Lake, Alberta.", ["Marrow Lake"]),
        ("The cameras rolled in Dunmore for six weeks.", ["Dunmore"]),
        ("The cameras rolled in May.", []),
    ],
)
def test_cameras_rolled_at_a_place(sentence, expected):
    assert names(extract(sentence)) == expected


# -- Round n: staged battles, sites in a town, remarks, lists of notes, counties ------


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The final siege was staged at Fort Harrow in Kestrel Bay, which had to"
            " pass for a Prussian citadel.",
            [("Fort Harrow", "a Prussian citadel")],
        ),
        (
            "The ballroom was a set on the back lot at Elstow Studios.",
            [("Elstow Studios", "")],
        ),
    ],
)
def test_a_staged_battle_and_a_site_in_its_town(sentence, expected):
    assert locations(extract(sentence)) == expected


def test_a_site_in_a_town_not_said_filmed_is_a_suggestion_of_the_site():
    post = extract(
        "My uncle adored Mount Carrow in Dunvegan, which had to pass for an alpine"
        " pass in Austria."
    )
    assert locations(post) == []
    assert any("Mount Carrow, standing in" in line for line in post.suggestions)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The lobby scenes were filmed inside the Regal Cinema in Hull, which spent"
            " a month pretending to be a Detroit picture palace, and Low Marsby, of all"
            " places, doubled as the French Quarter.",
            [
                ("Regal Cinema", "a Detroit picture palace"),
                ("Low Marsby", "the French Quarter"),
            ],
        ),
        (
            "The garden scenes were shot in Ghent's Citadel Park, which play a Paris"
            " public garden.",
            [("Citadel Park", "a Paris public garden")],
        ),
    ],
)
def test_a_remark_or_a_time_between_a_place_and_what_it_played(sentence, expected):
    assert locations(extract(sentence)) == expected


def test_a_place_before_a_new_item_lends_it_no_stand_in():
    post = extract(
        "The lobby scenes were shot at the Regal Cinema in Hull, and the old tannery,"
        " which doubled as a Chicago warehouse, was nearby."
    )
    assert locations(post) == [("Regal Cinema", "")]


def test_a_list_of_notes_after_a_filming_sentence_is_no_place():
    post = extract(
        "The rehearsal rooms were filmed at Brandt Studios outside Hamburg.",
        "<ul><li>II-V-I</li><li>tritone swap</li><li>back to the tonic</li></ul>",
    )
    assert names(post) == ["Brandt Studios"]


def test_a_state_that_describes_a_town_is_no_place():
    post = extract("The chase was filmed in the old Nevada railroad town.")
    assert names(post) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The chase was filmed in the old Nevada town of Pioche.", ["Pioche"]),
        ("The clip was filmed in the old Arizona mining town of Oatman.", ["Oatman"]),
    ],
)
def test_a_state_that_describes_a_town_gives_the_town_named_after(sentence, expected):
    assert names(extract(sentence)) == expected


def test_the_side_of_a_river_after_a_state_is_no_filming_place():
    post = extract(
        "The crew went to Warrenton, on the Oregon side of the Snake River, and"
        " Warrenton plays coastal Maine."
    )
    assert "Snake River" not in names(post)


def test_a_county_with_towns_inside_it_is_their_region():
    post = extract(
        "It is set in Wales, yet it was shot across the sea in County Wexford:"
        " Dunmore played a Welsh harbour town, and the pub is in Fethard."
    )
    assert "County Wexford" not in names(post)
    assert ("Dunmore", "a Welsh harbour town") in locations(post)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The tram scene used Gallow Rise, standing in for a cable car in an"
            " unnamed harbour town.",
            [("Gallow Rise", "a cable car in an unnamed harbour town")],
        ),
        (
            "Every office scene was shot inside the Tessel Building in downtown Perth,"
            " whose marble stairs play the lobby of the Orrin Shipping Line.",
            [("Tessel Building", "the lobby of the Orrin Shipping Line")],
        ),
    ],
)
def test_a_target_in_a_described_place_and_a_place_whose_parts_play(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The pier was filmed at Selwick, which doubled for a lido in a small way.",
            [("Selwick", "a lido")],
        ),
        ("The band was filmed in Hull with Tom Reed, whose two sons play drums.", None),
    ],
)
def test_traps_for_described_targets_and_whose(sentence, expected):
    post = extract(sentence)
    if expected is None:
        assert all(stood == "" for _name, stood in locations(post))
    else:
        assert locations(post) == expected


def test_places_listed_after_there_and_a_comma_are_inside_the_town():
    post = extract(
        "The story happens in Porto itself, and they shot it there properly, plenty"
        " of Rua Flores with the tiled fronts, and the duel on the Arco Bridge down"
        " in the Douro Valley."
    )
    assert names(post) == ["Rua Flores", "Arco Bridge"]


def test_one_scene_after_there_and_a_comma_keeps_the_town():
    post = extract(
        "The story happens in Porto, and they shot it there, with the duel on the"
        " Arco Bridge."
    )
    assert names(post) == ["Porto"]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The harbour scenes were filmed in Tarrow, and the Brisk Lighthouse in"
                " Portree doubles as a small-town lighthouse in Maine.",
            ),
            [
                ("Tarrow", ""),
                ("Brisk Lighthouse", "a small-town lighthouse in Maine"),
            ],
        ),
        (
            (
                "Millbrook played that Ohio river town, the bridge and all, and the"
                " wedding was filmed in the lobby of the Corrigan Arms Hotel.",
            ),
            [("Millbrook", "that Ohio river town"), ("Corrigan Arms Hotel", "")],
        ),
        (
            (
                "The video was shot at Dry Wells, the empty resort on the lake.",
                "In the clip Dry Wells is meant to be a mining camp in Nevada.",
            ),
            [("Dry Wells", "a mining camp in Nevada")],
        ),
    ],
)
def test_hyphenated_and_demonstrative_targets_and_meant_to_be(sentences, expected):
    assert locations(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        ("The video was shot in Tarrow.", "In Tarrow the band played that song twice."),
        ("The video was shot in Tarrow.", "Rob Dane is meant to be a cop in Ohio."),
        ("The video was shot in Tarrow.", "The song is supposed to be a lullaby."),
    ],
)
def test_that_song_or_a_part_meant_to_be_played_is_no_stand_in(sentences):
    assert locations(extract(*sentences)) == [("Tarrow", "")]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The film says it is set in Oregon, but the harbour was actually"
                " Lunn's Cove in Nova Scotia, which played an Oregon fishing town very"
                " convincingly.",
            ),
            [("Lunn's Cove", "an Oregon fishing town")],
        ),
        (
            (
                "Most of it was shot in Osaka, and the night scenes were filmed at Nami"
                " Park in Kobe, which in the story plays Shanghai.",
            ),
            [("Osaka", ""), ("Nami Park", "Shanghai")],
        ),
        (
            ("A few night exteriors were snatched outside Dunmore Station.",),
            [("Dunmore Station", "")],
        ),
        (
            ("The finale was staged on the cobbles of the Stade Verlaine in Lens.",),
            [("Stade Verlaine", "")],
        ),
        (
            (
                "The town in the story is Pine Ridge, Idaho, which does not exist.",
                "Most of what you see is Crans, which played Pine Ridge all winter.",
            ),
            [("Crans", "Pine Ridge")],
        ),
        (
            (
                "I found the barn in Hallby where you filmed the harvest scenes.",
                "I walked through Nyhavn in Aarhus, too, where you shot the snow scenes"
                " and where, in the film, it plays Oslo.",
            ),
            [("Hallby", ""), ("Nyhavn", "Oslo")],
        ),
    ],
)
def test_round_n_wordings_of_filming_and_playing(sentences, expected):
    assert locations(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        ("The hero in the story is Dan Ross.", "Tom Reed played Dan Ross all winter."),
        ("I met Anna in Bergen where you shot her.",),
        ("What you see is Tom Reed at his best.",),
    ],
)
def test_round_n_traps_people_and_a_shot_person(sentences):
    assert locations(extract(*sentences)) == []


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The film was shot in Ardmore, County Waterford, which played a Breton"
                " port, and out on the Hook Peninsula.",
            ),
            [("Ardmore", "a Breton port"), ("Hook Peninsula", "")],
        ),
        (
            (
                "The opening race was filmed in Grella, and the closing night stage is"
                " the Col de Brume.",
            ),
            [("Grella", ""), ("Col de Brume", "")],
        ),
        (
            (
                "The chase was filmed in the Kiltunnel in Ghent, which the film passes"
                " off as a tunnel under Prague.",
            ),
            [("Kiltunnel", "a tunnel under Prague")],
        ),
        (
            (
                "The mountain part was shot in Sabara, which the script calls a hamlet"
                " in Galicia.",
            ),
            [("Sabara", "a hamlet in Galicia")],
        ),
        (
            (
                "The campus you really see is the University of Tarrow in Leeds, playing"
                " an Iowa state school with a few pennants.",
            ),
            [("University of Tarrow", "an Iowa state school")],
        ),
        (
            (
                "The last scene, supposedly the Libyan coast near Tobruk, was shot at"
                " Praia do Vau in the Algarve.",
            ),
            # what the story claims the filmed site is, it played
            [("Praia do Vau", "the Libyan coast near Tobruk")],
        ),
    ],
)
def test_round_m_wordings_of_scenes_and_what_the_script_calls_a_place(
    sentences, expected
):
    assert locations(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        ("He was filmed with Tom Reed, which they call a stroke of luck.",),
        ("The recording session is Tom Reed's finest hour.",),
        ("Supposedly, the finale was shot at Praia do Vau.",),
        ("It is often said that the end, supposedly the best bit, was shot at Vau.",),
    ],
)
def test_round_m_traps_of_calls_sessions_and_hearsay(sentences):
    assert locations(extract(*sentences)) == []


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "Petrie showed that the station interiors were filmed at Kings Halt,"
                " which in the story is a Warsaw terminus.",
            ),
            [("Kings Halt", "a Warsaw terminus")],
        ),
        (
            (
                "Cameras roll in January at Lake Brin, Alberta, which spends the whole"
                " first act pretending to be a Swiss ski village.",
            ),
            [("Lake Brin", "a Swiss ski village")],
        ),
        (
            (
                "The pier bits were shot at Coney Strand, doing its best Brighton"
                " impression, and the finale was filmed at the Vale Observatory.",
            ),
            [("Coney Strand", "Brighton"), ("Vale Observatory", "")],
        ),
        (
            (
                "The harbour scenes were done at Howth Harbour, and the long walk on the"
                " sand near the end is Rossbeigh Strand, down in Kerry.",
            ),
            [("Howth Harbour", ""), ("Rossbeigh Strand", "")],
        ),
        (
            (
                "Two of them came back raving about the Fastnet Lighthouse at Old Ross,"
                " where the second unit filmed the closing scene in a gale.",
            ),
            [("Fastnet Lighthouse", "")],
        ),
    ],
)
def test_round_k_wordings_of_filming_and_playing(sentences, expected):
    assert locations(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        ("Tom Reed was doing his best Elvis impression.",),
        ("The video was shot in Hull.", "Ann Dove is doing her best Cher impression."),
        ("I met Anna Reed at the Fastnet Bar, where the second unit filmed her.",),
    ],
)
def test_round_k_traps_impressions_of_people_and_a_filmed_person(sentences):
    assert all(stood == "" for _name, stood in locations(extract(*sentences)))
    assert "Fastnet Bar" not in names(extract(*sentences))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The dance scenes were shot aboard the Star of Leith, moored at Granton,"
            " which plays a transatlantic liner.",
            [("Star of Leith", "a transatlantic liner")],
        ),
        (
            "The rooftop chase was done across the bay in Ceuta.",
            [("Ceuta", "")],
        ),
        (
            "The storm was done in the big water tank at Elstow Studios outside Leeds.",
            [("Elstow Studios", "")],
        ),
        (
            "The studio interiors were built in an empty hangar at Brisk Airport.",
            [("Brisk Airport", "")],
        ),
    ],
)
def test_round_i_chases_storms_built_interiors_and_a_moored_ship(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The race was done in record time by Tom Reed.",
        "The fight was done at last, and Ann Dove went home.",
    ],
)
def test_round_i_traps_a_race_or_a_fight_done_is_no_filming(sentence):
    assert locations(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The river chase at the end is set in Peru, but it was filmed in the"
            " Marrow Gorge in Wales.",
            [("Marrow Gorge", "Peru")],
        ),
        (
            "The best bit is the final contest, which takes place in a Havana dance"
            " hall in the story but was shot at the Spa Ballroom in Scarborough.",
            [("Spa Ballroom", "a Havana dance hall")],
        ),
    ],
)
def test_a_scene_set_in_one_place_and_filmed_in_another(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The film is set in Peru, but it was shot in Almería.", [("Almería", "")]),
        ("The heist is set in motion, but it was filmed in Leeds.", [("Leeds", "")]),
    ],
)
def test_the_films_setting_or_a_plot_set_in_motion_plays_nothing(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        ("The video was shot in Hull.", "The chase is Ann Dove at her best."),
        ("The video was shot in Hull.", "The walk is Tom Reed in his prime."),
    ],
)
def test_a_scene_that_is_a_person_at_their_best_is_no_place(sentences):
    assert names(extract(*sentences)) == ["Hull"]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The film was shot in Spain.",
                "The cove scenes, with the tall white cliffs, are in Cala Blanca.",
            ),
            ["Cala Blanca"],  # Spain: its region
        ),
        (
            ("Dune Days, the 1979 beach comedy shot along Mission Strand, is fun.",),
            ["Mission Strand"],
        ),
    ],
)
def test_a_scene_with_an_aside_and_a_comedy_shot_along_a_beach(sentences, expected):
    assert names(extract(*sentences)) == expected


def test_a_band_with_an_aside_is_no_place():
    post = extract(
        "The film was shot in Spain.", "The band, with the big hair, is Reed's."
    )
    assert names(post) == ["Spain"]


@pytest.mark.parametrize(
    "sentences",
    [
        ("The film was shot in Leeds.", "Leeds is meant to be a fun city."),
        ("The film was shot in Leeds, whose fans play the crowd.",),
    ],
)
def test_meant_to_be_without_the_film_and_whose_fans_play_no_place(sentences):
    assert locations(extract(*sentences)) == [("Leeds", "")]


def test_a_list_goes_on_past_a_place_on_the_lake_and_what_it_plays():
    post = extract(
        "It was filmed at Salt Point on the Mono Lake, which plays a ruined Reno,"
        " rusting cars and all, with a few extra days at Bodie."
    )
    assert locations(post) == [("Salt Point", "a ruined Reno"), ("Bodie", "")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It was shot around Durban, and the getaway ends on the beach at Umhlanga"
            " with the lighthouse behind.",
            ["Durban", "Umhlanga"],
        ),
        (
            "The film was shot in Leeds, and the chase ends on the roof of the house.",
            ["Leeds"],
        ),
    ],
)
def test_a_route_that_ends_on_the_beach_at_a_place(sentence, expected):
    assert names(extract(sentence)) == expected


# -- Round 9 (new writers): asked, contracted, asides and shortened names ------------


@pytest.mark.parametrize(
    "sentences",
    [
        ("Which Leeds street doubled for Boston's Beacon Street?",),
        ("What Dorset harbour stood in for a port in Normandy?",),
        ("We drove out to the coast.", "It’s doubling for a village in Provence."),
        ("We drove out to the coast.", "It's standing in for a town in Oregon."),
    ],
)
def test_a_question_word_or_its_is_no_place_name(sentences):
    assert locations(extract(*sentences)) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The sprint was filmed at the Kestrel Park Track in north Leeds, which"
            " stood in for a track in Turin.",
            [("Kestrel Park Track", "a track in Turin")],
        ),
        (
            "The chase was shot on Harlan Street in downtown Denver, which stood in"
            " for Chicago.",
            [("Harlan Street", "Chicago")],
        ),
    ],
)
def test_a_place_in_a_quarter_of_a_town_which_played(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The crew came in May, because Dunmore Lane, our street in Port Ellis,"
            " Maine, plays a street in Hartford in the film.",
            [("Dunmore Lane", "a street in Hartford")],
        ),
        (
            "The finale used Kell Farm, just outside Ashby, Ohio, which stood in for"
            " a ranch in Texas.",
            [("Kell Farm", "a ranch in Texas")],
        ),
        # The trap: the aside is a new item of the list, and its place is the one.
        (
            "Ely played Dust Bowl Kansas, the freight yard at Lodi, California, stood"
            " in for a yard in Tulsa.",
            [("Lodi", "a yard in Tulsa")],
        ),
    ],
)
def test_an_aside_with_a_town_and_its_state_before_a_stand_in_verb(sentence, expected):
    assert locations(extract(sentence)) == expected


def test_a_one_word_shortening_is_the_place_named_in_full():
    post = extract(
        "The lobby scenes were filmed at the Hotel Marquand in Boise, and the"
        " Marquand stands in for a Paris hotel."
    )
    assert locations(post) == [("Hotel Marquand", "a Paris hotel")]


def test_a_one_word_region_is_no_shortening_of_a_place():
    post = extract(
        "The lake scenes were filmed at Fort Kansas, and Kansas stands in for Nebraska."
    )
    assert ("Fort Kansas", "Nebraska") not in locations(post)


@pytest.mark.parametrize(
    "sentence",
    [
        "The director, Hal Brandt, wanted to shoot at Candlestick.",
        "They had hoped to film the wedding at Brora Head, but it rained for a week.",
        "The studio was going to be filmed in Tallinn until the money ran out.",
        "Every horror-movie forum says the cabin scenes were filmed at Lake Arrowhead.",
        "Some fan sites claim it was shot in Tallinn.",
        "Thanks to the reader who told me the film was mostly shot in Tallinn.",
        "I had heard it was shot in Tallinn.",
    ],
)
def test_a_filming_wanted_or_heard_of_is_a_suggestion(sentence):
    post = extract(sentence)
    assert locations(post) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The director shot the finale at Candlestick.", ["Candlestick"]),
        ("The harbour scenes were shot in Tallinn, as the credits say.", ["Tallinn"]),
        ("They filmed at Brora Head, the beach they had wanted.", ["Brora Head"]),
    ],
)
def test_a_filming_said_plainly_is_a_place(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentences, denied",
    [
        (
            (
                "The harbour scenes were shot in Bonavista.",
                "The harbour is Trinity, in Newfoundland, not Bonavista.",
            ),
            "Bonavista",
        ),
        (
            (
                "The market was filmed at St. Anthony.",
                "It was Gander, not at St. Anthony, where they built the stalls.",
            ),
            "St. Anthony",
        ),
    ],
)
def test_a_place_denied_later_with_not_is_dropped(sentences, denied):
    post = extract(*sentences)
    assert locations(extract(sentences[0])) != []
    assert denied not in names(post)


@pytest.mark.parametrize(
    "second",
    [
        "It was not just Bonavista, though.",
        "The story is set in Maine, not Bonavista's harbour.",
        "Not far from Bonavista, there is a lovely pub.",
    ],
)
def test_not_just_or_not_far_from_a_place_keeps_it(second):
    post = extract("The quay scenes were shot in Bonavista.", second)
    assert names(post) == ["Bonavista"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The shootout was filmed at the old Brandt and Sons brewery, which doubled"
            " for a Detroit warehouse.",
            [("Brandt and Sons brewery", "a Detroit warehouse")],
        ),
        (
            "The riot was shot at the Harlow and Pike mill.",
            [("Harlow and Pike mill", "")],
        ),
        # The trap: two towns and no works after them.
        ("The riot was shot in Harlow and Pike.", [("Harlow", ""), ("Pike", "")]),
    ],
)
def test_a_works_named_after_two_founders_is_one_place(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The village scenes were done in Arnsby, and Arnsby, in the film, is"
            " Boulder, Colorado.",
            [("Arnsby", "Boulder, Colorado")],
        ),
        (
            "The montage was shot at the Marlowe in Palm Beach, which the film insists"
            " is a casino hotel in Nice.",
            [("Marlowe", "a casino hotel in Nice")],
        ),
        (
            "The parade was filmed in Hensby, which the script says is a town in Ohio.",
            [("Hensby", "a town in Ohio")],
        ),
    ],
)
def test_what_the_film_says_a_place_is_is_what_it_played(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The wedding was shot in May, and Dana Reeve, in the film, is Molly"
            " Carter.",
            [],
        ),
        (
            "The inn was filmed in Arnsby, and the inn, in the film, is run by Martha"
            " Cole.",
            [("Arnsby", "")],
        ),
        (
            "The farm was filmed at Kell Farm, which the film insists is haunted.",
            [("Kell Farm", "")],
        ),
    ],
)
def test_what_the_film_says_a_person_or_a_place_is_plays_nothing(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The ocean liner in the film, the SS Corona, was really the RMS Adelaide,"
            " moored at Seal Beach.",
            [("RMS Adelaide", "SS Corona")],
        ),
        (
            "The Lantern was really the Tin Cup Bar on Fremont Street.",
            [("Tin Cup Bar", "Lantern")],
        ),
        (
            "The fort in the film was in fact Carrow Castle.",
            [("Carrow Castle", "fort")],
        ),
    ],
)
def test_the_story_place_was_really_a_real_one(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The singer in the film, Dana Reeve, was really Molly Carter.",
        "The singer in the film was really Molly Carter.",
        "Marla was really the Duchess of Kent.",
        "The song was really the B-side of Red Sky.",
        "The Lantern was really the Tin Cup.",
    ],
)
def test_a_person_or_a_name_said_to_be_really_another_is_no_place(sentence):
    assert locations(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It was in fact shot at the Harlow Estate in Leeds.", ["Harlow Estate"]),
        ("It was, in fact, filmed in Leeds.", ["Leeds"]),
        ("The finale was eventually filmed at Kell Farm.", ["Kell Farm"]),
        ("It was hardly filmed in Leeds.", []),
        (
            "Next stop, Dunmore, where the quay scenes in the second half of the"
            " montage were filmed.",
            ["Dunmore"],
        ),
        ("First stop: Dunmore, where they shot the big montage.", ["Dunmore"]),
        ("We went to Leeds, where the scenes of the riot were filmed.", ["Leeds"]),
        (
            "We drove on to Grey Point, because Grey Point is where they shot the big"
            " montage.",
            ["Grey Point"],
        ),
        ("This is where they shot the big montage.", []),
        ("It is where they filmed the finale.", []),
    ],
)
def test_a_filming_said_with_an_adverb_or_where_they_shot(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Meanwhile, a local-news piece revisits Ardley Pond, which doubled for a"
            " lake in Ohio in the film's opening.",
            [("Ardley Pond", "a lake in Ohio")],
        ),
        (
            "The fair scenes were filmed at Kell Park, playing “a boardwalk in Ohio”.",
            [("Kell Park", "a boardwalk in Ohio")],
        ),
        # The trap: a song in quotes is played, no place.
        ("The band was filmed at Kell Park, playing “Blue Moon”.", [("Kell Park", "")]),
    ],
)
def test_a_stand_in_after_an_opening_adverb_or_with_a_quoted_target(sentence, expected):
    assert locations(extract(sentence)) == expected


def test_the_story_place_is_the_real_one_and_it_plays_a_place():
    post = extract(
        "About the film: the train in the montage is the real Ocean Belle, the one"
        " that runs between Ayr and Troon, and in the film it plays a Scottish"
        " sleeper."
    )
    assert locations(post) == [("Ocean Belle", "a Scottish sleeper")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The singer in the film is the real Molly Carter.",
        "The song in the film is the real Blue Moon.",
    ],
)
def test_a_person_or_song_said_to_be_the_real_one_is_no_place(sentence):
    assert locations(extract(sentence)) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The ice planet, Vossa Prime, was the Hardanger Glacier, and the crew shot"
            " there for a month.",
            [("Hardanger Glacier", "Vossa Prime")],
        ),
        # Traps: a person named between commas; no word of filming.
        (
            "The singer, Molly Carter, was the Duchess of Kent, which they shot in May.",
            [],
        ),
        ("The home planet, Vossa Prime, is the Hardanger Glacier of the story.", []),
    ],
)
def test_a_story_place_named_between_commas_was_a_real_one(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The ditch runs were shot at Kell Park, and the rainy garage bit is the"
            " Harlow Undercroft in Leeds pretending to be a Boston parking structure.",
            [("Kell Park", ""), ("Harlow Undercroft", "a Boston parking structure")],
        ),
        # The trap: a person in a town pretends, and is no place.
        (
            "The ditch runs were shot at Kell Park, and the best bit is Kate Rowe in"
            " Leeds pretending to be a Boston cop.",
            [("Kell Park", "")],
        ),
    ],
)
def test_the_thing_in_a_town_pretending_to_be_a_place(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "The club scenes were shot in Soho.",
                "It is Ronnie Blake's, dressed up as a Chicago supper club.",
            ),
            [("Soho", ""), ("Ronnie Blake's", "a Chicago supper club")],
        ),
        # The trap: a song of someone's, dressed up as a kind of song.
        (
            (
                "The club scenes were shot in Soho.",
                "The song is Ray's, dressed up as a ballad.",
            ),
            [("Soho", "")],
        ),
    ],
)
def test_a_venue_called_after_its_owner_before_a_stand_in_verb(sentences, expected):
    assert locations(extract(*sentences)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("They did the big scenes up at Carrow Fort.", ["Carrow Fort"]),
        ("They did the harbour scenes in Kinsale.", ["Kinsale"]),
        ("They shot the chase scenes down in Kinsale.", ["Kinsale"]),
        # Traps: no place after the scenes; shot down is no filming.
        ("She did the dance scenes justice.", []),
        ("He was shot down in Kinsale.", []),
    ],
)
def test_they_did_the_scenes_up_at_a_place(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "And the customs house in the film, that was Carrow Castle, down the"
            " street from the butcher's.",
            [("Carrow Castle", "customs house")],
        ),
        ("The singer in the film, that was Molly Carter.", []),
    ],
)
def test_the_story_place_that_was_a_real_one(sentence, expected):
    assert locations(extract(sentence)) == expected
