"""A numbered heading that is a title alone ("1. Tin Roof Blues"), each word
capitalised, is a song's entry in a post whose title is about songs; not a heading
that is a sentence, one opening on "The", nor any in a post about something else.
A heading whose class names its anchor ("header-anchor-post") is no page chrome.
Each sentence is our own."""

from wagtail_montage.importers.html import parse_html

from .test_discourse import titles
from .test_track_entries import read


def test_numbered_headings_that_are_titles_alone():
    post = read(
        "Three songs play over the diner scene in <i>Gull Point</i> (1983).",
        "# 1. Tin Roof Blues",
        "Ada Moon wrote it and sings it.",
        "# 2) Pier Lights at Dawn",
        "The Terns recorded it in 1979.",
        "# 3. Salt, Sand and Sorrow",
        "Jo Vance sings this one over the last shot.",
        title="The three songs of Gull Point",
    )
    assert set(titles(post)) == {
        "Tin Roof Blues",
        "Pier Lights at Dawn",
        "Salt, Sand and Sorrow",
    }


def test_a_heading_that_is_a_sentence_or_opens_on_the_is_no_title():
    post = read(
        "Three songs play over the diner scene in <i>Gull Point</i> (1983).",
        "# 1. It was not shot in Maine",
        "The harbour is in Nova Scotia.",
        "# 2. The Chart Run",
        "It did well in Canada.",
        title="The three songs of Gull Point",
    )
    assert titles(post) == []


def test_numbered_titles_in_a_post_about_something_else():
    post = read(
        "Five things you may not know about <i>Gull Point</i> (1983).",
        "# 1. Lucia Ferraz",
        "She was the stunt double in the storm scene.",
        title="Five things about Gull Point",
    )
    assert titles(post) == []


def test_a_heading_with_an_anchor_class_is_kept():
    html = (
        "<html><head><title>Notes</title></head><body><article>"
        "<p>Some words about a film.</p>"
        '<h3 class="header-anchor-post">Where it was shot</h3>'
        "<p>On a pier.</p></article></body></html>"
    )
    post = parse_html(html.encode(), "test")
    assert ("heading", {"text": "Where it was shot", "level": "h3"}) in post.body
