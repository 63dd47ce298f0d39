"""A chart fact whose subject the post calls a film ("the 1983 prison drama <i>X</i>",
"<i>X</i>, a Canadian road movie", the soundtrack "X (Music from the Film)") is
left to the review; a title the post also quotes as a song, or a post with a title
song, keeps its facts."""

from types import SimpleNamespace

import pytest

from wagtail_montage.importers.extraction.chart_film_titles import drop_film_records
from wagtail_montage.importers.extraction.context import (
    FactContext,
    album_value,
    chart_fact_value,
)
from wagtail_montage.importers.types import ParsedPost

CHART = "It reached No. 12 on the UK chart."


def kept(*paragraphs, subject="Iron Gate Blues", albums=()):
    """The subjects of the chart facts kept once films are refused, and the post's
    suggestions."""
    post = ParsedPost(
        source="test",
        key="test",
        title="A post",
        body=[("paragraph", f"<p>{text}</p>") for text in (*paragraphs, CHART)],
    )
    ctx = FactContext(post)
    sentence = SimpleNamespace(number=0, paragraph=len(paragraphs), display=CHART)
    for title in albums:
        ctx.albums[title.casefold()] = album_value(title)
    value = chart_fact_value(subject, "track", "")
    value.update(fact_kind="chart_peak", position=12, chart="uk_singles")
    ctx.add(sentence, "chart_fact", value)
    drop_film_records(ctx)
    subjects = [
        slot.value["subject_title"]
        for slots in ctx.slots.values()
        for slot in slots
        if slot.keep
    ]
    return subjects, ctx.suggestions


@pytest.mark.parametrize(
    "paragraph, albums",
    [
        (
            "Everyone remembers the 1983 prison drama <i>Iron Gate Blues</i> and the "
            "ballad over its last scene.",
            (),
        ),
        (
            "The chase is the heart of <em>Iron Gate Blues</em>, a forgotten Canadian "
            "road movie, and the song drives it.",
            (),
        ),
        (
            "The song comes from the film <i>Iron Gate Blues</i>, which nobody saw.",
            (),
        ),
        (
            "<b>9. Harbour Glass</b> by Nell Varga (from <i>Iron Gate Blues</i>, 1994)",
            ("Iron Gate Blues (Music from the Film)",),
        ),
    ],
)
def test_a_title_the_post_calls_a_film_has_no_chart_fact(paragraph, albums):
    subjects, suggestions = kept(paragraph, albums=albums)
    assert subjects == []
    assert any(line.startswith("A chart peak (No. 12)") for line in suggestions)


@pytest.mark.parametrize(
    "paragraph",
    [
        # the song shares the film's name, written in quotation marks
        "The 1983 prison drama <i>Iron Gate Blues</i> closes on “Iron Gate Blues” by "
        "The Wardens.",
        # a title song
        "The 1983 prison drama <i>Iron Gate Blues</i> is remembered for its title song.",
        # a song before the film's words: "the film's song", not the film
        "The film's song <i>Iron Gate Blues</i> plays over the last scene.",
        # nothing calls it a film
        "<i>Iron Gate Blues</i> by The Wardens plays over the last scene.",
    ],
)
def test_a_song_keeps_its_chart_fact(paragraph):
    subjects, _suggestions = kept(paragraph)
    assert subjects == ["Iron Gate Blues"]


def test_a_soundtrack_of_another_film_leaves_the_song():
    subjects, _suggestions = kept(
        "<i>Iron Gate Blues</i> by The Wardens plays over the last scene.",
        albums=("Salt Winter (Music from the Film)",),
    )
    assert subjects == ["Iron Gate Blues"]
