"""A sentence someone said, quoted whole, states chart facts; a title or a phrase in
quotation marks does not."""

import pytest

from .test_discourse import certifications, extract, peaks

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."
TITLE = "Lantern Street"


@pytest.mark.parametrize(
    "sentence",
    [
        "“It only got to No. 9 on the Hot 100, but the RIAA made it gold, and we danced.”",
        "Her manager put it plainly: “The record went to number nine on the Hot 100"
        " and then gold with the RIAA the year after.”",
        "“Number nine on the Hot 100 and gold from the RIAA was more than we hoped"
        " for,” the drummer recalls.",
    ],
)
def test_a_quoted_sentence_states_the_songs_chart_facts(sentence):
    post = extract(SONG, sentence)
    assert peaks(post) == [(TITLE, 9, "billboard_hot_100")]
    assert certifications(post) == [(TITLE, "gold", None, "riaa")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sleeve notes call it ‘a No. 9 smash on the Hot 100 that year’, and it was not.",
        "Their next record was “No. 9 on the Hot 100 of Love”.",
    ],
)
def test_a_phrase_or_a_title_in_quotes_is_no_chart_fact(sentence):
    assert peaks(extract(SONG, sentence)) == []
