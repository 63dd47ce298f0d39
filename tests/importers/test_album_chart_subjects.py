"""An italic title placed on an albums chart is the album only when nothing else takes
the chart: a title named as a song just before it, or another record opening the
clause that reaches the chart, leaves the chart to that record."""

import pytest

from .test_discourse import extract, facts


def albums(post):
    return [value["title"] for value in facts(post, "album")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nadia Berg sings the closing number, <i>Harbour Hymn</i>, and the soundtrack "
        "album got to No. 7 on the ARIA Albums Chart.",
        "Her big single <i>Harbour Hymn</i> sold well, while the LP reached No. 12 on "
        "the UK Albums Chart.",
        "The final tune, <i>Harbour Hymn</i>, is lovely, but the film's album only "
        "reached No. 40 on the Billboard 200.",
    ],
)
def test_a_song_or_another_records_clause_is_no_charted_album(sentence):
    assert "Harbour Hymn" not in albums(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "<i>Harbour Hymn</i> got to No. 7 on the ARIA Albums Chart.",
        "The compilation <i>Harbour Hymn</i>, out that spring, reached No. 12 on the "
        "UK Albums Chart.",
    ],
)
def test_an_italic_title_on_an_albums_chart_is_still_an_album(sentence):
    assert albums(extract(sentence)) == ["Harbour Hymn"]
