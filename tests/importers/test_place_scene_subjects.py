"""A scene of the film said to be a place, with no filming verb near it: a block when
the name says it is a place, an offer when only the scene says so. Every sentence
here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


def offered(post):
    return [
        item["value"]["name"]
        for item in post.suggested
        if item["kind"] == "location" and item["message"].startswith("Possible filming")
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a scene noun heads the subject
        (
            "The quarry bit everyone remembers is Dunmoor Quarry in Fife.",
            "Dunmoor Quarry",
        ),
        (
            "The next shots, the jetty where the twins part, are Kelso station.",
            "Kelso station",
        ),
        # a place noun heads it, the scene after it
        (
            "The diner near the close of the montage \u2014 he orders coffee there \u2014"
            " is the Starlite Diner in Barstow.",
            "Starlite Diner",
        ),
        ("The pier at the end of the sequence is Ardmore, Waterford.", "Ardmore"),
        (
            "The lighthouse in the chase scene is the Tarbat Ness Lighthouse.",
            "Tarbat Ness Lighthouse",
        ),
        # another noun heads it: the name must say it is a place
        (
            "The handover at the end of the sequence, the one people take for Checkpoint"
            " Bravo, is the Harwell Bridge.",
            "Harwell Bridge",
        ),
        (
            "The big race moment near the end of the montage is the Rowan Arena.",
            "Rowan Arena",
        ),
        ("The swim at the close of the montage is Loch Varra.", "Loch Varra"),
        ("The end of the montage is the harbour at Tarbert.", "Tarbert"),
        ("The end of the sequence is the towpath at Dunmore, near Ayr.", "Dunmore"),
    ],
)
def test_a_scene_that_is_a_named_place_is_a_filmed_place(sentence, expected):
    assert [name for name, _stood in locations(extract(sentence))] == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The beach scene where Tom sulks, that is Crosskeys Strand.",
            "Crosskeys Strand",
        ),
        ("The dream sequence, that's Tollymore, before the storm.", "Tollymore"),
        ("The opening shots are Slievemore.", "Slievemore"),
        (
            "The famous shot, the one on the mug, is Dunluce Castle at dusk.",
            "Dunluce Castle",
        ),
    ],
)
def test_a_scene_that_is_a_bare_name_is_offered(sentence, expected):
    post = extract(sentence)
    assert locations(post) == []
    assert offered(post) == [expected]


# Traps: a song, a band, a person, a judgement, a denial, the story, hearsay, a thing
# in a shot, a name in an aside's own clause.
@pytest.mark.parametrize(
    "sentence",
    [
        "The song over the final scene, \u201cHarbour Lamps\u201d, is Tom Reilly's.",
        "The band in the dance scene was the Marsh Hens, playing live.",
        "The best bit is Carla Dean in the rain.",
        "The montage is Jo Hart running up the stairs every morning.",
        "That montage is set to Blue Velvet Road.",
        "The opening scene is NOT Brixton, it's a set.",
        "The final scene is Vienna in the story, though nobody believes it.",
        "The hero of the chase scene is Dan Moyes.",
        "The director of the dream sequence was Ann Bright.",
        "Myth: the cliff scene is Beachy Head.",
        "The scene that everyone quotes is Mara telling him to leave.",
        "My favourite bit is Portavue, honestly.",
        "The script pretends the training montage is Kansas, yet it is all Alberta.",
        "The bit on the footbridge is the Tamar Span... no wait, that came later.",
        "The singer in the montage is Rosa Fell, from Cork.",
    ],
)
def test_no_scene_place(sentence):
    post = extract(sentence)
    assert locations(post) == []
    assert offered(post) == []


def test_a_name_in_an_aside_is_not_the_scene_place():
    post = extract(
        "The handover at the end of the sequence, the one people take for Checkpoint"
        " Bravo, is the Harwell Bridge."
    )
    assert "Checkpoint Bravo" not in offered(post)
