"""A level named as an award for a title: "an RIAA gold record award for “X”", "the
ARIA platinum award for “X”", "a BPI gold plaque for “X”"."""

import pytest

from .test_discourse import certifications, extract

ALBUM = "The soundtrack album, “Harbor Nights”, came out on Redline Records."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "An RIAA gold record award for “Harbor Nights”, framed.",
            ("Harbor Nights", "gold", None, "riaa"),
        ),
        (
            "The ARIA platinum award for “Harbor Nights” sold for £900.",
            ("Harbor Nights", "platinum", None, "aria"),
        ),
        (
            "Lot 9 is a BPI gold plaque for “Harbor Nights”.",
            ("Harbor Nights", "gold", None, "bpi"),
        ),
    ],
)
def test_a_certifiers_award_for_a_title_certifies_it(sentence, expected):
    assert certifications(extract(ALBUM, sentence)) == [expected]


def test_an_award_with_no_certifier_is_no_certification():
    post = extract(ALBUM, "She won a gold award for “Harbor Nights” at the festival.")
    assert certifications(post) == []
