"""A place before a noun of an act described in more than one word ("by the Leeds
folk-rock group the Tin Hares", "by Perth four-piece the Salt Drifts") describes the
act named after the noun, which is the one credited, even where the post names the
place alone elsewhere. Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The montage is cut to “Paper Lighthouse”."

# (sentence, the one credited, the place that only describes them)
DESCRIBED = [
    (
        "It was recorded by the Leeds folk-rock group the Tin Hares.",
        "the Tin Hares",
        "Leeds",
    ),
    (
        "It is sung by Perth four-piece the Salt Drifts. They still call Perth home.",
        "the Salt Drifts",
        "Perth",
    ),
    (
        "It was played by Cork jangly pop band Wexford Hollow, who wrote it.",
        "Wexford Hollow",
        "Cork",
    ),
]


@pytest.mark.parametrize("sentence, name, place", DESCRIBED)
def test_a_place_before_a_described_act(sentence, name, place):
    composers, performers = tracks(extract(SONG, sentence))["Paper Lighthouse"]
    assert place not in composers + performers
    assert name in performers


# Traps: no act's noun after the words; a singer's role after a band's name.
NAMED = [
    ("It was recorded by Corvid. Corvid fans still hum it.", "Corvid"),
    ("It was sung by Slackwater lead singer Ida Strand.", "Slackwater"),
]


@pytest.mark.parametrize("sentence, name", NAMED)
def test_a_name_before_other_words(sentence, name):
    assert name in tracks(extract(SONG, sentence))["Paper Lighthouse"][1]


def test_a_name_and_her_band():
    """ "A and her band": A is named, not described by "and her"."""
    post = extract(SONG, "Ida Strand and her band rehearsed it; she wrote it.")
    assert tracks(post)["Paper Lighthouse"][0] == ["Ida Strand"]


def test_a_noun_with_no_name_after_it():
    """ "a Hull group whose singer, B, wrote it": Hull describes, B is named."""
    composers, performers = tracks(
        extract(
            SONG,
            "It is by The Reed Lamps, a Hull group whose singer, Ann Vole, wrote it.",
        )
    )["Paper Lighthouse"]
    assert "Hull" not in composers + performers
