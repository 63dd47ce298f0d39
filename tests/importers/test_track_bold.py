"""A title marked only in bold inside a sentence ("The song is <b>X</b> sung by A",
"you hear <b>X</b> by B") is read as a title; bold that is a speaker's label, a
date or heading at the head of a line, a quiz's answer after its question, a
chart's name or a term after "the" stays plain. Each sentence is our own."""

from wagtail_montage.importers.extraction.track_bold import mark_bold_titles

from .test_discourse import titles
from .test_track_entries import performers, read


def test_bold_titles_inside_sentences():
    post = read(
        "We finally rewatched <i>Gull Point</i> (1983) last night.",
        "The song over the skating scene is <b>Tin Roof Blues</b> sung by Ada Moon.",
        "Later on, you hear <b>Pier Lights (Reprise)</b> by Nova Relay.",
        "The last montage is set to <b>Salt on the Window</b>, which Jo Vance wrote.",
    )
    assert performers(post) == {
        "Tin Roof Blues": ["Ada Moon"],
        "Pier Lights (Reprise)": ["Nova Relay"],
        "Salt on the Window": [],
    }


def test_bold_labels_answers_and_dates_stay_plain():
    post = read(
        "We finally rewatched <i>Gull Point</i> (1983) last night.",
        "<b>ADA MOON:</b> I sang it live, you know. <b>BEN HALE:</b> She did.",
        "Who sang the song over the pier? <b>The Terns</b>",
        "<b>Thursday, 5 March.</b> The song still sounds great.",
    )
    assert titles(post) == []


def test_a_chart_or_a_term_in_bold_is_no_title():
    html = (
        "<p>It reached No. 4 on the <b>Billboard Hot 100</b>. The <b>Pier Montage</b>"
        " runs four minutes; Q: who wrote it? <b>Ben Hale</b></p>"
    )
    assert mark_bold_titles(html) == html


def test_bold_in_a_sentence_is_marked_as_italics():
    assert mark_bold_titles("<p>The theme is <b>Low Gate</b> by Ida Roe.</p>") == (
        "<p>The theme is <i>Low Gate</i> by Ida Roe.</p>"
    )
    assert mark_bold_titles("<p>A ballad, <b>Harbour Wall</b>, closes it.</p>") == (
        "<p>A ballad, <i>Harbour Wall</i>, closes it.</p>"
    )


def test_a_records_whole_title_in_bold_wherever_it_stands():
    html = "<p>8. Name the soundtrack album. <b>Gull Point: Songs from the Road</b></p>"
    assert "<i>Gull Point: Songs from the Road</i>" in mark_bold_titles(html)
    question = "<p>5. <b>Q: Is there a soundtrack album?</b> Yes.</p>"
    assert mark_bold_titles(question) == question
    generic = "<p><b>The Original Soundtrack</b> is great.</p>"
    assert mark_bold_titles(generic) == generic
