"""A line that is a song's entry: its title, a dash, a colon or a comma, then its
artist and nothing more ("B2 “X” — A", "Song: “X” — A &amp; the Bs.", "“X”, A – the
big one", "“X” — A (words and music: B, C)"). Every sentence here is invented for
the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

INTRO = "The dance in Hay Moon (1984) is set to “Tin Lantern”."


@pytest.mark.parametrize(
    "line, expected",
    [
        ("B2 “Tin Lantern” — Ada Gannet and Bo Lind", ([], ["Ada Gannet", "Bo Lind"])),
        (
            "Song: “Tin Lantern” — Ned Orr & the Hayricks.",
            ([], ["Ned Orr & the Hayricks"]),
        ),
        ("“Tin Lantern”, The Tarrow Five – the big one.", ([], ["The Tarrow Five"])),
        (
            "“Tin Lantern” — Ned Orr (words and music: Cora Lusk, Ned Orr)",
            (["Cora Lusk", "Ned Orr"], ["Ned Orr"]),
        ),
        (
            "Side one, my pick: “Tin Lantern,” The Tarrow Five, written by Cora Lusk.",
            (["Cora Lusk"], ["The Tarrow Five"]),
        ),
    ],
)
def test_the_artist_of_a_songs_entry_performs_it(line, expected):
    assert tracks(extract(INTRO, line)) == {"Tin Lantern": expected}


def test_an_entry_before_the_song_is_taken_credits_it_once_it_is():
    post = extract(
        "“Tin Lantern”, Ned Orr – the one everybody hums.",
        "Cora Lusk wrote it for Hay Moon (1984), and it plays over the dance.",
    )
    assert tracks(post) == {"Tin Lantern": (["Cora Lusk"], ["Ned Orr"])}


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "“Tin Lantern” — Ned Orr said it best: a waltz for people who can't waltz.",
            ([], []),
        ),
        ("“Tin Lantern” — Dundee, 1984.", ([], [])),
        (
            "I still think “Tin Lantern” — Ned Orr's favourite — is the best thing in it.",
            ([], []),
        ),
        ("“Tin Lantern” — Ned Orr (words: Cora Lusk, 1983)", ([], ["Ned Orr"])),
    ],
)
def test_no_credit_from_a_line_that_goes_on_or_names_no_one(line, expected):
    assert tracks(extract(INTRO, line)) == {"Tin Lantern": expected}
