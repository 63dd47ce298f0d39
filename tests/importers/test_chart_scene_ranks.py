"""A bare number ending a clause set in a listed country after a verb of reaching
("In Britain it got to 18.") is a position on that country's chart, for a song the
post credits; not a count, not a chart named later in the sentence, not a person's
clause, and not a title nothing credits."""

from .test_discourse import extract, peaks

SONG = "The pier scene plays “Gull Weather” by The Tansy Boys."


def test_a_scenes_bare_number_is_its_countrys_position():
    found = [
        peaks(extract(SONG, sentence))
        for sentence in (
            "In Britain it got to 18.",
            "In America it crept to 41 and stopped, which was about right.",
            "It was modest in Britain, climbing no higher than twenty-three, but sold.",
        )
    ]
    assert found == [
        [("Gull Weather", 18, "uk_singles")],
        [("Gull Weather", 41, "billboard_hot_100")],
        [("Gull Weather", 23, "uk_singles")],
    ]


def test_no_position_from_a_person_a_count_or_a_chart_named_later():
    for sentence in (
        "In Britain she got to 18 before anyone knew her name.",
        "In Britain it got to 18 weeks on the chart.",
        "In America it got as high as 22, and that was on the AC chart.",
    ):
        assert not {18, 22} & {peak[1] for peak in peaks(extract(SONG, sentence))}


def test_a_title_nothing_credits_gets_no_bare_position():
    post = extract("The pier scene plays “Gull Weather”.", "In Britain it got to 18.")
    assert peaks(post) == []
