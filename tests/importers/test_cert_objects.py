"""A certifying verb's object names the kind of record certified ("the BPI certified
the album silver", "certified the LP platinum", "certified the single gold"): a title
of the other kind named earlier in the sentence is not the subject; "the record" may
be either and leaves the subject as it is. So does the noun that is the subject of
the level's own clause ("..., and the soundtrack LP went gold")."""

from .test_discourse import certifications, extract

INTRO = (
    "The soundtrack album, “Harbor Nights”, came out on Redline Records. "
    "The closing song is “Tin Lantern” by The Gull Choir."
)
# The sentence and the certification it gives.
OBJECTS = {
    "In Britain “Tin Lantern” got to thirty-one, and the BPI then certified the "
    "album silver in 2011.": ("Harbor Nights", "silver", None, "bpi"),
    "“Tin Lantern” charted, and the BPI certified the LP platinum.": (
        "Harbor Nights",
        "platinum",
        None,
        "bpi",
    ),
    "“Harbor Nights” sold slowly, but the RIAA certified the single gold.": (
        "Tin Lantern",
        "gold",
        None,
        "riaa",
    ),
    # traps: the noun agrees with the title, or may be either
    "“Tin Lantern” charted, and the BPI certified the single platinum.": (
        "Tin Lantern",
        "platinum",
        None,
        "bpi",
    ),
    "“Tin Lantern” charted, and the BPI certified the record platinum.": (
        "Tin Lantern",
        "platinum",
        None,
        "bpi",
    ),
}


# The noun that is the subject of the level's own clause.
SUBJECTS = {
    "“Tin Lantern” stalled at nineteen, and the soundtrack LP went gold in Britain, "
    "says the BPI.": ("Harbor Nights", "gold", None, "bpi"),
    "“Tin Lantern” did fine; the Redline album eventually went platinum with the "
    "BPI.": ("Harbor Nights", "platinum", None, "bpi"),
    "“Harbor Nights” sold slowly, but the single later went gold with the RIAA.": (
        "Tin Lantern",
        "gold",
        None,
        "riaa",
    ),
    # trap: a preposition takes the noun, the song is the subject
    "“Tin Lantern”, the opening song from the album went gold with the RIAA.": (
        "Tin Lantern",
        "gold",
        None,
        "riaa",
    ),
}


def test_the_object_names_the_record_certified():
    for sentence, expected in {**OBJECTS, **SUBJECTS}.items():
        assert certifications(extract(INTRO, sentence)) == [expected], sentence
