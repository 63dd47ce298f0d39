"""A new song the record holds, named after it ("a second duet on the album, X", "my
favourite track off the LP, “X”"): X is the song's title, never made an album block
nor offered as an album; the record named the same way without a song noun still
is one. Each sentence is our own."""

import pytest

from .test_discourse import extract, facts
from .test_offer_tracks import FILM


def albums_and_offers(post):
    blocks = [value["title"] for value in facts(post, "album")]
    offers = [
        item["value"]["title"] for item in post.suggested if item["kind"] == "album"
    ]
    return blocks + offers


@pytest.mark.parametrize(
    "said, album",
    [
        ("You also get a second duet on the album, Phir Milenge (We Meet Again), shorter.", None),
        ("A short solo from the LP, Night Orchard, closes the film.", None),
        ("Another instrumental on the record, Harbour Glass, plays at the wake.", None),
        ("My favourite track off the LP, “Sable Coast”, is the slow one.", None),
        ("One more duet from the soundtrack, “Two Lamps”, is the shortest.", None),
        # the record itself, named the same way without a song noun
        ("The soundtrack album, Tidewater Nights, came out in May.", "Tidewater Nights"),
    ],
)  # fmt: skip
def test_a_song_on_a_record_is_no_album(said, album):
    expected = [album] if album else []
    assert albums_and_offers(extract(FILM, said))[:1] == expected  # blocks first
