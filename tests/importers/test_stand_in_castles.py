"""A name ending in a castle, a priory, an observatory, a lido or a pavilion says it is
a place, so it may play a place with no word of filming ("Kell Castle appears in the
montage as a Bavarian palace"); a person called Castle playing a part, or a band
called The Castle, is no place. Every sentence here is invented for the test."""

from .test_place_rules import extract, locations

CASTLES = {
    "Kell Castle appears in the montage as a Bavarian palace.": [
        ("Kell Castle", "a Bavarian palace")
    ],
    "Tarrow Priory, down in Kellbridge, played a French abbey.": [
        ("Tarrow Priory", "a French abbey")
    ],
    "The Orrin Pavilion played a casino in Monaco.": [
        ("Orrin Pavilion", "a casino in Monaco")
    ],
    # Traps: a person called Castle playing a part; a band called The Castle.
    "Ada Castle plays the mother of the bride.": [],
    "The Castle played a gig at the Kell Arms in Leeds.": [],
}


def test_a_castle_or_a_manor_is_a_place_that_played():
    assert {sentence: locations(extract(sentence)) for sentence in CASTLES} == CASTLES
