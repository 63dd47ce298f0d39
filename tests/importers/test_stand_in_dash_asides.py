"""A stand-in verb broken by an aside between dashes ("stood in - rather well - for
Y", "did duty - with hardly any dressing - for Y", "playing - with no effort - Y")
and "did duty for Y" said straight still say the place played Y; dashes with no
stand-in verb, a person playing a part, or an aside after "for", make none. Every
sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, locations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The harbour scenes were shot in Whitby; and Runswick, that tiny village "
            "up the coast, stood in — rather well, as the stills show — for a "
            "Labrador outport in the flashbacks.",
            [("Whitby", ""), ("Runswick", "a Labrador outport")],
        ),
        (
            "The village scenes were filmed in Tanunda, whose old main street did duty "
            "— with hardly any dressing — for a village in Saxony.",
            [("Tanunda", "a village in Saxony")],
        ),
        (
            "The village scenes were filmed in Tanunda, whose old main street did duty "
            "for a village in Saxony.",
            [("Tanunda", "a village in Saxony")],
        ),
        (
            "Then the view from the ferry. This is Lerici, on the Gulf of Poets, "
            "playing — with hardly a change — the Sorrento coast, where the film is set.",
            [("Lerici", "the Sorrento coast")],
        ),
    ],
)
def test_a_dashed_aside_inside_the_verb_keeps_the_stand_in(sentence, expected):
    assert locations(extract(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Dashes, but no stand-in verb before them.
        (
            "The harbour scenes were shot in Whitby — rather well — for a pittance.",
            [("Whitby", "")],
        ),
        # A person playing a part, not a place.
        (
            "The film was shot in Leeds. Ann Moss is playing — and this is a stretch "
            "— a Texan heiress.",
            [("Leeds", "")],
        ),
        # A person stood in, not a place.
        (
            "The film was shot in Whitby, and Ann Moss stood in — at a day's notice — "
            "for the lead.",
            [("Whitby", "")],
        ),
    ],
)
def test_dashes_without_a_place_playing_make_no_stand_in(sentence, expected):
    assert locations(extract(sentence)) == expected
