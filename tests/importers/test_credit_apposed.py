"""A writer in a phrase set beside the title after the act that plays it ("“X” by
A & the Lathe, a song A wrote"), or named with a role ("a tune their drummer B
composed"). Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The montage is cut to “Pier Lamps” by Ann Lee & the Lathe, a song Ann "
            "Lee wrote, the vendors tell us, in a single afternoon.",
            (["Ann Lee"], ["Ann Lee & the Lathe"]),
        ),
        (
            "The montage is cut to “Pier Lamps” by the Gannets, a tune their drummer "
            "Tom Lane composed.",
            (["Tom Lane"], ["Gannets"]),
        ),
        (
            "The montage is cut to “Pier Lamps”, a ballad her guitarist Tom Lane "
            "penned on the ferry.",
            (["Tom Lane"], []),
        ),
        # Traps: a singer after the act's "by" phrase, and no credit verb at all.
        (
            "The montage is cut to “Pier Lamps” by the Gannets, a song Ann Lee sang "
            "at her wedding.",
            ([], ["Gannets"]),
        ),
        (
            "The montage is cut to “Pier Lamps” by the Gannets, a song Ann Lee always "
            "hated.",
            ([], ["Gannets"]),
        ),
    ],
)
def test_a_writer_beside_the_title(sentence, expected):
    assert tracks(extract(sentence)) == {"Pier Lamps": expected}
