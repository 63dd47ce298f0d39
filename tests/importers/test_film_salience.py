"""The film by its salience, when no rule named it: the one dated title the post
marks as a film, and the film "it" or "the film" is when a sentence says when it
came out. Each sentence is our own."""

import pytest

from wagtail_montage.importers.extraction import extract_facts
from wagtail_montage.importers.types import ParsedPost


def read(*blocks, title="A post"):
    body = []
    for block in blocks:
        if block.startswith("# "):
            body.append(("heading", {"text": block[2:], "level": 3}))
        else:
            body.append(("paragraph", f"<p>{block}</p>"))
    post = ParsedPost(source="test", key="test", title=title, body=body)
    extract_facts(post)
    return post.film_title, post.film_year


@pytest.mark.parametrize(
    "blocks, title",
    [
        (
            (
                "Clients keep asking for the pier shot.",
                "# The film",
                "<i>Harrow Lane Lights</i> came out in 1987. The pier is real.",
            ),
            "Why everyone wants the pier shot",
        ),
        (
            (
                "<i>Harrow Lane Lights</i> came out in the spring of 1987, and my "
                "uncle was an extra in it.",
            ),
            "The summer the movie came to town",
        ),
        (
            (
                "Ada Voss, whose song lifted <i>Harrow Lane Lights</i>, a small "
                "drama of 1987, died on Friday.",
                "# Harrow Lane Lights",
                "She wrote it in a week.",
            ),
            "Ada Voss, songwriter, 1930-2024",
        ),
        (
            (
                "Showing in May: <i>Harrow Lane Lights</i> (Ida Brandt, 1987), "
                "restored.",
                "Next: <i>Copper Moth</i> (1991).",
            ),
            "May classic: Harrow Lane Lights",
        ),
    ],
)
def test_the_one_dated_title_marked_as_a_film(blocks, title):
    assert read(*blocks, title=title) == ("Harrow Lane Lights", 1987)


@pytest.mark.parametrize(
    "blocks",
    [
        (
            "People still ask about the crash in <i>Harrow Lane Lights</i>.",
            "I was the stuntman, and the film came out in the fall of 1987.",
        ),
        (
            "Each June I show my class a reel of <i>Harrow Lane Lights</i>.",
            "It came out in 1987, and it is very silly.",
        ),
    ],
)
def test_the_film_it_is_that_came_out(blocks):
    assert read(*blocks, title="Notes from a stunt") == ("Harrow Lane Lights", 1987)


@pytest.mark.parametrize(
    "blocks",
    [
        # examples of a kind, a song, a record, or two films alike: none is the film
        ("He scored westerns such as <i>Harrow Lane Lights</i> (1987) for money.",),
        ("The song <i>Harrow Lane Lights</i> came out in 1987 and is in a film.",),
        ("I hum “Harrow Lane Lights” all day.", "It came out in 1987 as a single."),
        (
            "Tonight on the big screen: <i>Harrow Lane Lights</i> (1987).",
            "Tomorrow on the big screen: <i>Copper Moth</i> (1991).",
        ),
    ],
)
def test_no_film_from_a_title_set_apart(blocks):
    assert read(*blocks, title="Notes") == ("", None)


def test_a_title_after_its_year_and_kind():
    assert read(
        "We reissue the score to Ida Marsh's 1987 thriller <i>Harrow Lane Lights</i> "
        "this spring.",
        title="Press notes",
    ) == ("Harrow Lane Lights", 1987)


def test_a_title_called_a_song_is_not_the_film_the_post_title_names():
    film = read(
        "This guitar is in the video for “Copper Moth”, the song that closes the film.",
        "The film came out in 1987.",
        title="The Copper Moth guitar",
    )
    assert film[0] != "Copper Moth"


def test_the_film_the_posts_title_names_came_out_then():
    assert read(
        "Notes for anyone speedrunning <i>Harrow Lane Lights</i>.",
        "The cutscene uses “Copper Moth”, sung by Ida Roe.",
        "It was a hit the summer the film came out (1987).",
        title="Harrow Lane Lights speedrun notes",
    ) == ("Harrow Lane Lights", 1987)


def test_the_year_a_quiz_answers_for_a_film():
    assert read(
        "Here are the answers to Tuesday's film round.",
        "Q1. In what year was <i>Harrow Lane Lights</i> released?",
        "A: 1987.",
        title="Quiz answers",
    ) == ("Harrow Lane Lights", 1987)


def test_no_film_from_a_quiz_year_of_a_record():
    assert read(
        "Q1. In what year was <i>Harrow Lane Lights</i> released?",
        "A: 1987.",
        title="Pop quiz answers",
    ) == ("", None)


def test_a_quoted_title_that_came_out_is_not_the_post_titles_other_run():
    assert read(
        "We fished Salmon Reach again on Saturday and caught nothing.",
        "<i>Harrow Lane Lights</i> came out in 1987 and is the only film I know that "
        "gets rivers right.",
        title="Salmon Reach, and a film instead",
    ) == ("Harrow Lane Lights", 1987)


def test_a_labelled_dated_heading_over_a_text_about_one_film_is_the_film():
    assert read(
        "The answers to Thursday's round, which was about one film only.",
        "# Round 3: Harrow Lane Lights (1987)",
        "Q1. The film is set in Leeds. Which town played it? A: Halifax.",
        title="Quiz night: the answers",
    ) == ("Harrow Lane Lights", 1987)


def test_a_labelled_dated_heading_of_several_is_no_film():
    assert read(
        "The answers to Thursday's rounds.",
        "# Round 3: Harrow Lane Lights (1987)",
        "Q1. The film is set in Leeds.",
        "# Round 4: Copper Moth (1991)",
        "Q1. The film is set in Hull.",
        title="Quiz night: the answers",
    ) == ("", None)


@pytest.mark.parametrize(
    "work, film",
    [
        ("Ida Brandt's 1987 wartime fable", ("Harrow Lane Lights", 1987)),
        ("Ida Brandt's 1987 second album", ("", None)),
    ],
)
def test_a_directors_dated_work_is_the_film_a_record_is_not(work, film):
    assert (
        read(
            "Al Frey scored thirty films, but we remember one: "
            f"<i>Harrow Lane Lights</i>, {work}.",
            title="Al Frey, 1931-2024",
        )
        == film
    )
