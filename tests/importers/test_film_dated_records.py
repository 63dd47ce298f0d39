"""The film a soundtrack record's title names, dated by the words set beside the
record ("<i>X: Music from the Film</i>, A's 1969 soundtrack"); a record dated
without a film in its title, or two films so dated, name none. Each sentence is our
own."""

import pytest

from wagtail_montage.importers.extraction.film_dated_records import dated_record_film
from wagtail_montage.importers.extraction.sentences import (
    paragraph_text,
    split_sentences,
)

from .test_film_salience import read


@pytest.mark.parametrize(
    "blocks",
    [
        (
            "This month's box holds a fresh pressing of <i>Harrow Point: Music from "
            "the Film</i>, Nell Quayle's 1977 soundtrack, on blue vinyl.",
        ),
        (
            "We finally found the tapes for <i>Harrow Point (Original Score)</i>, his "
            "music for the 1977 film of the same name.",
            "They were in a shoebox in Penrith.",
        ),
        (
            "Side two of <i>Harrow Point \u2013 Original Soundtrack</i>, the 1977 score,"
            " is the one to play first.",
        ),
    ],
)
def test_a_record_title_dated_beside_it_dates_its_film(blocks):
    assert read(*blocks, title="Record of the week") == ("Harrow Point", 1977)


@pytest.mark.parametrize(
    "blocks",
    [
        (  # no film in the record's title
            "This month's box holds <i>Harrow Point</i>, Nell Quayle's 1977 album, "
            "on blue vinyl.",
        ),
    ],
)
def test_a_record_without_its_film_dates_no_film(blocks):
    assert read(*blocks, title="Record of the week")[1] != 1977


def _sentences(html):
    return split_sentences(paragraph_text(f"<p>{html}</p>"), 0)


def test_two_records_of_two_films_with_two_years_date_neither():
    first = (
        "We pressed <i>Harrow Point: Music from the Film</i>, Nell Quayle's 1977 "
        "soundtrack"
    )
    both = first + (
        ", and <i>Low Orchard: Music from the Film</i>, her 1981 score, in one run."
    )
    assert dated_record_film(_sentences(both)) is None
    assert dated_record_film(_sentences(first + "."))[:2] == ("Harrow Point", 1977)


def test_a_speech_about_pictures_names_the_film_it_turns_to():
    blocks = (
        "I have spent my life cutting pictures, and most of them I have forgotten.",
        "Tonight I want to talk about <i>The Copper Gull</i>, which nobody saw.",
        "The film came out in 1993 and was gone in a week.",
    )
    assert read(*blocks, title="A farewell") == ("The Copper Gull", 1993)
