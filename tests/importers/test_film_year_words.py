"""The film's year said other ways than four digits ("in seventy-seven", "in '89",
"nineteen eighty-three"), and the year a sentence gives the film by itself just
after naming it ("It's from 1983", "The film is from 1985", "Nineteen eighty-three,
I think"). Each sentence is our own."""

import pytest

from wagtail_montage.importers.extraction.film_year_words import digit_years

from .test_discourse import extract, film


@pytest.mark.parametrize(
    "paragraphs, year",
    [
        (
            [
                "The film was <i>Gull Point</i> and it came out the year after, in "
                "seventy-seven, at the Ritz."
            ],
            1977,
        ),
        (["<i>Gull Point</i> opened in '89, a year late, and nobody went."], 1989),
        (["<i>Gull Point</i> was released in nineteen eighty-three, in March."], 1983),
    ],
)
def test_a_year_in_words_or_cut_short(paragraphs, year):
    post = extract(*paragraphs, title="My aunt and Gull Point")
    assert film(post) == ("Gull Point", year)


@pytest.mark.parametrize(
    "paragraphs, year",
    [
        (["A friend said I had to see <i>Gull Point</i>. It's from 1983."], 1983),
        (
            [
                "The suit scene in <i>Gull Point</i> is true to the trade.",
                "The film is from 1985. I watched it twice.",
            ],
            1985,
        ),
        (
            [
                "She asked me whether I had seen <i>Gull Point</i>. I had. "
                "Nineteen eighty-six, I think, at a drive-in."
            ],
            1986,
        ),
    ],
)
def test_a_year_said_by_itself_just_after_the_film(paragraphs, year):
    post = extract(*paragraphs, title="My aunt and Gull Point")
    assert film(post) == ("Gull Point", year)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a count, not a year
        ["<i>Gull Point</i> opened in seventy cinemas, and nobody went."],
        # the song's year, not the film's
        ["I had to see <i>Gull Point</i>. The song is from 1983."],
        # too far from the film's name to be its year
        [
            "I had to see <i>Gull Point</i>. I went on a Tuesday. The bus was late. "
            "My aunt came along. 1983, I think."
        ],
    ],
)
def test_no_year_from_a_count_another_thing_or_far_away(paragraphs):
    post = extract(*paragraphs, title="My aunt and Gull Point")
    assert post.film_year in (None, 0)


def test_digit_years():
    assert digit_years("in the summer of sixty-nine.") == "in the summer of 1969."
    assert digit_years("Nineteen eighty-three, I think") == "1983, I think"
    assert digit_years("came out in '04, and") == "came out in 2004, and"
    assert digit_years("in seventy minutes") == "in seventy minutes"


@pytest.mark.parametrize(
    "paragraphs, year",
    [
        (
            [
                "The picture was <i>Gull Point</i>. It came out in '89, the following "
                "spring, and nobody in it could drive."
            ],
            1989,
        ),
        (
            [
                "Ada Moon wrote the theme for the film <i>Gull Point</i>, which hit the "
                "screens the following year, 1972."
            ],
            1972,
        ),
        (
            [
                "The best of them is a slow one from a picture which opened in 2001: "
                "<i>Gull Point</i>, with its long ferry scene."
            ],
            2001,
        ),
    ],
)
def test_a_release_said_of_the_film_in_other_words(paragraphs, year):
    post = extract(*paragraphs)
    assert film(post) == ("Gull Point", year)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a record's release, not the film's
        [
            "The B-side was <i>Gull Point</i>. It came out in '89 as a single on Polydor."
        ],
        # the film that came out is not the title named after it
        [
            "I prefer a film that came out in 2001 to the slow one, but <i>Gull "
            "Point</i> is the one everybody hums."
        ],
    ],
)
def test_no_film_year_from_a_record_or_a_title_set_apart(paragraphs):
    post = extract(*paragraphs)
    assert film(post) != ("Gull Point", 1989) and film(post) != ("Gull Point", 2001)
