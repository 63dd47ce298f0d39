"""Wrong track offers the broad readers no longer make: a quoted name a song is
credited to ("credited on some copies to “X”"), a song the writer only temped or
earmarked, words inside a title ("a song with “X” in the title"), a song's kind
or a vehicle's number read as a title ("B-side", "RM 1872"). The same frames with
a song's title are still offered. Each sentence is our own."""

import pytest

from .test_discourse import extract, titles
from .test_offer_tracks import FILM, offered


@pytest.mark.parametrize(
    "said, title",
    [
        # credited to a name: no song's title
        ("The label credited the song on early pressings to “Ray Donne”, a typo.", None),
        ("Some sleeves credit the single to a “Mo Brannigan”, who never existed.", None),
        ("The song was attributed on the radio to “Lily Vance” for years.", None),
        ("The label credited the song to the band, and “Bone China” did well.", "Bone China"),
        # temped, earmarked: a song the writer only tried
        ("I temped the scene with “Velvet Ladder”, an old dance tune.", None),
        ("She had earmarked a slow number, “Chalk Roses”, for that spot.", None),
        ("She played a slow number, “Chalk Roses”, in that spot.", "Chalk Roses"),
        # words inside a title
        ("It charted, which for a song with “Eddie Moss” in the title is a feat.", None),
        ("A tune with “Moonlight” in its chorus is never a flop.", None),
        ("It charted, and a slow number, “Eddie Moss”, is still hummed in pubs.", "Eddie Moss"),
        # a song's kind, a vehicle's number
        ("The single's B-side, a slow tune, is the better song.", None),
        ("The band played “Intro” and then a slow number, “Pale Harbour”, at the end.", "Pale Harbour"),
    ],
)  # fmt: skip
def test_a_wrong_offer_is_not_made(said, title):
    found = offered(extract(FILM, said))
    assert title in found if title else found == []


def test_a_songs_kind_is_not_offered_beside_a_title():
    said = "The band played “Intro” and then a slow number, “Pale Harbour”, at the end."
    assert offered(extract(FILM, said)) == ["Pale Harbour"]


def test_the_offers_kept_are_suggestions_not_blocks():
    post = extract(FILM, "She played a slow number, “Chalk Roses”, in that spot.")
    assert "Chalk Roses" not in titles(post)
    # (the film, offered from the fixture's first line, is a page field, not a block)
    kinds = [item["kind"] for item in post.suggested if item["value"]]
    assert [kind for kind in kinds if kind != "film"] == ["track"]
