"""A title named as the single's B-side is a track, in italics or quotation marks
("The B-side, <i>X</i>, was a joke", "Flip side: <i>X</i>, an instrumental by A",
"“X”, the B-side, is the better song"), unless the post says it is not in the
film; after "The A-side was written by A", "it" is the single, not the B-side.
Each sentence is our own."""

from wagtail_montage.importers.extraction.track_flip_sides import (
    flip_side_after,
    flip_side_before,
)

from .test_discourse import peaks, titles
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues” by Ada Moon."


def test_b_sides_named_are_tracks():
    assert flip_side_before("It reached No. 12. The B-side, ")
    assert flip_side_before("Flip side: ")
    assert flip_side_before("the flip side of the single is ")
    assert flip_side_after(", the B-side, is the better song")
    post = read(
        OPENING, "The B-side, <i>Harbour Wall</i>, was a joke about their manager."
    )
    assert titles(post) == ["Tin Roof Blues", "Harbour Wall"]
    post = read(OPENING, "Flip side: <i>Low Gate</i>, an instrumental by the Terns.")
    assert titles(post) == ["Tin Roof Blues", "Low Gate"]
    post = read(OPENING, "“Pier Lights”, the B-side, is the better song by a mile.")
    assert titles(post) == ["Tin Roof Blues", "Pier Lights"]


def test_b_sides_denied_or_plural_are_not():
    assert not flip_side_before("one of the B-sides ")
    assert not flip_side_after(", the B-sides collection")
    post = read(OPENING, "The B-side, “Harbour Wall”, isn't in the film at all.")
    assert titles(post) == ["Tin Roof Blues"]
    post = read(
        OPENING,
        "Not in the film, whatever the sleeve says: the Terns B-side ‘Low Gate’.",
    )
    assert titles(post) == ["Tin Roof Blues"]


def test_it_after_the_a_side_is_the_single():
    post = read(
        "I found the 7-inch of “Tin Roof Blues” by Ada Moon, from the 1983 film "
        "<i>Gull Point</i>; it plays over the pier montage.",
        "Flip side: <i>Low Gate</i>, an instrumental by the Terns.",
        "The A-side was written by her cousin.",
        "It got to number 8 on the Kent chart that summer.",
    )
    assert [peak[0] for peak in peaks(post)] == ["Tin Roof Blues"]
