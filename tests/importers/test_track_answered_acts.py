"""A song given with its act in answer to a question about a song ("And the second
song, over the pier?" then "That's Nova Relay, ‘X.’") is a track that act
performs, the question a sentence or the heading over the answer; not an answer
to a question about something else, nor an answer that says more. Each sentence
is our own."""

from .test_discourse import titles
from .test_track_entries import performers, read

OPENING = "We asked the music supervisor of <i>Gull Point</i> (1983) about the pier."


def test_an_act_and_title_in_answer():
    post = read(
        OPENING,
        "# And the second song, over the pier?",
        "“That's Nova Relay, ‘Pier Lights.’ Their singer wrote it in a week.”",
    )
    assert performers(post) == {"Pier Lights": ["Nova Relay"]}
    post = read(OPENING, "Which tune plays at the end? It was Ada Moon, “Low Gate”.")
    assert performers(post) == {"Low Gate": ["Ada Moon"]}


def test_other_questions_or_longer_answers():
    post = read(
        OPENING,
        "# Which book did you read on set?",
        "“That's Ben Hale, ‘Harbour Nights.’”",
    )
    assert titles(post) == []
    post = read(
        OPENING,
        "Which song did you lose? It was Ada Moon, “Low Gate”, and we never got it.",
    )
    assert "Low Gate" not in titles(post)
