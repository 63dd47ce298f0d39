"""Stand-ins read from how a sentence is built rather than from one verb: a place said
as a performance with "do" ("does the heavy lifting as Y", "did a fine Y"), the named
place inside another before "which plays" ("X in Y, which plays Z": X), and a second
locative that narrows the first ("shot in X, in Y, which doubled for Z": Y). Every
sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            (
                "The film is set in Vienna. It was shot in Lobcowitz Yard, whose narrow "
                "alleys did a perfectly fine Vienna.",
            ),
            [("Lobcowitz Yard", "Vienna")],
        ),
        (
            (
                "The film is set in Lisbon. The crew filmed in Porto, which does Lisbon "
                "remarkably well.",
            ),
            [("Porto", "Lisbon")],
        ),
        (
            (
                "The film was shot in Ashby, and the old mill at Kettle Bridge does "
                "double duty as a Yorkshire brewery.",
            ),
            [("Ashby", ""), ("Kettle Bridge", "a Yorkshire brewery")],
        ),
    ],
)
def test_a_place_that_does_another(paragraphs, expected):
    assert locations(extract(*paragraphs)) == expected


# Traps: a town that "does" a holiday, a band or an actor doing a famous name.
@pytest.mark.parametrize(
    "sentence",
    [
        "The film was shot in Leeds, which does Christmas well.",
        "The film was shot in Leeds, where the band did a fine Elvis medley.",
        "The film was shot in Leeds, and Tom Hale does a convincing Elvis.",
    ],
)
def test_no_stand_in_from_a_town_or_an_actor_doing_something(sentence):
    assert locations(extract(sentence)) == [("Leeds", "")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The chase was done on Gull Parade in Eastmouth, which stands in for the "
            "Blackpool seafront.",
            [("Gull Parade", "the Blackpool seafront")],
        ),
        (
            "The villa in the montage is Casa Vell on Lake Orta, standing in for a "
            "Greek island villa.",
            [("Casa Vell", "a Greek island villa")],
        ),
        (
            "They shot the dances in Wexley Rooms in Dunmore, which played a Leeds "
            "dance hall.",
            [("Wexley Rooms", "a Leeds dance hall")],
        ),
    ],
)
def test_the_named_place_inside_another_plays(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The film was shot in Dunmore, in Harbour Row, which doubled for Boston.",
            [("Dunmore", ""), ("Harbour Row", "Boston")],
        ),
        (
            "They filmed at Corran Castle, at Water Gate, which stood in for a Danish "
            "fort.",
            [("Corran Castle", ""), ("Water Gate", "a Danish fort")],
        ),
        (
            "The film was shot in Dunmore, and in Harbour Row, which doubled for "
            "Boston, the crew stayed a week.",
            [("Dunmore", ""), ("Harbour Row", "Boston")],
        ),
    ],
)
def test_a_second_locative_narrows_the_first(sentence, expected):
    assert locations(extract(sentence)) == expected


# Traps: a country after the town does not play; an aside placing the subject of a
# bare verb leaves the subject playing.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The film was shot in Dunmore, in Ireland, which doubled for Boston.",
            [("Dunmore", "Boston")],
        ),
        (
            "Harwick, on the north coast, doubled for Maine in the film.",
            [("Harwick", "Maine")],
        ),
    ],
)
def test_a_wider_aside_does_not_play(sentence, expected):
    assert locations(extract(sentence)) == expected


# A demonstrative takes up the place just named, whatever word of a place's kind it
# uses: "those warehouses", "that stretch of water", "these old buildings".
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The chase was shot at Gorran Quay, and those crumbling warehouses did a "
            "fine job standing in for 1930s Hamburg.",
            [("Gorran Quay", "1930s Hamburg")],
        ),
        (
            "The crew went to Kellow Sound, a tidal channel near Ashby, and that "
            "stretch of water plays the Mersey.",
            [("Kellow Sound", "the Mersey")],
        ),
        (
            "They filmed at Wexley Mills, and these old buildings stood in for a "
            "Lowell factory.",
            [("Wexley Mills", "a Lowell factory")],
        ),
    ],
)
def test_a_demonstrative_takes_up_the_place(sentence, expected):
    assert locations(extract(sentence)) == expected


# Traps: extras or a band pointed to are no place.
@pytest.mark.parametrize(
    "sentence",
    [
        "The film was shot at Gorran Quay, and those extras stood in for the townsfolk.",
        "The film was shot at Gorran Quay, and that band played Boston twice.",
    ],
)
def test_a_demonstrative_of_people_takes_up_no_place(sentence):
    assert locations(extract(sentence)) == [("Gorran Quay", "")]


# "X, which played Y" in a sentence about filming, X a place the sentence went to:
# "in and around X", "went to X", "at X".
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The whole shoot was in and around Kilbeg, which played Nantucket.",
            [("Kilbeg", "Nantucket")],
        ),
        (
            "The harbour scenes went to Port Ardle, which played a Baltimore dock.",
            [("Port Ardle", "a Baltimore dock")],
        ),
        (
            "Most of the filming was at Dunmore, which played Boston.",
            [("Dunmore", "Boston")],
        ),
    ],
)
def test_a_place_gone_to_that_played_another(sentence, expected):
    assert locations(extract(sentence)) == expected


# Traps: a singer who played a part, a band toured with or opened for.
@pytest.mark.parametrize(
    "sentence",
    [
        "The film's songs went to Ann Dove, who played Boston's mayor.",
        "The film's band toured with the Harlows, which played Boston.",
        "The film's band opened for the Harlows, which played Boston.",
    ],
)
def test_no_place_from_a_singer_or_a_band(sentence):
    assert locations(extract(sentence)) == []
