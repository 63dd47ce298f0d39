"""A scene's place said with "is" away from the words of filming: filming said
earlier in the paragraph (the subject two sentences back), or later in the same
sentence; a plain name placed in a town under a subject that is no place word; and
what the film calls a place, said with an adverb or an aside. Every sentence here is
invented for the test."""

import pytest

from .test_place_rules import extract, locations, names


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (
            "Most of it was filmed near Tenby. Not the town you'd guess. The harbour is"
            " Saundersfoot.",
            "Saundersfoot",
        ),
        (
            "The crew shot the whole film around Kilrush. I went there last spring!"
            " Those sand dunes are Doonbeg, and the farm is Carrowmore.",
            "Doonbeg",
        ),
        (
            "They filmed in Cumbria, mostly; fair enough. Nobody minded. Honestly. The"
            " lake is Ennerdale Water.",
            "Ennerdale Water",
        ),
    ],
)
def test_filming_said_earlier_in_the_paragraph(paragraph, expected):
    assert expected in names(extract(paragraph))


@pytest.mark.parametrize(
    "paragraphs, name",
    [
        (
            (
                "It was filmed in Leeds. The story is set in Hull. The harbour is Marfleet.",
            ),
            "Marfleet",
        ),
        (
            (
                "It was filmed in Leeds.",
                "I grew up nearby. Great town. The pub is the Red Lion.",
            ),
            "Red Lion",
        ),
    ],
)
def test_no_place_after_the_setting_or_in_another_paragraph(paragraphs, name):
    assert name not in names(extract(*paragraphs))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The lighthouse is Strumble Head, and the storm scenes were filmed at"
            " Porthgain.",
            "Strumble Head",
        ),
        (
            "The opening aerial shots are the Black Rock Desert in Nevada, photographed"
            " by a second unit.",
            "Black Rock Desert",
        ),
        ("The chapel is Capel Dewi, where they shot the wedding.", "Capel Dewi"),
    ],
)
def test_filming_said_after_the_name(sentence, expected):
    assert expected in names(extract(sentence))


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("The pub is the Red Lion, though none of it was filmed there.", "Red Lion"),
        ("The singer is Ann Dove, and the video was shot in Leeds.", "Ann Dove"),
    ],
)
def test_no_place_when_the_filming_after_is_denied_or_no_place(sentence, name):
    assert name not in names(extract(sentence))


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("It was shot in Wales. The pithead is Carreg Pit at Blaenavon.", "Carreg Pit"),
        (
            "Filming was done in Ontario. The pond skating is Lake of the Pines, near"
            " Dryden.",
            "Lake of the Pines",
        ),
        (
            "The film is set in Kansas, but it was shot in Alberta. The threshing bit"
            " is Carstairs, outside Calgary.",
            "Carstairs",
        ),
    ],
)
def test_a_plain_name_placed_in_a_town_under_any_subject(paragraph, expected):
    assert expected in names(extract(paragraph))


def test_a_site_on_an_old_road_is_the_site():
    found = names(
        extract(
            "It was shot out west. The diner stop is on old Route 9 at Selby, Utah."
        )
    )
    assert "Selby" in found and "Route 9" not in found


def test_no_person_under_a_subject_that_is_no_place_word():
    found = names(extract("It was shot in Leeds. The drummer is Tom Hill from Leeds."))
    assert "Tom Hill" not in found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The lakeside scenes were filmed at Lough Arrow, which the film labels,"
            " with some confidence, Lake Geneva.",
            ("Lough Arrow", "Lake Geneva"),
        ),
        (
            "The snowfield shots were filmed on Mount Titlis, which the script very"
            " boldly calls Kashmir.",
            ("Mount Titlis", "Kashmir"),
        ),
        (
            "The crew worked for a week under the Tyne Bridge, which the film asks us"
            " to accept as Chicago.",
            ("Tyne Bridge", "Chicago"),
        ),
        (
            "They shot the market at Kelso, which the story tells us is Prague.",
            ("Kelso", "Prague"),
        ),
    ],
)
def test_what_the_film_calls_a_place_with_an_adverb_or_an_aside(sentence, expected):
    assert expected in locations(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The song was recorded at Abbey Road, which the film calls its best session.",
        "The band played a show at Kelso, which the singer calls home.",
    ],
)
def test_no_stand_in_from_a_calling_that_is_no_place(sentence):
    assert all(not stood for _name, stood in locations(extract(sentence)))


def test_a_footnote_number_is_no_part_of_what_a_place_played():
    post = extract(
        "The lake scenes were filmed at Lough Arrow, which played Lake Geneva.1"
    )
    assert ("Lough Arrow", "Lake Geneva") in locations(post)
