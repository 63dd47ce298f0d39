"""A song's short name after its full title ("“Ribbon” peaked at 12" after “Ribbon
of Static”) is the same song: its chart facts are the full title's, and it is no
track of its own; two songs that only begin alike stay two."""

import pytest

from .test_discourse import extract, facts, titles

FULL = "The pier montage is cut to “Tallow Moon Rising”, which Oren Vasko wrote."


@pytest.mark.parametrize(
    "later",
    [
        "“Tallow Moon” peaked at number 12 on the UK Singles Chart.",
        "Months after release ‘Tallow’ climbed to No. 12 in the UK singles chart.",
        'Nobody expected it, but "Tallow Moon" went to 12 on the UK Singles Chart!',
    ],
)
def test_a_short_name_after_the_full_title_is_the_same_song(later):
    post = extract(FULL, later)
    assert titles(post) == ["Tallow Moon Rising"]
    assert [value["subject_title"] for value in facts(post, "chart_fact")] == [
        "Tallow Moon Rising"
    ]


def test_a_full_title_quoted_in_a_list_names_the_short_one_read_as_a_song():
    post = extract(
        "9:02 pm — “Tallow Moon Rising”, Oren Vasko",
        "Oren Vasko wrote “Tallow Moon” with his sister, and it reached number"
        " 12 on the Hot 100.",
    )
    assert titles(post) == ["Tallow Moon Rising"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The montage opens on “Tallow”, sung by The Wickmen.",
            "It closes on “Tallow Moon Rising”, sung by Ada Quist.",
        ),
        (
            "The montage is cut to “Tallow Moon Rising”, sung by Ada Quist.",
            "The credits roll over “Tallow”, sung by The Wickmen.",
        ),
    ],
)
def test_two_songs_that_begin_alike_stay_two(paragraphs):
    assert sorted(titles(extract(*paragraphs))) == ["Tallow", "Tallow Moon Rising"]
