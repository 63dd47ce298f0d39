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
