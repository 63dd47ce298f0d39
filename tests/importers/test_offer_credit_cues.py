"""The broad credit reader's wider cues (offer_credits): the post's songs named
together ("all the songs", "both songs", "the film's songs", but not a title set
apart with "except"), "credited to A" (the record's act, or its writers), and the
playback singer and the music director of Indian film credits. Offers are
suggestions, never blocks. Every sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract

SONGS = (
    "The ferris wheel montage is cut to “Copper Kettle Morning”, and the end "
    "credits roll over “Tin Lantern Waltz”."
)
ONE = "The ferris wheel montage is cut to “Copper Kettle Morning”."
FIRST, SECOND = "Copper Kettle Morning", "Tin Lantern Waltz"


def offers(post):
    """``(title, composers, performers)`` of each credit suggestion of the post."""
    return [
        (
            item["value"]["title"],
            item["value"]["composers"],
            item["value"]["performers"],
        )
        for item in post.suggested
        if item["kind"] == "track"
        and item["message"].startswith(("Possible composer", "Possible performer"))
    ]


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        ("Each of the tracks had lyrics by Hob Carrick, a sailor.", "Hob Carrick", 0),
        (
            "Both songs were penned in a single week by Marten Quayle, a printer.",
            "Marten Quayle",
            0,
        ),
        (
            "Both tunes came from a schoolteacher, and Mira Thorne sang both numbers "
            "in one take.",
            "Mira Thorne",
            1,
        ),
        (
            "Lise Okonjo sings all the songs, in a voice like wet gravel.",
            "Lise Okonjo",
            1,
        ),
        (
            "The film's songs were composed by the organist Dorrit Vael.",
            "Dorrit Vael",
            0,
        ),
    ],
)
def test_a_credit_of_all_the_songs_is_offered_for_each(sentence, name, role):
    found = offers(extract(SONGS + " " + sentence))
    for title in (FIRST, SECOND):
        credit = ([name], []) if role == 0 else ([], [name])
        assert (title, *credit) in found


def test_a_song_set_apart_keeps_its_own_writer():
    found = offers(
        extract(
            SONGS + " The sleeve says all the songs were written by Ottilie Brand, "
            "except “Tin Lantern Waltz”, which Gus Harrow wrote alone."
        )
    )
    assert (FIRST, ["Ottilie Brand"], []) in found
    assert (SECOND, ["Ottilie Brand"], []) not in found


# A cue, the role it gives and the name: "credited to" (the record's act; its
# writers when the credit is A's alone, two people's, a member's or the record is
# played by another), a writing verb before a member of the act ("co-wrote it with
# their singer, A": a writer), playback (a singer's), a music director (a
# composer's).
CUES = [
    ("Copper Kettle Morning is credited to Benno Stahl, a crooner.", 1, "Benno Stahl"),
    ("On the label Copper Kettle Morning went credited to the Velvet Ferrets.", 1, "Velvet Ferrets"),
    ("Copper Kettle Morning is credited to Ada Fennimore alone, they say.", 0, "Ada Fennimore"),
    ("Copper Kettle Morning was credited to its drummer, Pip Ancell.", 0, "Pip Ancell"),
    ("Credited to Oona Vale and Rafe Mirren, Copper Kettle Morning sold.", 0, "Rafe Mirren"),
    ("Copper Kettle Morning, played by the Tin Whistlers, was credited to Rafe Mirren.", 0, "Rafe Mirren"),
    ("Copper Kettle Morning is credited to the Velvet Ferrets and written by a stranger.", 1, "Velvet Ferrets"),
    ("Gus Harrow co-wrote Copper Kettle Morning with their singer, Pip Ancell.", 0, "Pip Ancell"),
    ("Copper Kettle Morning was co-written with the band's singer, Hob Carrick, in a barn.", 0, "Hob Carrick"),
    ("For Copper Kettle Morning the words came first, co-written with our singer Oona Vale.", 0, "Oona Vale"),
    ("Copper Kettle Morning has playback by Meera Joshi, then seventeen.", 1, "Meera Joshi"),
    ("Playback for Copper Kettle Morning: Arun Gokhale, very low.", 1, "Arun Gokhale"),
    ("Copper Kettle Morning was the work of the music director Salil Varma.", 0, "Salil Varma"),
    ("Copper Kettle Morning had a music director, Ravi Deshmane, who was quick.", 0, "Ravi Deshmane"),
]  # fmt: skip


@pytest.mark.parametrize("sentence, role, name", CUES)
def test_a_cue_gives_its_role(sentence, role, name):
    credit = ([name], []) if role == 0 else ([], [name])
    assert (FIRST, *credit) in offers(extract(ONE, sentence))


# "both" of a post with one song (which two?), a credit of the film, not of its
# songs, the director of the film, not of its music, a member of the act who sings
# (the act performs).
TRAPS = (
    "Copper Kettle Morning is by the Velvet Ferrets, whose singer Hob Carrick was "
    "seventeen.",
    "Both songs were written by Ottilie Brand.",
    "The film is credited to its director, Hanne Solvik.",
    "Copper Kettle Morning plays as the director Felix Aaby walks past.",
)


def test_traps():
    for sentence in TRAPS:
        assert offers(extract(ONE, sentence)) == [], sentence


def test_an_offer_is_a_suggestion_not_a_block():
    post = extract(SONGS, "Both songs were penned by Marten Quayle, a printer.")
    assert tracks(post)[FIRST] == ([], [])
    assert tracks(post)[SECOND] == ([], [])
    assert (FIRST, ["Marten Quayle"], []) in offers(post)
