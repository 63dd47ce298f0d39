"""Chart offers of a record the rules never read as a track or album
(offer_chart_records): a title right after a record noun, a clause's subject just
before a chart verb, and a position written "No 14" without its full stop; each a
suggestion with the block's value, never a block."""

import pytest

from .test_discourse import extract
from .test_offer_charts import offered

LEAD = "The montage runs over one song and a long fade."


# Title | position | chart | the sentence that states it, by cue: a title after a
# record noun, a clause's subject just before a chart verb, "No 14" with no full stop.
TABLE = """
Harbour Lanterns | 7 | uk_albums | Their debut LP from that spring, Harbour Lanterns,
 climbed to number 7 on the UK albums chart.
Kumo no Michi | 5 | billboard_200 | The score album 『Kumo no Michi』 reached number 5
 on the Billboard 200.
Salt Roads | 21 | billboard_200 | Their album Salt Roads got to No 21 on the Billboard
 200.
Lantern Row: Songs from the Film | 19 | billboard_200 | Lantern Row: Songs from the
 Film peaked at 19 on the Billboard 200.
Quiet Harbour Nights | 9 | uk_singles | Quiet Harbour Nights went to number 9 in the
 UK singles chart.
Ame no Eki | 3 | Oricon singles chart | About the charts: 「Ame no Eki」 reached number
 3 on the Oricon singles chart.
Music from The Pale Garden | 9 | uk_albums | The soundtrack album, Music from The
 Pale Garden, climbed to No 9 on the UK albums chart.
Sand Letters | 14 | uk_albums | Her first album, Sand Letters, got as high as No 14
 in the UK albums chart.
Hollow Pines (Original Score) | 22 | uk_albums | The score album, Hollow Pines
 (Original Score), peaked at No 22 on the UK albums chart.
"""
OFFERS = {}
for row in TABLE.replace("\n ", " ").strip().splitlines():
    title, position, chart, sentence = row.split(" | ")
    OFFERS[(title, int(position), chart)] = sentence


@pytest.mark.parametrize("expected", list(OFFERS))
def test_a_record_the_sentence_names_is_offered(expected):
    assert expected in offered(extract(LEAD, OFFERS[expected]))


def test_a_level_of_a_record_the_sentence_names_is_offered():
    post = extract(
        LEAD,
        "Tin Gull Parade reached number 4 on the Billboard 200 and went platinum in"
        " the United States.",
    )
    assert ("Tin Gull Parade", "platinum", "riaa") in offered(post)


# A record set apart from the post's, a film and its year, a label, a list that is
# no chart: one trap a line.
TRAPS = """
The band's next single, Copper Rain, reached number 8 on the Hot 100.
Their later single Slate Harbour reached No 12 in the UK singles chart.
“Winter Ferry” (1983), whose theme went to number 2 in the UK, is another film.
The label Gullstone Records went to number 3 in the UK charts.
The soundtrack LP, put out by the label Tern Records, went gold in New Zealand.
It was No 10 on our list of favourite scenes.
""".strip().splitlines()


@pytest.mark.parametrize("sentence", TRAPS)
def test_traps_are_not_offered(sentence):
    assert offered(extract(LEAD, sentence)) == []


def test_the_offer_is_a_suggestion_and_not_a_block():
    post = extract(
        LEAD, "Their album Salt Roads got to No 21 on the Billboard 200 that winter."
    )
    assert ("Salt Roads", 21, "billboard_200") in offered(post)
    chart_blocks = [fact for fact in post.facts if fact["kind"] == "chart_fact"]
    assert not any(fact["value"]["position"] == 21 for fact in chart_blocks)
    assert any(
        item["kind"] == "chart_fact" and "Salt Roads" in item["message"]
        for item in post.suggested
    )
