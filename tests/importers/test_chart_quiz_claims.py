"""A claim put to the reader to judge ("True or false: it reached No. 4 ...", "Fact
or fiction: the BPI certified it gold") states no chart fact, as a question does
not; a sentence that only opens on such a word ("True to form, it reached ...",
"Fact: it reached ...") states its fact."""

from .test_discourse import certifications, extract, peaks

SONG = "The pier montage is set to “Rock Pool Romance” by The Shrimpers."
# A sentence after the song, and whether it states its chart fact.
SENTENCES = {
    "True or false: it reached No. 4 on the UK Singles Chart.": False,
    "Fact or fiction: the BPI certified it gold.": False,
    "7. Yes or no: it topped the Kent Music Report.": False,
    "True to form, it reached No. 4 on the UK Singles Chart.": True,
    "Fact: the BPI certified it gold in 1978.": True,
    "The answer is true: it went to No. 12 on the UK Singles Chart.": True,
}


def test_a_claim_to_judge_states_nothing():
    for sentence, stated in SENTENCES.items():
        post = extract(SONG, sentence)
        assert bool(peaks(post) or certifications(post)) is stated, sentence
