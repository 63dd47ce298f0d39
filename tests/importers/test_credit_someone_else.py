""" "she" after "A asked her ..." is not A, a credit the post reports only as its
own earlier error is no credit, and "A plays and sings “X”" credits A. Every
sentence here is invented for the test."""

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "“Lamp Street” plays over the montage at the fair."


def test_she_after_a_name_that_asked_her_is_not_that_name():
    post = extract(
        INTRO,
        "The producer, Owen Tally, asked her for a song about the fair; she wrote "
        "“Lamp Street” in an afternoon.",
    )
    assert "Owen Tally" not in tracks(post)["Lamp Street"][0]


def test_she_after_a_name_and_her_band_is_that_name():
    post = extract(
        INTRO, "Ruth Calloway and her band rehearsed all night; she wrote it."
    )
    assert tracks(post)["Lamp Street"][0] == ["Ruth Calloway"]


def test_a_credit_an_earlier_version_of_the_post_gave_is_dropped():
    post = extract(
        INTRO + " Mina Roe sang it.",
        "(Correction: an earlier version of this post said Abel Stott wrote the "
        "music. Mina Roe wrote it.)",
    )
    assert tracks(post)["Lamp Street"] == (["Mina Roe"], ["Mina Roe"])


def test_two_present_verbs_share_a_subject():
    for sentence in (
        "Nell Ferris plays and sings “Lamp Street” to the empty fairground.",
        "Nell Ferris strums and sings “Lamp Street” to the empty fairground.",
    ):
        assert tracks(extract(sentence))["Lamp Street"][1] == ["Nell Ferris"]
