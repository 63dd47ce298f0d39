"""Someone's habitual or public claim of where a film was shot ("the projectionist
used to tell visitors it was filmed in X") is a suggestion, not a place; a continent
is never a filming place ("the crew moved to Africa"); the writer's own word and a
country still are. Every sentence here is invented for the test."""

import pytest

from .test_place_rules import extract, names


@pytest.mark.parametrize(
    "sentence",
    [
        "Our guide would always say it was shot at Castle Varn, which is nonsense.",
        "The landlord tells the tourists it was filmed at the Fox Inn in Ludlow.",
    ],
)
def test_a_claim_someone_made_is_no_place(sentence):
    post = extract(sentence)
    assert names(post) == []
    assert any("Possible location" in line for line in post.suggestions)


def test_a_claim_told_to_customers_is_neither_a_place_nor_an_offer():
    """Hearsay told to customers is taken back (offer_place_unfilmed)."""
    post = extract("Old Mr Petrie used to tell customers it was filmed in Argentina.")
    assert names(post) == []
    assert not any("Argentina" in line for line in post.suggestions)


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm is Loch Garra, in Scotland; the crew moved to Europe for the"
        " tax break.",
        "It was filmed in South America and in Lima.",
    ],
)
def test_a_continent_is_no_filming_place(sentence):
    found = names(extract(sentence))
    assert "Europe" not in found and "South America" not in found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The film was shot in Chile; our guide says so too.", ["Chile"]),
        ("It was filmed in Argentina, in the end.", ["Argentina"]),
        ("The diner scene was filmed at the Blue Kettle in Tulsa.", ["Blue Kettle"]),
    ],
)
def test_the_writers_own_word_still_gives_the_place(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Nobody told me the street was fake, either: most of it was filmed on a"
            " backlot in Burbank.",
            ["Burbank"],
        ),
        ("No one ever told us it was filmed in Harrogate.", ["Harrogate"]),
        ("Never told a soul, but it was filmed in Harrogate.", ["Harrogate"]),
    ],
)
def test_told_by_nobody_is_the_writers_own_word(sentence, expected):
    assert names(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A driver told me it was filmed in Harrogate.",
        "Somebody told us that it was shot in Harrogate.",
    ],
)
def test_told_by_someone_is_still_hearsay(sentence):
    assert names(extract(sentence)) == []
