"""The certifier of a level none is named for, from where its sentence is set: the
one country whose chart, name or people it names before the level, "there" after
"a gold record", "here in Brazil"."""

import pytest

from .test_discourse import certifications, extract, peaks

SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."
ALBUM = "The soundtrack album, “Harbor Nights”, came out on Redline Records."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It stopped at No. 7 on the UK singles chart and went silver.",
            ("Lantern Street", "silver", None, "bpi"),
        ),
        (
            "It topped the Kent Music Report for a month, and by Easter it had gone"
            " platinum.",
            ("Lantern Street", "platinum", None, "aria"),
        ),
        (
            "It sat at number three on the New Zealand singles chart all winter and"
            " went gold here.",
            ("Lantern Street", "gold", None, "other"),
        ),
        (
            "It stalled at No. 30 on the Hot 100, but the Germans bought it by the crate"
            " and it earned a gold disc there.",
            ("Lantern Street", "gold", None, "bvmi"),
        ),
        (
            "It was bigger in West Germany, where it reached No. 4 on the Media Control"
            " chart and earned a gold record there.",
            ("Lantern Street", "gold", None, "bvmi"),
        ),
    ],
)
def test_the_one_country_the_sentence_names_certifies_the_level(sentence, expected):
    assert certifications(extract(SONG, sentence)) == [expected]


def test_a_hot_100_peak_that_went_gold_is_certified_by_nobody_named():
    post = extract(SONG, "It reached No. 20 on the Hot 100 and went gold.")
    assert certifications(post) == []
    # the question, or the offer of the chart's certifier that answers it
    assert any(
        "certified by whom" in line or line.startswith("Possible certification")
        for line in post.suggestions
    )


def test_two_countries_before_the_level_give_it_to_neither():
    post = extract(
        SONG, "It reached No. 20 on the Hot 100 and No. 9 on RPM, and went gold."
    )
    assert certifications(post) == []


def test_a_level_here_in_a_country_with_no_listed_certifier_is_its_own():
    post = extract(ALBUM, "It sold for years: it was double platinum, here in Brazil.")
    assert certifications(post) == [("Harbor Nights", "platinum", 2, "other")]


def test_their_chart_is_the_chart_of_the_people_named_before():
    post = extract(
        SONG,
        "It stalled at No. 40 on the Hot 100, but the Germans loved it: No. 3 on their"
        " chart.",
    )
    assert ("Lantern Street", 3, "germany_media_control") in peaks(post)
    assert ("Lantern Street", 3, "billboard_hot_100") not in peaks(post)


def test_a_country_right_after_a_position_is_its_own_before_a_later_chart():
    post = extract(
        SONG,
        "It made it to 14 in the UK and, to nobody's surprise, much higher in Australia"
        " on the Kent Music Report.",
    )
    assert ("Lantern Street", 14, "uk_singles") in peaks(post)
    assert ("Lantern Street", 14, "australia_kent") not in peaks(post)


def test_a_country_where_the_position_is_set_beats_a_chart_named_before():
    post = extract(
        SONG,
        "It peaked at No. 20 on the British charts, and it went further in Canada,"
        " where it climbed to No. 6.",
    )
    assert ("Lantern Street", 6, "canada_rpm") in peaks(post)
    assert ("Lantern Street", 6, "uk_singles") not in peaks(post)
