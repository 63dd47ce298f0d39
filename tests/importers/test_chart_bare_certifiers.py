"""A bare "singles chart" or "albums chart" (no country in the sentence) is the chart
of the one country whose certifiers the post names, wherever it names them, when the
post names no chart of another country."""

import pytest

from .test_discourse import extract, peaks

SONG = "Pier Lamps"
SINGLE = f"“{SONG}” is a 1979 single by The Moorings, written by Edna Calloway."
SILVER = "A year later the BPI handed the band a silver disc for it."

FOUND = [
    ("It climbed to number 23 on the singles chart that autumn.", 23),
    ("By Christmas the song had reached No. 8 in the singles charts.", 8),
    (f"“{SONG}” peaked at 15 on the singles chart, their best showing.", 15),
]


@pytest.mark.parametrize("sentence, position", FOUND)
def test_a_bare_chart_is_the_certifiers_country(sentence, position):
    post = extract(SINGLE, sentence, SILVER)
    assert (SONG, position, "uk_singles") in peaks(post)


def test_the_certifier_may_come_first():
    post = extract(SINGLE, SILVER, "It climbed to number 23 on the singles chart.")
    assert (SONG, 23, "uk_singles") in peaks(post)


def uk_peaks(*paragraphs):
    return [peak for peak in peaks(extract(SINGLE, *paragraphs)) if "uk" in peak[2]]


def test_certifiers_of_two_countries_name_no_chart():
    sentence = "It climbed to number 23 on the singles chart that autumn."
    assert uk_peaks(sentence, SILVER, "The RIAA certified it gold as well.") == []


def test_a_country_in_the_sentence_is_the_charts():
    assert uk_peaks("In Ireland it got to number 6 on the singles chart.", SILVER) == []


def test_a_chart_there_is_another_places():
    sentence = "It was huge in Holland and got to number 6 on the singles chart there."
    assert uk_peaks(sentence, SILVER) == []


# "The singles chart here": the country whose certifiers are named with no country.
ABROAD = "The BPI made it silver, and the RIAA gave it gold in the US."


@pytest.mark.parametrize(
    "here", ["here", "here, a first for them", "over here", "here that spring"]
)
def test_the_chart_here_is_the_home_certifiers_country(here):
    sentence = f"It climbed to number 23 on the singles chart {here}."
    assert (SONG, 23, "uk_singles") in peaks(extract(SINGLE, ABROAD, sentence))


def test_the_home_certifier_may_come_after():
    sentence = f"“{SONG}” peaked at 15 on the singles chart here."
    assert (SONG, 15, "uk_singles") in peaks(extract(SINGLE, sentence, ABROAD))


def test_two_home_certifiers_name_no_chart_here():
    sentence = "It climbed to number 23 on the singles chart here."
    assert uk_peaks("The BPI made it silver. The RIAA made it gold.", sentence) == []


def test_a_certifier_named_abroad_is_no_home():
    sentence = "It climbed to number 23 on the singles chart here."
    assert uk_peaks("In Britain the BPI certified it silver.", sentence) == []
