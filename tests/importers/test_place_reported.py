"""A filming phrase that only reports others' belief or claim ("Everyone thinks it was
shot in X", "the myth: that it was filmed at X", "..., according to a fan wiki") is no
place block, nor is one that never happened ("If they had shot it in X", "none of
Title (1990) was shot in X"). Every sentence here is invented."""

import pytest

from .test_place_rules import extract, names

REPORTED = [
    ("Everyone thinks Gull Lantern (1979) was filmed in Rotterdam.", "Rotterdam"),
    (
        "Somebody keeps editing the wiki to say the clip was shot at Lake Mungo.",
        "Lake Mungo",
    ),
    ("People assume the diner scenes were filmed in Tucson.", "Tucson"),
    (
        "The myth I hear most often: that the chase was shot on Route 66.",
        "Route 66",
    ),
    (
        "There is a stubborn claim on tour sites that the ballroom was filmed in Bath.",
        "Bath",
    ),
    ("The rumour that the finale was shot in Tangier will not die.", "Tangier"),
    (
        "The cellar scenes were done in Leipzig, according to one fan wiki, which "
        "also gets the year wrong.",
        "Leipzig",
    ),
]
UNREAL = [
    (
        "If they had shot the whole film in Boston, I would have saved a fortune.",
        "Boston",
    ),
    ("Had they filmed in Seville, the light would have been warmer.", "Seville"),
    ("I stayed in Oslo, and none of Cold Harbour (1988) was shot in Oslo.", "Oslo"),
]


@pytest.mark.parametrize("sentence, place", REPORTED + UNREAL)
def test_a_reported_or_unreal_filming_makes_no_block(sentence, place):
    assert place not in names(extract(sentence))


@pytest.mark.parametrize(
    "sentence, place",
    [
        # the writer's own word, a source that stands by it, people not reporting
        ("The diner scenes were filmed in Tucson.", "Tucson"),
        (
            "The cellar scenes were done in Leipzig, according to the director.",
            "Leipzig",
        ),
        ("If you visit, the pier was filmed at Saltburn.", "Saltburn"),
        ("Everyone loved the finale, which was shot in Tangier.", "Tangier"),
        (
            "The stadium holds the people, and the match was filmed at Hampden.",
            "Hampden",
        ),
        ("Most of Cold Harbour (1988) was shot in Oslo.", "Oslo"),
        (
            "The square everyone thinks is Siena was filmed in Montepulciano.",
            "Montepulciano",
        ),
    ],
)
def test_the_writers_own_filming_is_still_a_place(sentence, place):
    assert place in names(extract(sentence))
