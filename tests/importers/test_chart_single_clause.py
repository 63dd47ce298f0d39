"""False blocks: a single's chart peak given to an album. When the figure's own
clause has the single for its subject and names no album, the peak is no block of
the album's, only a note for the editor. Every sentence here is invented for the
test."""

import pytest

from .test_discourse import peaks
from .test_track_entries import read

OPENING = "The soundtrack album, “Salt Ferry Nights”, came out in the spring."


@pytest.mark.parametrize(
    "sentence",
    [
        "The album went gold in Austria, and the reel, put out as a single, got to"
        " No. 14 on the Ö3 Austria Top 40.",
        "At home the album sold well; the reel, released as a single, got to"
        " number 5 on the Ö3 Austria Top 40.",
        "The album went gold in the Netherlands, and the reel, cut down and issued"
        " as a single, reached No. 6 in the Dutch Top 40.",
    ],
)
def test_a_figure_of_the_single_is_no_peak_of_the_album(sentence):
    post = read(OPENING, sentence)
    assert [peak for peak in peaks(post) if "Salt Ferry" in peak[0]] == []
    assert any("the single's" in line for line in post.suggestions)


@pytest.mark.parametrize(
    "sentence",
    [
        # Traps: the album's own clause, and a single named before a new subject.
        "The album reached No. 6 on the UK Albums Chart.",
        "The single did nothing, but the album got to No. 6 on the UK Albums Chart.",
    ],
)
def test_the_albums_own_figure_stays_a_block(sentence):
    post = read(OPENING, sentence)
    assert ("Salt Ferry Nights", 6, "uk_albums") in peaks(post)
    assert not any("the single's" in line for line in post.suggestions)


def test_the_note_carries_no_block():
    post = read(
        OPENING,
        "The album went gold, and the reel, put out as a single, got to No. 14 on"
        " the Ö3 Austria Top 40.",
    )
    notes = [item for item in post.suggested if "single's" in item["message"]]
    assert notes
    assert all(item.get("value") is None for item in notes)
