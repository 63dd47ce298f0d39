"""Words quoted that are only a record's noun ("someone has written THE SINGLE",
"‘the B-side’") are no title, even after a verb of writing; a title that says more
("Single Girl", "The Hit Parade") or a score's "Theme" is one. Each sentence is our
own."""

from wagtail_montage.importers.extraction.track_noun_titles import noun_only_title

from .test_discourse import titles
from .test_track_entries import read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”."


def test_nouns_quoted_are_not_titles():
    assert noun_only_title("THE SINGLE")
    assert noun_only_title("the B-side")
    assert noun_only_title("A Hit")
    post = read(OPENING, "On the sleeve, in pencil, someone has written “THE SINGLE”.")
    assert titles(post) == ["Tin Roof Blues"]


def test_titles_that_say_more():
    assert not noun_only_title("Single Girl")
    assert not noun_only_title("The Hit Parade")
    assert not noun_only_title("Theme")
    post = read(OPENING, "Ada Moon has written “Single Girl” for the dance scene.")
    assert titles(post) == ["Tin Roof Blues", "Single Girl"]
