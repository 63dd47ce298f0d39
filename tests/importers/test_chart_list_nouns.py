"""A verbless list of positions is about the record the sentence names, unless an
item brings a record noun of the other kind: "the LP made No. 40 on the Billboard 200,
and the single No. 2 in Germany" gives the album no single's position."""

import pytest

from .test_discourse import extract, peaks

ALBUM = "Tidewater Road: Music from the Film"
POST = f"The rowing montage plays over a long cue from the soundtrack album, <i>{ALBUM}</i>."

# Lists of the album's positions, and the peaks they give it.
LISTS = [
    (
        "The album got to No. 30 on the Billboard 200, No. 9 in Canada and No. 2 in "
        "Germany.",
        [(ALBUM, 30, "billboard_200"), (ALBUM, 2, "germany_media_control")],
    ),
    (
        "It got to No. 30 on the Billboard 200, and No. 2 in Germany.",
        [(ALBUM, 30, "billboard_200"), (ALBUM, 2, "germany_media_control")],
    ),
    (
        "The soundtrack LP climbed to No. 11 on the Billboard 200 and No. 5 in Germany.",
        [(ALBUM, 11, "billboard_200"), (ALBUM, 5, "germany_media_control")],
    ),
]


@pytest.mark.parametrize("text, expected", LISTS)
def test_a_list_of_one_record_gives_it_each_position(text, expected):
    found = peaks(extract(POST, text))
    assert all(peak in found for peak in expected)


# The album's list whose later item names the single: the album's own position
# only.
OTHER_KIND = [
    "The LP made No. 40 on the Billboard 200, and a fan wrote in to say the single "
    "reached No. 1 in Germany.",
    "The soundtrack album got to No. 22 on the Billboard 200, and the single No. 3 in "
    "the UK.",
    "The album climbed to No. 15 on the Billboard 200, while the single made No. 6 in "
    "Germany.",
]


@pytest.mark.parametrize("text", OTHER_KIND)
def test_an_item_naming_the_other_kind_is_not_the_lists_record(text):
    assert [chart for _title, _at, chart in peaks(extract(POST, text))] == [
        "billboard_200"
    ]
