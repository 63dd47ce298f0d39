"""A certifying body not in the list named in full right after the level ("a
platinum disc by the Indian Music Industry", "a gold record from the Music Industry
Federation of Norway") certified it; a listed one named in full is itself, and a
body that gave no record ("praise from the Folk Society") certifies nothing."""

from .test_discourse import certifications, extract

SONG = "The dance montage is set to “Kite Wind” by Lata Rao."
# A sentence after the song, and the certifications it states.
STATED = (
    (
        "It sold so well that it was presented a platinum disc by the Indian Music "
        "Industry in 1987.",
        [("Kite Wind", "platinum", None, "other")],
    ),
    (
        "It earned a gold record from the Music Industry Federation of Norway.",
        [("Kite Wind", "gold", None, "other")],
    ),
    (
        "It was certified gold by the Philippine Association of the Record Industry.",
        [("Kite Wind", "gold", None, "other")],
    ),
    (
        "It earned a gold record from the Recording Industry Association of America.",
        [("Kite Wind", "gold", None, "riaa")],
    ),
    ("It earned gold stars and praise from the Folk Society.", []),
)


def test_a_body_named_in_full_after_the_level_certified_it():
    for sentence, expected in STATED:
        assert certifications(extract(SONG, sentence)) == expected, sentence
