"""Chart facts set off in apposition: a range made exact right after it ("the
Adult Contemporary top 20 (18th, to be exact)", "the British top fifty —
forty-fifth")."""

import pytest

from .test_discourse import certifications, extract, facts, peaks

ALBUM = "The soundtrack album, “Harbor Nights”, came out on Redline Records."
SONG = "The closing dance is set to “Lantern Street” by The Orchard Kites."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It crept into the Adult Contemporary top 30 (27th, to be exact).",
            ("Lantern Street", 27, "billboard_adult_contemporary"),
        ),
        (
            "It sneaked into the British top forty — thirty-sixth, for two weeks —"
            " and then vanished.",
            ("Lantern Street", 36, "uk_singles"),
        ),
    ],
)
def test_a_range_made_exact_in_apposition_is_the_exact_peak(sentence, expected):
    assert peaks(extract(SONG, sentence)) == [expected]


def test_an_ordinal_outside_the_range_is_no_peak_of_it():
    post = extract(SONG, "It made the Adult Contemporary top 20 (42nd, I think).")
    assert ("Lantern Street", 42, "billboard_adult_contemporary") not in peaks(post)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It went down better up north — number seven on Canada's RPM chart —"
            " and nowhere else.",
            ("Lantern Street", 7, "canada_rpm"),
        ),
        (
            "It was a summer hit in Ireland – third on the Irish Singles Chart, and then"
            " gone.",
            ("Lantern Street", 3, "other"),
        ),
    ],
)
def test_a_position_after_a_dash_is_read_as_after_a_colon(sentence, expected):
    assert peaks(extract(SONG, sentence)) == [expected]


def test_an_ordinal_on_a_chart_called_by_its_size_is_no_range_of_its_own():
    post = extract(SONG, "It was big in Spain — sixth in the Top 40, and gone by May.")
    (value,) = facts(post, "chart_fact")
    assert (value["position"], value["top_n"], value["chart_other"]) == (
        6,
        False,
        "Top 40",
    )


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Seventh on the Billboard 200, which nobody at the label believed.",
            ("Harbor Nights", 7, "billboard_200"),
        ),
        (
            "Twenty-second on the Billboard 200. Not bad.",
            ("Harbor Nights", 22, "billboard_200"),
        ),
    ],
)
def test_a_sentence_opening_on_an_ordinal_is_the_last_records(sentence, expected):
    album = "The soundtrack album, “Harbor Nights”, came out on Redline Records."
    assert peaks(extract(album, sentence)) == [expected]


def test_gold_up_there_is_of_the_country_whose_chart_was_named():
    post = extract(
        SONG,
        "It climbed to number five on the RPM chart, and it went gold up there too.",
    )
    assert certifications(post) == [("Lantern Street", "gold", None, "music_canada")]


def test_a_short_lead_and_a_colon_open_a_fragment_about_the_last_record():
    post = extract(
        SONG,
        "In Australia, hugely: triple platinum there, and number two on the Kent"
        " Music Report.",
    )
    assert peaks(post) == [("Lantern Street", 2, "australia_kent")]
    assert certifications(post) == [("Lantern Street", "platinum", 3, "aria")]


def test_a_country_leading_the_colon_is_the_positions_country():
    post = extract(SONG, "Canada was kinder: number 14, two weeks, then gone.")
    assert peaks(post) == [("Lantern Street", 14, "canada_rpm")]


def test_a_lead_naming_another_record_opens_no_fragment():
    post = extract(SONG, "Their B-side “Dry Dock” did better: number 3 in the UK.")
    assert ("Lantern Street", 3, "uk_singles") not in peaks(post)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Nine on the German charts, and a hit on every jukebox in Hamburg.",
            [("Lantern Street", 9, "germany_media_control")],
        ),
        (
            "Abroad: 12 on the Canadian RPM singles chart and 30 in the UK.",
            [
                ("Lantern Street", 12, "canada_rpm"),
                ("Lantern Street", 30, "uk_singles"),
            ],
        ),
        ("Three on the Hot 100 were covers of his songs that year.", []),
    ],
)
def test_a_number_opening_a_sentence_or_its_colon_is_a_position(sentence, expected):
    assert peaks(extract(SONG, sentence)) == expected


def test_a_level_listed_after_a_position_with_a_country_of_its_own():
    post = extract(
        SONG,
        "It was huge in Denmark (number two on Hitlisten and double platinum in"
        " Denmark) before it reached No. 9 in the UK, where the BPI certified it"
        " silver.",
    )
    assert certifications(post) == [
        ("Lantern Street", "platinum", 2, "other"),
        ("Lantern Street", "silver", None, "bpi"),
    ]


def test_gold_with_a_country_but_no_position_or_verb_is_no_certification():
    post = extract(SONG, "A gold in Sweden for the relay team, says the caption.")
    assert certifications(post) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The single fared better in Canada than at home: number 8 up there,"
            " though it stalled at 40 on the Hot 100.",
            [
                ("Lantern Street", 8, "canada_rpm"),
                ("Lantern Street", 40, "billboard_hot_100"),
            ],
        ),
        (
            "The single travelled well: number 12 in Australia, of all places.",
            [("Lantern Street", 12, "australia_kent")],
        ),
    ],
)
def test_a_position_after_a_colon_with_its_country_after_it(sentence, expected):
    assert peaks(extract(SONG, sentence)) == expected


def test_a_box_office_lead_opens_no_chart_fragment():
    post = extract(SONG, "Opening weekend: No. 2 in the UK, behind a sequel.")
    assert peaks(post) == []


def test_a_fragment_is_about_the_record_named_before_its_sentence():
    post = extract(
        SONG,
        "Number nine on the UK Singles Chart that summer, and the soundtrack album,"
        " “Harbor Nights”, went gold in Britain as well.",
    )
    assert peaks(post) == [("Lantern Street", 9, "uk_singles")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It entered the Hot 100 at 88 and reached a peak of 16 in its sixth week.",
            [("Lantern Street", 16, "billboard_hot_100")],
        ),
        (
            "It sold steadily, went gold in the US and had a peak of twenty-two on"
            " the Hot 100.",
            [("Lantern Street", 22, "billboard_hot_100")],
        ),
        ("Its sales reached a peak of 40,000 copies a week.", []),
    ],
)
def test_a_peak_of_a_number_is_a_position(sentence, expected):
    assert peaks(extract(SONG, sentence)) == expected


def test_the_certifiers_plaque_later_in_the_sentence_names_the_certifier():
    post = extract(
        SONG,
        "It went double platinum, and the BPI plaque still hangs in the studio.",
    )
    assert certifications(post) == [("Lantern Street", "platinum", 2, "bpi")]


def test_a_plaque_with_a_level_of_its_own_certifies_no_level_before_it():
    post = extract(
        SONG,
        "It went gold somewhere, and the BPI plaque for the silver one hangs here.",
    )
    assert ("Lantern Street", "gold", None, "bpi") not in certifications(post)


def test_the_albums_chart_is_of_the_country_whose_certifier_the_sentence_names():
    post = extract(
        ALBUM,
        "It peaked at No. 14 on the albums chart and later went silver with the BPI.",
    )
    assert peaks(post) == [("Harbor Nights", 14, "uk_albums")]


def test_a_labels_head_may_carry_a_note_in_parentheses():
    post = extract(
        SONG,
        ALBUM,
        "<ul><li>Soundtrack LP (gatefold sleeve, Redline Records): #31 UK Albums</li>"
        "</ul>",
    )
    assert ("Harbor Nights", 31, "uk_albums") in peaks(post)
