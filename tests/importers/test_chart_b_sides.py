"""A chart position or certification found for the record named last is the
single's, not its B-side's, once the post has named that song as the B-side, even
when the B-side is one of the post's tracks; a sentence that names the B-side by
its title keeps it, and a song named as what a B-side is "of" is the single."""

import pytest

from wagtail_montage.importers.extraction.chart_b_sides import _named_flip

from .test_discourse import certifications, extract, peaks

SINGLE = "The rowing montage is set to “Lamplight Regatta” by Juniper Vale."


@pytest.mark.parametrize(
    "flip",
    [
        "The B-side, a brooding organ piece called “Weir Gate Nocturne”, plays "
        "under the boathouse scenes.",
        "On the flip side was “Weir Gate Nocturne”, which scores the night scenes "
        "in the boathouse.",
        "“Weir Gate Nocturne”, its B-side, is heard under the boathouse scenes.",
    ],
)
def test_a_listed_peak_after_the_b_side_is_the_singles(flip):
    post = extract(
        SINGLE,
        flip,
        "The chart run was short but sweet:",
        "<ul><li>UK Singles Chart — number 14</li>"
        "<li>Billboard Hot 100 — number 52</li></ul>",
    )
    found = peaks(post)
    assert ("Lamplight Regatta", 14, "uk_singles") in found
    assert ("Lamplight Regatta", 52, "billboard_hot_100") in found
    assert not [peak for peak in found if peak[0] == "Weir Gate Nocturne"]


def test_the_single_certified_after_the_b_side_is_the_a_side():
    post = extract(
        SINGLE,
        "The B-side, a brooding organ piece called “Weir Gate Nocturne”, plays "
        "under the boathouse scenes.",
        "In Britain the BPI certified the single silver.",
    )
    assert certifications(post) == [("Lamplight Regatta", "silver", None, "bpi")]


def test_a_b_side_named_by_its_title_keeps_its_own_peak():
    post = extract(
        SINGLE,
        "The B-side, a brooding organ piece called “Weir Gate Nocturne”, plays "
        "under the boathouse scenes.",
        "Oddly, “Weir Gate Nocturne” went to No. 9 on the Billboard Hot 100 by itself.",
    )
    assert ("Weir Gate Nocturne", 9, "billboard_hot_100") in peaks(post)
    assert not [peak for peak in peaks(post) if peak[0] == "Lamplight Regatta"]


@pytest.mark.parametrize(
    "text, named",
    [
        ("The B-side, a brooding organ piece called “Weir Gate Nocturne”, plays", True),
        ("On the flip side was “Weir Gate Nocturne”, a waltz", True),
        ("“Weir Gate Nocturne”, the B-side, plays", True),
        ("“Weir Gate Nocturne” was the B-side of “Lamplight Regatta”", False),
        ("The B-side was dull. The montage uses “Lamplight Regatta” instead", False),
        ("Unlike its B-side, the single was a waltz; “Lamplight Regatta” was", False),
    ],
)
def test_the_title_a_b_side_is_named_as(text, named):
    title = "Lamplight Regatta" if "Lamplight" in text else "Weir Gate Nocturne"
    start = text.index(title) - 1
    end = start + len(title) + 2
    assert _named_flip(text, 0, start, end) is named


def test_no_b_side_named_leaves_the_song_named_last():
    post = extract(
        SINGLE,
        "A second song, a brooding organ piece called “Weir Gate Nocturne”, plays "
        "under the boathouse scenes.",
        "It reached No. 31 on the UK Singles Chart.",
    )
    assert peaks(post) == [("Weir Gate Nocturne", 31, "uk_singles")]
