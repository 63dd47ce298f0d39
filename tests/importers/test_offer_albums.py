"""The broad reader of albums (offer_albums): a title next to a record word ("LP",
"vinyl", "CD", "album", "soundtrack"), quoted after a link or before the word, or
capitalised words called so, is offered as a possible album, never made a block;
not the film's own soundtrack, a denied title, a catalogue line or a label. Each
sentence is our own."""

import pytest

from .test_discourse import extract, facts

FILM = "I rewatched <i>Gull Point</i> (1983) last night."
# Not offered: the film's own record, a denied title, a catalogue line, a label,
# a clause's subject after a comma.
TRAPS = (
    "I found the soundtrack to “Gull Point” in a charity shop.",
    "The soundtrack album was never called “Sea Glass”; that was a bootleg.",
    "2LP, 180g vinyl, MP3 and CD.",
    "The CD was released by Pier Records, in a jewel case.",
    "Her second album misses the charts, Tess moves to Leeds, and that is that.",
)


def offered(post):
    return [
        item["value"]["title"] for item in post.suggested if item["kind"] == "album"
    ]


def albums(post):
    return [value["title"] for value in facts(post, "album")]


@pytest.mark.parametrize(
    "said, title",
    [
        # quoted, after a record word and a link, or before the word
        (
            "It came out on vinyl as “Songs for a Tidal Island”.",
            "Songs for a Tidal Island",
        ),
        (
            "Look for the soundtrack CD, simply titled “Harbour Lights Again”.",
            "Harbour Lights Again",
        ),
        ("“Brine Tapes” LP is the one every collector wants.", "Brine Tapes"),
        # capitalised words a record word names
        (
            "The LP was called Shingle Beach Nights, and it flopped.",
            "Shingle Beach Nights",
        ),
        (
            "Everything is on Kelp Forest, the album, which nobody bought.",
            "Kelp Forest",
        ),
        ("The album – Foghorn Serenades", "Foghorn Serenades"),
        # a title that ends where "I've" begins
        ("The LP is called Tidewrack and I've got it on tape.", "Tidewrack"),
        ("The album was called Gull Hours and I'm fond of it.", "Gull Hours"),
    ],
)
def test_a_title_next_to_a_record_word(said, title):
    post = extract(FILM, said)
    assert (title in offered(post), title in albums(post)) == (True, False)


@pytest.mark.parametrize("said", TRAPS)
def test_no_offer(said):
    assert offered(extract(FILM, said)) == []


def test_the_offer_is_a_suggestion_not_a_block():
    post = extract(FILM, "It came out on vinyl as “Songs for a Tidal Island”.")
    assert "Songs for a Tidal Island" not in albums(post)
    assert not any(
        kind == "album" for kind, value in post.body if isinstance(value, dict)
    )
    assert any(
        line.startswith("Possible album “Songs for a Tidal Island”")
        for line in post.suggestions
    )


def test_an_album_a_block_holds_is_not_offered_again():
    post = extract(
        FILM, "The band's only LP, “Gannet Weather”, sold four hundred copies."
    )
    assert albums(post) == ["Gannet Weather"]
    assert offered(post) == []


OWN_FILM = "The montage in <i>Gull Point</i> (1983) is the best thing in it."
OTHER_ALBUM = "Her album <i>Tern Weather</i> did well."


@pytest.mark.parametrize(
    "said, offers",
    [
        # the film's own record, untitled, after another album of the post
        ("The song opens it, and the film's own soundtrack LP too.", True),
        ("The tune is also on the soundtrack CD of the film, which I own.", True),
        ("Later the film's own soundtrack album took the song, in a longer mix.", True),
        # none was made, a question, a titled one
        ("There was never a soundtrack album.", False),
        ("Was there a soundtrack album?", False),
        ("There was talk of a soundtrack LP.", False),
    ],
)
def test_the_films_own_untitled_record(said, offers):
    post = extract(OWN_FILM, OTHER_ALBUM, said, title="Rewatching Gull Point (1983)")
    assert ("Gull Point (soundtrack)" in offered(post)) is offers
    assert albums(post) == ["Tern Weather"]
