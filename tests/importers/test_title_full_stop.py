"""A one-word title with the sentence's full stop inside its quotation marks
(American punctuation: is “Tinderbox.”) is the title without it; an abbreviation
("St.", "U.S.A.") is no title."""

import pytest

from wagtail_montage.importers.extraction.sentences import clean_title

from .test_discourse import extract, titles


@pytest.mark.parametrize(
    "sentence",
    [
        "The montage is cut to a song called “Tinderbox.” Lena Moss sings it.",
        "Lena Moss wrote and sang the closing song, “Tinderbox.”",
        "Over the bonfire scene, the song is Lena Moss's “Tinderbox.”",
    ],
)
def test_a_one_word_title_with_the_full_stop_inside_is_read(sentence):
    assert titles(extract(sentence)) == ["Tinderbox"]


@pytest.mark.parametrize("text", ["St.", "Jr.", "U.S.A.", "Mrs."])
def test_an_abbreviation_is_no_title(text):
    assert clean_title(text) == ""


def test_the_full_stop_goes_from_one_word_and_from_several():
    assert clean_title("Tinderbox.") == "Tinderbox"
    assert clean_title("Frost on the Bough.") == "Frost on the Bough"
