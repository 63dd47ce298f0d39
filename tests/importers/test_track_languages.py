"""A song said in another language to be the title: "La canción del montaje es
“X”", "La chanson du film s'appelle « X »", "Das Lied in der Montage heißt “X”";
not the film nor a topic said so. Each sentence is our own."""

import pytest

from .test_discourse import extract, titles


@pytest.mark.parametrize(
    "sentence",
    [
        "La canción que suena en el montaje se llama “Olas de Sal”.",
        "Dans cette scène, la chanson du film s'appelle « Olas de Sal ».",
        "Das Lied in der Montage heißt “Olas de Sal”.",
        "Ahora bien: la canción es “Olas de Sal”.",
    ],
)
def test_a_song_named_in_another_language_is_a_track(sentence):
    post = extract(
        "This week we watch the harbour montage from <i>Marea Alta</i> (1988).",
        sentence,
        title="Lesson 3: Marea Alta",
    )
    assert titles(post) == ["Olas de Sal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "La película se llama “Olas de Sal” en España.",
        "El tema de la lección es “Olas de Sal”.",
    ],
)
def test_the_film_or_a_topic_said_so_is_no_track(sentence):
    post = extract(
        "This week we watch the harbour montage from <i>Marea Alta</i> (1988).",
        sentence,
        title="Lesson 3: Marea Alta",
    )
    assert "Olas de Sal" not in titles(post)
