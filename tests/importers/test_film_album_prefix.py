"""A film's title given as the record of its music ("Songs from The Orchard Gate")
is the film after the record's words; a title of one word after them, or none, is
kept whole. Each sentence is our own."""

import pytest

from wagtail_montage.importers.extraction.film_album_prefix import film_of_record_title

from .test_film_salience import read


@pytest.mark.parametrize(
    "title, blocks",
    [
        (
            "Songs from The Orchard Gate \u2013 double LP, gatefold",
            (
                "<i>Songs from The Orchard Gate</i> gathers the brass band's cues "
                "from the 1979 film on two discs.",
            ),
        ),
        (
            "Music from the Motion Picture The Orchard Gate (1979)",
            ("A shop listing, nothing more: sealed, unplayed, a corner ding.",),
        ),
        (
            "Themes from The Orchard Gate (1979): my copy",
            ("My copy came from a car boot sale in Bideford.",),
        ),
    ],
)
def test_the_film_is_what_follows_the_record_words(title, blocks):
    assert read(*blocks, title=title) == ("The Orchard Gate", 1979)


@pytest.mark.parametrize(
    "title",
    ["Music from Nowhere", "Songs from", "The Orchard Gate", "Musical Chairs Tonight"],
)
def test_a_title_without_a_record_prefix_or_with_one_word_after_is_kept(title):
    assert film_of_record_title(title) == title
