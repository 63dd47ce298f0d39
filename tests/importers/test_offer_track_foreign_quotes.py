"""The broad reader of quoted titles (offer_tracks) reads the quotation marks of other
languages too: a title in „X“ or „X” (German, Polish) or in 「X」 or 『X』 (Japanese)
with a song word near it is offered as a possible track, never made a block; not
one with no song word near, not the film. Each sentence is our own."""

import pytest

from .test_discourse import extract, titles
from .test_offer_tracks import FILM, offered


@pytest.mark.parametrize(
    "said, title",
    [
        # „X“, German
        ("The second half belongs to the song „Nebelhorn“ of a Kiel trio.", "Nebelhorn"),
        ("Its opening is the orchestral cue „Dünenlicht“, composed by Ulf Brand.", "Dünenlicht"),
        ("Everybody hums the tune „Möwenflug“ after the screening.", "Möwenflug"),
        # „X”, Polish
        ("The montage music is the song „Zielony most” of a Gdańsk band.", "Zielony most"),
        ("We hear also a second song, „Latarnia nad zatoką”, at the dance.", "Latarnia nad zatoką"),
        ("The waltz „Biały żagiel” plays under the storm.", "Biały żagiel"),
        # 「X」 and 『X』, Japanese
        ("The song of this scene is 「Yoru no Hashi」, sung by Ms. Rie Kato.", "Yoru no Hashi"),
        ("My copy of the single 「Natsu Kaze」 has a lyric sheet with the song's words.", "Natsu Kaze"),
        ("The ending theme 『Hoshi Akari』 plays over the bridge.", "Hoshi Akari"),
        # traps: no song word near, words said
        ("We stayed at the hotel „Seeblick“ for a week, near the dunes.", None),
        ("The newspaper 「Asahi Yoru」 printed a review of the ferry.", None),
        ("The director said „Noch einmal“ and everyone laughed.", None),
    ],
)  # fmt: skip
def test_a_title_in_foreign_marks_is_offered_when_a_song_word_is_near(said, title):
    found = offered(extract(FILM, said))
    assert title in found if title else found == []


def test_the_offer_is_a_suggestion_and_no_block():
    post = extract(FILM, "Everybody hums the tune „Möwenflug“ after the screening.")
    assert titles(post) == []
    assert [
        (item["kind"], item["value"]["title"], item["message"])
        for item in post.suggested
        if item["kind"] == "track"
    ] == [("track", "Möwenflug", "Possible track “Möwenflug”")]
