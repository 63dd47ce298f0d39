"""An item of a list right after an item taken as a song's entry ("“X” — A
(written by B)") is the list's next song ("“Y” — also A, under the last shot"),
its act after "also" its performer; not an item after one that was no song, nor
a line that is no item. Each sentence is our own."""

from .test_discourse import titles
from .test_track_entries import performers, read

OPENING = "Notes on <i>Gull Point</i> (1983), watched again last night."


def test_the_item_after_a_song_is_a_song():
    post = read(
        OPENING,
        "<ul><li>“Tin Roof Blues” — Nova Relay (written by Ada Moon)</li>"
        "<li>“Pier Lights” — also Nova Relay, under the last thirty seconds</li>"
        "<li>“Salt Kiss” — The Terns, over the ferry</li></ul>",
    )
    assert performers(post) == {
        "Tin Roof Blues": ["Nova Relay"],
        "Pier Lights": ["Nova Relay"],
        "Salt Kiss": ["The Terns"],
    }


def test_items_after_no_song_or_no_list():
    post = read(
        OPENING,
        "<ul><li>“Harbour Nights” — Ben Hale, the novel it is based on</li>"
        "<li>“Low Gate” — Ben Hale, his second novel</li></ul>",
    )
    assert titles(post) == []
    post = read(
        OPENING,
        "<ul><li>“Tin Roof Blues” — Nova Relay (written by Ada Moon)</li></ul>",
        "“Low Gate” — Ben Hale, his second novel.",
    )
    assert titles(post) == ["Tin Roof Blues"]
