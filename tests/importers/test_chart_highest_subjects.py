"""A peak as the subject of "was as high as it got" or "was its best placing" is
the record's peak on the chart named near it, or its country's chart."""

import pytest

from .test_chart_foreign import ALBUM, SONG, peaks
from .test_discourse import extract


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It went top forty in Britain (twenty-six was as high as it got) and no"
            " further.",
            ("Lantern Street", 26, "uk_singles"),
        ),
        (
            "Radio played it to death: nineteen in the UK Singles Chart was the"
            " single's best placing.",
            ("Lantern Street", 19, "uk_singles"),
        ),
        (
            "It stalled, frankly: thirty-one was as high as it climbed on the Hot 100.",
            ("Lantern Street", 31, "billboard_hot_100"),
        ),
        (
            "It barely moved; 44 on the Hot 100 was its best placing.",
            ("Lantern Street", 44, "billboard_hot_100"),
        ),
    ],
)
def test_a_peak_said_to_be_as_high_as_it_got(sentence, expected):
    assert expected in peaks(extract(SONG, sentence))


def test_an_album_as_high_as_it_got():
    post = extract(
        ALBUM,
        "The LP, “Harbor Nights”, sold slowly: fifteen was as high as the album climbed"
        " on the Billboard 200.",
    )
    assert ("Harbor Nights", 15, "billboard_200") in peaks(post)


@pytest.mark.parametrize(
    "sentence",
    [
        # no chart and no country: a temperature, a crowd
        "It played all week, and thirty was as high as it got that August.",
        "At the gig, forty was as high as the crowd got.",
        # a denial, a wish, a question
        "It was never a hit: not that nineteen on the Hot 100 was as high as it got.",
        "If only nineteen on the Hot 100 was as high as it got.",
        "Was nineteen on the Hot 100 as high as it got?",
    ],
)
def test_no_peak_without_a_chart_or_with_a_denial(sentence):
    found = [peak for peak in peaks(extract(SONG, sentence)) if peak[1] in (19, 30, 40)]
    assert found == []
