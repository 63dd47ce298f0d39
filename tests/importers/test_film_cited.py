"""A film cited in brackets with its year after a comma ("Song — Singer (from
<i>X</i>, 1998)", "(<i>X</i>, 1984)") is the post's film; right after another title
the bracket gives that title's other name ("<i>X</i> (<i>Y</i>, 1976)": X). Two
cited titles, or a year with no bracket, name none. Every sentence here is invented
for the test."""

import pytest

from .test_film_one_year import film_of


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            ("Harbour Song — Ada Venn (from <i>The Long Tide</i>, 1993)",),
            ("The Long Tide", 1993),
        ),
        (
            (
                "The chase is scored to Ada Venn's best song (<i>Cold Comfort</i>, 1984).",
            ),
            ("Cold Comfort", 1984),
        ),
        (
            (
                "I redid the subtitles for <i>The Quiet Mill</i> (<i>Die Stille"
                " Muehle</i>, 1979) this spring.",
            ),
            ("The Quiet Mill", 1979),
        ),
        # Traps: two cited titles, or a year that is no citation
        (
            (
                "Two songs stand out (from <i>Red Sky</i>, 1981) and (from <i>Blue"
                " Hour</i>, 1983).",
            ),
            ("", None),
        ),
        (("Ada Venn sang it in <i>The Long Tide</i>, in 1993, on tour.",), ("", None)),
    ],
)
def test_a_film_cited_in_brackets(paragraphs, expected):
    assert film_of("The 40 best songs: No. 9", *paragraphs) == expected
