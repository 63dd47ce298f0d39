"""A post title's square bracket that holds a record's or a copy's format and what
qualifies it ("[LP, 1983]", "[HD restore]") names no film; a bracket with a title
in capitals still does. Each title is our own."""

from .test_html_parser import parse_page


def film_of(title):
    post = parse_page("<p>A few words on the montage.</p>", title=title)
    return post.title, post.film_title, post.film_year


def test_a_format_and_its_year_name_no_film():
    assert film_of("Harbour Lights (Original Soundtrack) [LP, 1983]") == (
        "Harbour Lights (Original Soundtrack) [LP, 1983]",
        "",
        None,
    )


def test_a_format_and_a_lowercase_word_name_no_film():
    assert film_of("Gull Point, the pier run [HD restore]")[1:] == ("", None)
    assert film_of("Gull Point, the pier run [4K remaster]")[1:] == ("", None)


def test_a_title_in_capitals_is_still_the_film():
    assert film_of("Running the pier [Gull Point, 1983]")[1:] == ("Gull Point", 1983)
    assert film_of("Spinning records [Vinyl Summer]")[1:] == ("Vinyl Summer", None)
