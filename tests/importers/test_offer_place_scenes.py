"""The filming-place offers widened (offer_places): a word of a filmed scene
("montage", "sequence", "picturisation") before the place in its clause; the
prepositions of a place seen from under, inside or beside it; a place "nearby"; a
place of its own after "and" in a list of filmed things; and the traps: what a place
played ("is a chapel in X"), a person's possessive, a scene word after the place, a
day's name, a person after a copula, a chart, a recording, an archive. Every sentence here is invented for the test."""

import pytest

from .test_offer_places import offered
from .test_place_rules import extract, locations

# A scene word before the place in its clause, no filming word.
AFTER_SCENES = [
    (
        "Its best minute is a montage of the twins racing carts along Quillby Sands.",
        "Quillby Sands",
    ),
    (
        "The sequence where the choir marches ends at Dunmarrow Cross in the rain.",
        "Dunmarrow Cross",
    ),
    (
        "In the song's picturisation the heroine waits for him on the steps at "
        "Kallapur Ghat, twice.",
        "Kallapur Ghat",
    ),
    (
        "Then comes the montage, the two of them cycling past Heddon Lock at sunrise.",
        "Heddon Lock",
    ),
]
# The prepositions of a place seen from under, inside or beside it, and "nearby".
NEW_PREPOSITIONS = [
    (
        "Most of the footage of the chase is from beneath the Tessby Viaduct, in fog.",
        "Tessby Viaduct",
    ),
    (
        "The dream scene footage came from inside the Morven Glasshouse.",
        "Morven Glasshouse",
    ),
    ("Those reshoots happened at nearby Quorrow.", "Quorrow"),
]
# A filmed thing of its own after "and": not the town of the place before it.
AFTER_AND = [
    (
        "The mill exteriors came from Hatchford, and the kitchen interiors from "
        "somewhere in Spellbury.",
        "Spellbury",
    ),
    (
        "The crew got the mill at Hatchford, and the kitchen interiors in Spellbury.",
        "Spellbury",
    ),
    (
        "The opening was filmed on Kessock Pier, and the street scenes around Tolland.",
        "Tolland",
    ),
]
# Not offered.
NOT_OFFERED = [
    # what the place played, said as an indefinite description
    ("In the sequence the old granary is a chapel in Ostrava, candles and all.",),
    ("The montage turns the quarry into a harbour, and the shed is a bar in Lisvane.",),
    # a person's possessive
    ("The montage in Dana Vell's second feature is the one people quote.",),
    # the scene word after the place
    ("He made a documentary about roller derby in Fennimore with more montage.",),
    # a day's name, a person said to be something after a sentence about filming
    ("The crowd scenes were shot over a weekend.", "It was Harvest Day, after all."),
    ("The crew filmed for a week.", "That young woman was Ada Brisk, a local girl."),
    # a chart, a recording, an archive: no filming place in the clause
    ("The montage song peaked at 9 on Korvat, the island's own chart.",),
    ("The crew shot it in May, and she laid the vocals down later in Tarrin.",),
    ("The shooting script is held at the Pellam Library in Oxbury.",),
]


@pytest.mark.parametrize("sentence, place", AFTER_SCENES)
def test_a_place_after_a_scene_word_is_offered(sentence, place):
    assert offered(extract(sentence)) == [place]


@pytest.mark.parametrize("sentence, place", NEW_PREPOSITIONS)
def test_a_place_under_inside_beside_or_nearby_is_offered(sentence, place):
    assert place in offered(extract(sentence))


@pytest.mark.parametrize("sentence, place", AFTER_AND)
def test_a_place_after_and_in_a_list_of_filmed_things_is_offered(sentence, place):
    assert place in offered(extract(sentence))


@pytest.mark.parametrize("paragraphs", NOT_OFFERED)
def test_a_played_place_a_person_a_day_or_a_later_scene_word_is_not_offered(
    paragraphs,
):
    assert offered(extract(*paragraphs)) == []


def test_a_scene_offer_is_a_suggestion_and_no_block():
    post = extract(
        "Its best minute is a montage of the twins racing carts along Quillby Sands."
    )
    assert locations(post) == []
    (item,) = [item for item in post.suggested if item["kind"] == "location"]
    assert item["message"] == "Possible filming place: Quillby Sands"
    assert item["value"]["name"] == "Quillby Sands"
