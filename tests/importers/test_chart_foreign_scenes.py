"""A position on "the singles chart" in a clause set in a country none of the listed
charts is of is on that country's chart when its adjective names it ("in Ireland it
was number one on the singles chart": the Irish singles chart), never on the listed
country's chart an earlier clause named; a country whose chart goes by another name
gives no chart at all."""

import pytest

from .test_discourse import extract, peaks

SONG = "The orchard scene uses “Hay Wain Waltz” by The Gorse Sisters."
SCENES = {
    "It was number five in the UK, and in New Zealand it was number one on the"
    " singles chart.": ("Hay Wain Waltz", 1, "other"),
    "In Ireland it got to number two on the singles chart.": (
        "Hay Wain Waltz",
        2,
        "other",
    ),
    "It was number five in the UK, but in Ireland it went to number three on the"
    " singles chart.": ("Hay Wain Waltz", 3, "other"),
}


@pytest.mark.parametrize("sentence", list(SCENES))
def test_a_foreign_scene_names_its_own_singles_chart(sentence):
    assert SCENES[sentence] in peaks(extract(SONG, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "It was number five in the UK, and in Japan it was number one on the singles"
        " chart.",
        "In Sweden it got to number one on the singles chart, and number five in the"
        " UK.",
    ],
)
def test_a_foreign_scene_is_never_the_earlier_countrys_chart(sentence):
    assert ("Hay Wain Waltz", 1, "uk_singles") not in peaks(extract(SONG, sentence))
