"""A plain "by A" with the singer named right after it: A wrote the song, B
performs it ("“X”, a ballad by A and sung by B", "“X” by A, recorded by B", "a
waltz by the team of A and C, performed by B"). Every sentence here is invented
for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

FILM = "The dance in Hay Moon (1984) is scored to "


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "“Tin Lantern”, a ballad by Cora Lusk and sung by Ned Orr.",
            (["Cora Lusk"], ["Ned Orr"]),
        ),
        (
            "“Tin Lantern” by Cora Lusk, recorded by Ned Orr.",
            (["Cora Lusk"], ["Ned Orr"]),
        ),
        (
            "“Tin Lantern”, a waltz by the brother-and-sister team of Bo and Cora Lusk, "
            "performed by the Tarrow Five.",
            (["Bo Lusk", "Cora Lusk"], ["Tarrow Five"]),
        ),
    ],
)
def test_a_plain_by_before_the_singer_is_the_writer(sentence, expected):
    assert tracks(extract(FILM + sentence)) == {"Tin Lantern": expected}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("“Tin Lantern” by Ned Orr, produced by Cora Lusk.", ([], ["Ned Orr"])),
        (
            "“Tin Lantern”, written by Cora Lusk, sung by Ned Orr.",
            (["Cora Lusk"], ["Ned Orr"]),
        ),
        ("“Tin Lantern” by Ned Orr and the Reeds.", ([], ["Ned Orr and the Reeds"])),
        (
            "“Tin Lantern”, a song by the Reeds, recorded by Ned Orr for the film.",
            ([], ["Reeds", "Ned Orr"]),
        ),
    ],
)
def test_no_writer_from_another_credit_or_a_by_alone(sentence, expected):
    assert tracks(extract(FILM + sentence)) == {"Tin Lantern": expected}
