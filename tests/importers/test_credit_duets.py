"""Both singers of a duet perform it. Every sentence here is invented for the
test."""

from .test_credit_rules import tracks
from .test_discourse import extract


def test_the_duet_one_recorded_with_another_is_both_of_theirs():
    post = extract(
        "The second song is “Neon Ferry”, written by Otto Brill.",
        "Then there's “Neon Ferry” again: the duet Ada Gannet recorded with Len Moss.",
    )
    assert tracks(post)["Neon Ferry"] == (["Otto Brill"], ["Ada Gannet", "Len Moss"])


def test_two_names_that_duet_on_a_title_taken_later_sing_it():
    post = extract(
        "First dance: “Neon Ferry”, the ballad Ada Gannet and Len Moss duet on while "
        "the leads waltz.",
        "Otto Brill wrote “Neon Ferry” for the film.",
    )
    assert tracks(post)["Neon Ferry"] == (["Otto Brill"], ["Ada Gannet", "Len Moss"])


def test_a_title_that_pairs_two_singers_is_their_duet():
    post = extract(
        "“Neon Ferry” pairs the folk singer Ada Gannet with the soul singer Len Moss.",
        "Otto Brill wrote it for the film.",
    )
    assert tracks(post)["Neon Ferry"] == (["Otto Brill"], ["Ada Gannet", "Len Moss"])


def test_a_film_that_pairs_two_actors_credits_no_one():
    post = extract(
        "The song is “Neon Ferry”, written by Otto Brill.",
        "The film pairs Ada Gannet with Len Moss, and it works.",
    )
    assert tracks(post)["Neon Ferry"] == (["Otto Brill"], [])
