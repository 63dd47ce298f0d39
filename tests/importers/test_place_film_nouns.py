""" "film" that only qualifies the noun after it ("went to film school in Saskatoon",
"flew out to film festivals in Cannes") makes no filming place; "went to film in X"
still does. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "sentence, place",
    [
        (
            "It was directed by Ann Dove, who grew up in Carbonear and went to film"
            " school in Saskatoon, and it is about a fisherman.",
            "Saskatoon",
        ),
        ("She moved to film studies at Leeds after a year of law.", "Leeds"),
        ("He went to film festivals in Cannes every May.", "Cannes"),
    ],
)
def test_film_before_a_noun_is_no_filming(sentence, place):
    assert place not in names(extract(sentence))


def test_film_as_a_verb_still_names_the_place():
    assert names(extract("They went to film in Cowes.")) == ["Cowes"]
