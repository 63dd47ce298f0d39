"""Suggested certifications of a level named by the award in the words of the
country that gives it (offer_certifications.levels): "disco de oro", "disque d'or",
"disque de platine", "Goldene Schallplatte", "Platin-Schallplatte", a multiplier
before or after ("doble disco de platino"). Stated, with a certifier or its
country, as an English level must be; never a block."""

import pytest

from .test_discourse import certifications, extract
from .test_offer_charts import offered

INTRO = (
    "The harbour scene is scored with “Salt Lantern” by Marisa Quintal, a record"
    " every café played that year."
)
SONG = "Salt Lantern"


@pytest.mark.parametrize(
    "text, level, certifier",
    [
        (
            "In 1997 the record earned a disco de oro, awarded by the RIAA, for its"
            " sales in Latin markets.",
            "gold",
            "riaa",
        ),
        (
            "The single was certified a doble disco de platino by the RIAA in 1999.",
            "platinum",
            "riaa",
        ),
        (
            "Back in France it received a disque d'or, which nobody had predicted.",
            "gold",
            "snep",
        ),
        (
            "The SNEP sent a disque de platine for the single in 1987.",
            "platinum",
            "snep",
        ),
        (
            "In Germany it was a modest hit and a Goldene Schallplatte followed the"
            " next spring.",
            "gold",
            "bvmi",
        ),
        (
            "In Germany they gave it a Platin-Schallplatte a year later.",
            "platinum",
            "bvmi",
        ),
    ],
)
def test_an_award_in_its_country_words_is_offered(text, level, certifier):
    post = extract(INTRO, text)
    assert (SONG, level, certifier) in offered(post)
    assert not certifications(post)


def test_a_multiplier_in_its_words_counts():
    post = extract(
        INTRO, "The single was certified a doble disco de platino by the RIAA."
    )
    assert any("2x platinum (RIAA)" in line for line in post.suggestions)


@pytest.mark.parametrize(
    "text",
    [
        "They danced all night at the Disco de Oro in Seville.",
        "In France the single never got a disque d'or, sadly.",
        "A club called Disque d'Or opened on the corner, with no records at all.",
    ],
)
def test_traps_are_not_offered(text):
    assert not offered(extract(INTRO, text))


def test_the_offer_is_a_suggestion_not_a_block():
    post = extract(INTRO, "Back in France it received a disque d'or in 1991.")
    assert (SONG, "gold", "snep") in offered(post)
    assert not certifications(post)
    assert any("Possible certification" in line for line in post.suggestions)


# Sentences and the initials of the body each names.
BODIES = {
    "The single went gold in 1992 (PARI, if you must know).": "PARI",
    "Eventually the single went platinum, certified by the AMPROFON.": "AMPROFON",
    "Down south the single went gold as well, also with the RISA.": "RISA",
}


@pytest.mark.parametrize("text", sorted(BODIES))
def test_a_body_named_by_its_initials_after_the_level_is_offered(text):
    post = extract(INTRO, text)
    assert [found for found in offered(post) if found[2] == "other"]
    assert any(f"({BODIES[text]})" in line for line in post.suggestions)
    assert not certifications(post)


@pytest.mark.parametrize(
    "text",
    [
        "The single went gold, with EMI throwing a party.",
        "The single went gold, according to a DJ at the BBC.",
    ],
)
def test_a_label_or_a_broadcaster_is_no_body(text):
    assert not offered(extract(INTRO, text))
