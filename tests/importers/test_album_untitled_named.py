"""The film's soundtrack made untitled from a sentence that names another record,
or says there was none, is no album block: the named record is left to the broad
album reader's offer, and the chart facts said of it become suggestions about it.
A name that opens on the film's title, a label's name and a record said to have no
title of its own leave the untitled album as it was. Each sentence is our own."""

from .test_album_owned_nouns import albums
from .test_track_entries import facts, read

OPENING = "The pier montage in <i>Gull Point</i> (1983) is set to “Tin Roof Blues”."
UNTITLED = "Gull Point (soundtrack)"


def chart_subjects(post):
    return {value["subject_title"] for value in facts(post, "chart_fact")}


def offered_charts(post):
    return {
        item["value"]["subject_title"]
        for item in post.suggested
        if item["kind"] == "chart_fact"
    }


def test_a_name_after_a_naming_word_makes_no_untitled_album():
    for said in (
        "The soundtrack album is called Tidelines and it went gold.",
        "The soundtrack LP was titled “Brine and Lamps”, alas.",
        "The soundtrack came out on cassette as Harbour Hours: Songs of the Pier.",
    ):
        assert UNTITLED not in albums(read(OPENING, said)), said


def test_a_name_set_off_after_the_soundtrack_makes_no_untitled_album():
    post = read(OPENING, "You will find it on the soundtrack CD, “Gulls at Noon”.")
    assert UNTITLED not in albums(post)
    post = read(
        OPENING,
        "The soundtrack, Pier Lights: Music from the Film, reached No. 9 on the UK "
        "Albums Chart.",
    )
    assert UNTITLED not in albums(post)
    assert UNTITLED not in chart_subjects(post)


def test_its_chart_facts_are_suggestions_about_the_named_record():
    post = read(
        OPENING,
        "The soundtrack album is called Tidelines, and it went to No. 4 on the UK "
        "Albums Chart.",
    )
    assert chart_subjects(post) == set()
    assert offered_charts(post) == {"Tidelines"}
    offered = [
        item["value"]["title"] for item in post.suggested if item["kind"] == "album"
    ]
    assert offered == ["Tidelines"]
    assert "Tidelines" not in albums(post)


def test_a_record_said_not_to_exist_is_no_album():
    said = [
        "Alas, a soundtrack record for it is not a thing.",
        "The director did not want a soundtrack album at all.",
        "We asked about the soundtrack album, but no source gives its title.",
    ]
    assert [albums(read(OPENING, one)) for one in said] == [[], [], []]


def test_the_films_own_name_a_label_or_no_title_keep_the_untitled_album():
    post = read(
        OPENING, "The soundtrack LP, Gull Point: Songs from the Film, sold well."
    )
    assert len(albums(post)) == 1 and albums(post)[0].startswith("Gull Point")
    post = read(
        OPENING, "The soundtrack album came out on a label called Driftwood Records."
    )
    assert albums(post) == [UNTITLED]
    post = read(
        OPENING,
        "Nobody ever gave the soundtrack album a proper name; fans said Gulls.",
    )
    assert albums(post) == [UNTITLED]


def test_a_name_it_was_never_called_keeps_the_untitled_album():
    post = read(
        OPENING, "The soundtrack LP was never called “Sea Glass”, whatever you read."
    )
    assert UNTITLED in albums(post)
