"""A certifying verb's object names the kind of record certified ("the BPI certified
the album silver", "certified the LP platinum", "certified the single gold"): a title
of the other kind named earlier in the sentence is not the subject; "the record" may
be either and leaves the subject as it is."""

from .test_discourse import certifications, extract

INTRO = (
    "The soundtrack album, “Harbor Nights”, came out on Redline Records. "
    "The closing song is “Tin Lantern” by The Gull Choir."
)
# The sentence and the certification it gives.
OBJECTS = {
    "In Britain “Tin Lantern” got to thirty-one, and the BPI certified the album "
    "silver in 2011.": ("Harbor Nights", "silver", None, "bpi"),
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


def test_the_object_names_the_record_certified():
    for sentence, expected in OBJECTS.items():
        assert certifications(extract(INTRO, sentence)) == [expected], sentence
