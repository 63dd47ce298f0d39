"""An act the post calls a band is never "he" or "she". Every sentence here is
invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (
            (
                "It's “Shotgun Seat” by Nightjar Drive, the band Lenny Okafor fronted.",
                "He wrote it too.",
            ),
            ([], ["Nightjar Drive"]),
        ),
        (
            (
                "It's “Shotgun Seat” by Tin Roof, a pub band from Leeds.",
                "She wrote it.",
            ),
            ([], ["Tin Roof"]),
        ),
        (
            (
                "The montage is cut to “Shotgun Seat” by the Welsh group Tin Roof.",
                "He wrote it on a beer mat.",
            ),
            ([], ["Tin Roof"]),
        ),
        # A person is still "she".
        (
            ("The montage is cut to “Shotgun Seat” by Ann Lee.", "She wrote it."),
            (["Ann Lee"], ["Ann Lee"]),
        ),
    ],
)
def test_a_band_is_never_he_or_she(sentences, expected):
    assert tracks(extract(*sentences)) == {"Shotgun Seat": expected}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It's “Shotgun Seat” by Nightjar Drive, the band Lenny Okafor fronted, "
            "and he wrote it too.",
            (["Lenny Okafor"], ["Nightjar Drive"]),
        ),
        (
            "The montage is cut to “Shotgun Seat” by Tin Roof, a pub band Ann Lee "
            "started in Leeds, and she wrote it in a week.",
            (["Ann Lee"], ["Tin Roof"]),
        ),
        (
            "The montage is cut to “Shotgun Seat” by Tin Roof, the trio Tom Lane led "
            "in the seventies, and he wrote it alone.",
            (["Tom Lane"], ["Tin Roof"]),
        ),
        # Traps: two people, one with a surname in -s, are not told apart.
        (
            "The montage is cut to “Shotgun Seat” by Ann Lee and Tom Lane, and she "
            "wrote it.",
            ([], ["Ann Lee", "Tom Lane"]),
        ),
    ],
)
def test_he_in_the_sentence_is_the_member_not_the_band(sentence, expected):
    assert tracks(extract(sentence)) == {"Shotgun Seat": expected}


def test_a_surname_in_s_is_still_a_person():
    post = extract(
        "The song is “Shotgun Seat”.",
        "Ben Arnaud wrote the music and Clara Dumas the words, and she sings it too.",
    )
    assert "Ben Arnaud" not in tracks(post)["Shotgun Seat"][1]
