"""A fragment opening on a position ("Number six in the UK.") when the post knows no
track yet is about the title quoted last, as "it" would be; not a title that is an
album's, nor when the fragment's sentence quotes a title of its own."""

import pytest

from .test_discourse import extract, peaks

TOLD = "Ruth Ebdon had written a strange little thing called “Slow Thaw” for her band."
# Each fragment after TOLD, and the peak it gives the title.
FRAGMENTS = {
    "Number six in the UK.": (6, "uk_singles"),
    "#14 on the Hot 100, for one week.": (14, "billboard_hot_100"),
    "No. 9 on the UK Singles Chart in 1987.": (9, "uk_singles"),
}
# Posts whose fragment is about no title the post quoted last.
NOT_THE_TITLE = [
    "Ruth Ebdon put out an album called “Slow Thaw: The Soundtrack” that year.",
    "Ruth Ebdon had written “Slow Thaw” for her band. Number six, said “Melody Maker”,"
    " in the UK.",
]


@pytest.mark.parametrize("fragment", list(FRAGMENTS))
def test_a_fragment_is_about_the_title_quoted_last(fragment):
    assert peaks(extract(TOLD, fragment)) == [("Slow Thaw", *FRAGMENTS[fragment])]


@pytest.mark.parametrize("post", NOT_THE_TITLE)
def test_no_fragment_subject_from_an_album_or_a_sentence_with_its_own_title(post):
    assert ("Slow Thaw", 6, "uk_singles") not in peaks(extract(post))
