"""A chart question and its answer read as one: the question names the record, the
chart or the certifier, the answer the position or the level ("Its highest UK
chart position? Number 7."); a quoted answer that is a place is no record."""

from .test_discourse import certifications, extract, peaks

SONG = "Q1. Who sings “Harbour Kites”? Mina Vell."


def test_a_position_answering_the_question_before_is_the_songs():
    post = extract(SONG, "Q2. Its highest UK chart position? Number 7.")
    assert peaks(post) == [("Harbour Kites", 7, "uk_singles")]


def test_an_answer_takes_the_chart_the_question_names():
    post = extract(
        SONG, "Q2. How high did it get on the Irish Singles Chart? A: Number three."
    )
    assert peaks(post) == [("Harbour Kites", 3, "other")]


def test_an_answer_names_the_certifier_of_the_questions_level():
    post = extract(SONG, "Q2. Which British body certified it silver? The BPI.")
    assert certifications(post) == [("Harbour Kites", "silver", None, "bpi")]


def test_the_answers_level_is_the_one_not_the_questions():
    post = extract(
        SONG, "Q2. How many times platinum did it go in Canada? Twice: 2x Platinum."
    )
    assert certifications(post) == [("Harbour Kites", "platinum", 2, "music_canada")]


def test_a_question_without_an_answer_states_nothing():
    post = extract(SONG, "Q2. Did it reach number 7 in the UK? Nobody remembers.")
    assert peaks(post) == []


def test_a_quoted_country_given_as_an_answer_does_not_hide_the_song():
    post = extract(
        "The theme is “Harbour Kites” by Mina Vell.",
        "One table said “Portugal” and got nothing.",
        "It reached No. 5 on the UK Singles Chart.",
    )
    assert peaks(post) == [("Harbour Kites", 5, "uk_singles")]


def test_a_quoted_name_the_sentence_before_used_is_no_record():
    post = extract(
        "The theme is “Harbour Kites” by Mina Vell, and the pier stood in for a Lisbon quay.",
        "Half a point for “Lisbon”.",
        "It reached No. 5 on the UK Singles Chart.",
    )
    assert peaks(post) == [("Harbour Kites", 5, "uk_singles")]
