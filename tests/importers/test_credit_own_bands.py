"""A band named "A and his Orchestra" is one performer, never cut to A. Every
sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract


@pytest.mark.parametrize(
    "sentence, performer",
    [
        (
            "The music over the montage is “Tin Roofs” by Arthur Crane and his "
            "Orchestra, written by Gwen Lessing.",
            "Arthur Crane and his Orchestra",
        ),
        (
            "The montage is cut to “Tin Roofs”, played by Lou Vance and His Band.",
            "Lou Vance and His Band",
        ),
        (
            "Mina Ott & Her Comets recorded “Tin Roofs” in 1958.",
            "Mina Ott & Her Comets",
        ),
    ],
)
def test_a_name_and_his_band_is_one_act(sentence, performer):
    (credits,) = tracks(extract(sentence)).values()
    assert credits[1] == [performer]


def test_kin_after_a_name_is_no_band():
    post = extract("“Tin Roofs” was sung by Ann Lee and her Sister Joan.")
    assert tracks(post) == {"Tin Roofs": ([], ["Ann Lee"])}
    post = extract("“Tin Roofs” was sung by Ann Lee and her husband, Tom Brill.")
    assert "Ann Lee and her husband" not in str(tracks(post))


@pytest.mark.parametrize(
    "sentence, performers",
    [
        ("The montage is played over “Tin Roofs” by Fingal's Lamp.", ["Fingal's Lamp"]),
        (
            "The montage is cut to “Tin Roofs”, sung by Mother's Ruin, a pub band.",
            ["Mother's Ruin"],
        ),
        (
            "The montage is cut to “Tin Roofs”, recorded by Jacob's Ladder in 1971.",
            ["Jacob's Ladder"],
        ),
        # Traps: a person's band or choir is no band's name.
        ("The montage is cut to “Tin Roofs” by Marlow Finch's band.", []),
        ("The montage is cut to “Tin Roofs” by Ann Lee's Choir.", []),
    ],
)
def test_a_band_named_with_a_possessive_is_one_act(sentence, performers):
    assert tracks(extract(sentence))["Tin Roofs"][1] == performers
