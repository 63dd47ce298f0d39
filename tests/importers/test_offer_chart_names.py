"""Suggested chart peaks on a chart named by its own capitalised words right after
the position, with no "chart" after them (offer_charts.named_after): "No. 2 on the
Hit Parade Italia", "No. 7 on the Lista Przebojów Programu Trzeciego"; a country's
adjective before the name is left out, a possessive's "'s" too. Not a date, a part
of a record ("Side Two") or a place ("Galveston Island"); not a record the clause
names when the noun right before the position is of the other kind. Never a block."""

import pytest

from .test_discourse import extract, peaks
from .test_offer_charts import offered

INTRO = (
    "The wedding scene is scored with “Cinder Path” by Lotte Brink, a record"
    " nobody expected to chart."
)
SONG = "Cinder Path"

OFFERED = {
    "The single spent a month at number 2 on the Hit Parade Italia that summer.": (
        2,
        "Hit Parade Italia",
    ),
    "In Poland the song reached number 7 on the Lista Przebojów Programu"
    " Trzeciego, which pleased her.": (7, "Lista Przebojów Programu Trzeciego"),
    "It sat at number 4 on Radio Veronica's Tipparade Top 30 for three weeks.": (
        4,
        "Radio Veronica Tipparade Top 30",
    ),
    "Up north the record climbed to number 5 on the Norwegian Topp Tjue Liste.": (
        5,
        "Topp Tjue Liste",
    ),
}


@pytest.mark.parametrize("text", sorted(OFFERED))
def test_a_chart_named_in_its_own_words_is_offered(text):
    post = extract(INTRO, text)
    assert (SONG, *OFFERED[text]) in offered(post)
    assert not peaks(post)


@pytest.mark.parametrize(
    "text",
    [
        "The song was number 1 on Galveston Island for about a year.",
        "It was number 3 on Side Two of the reissue.",
        "Everyone bought it on Friday, number 8 on Saturday Night Radio's list.",
        # the album the clause names is not what "her song" means
        "The soundtrack, “Cinder Path: Music from the Film”, sold well, and her"
        " song went to number 6 on the Hit Parade Italia.",
    ],
)
def test_traps_are_not_offered(text):
    assert not offered(extract(INTRO, text))


def test_the_offer_is_a_suggestion_not_a_block():
    post = extract(INTRO, "It got to number 9 on the Hit Parade Italia.")
    assert (SONG, 9, "Hit Parade Italia") in offered(post)
    assert not peaks(post)
    assert any("Possible chart peak" in line for line in post.suggestions)
