"""A title the words before it call an album ("on an album called <i>X</i>", "a
compilation titled “X”", "her second LP, named <i>X</i>") is an album; a song
called so, or a "record" called so in quotation marks (a single, maybe), is not."""

import pytest

from .test_discourse import extract, facts


def albums(post):
    return [value["title"] for value in facts(post, "album")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The take they used ended up on an album called <i>Fenwick Lanes</i>, "
        "which almost nobody bought.",
        "Years later it turned up on a compilation titled \u201cFenwick Lanes\u201d.",
        "She put it on her second LP, named <i>Fenwick Lanes</i>, in 1988.",
        "You can find it on a record called <i>Fenwick Lanes</i> if you dig.",
        "Their soundtrack LP was simply called <i>Fenwick Lanes</i>, no subtitle.",
        "The album is just titled \u201cFenwick Lanes\u201d, which is a shame.",
    ],
)
def test_a_title_called_an_album_before_it_is_an_album(sentence):
    assert albums(extract(sentence)) == ["Fenwick Lanes"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The montage plays a song called \u201cFenwick Lanes\u201d over the rain.",
        "He put out a record called \u201cFenwick Lanes\u201d, a seven-inch with a "
        "dull B-side.",
    ],
)
def test_a_song_or_a_quoted_record_called_so_is_no_album(sentence):
    assert albums(extract(sentence)) == []
