"""A sentence that opens on "it" or "the single" right after one about the single's
B-side ("Its B-side, “Y”, is not in the film.") is about the single, not about
nothing; after another title than a B-side, or quoting one, it is not."""

import pytest

from .test_discourse import extract, peaks

SONG = "The montage song is “Gear Change Lullaby.” Nina Pell sings it."
SINGLE = "Gear Change Lullaby"
# The sentence naming the B-side, the one after it and the peak it gives the single.
AFTER_FLIP_SIDES = [
    (
        "Its B-side, “Clutch,” is not in the film, whatever fans say.",
        "It reached number three on the UK Singles Chart, and the BPI certified it gold.",
        (3, "uk_singles"),
    ),
    (
        "The flip side of the single was “Clutch”, which is not in the film.",
        "The single went to No. 8 in Canada.",
        (8, "canada_rpm"),
    ),
    (
        "“Clutch”, the B-side, is not in the film either.",
        "It got to No. 12 on the Hot 100.",
        (12, "billboard_hot_100"),
    ),
]


@pytest.mark.parametrize("flip, sentence, peak", AFTER_FLIP_SIDES)
def test_the_sentence_after_the_b_side_is_about_the_single(flip, sentence, peak):
    assert peaks(extract(SONG, flip, sentence)) == [(SINGLE, *peak)]


def test_after_another_record_or_quoting_one_it_is_not_the_single():
    for before, sentence in (
        (
            "Her next single, “Clutch,” is not in the film.",
            "It reached No. 3 in the UK.",
        ),
        (
            "Its B-side, “Clutch,” is not in the film.",
            "It was covered as “Clutch Again” and got to No. 3 in the UK.",
        ),
    ):
        assert (SINGLE, 3, "uk_singles") not in peaks(extract(SONG, before, sentence))
