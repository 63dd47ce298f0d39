"""A one-word lead-in in italics that closes with its own full stop or colon ("<i>
Friday.</i> Out at the bar", "<i>Verdict:</i> the Moss one") is a diary's day or a
quiz's label, a letter's signature ("<i>R. Tennant, Whitby</i>") a writer's name:
neither is the song "it" means next; a title in italics keeps its place in the
memory when it runs on in the sentence, is of two words, or does not open the
sentence. Each sentence is our own."""

import pytest

from .test_discourse import extract, peaks, titles

FILM = "I rewatched <i>Gull Point</i> (1983) last night."
CHARTED = (
    "It went top ten, number 7 on the Billboard Hot 100, and was number 2 on the "
    "Adult Contemporary chart."
)


@pytest.mark.parametrize(
    "said, title",
    [
        ("<i>Lanterns</i> was the Moss Sisters one.", "Lanterns"),
        ("Tonight: <i>Lanterns:</i> the Moss Sisters one.", "Lanterns"),
        ("<i>Harbour Lanterns:</i> the Moss Sisters one.", "Harbour Lanterns"),
        ("Print this. <i>Harbour Lanterns</i> was the hit.", "Harbour Lanterns"),
    ],
)
def test_a_title_in_italics_is_what_it_means(said, title):
    post = extract(FILM, said, CHARTED)
    assert titles(post) == [title]
    assert (title, 7, "billboard_hot_100") in peaks(post)


@pytest.mark.parametrize(
    "said",
    [
        "<i>Friday.</i> Out at the Copper Kettle again, singing the Moss Sisters one.",
        "<i>Verdict:</i> the Moss Sisters one, every time.",
        "Please print a correction. <i>R. Tennant, Whitby</i> The editor replies: no.",
        "Please print a correction. <i>K. Oduya</i> We reply: gladly.",
    ],
)
def test_a_one_word_lead_in_is_no_song(said):
    post = extract(FILM, said, CHARTED)
    assert titles(post) == []
    assert peaks(post) == []
