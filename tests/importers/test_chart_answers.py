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


def test_the_singles_chart_is_the_one_country_the_post_charts_in():
    post = extract(
        "The theme is “Harbour Kites” by Mina Vell.",
        "It got to number 23 in the singles chart and later appeared on her album "
        "“Grey Pier”, which reached number 9 on the UK Albums Chart.",
    )
    assert ("Harbour Kites", 23, "uk_singles") in peaks(post)


def test_the_singles_chart_of_a_post_charting_in_two_countries_is_unknown():
    post = extract(
        "The theme is “Harbour Kites” by Mina Vell.",
        "It got to number 23 in the singles chart; her album “Grey Pier” reached "
        "number 9 on the UK Albums Chart and number 40 on the Billboard 200.",
    )
    assert [peak for peak in peaks(post) if peak[0] == "Harbour Kites"] == []


def test_it_after_another_title_is_the_posts_one_song_on_a_singles_chart():
    post = extract(
        "The theme is “Harbour Kites” by Mina Vell.",
        "She also wrote “Grey Pier”, but it is not in the film. "
        "Both are on her album “Tin Roofs”.",
        "It peaked at number 12 on the UK Singles Chart.",
    )
    assert peaks(post) == [("Harbour Kites", 12, "uk_singles")]


def test_it_on_an_albums_chart_is_not_the_posts_one_song():
    post = extract(
        "The theme is “Harbour Kites” by Mina Vell.",
        "She also wrote “Grey Pier”, but it is not in the film.",
        "It peaked at number 12 on the UK Albums Chart.",
    )
    assert peaks(post) == []


def test_a_position_the_post_says_it_once_wrote_is_only_a_suggestion():
    post = extract(
        "The theme is “Harbour Kites” by Mina Vell.",
        "We wrote that it reached No. 2 on the Hot 100.",
    )
    assert peaks(post) == []


def test_the_songs_title_spelt_another_way_is_still_the_song():
    post = extract(
        "The theme is “Kites & Piers” by Mina Vell, not “Kites and Piers”.",
        "It peaked at number 12 on the UK Singles Chart.",
    )
    assert peaks(post) == [("Kites & Piers", 12, "uk_singles")]


def test_an_answer_to_a_question_naming_an_album_is_the_albums():
    post = extract(
        "The theme is “Harbour Kites” by Mina Vell.",
        "And her album, “Grey Pier: Songs from the Film”? "
        "Top of the Kent albums chart for three weeks and 2x platinum in Australia.",
    )
    assert peaks(post) == [("Grey Pier: Songs from the Film", 1, "australia_kent")]
    assert certifications(post) == [
        ("Grey Pier: Songs from the Film", "platinum", 2, "aria")
    ]


def test_top_of_a_cliff_is_no_position():
    post = extract(
        "The theme is “Harbour Kites” by Mina Vell.",
        "And the last shot, at “Grey Point”? Top of the cliff, at dawn.",
    )
    assert peaks(post) == []


def test_which_chart_a_record_did_top_is_the_answers():
    post = extract(
        SONG,
        "Q2. Which chart did her album, “Grey Pier”, top? The Kent Music Report.",
    )
    assert peaks(post) == [("Grey Pier", 1, "australia_kent")]


def test_a_position_the_sentence_then_corrects_is_only_a_suggestion():
    post = extract(
        "The theme is “Harbour Kites” by Mina Vell.",
        "Fans swear it got to No. 2, but it actually peaked at No. 9 on the Hot 100.",
    )
    assert peaks(post) == [("Harbour Kites", 9, "billboard_hot_100")]


def test_a_position_of_another_version_is_not_the_songs():
    post = extract(
        "The theme is “Harbour Kites” by Mina Vell.",
        "It got to No. 7 on the Hot 100 in a cover by The Tern Sisters.",
    )
    assert peaks(post) == []


def test_it_after_a_certifiers_verb_is_the_song_whatever_names_come_first():
    post = extract(
        "The theme is “Harbour Kites” by Mina Vell.",
        "Down in Cape Town, RISA certified it gold.",
    )
    assert certifications(post) == [("Harbour Kites", "gold", None, "other")]


def test_it_after_a_certifiers_verb_is_not_the_song_after_someone_elses_record():
    post = extract(
        "The theme is “Harbour Kites” by Mina Vell.",
        "The Terns' record label said RISA certified it gold.",
    )
    assert certifications(post) == []
