"""An item of a list of facts that opens on a record noun ("Certifications: the
soundtrack, gold (RIAA); the single, gold (Music Canada)") is about the record that
noun means: the last track or album of its kind the post named."""

import pytest

from .test_discourse import certifications, extract, peaks

SONG = "Nine Floors Up"
ALBUM = "Ember Street: Songs from the Film"
INTRO = (
    f"The montage plays “{SONG}”, sung by Ivy Lorne, from the soundtrack album "
    f"<i>{ALBUM}</i>."
)

FOUND = [
    (
        "Certifications: the compilation, gold (RIAA); the single, platinum (BPI)",
        [(ALBUM, "gold", None, "riaa"), (SONG, "platinum", None, "bpi")],
    ),
    (
        "Awards: the LP, silver (BPI); the song, gold (ARIA)",
        [(ALBUM, "silver", None, "bpi"), (SONG, "gold", None, "aria")],
    ),
]


@pytest.mark.parametrize("sentence, expected", FOUND)
def test_each_item_is_its_nouns_record(sentence, expected):
    assert certifications(extract(INTRO, sentence)) == expected


def test_an_item_position_is_its_nouns_record():
    post = extract(INTRO, "Peaks: the single, No. 4 on the UK Singles Chart")
    assert (SONG, 4, "uk_singles") in peaks(post)


# A noun inside a clause, not opening an item, or a record of no kind the post named.
def test_a_noun_inside_a_clause_is_not_an_item():
    post = extract(
        INTRO, "I bought the single, gold (RIAA) sticker and all, for a pound."
    )
    assert (ALBUM, "gold", None, "riaa") not in certifications(post)


def test_a_noun_of_no_record_leaves_the_subject_to_the_sentence():
    post = extract(INTRO, f"Sales: the sheet music, a hit; “{SONG}”, gold (RIAA)")
    assert certifications(post) == [(SONG, "gold", None, "riaa")]
