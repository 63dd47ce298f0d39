"""A place's name with a small word of its own language inside it: "Sgurr na Ciche",
"Loch na Keal", "Nove Mesto na Morave" are whole names, not the words before "na";
a lowercase word after it ends the name. Every sentence here is invented for the
test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The climb was filmed on Sgurr na Ciche in a single week.", "Sgurr na Ciche"),
        ("They shot the ferry scenes at Loch na Keal, on Mull.", "Loch na Keal"),
        ("The wedding was filmed in Nove Mesto na Morave.", "Nove Mesto na Morave"),
    ],
)
def test_a_name_with_na_inside_it(sentence, expected):
    assert expected in names(extract(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The duel was filmed at Ardmore na bhaile in the rain.", "Ardmore"),
        ("The duel was filmed at Ardmore, na h-Eileanan being too far.", "Ardmore"),
    ],
)
def test_na_before_a_lowercase_word_ends_the_name(sentence, expected):
    assert names(extract(sentence)) == [expected]
