"""A quotation in sentence case that reads as English prose (a question, an
assignment) is no album title, even beside a soundtrack's chart run; a title in a
language that writes titles in sentence case still is. Each sentence is our own."""

from wagtail_montage.importers.extraction.album_sentence_titles import (
    sentence_cased_prose,
)

from .test_discourse import extract, facts


def test_english_prose_in_sentence_case_reads_as_prose():
    assert sentence_cased_prose("Compare two opening scenes in terms of their music")
    assert sentence_cased_prose("Discuss how a song can stand in for the time")


def test_titles_read_as_titles():
    assert not sentence_cased_prose("Harbour Lights at Dusk")
    assert not sentence_cased_prose("De brug bij de oude molen")
    assert not sentence_cased_prose("Cold in the rain")  # too short to tell


def test_a_quoted_assignment_makes_no_album():
    post = extract(
        "The set question was: “Compare two opening scenes in terms of their "
        "soundtrack.” Mine was about Lantern Row (1979), whose soundtrack album "
        "reached No. 31 on the Billboard 200."
    )
    titles = [value["title"] for value in facts(post, "album")]
    assert not any(title.startswith("Compare") for title in titles)
    subjects = [value["subject_title"] for value in facts(post, "chart_fact")]
    assert not any(subject.startswith("Compare") for subject in subjects)
