"""The broad credit reader (offer_credits) reads the post's songs named together
without a noun, as the object of a verb of writing or performing: "A wrote
everything", "B sings all three", "C wrote every one of them" (a title set apart
with "except" keeps its own writer). A count must be the post's own, and a group
that is no verb's object gives nothing. Offers are suggestions, never blocks. Every
sentence here is invented for the test."""

import pytest

from .test_credit_rules import tracks
from .test_discourse import extract
from .test_offer_credit_cues import FIRST, SECOND, SONGS, offers


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        # "everything"
        ("Their fiddler, Hob Carrick, wrote everything on the record.", "Hob Carrick", 0),
        ("In those years Marten Quayle composed everything for the troupe.", "Marten Quayle", 0),
        ("Nobody else got a look in: Dorrit Vael penned everything.", "Dorrit Vael", 0),
        # a count, "both of them", "all of them"
        ("Lise Okonjo sings both of them in a voice like wet gravel.", "Lise Okonjo", 1),
        ("The lead, Mira Thorne, sang all two in one morning.", "Mira Thorne", 1),
        ("Back then Ottilie Brand recorded all of them at the church hall.", "Ottilie Brand", 1),
        # "every one of them / those"
        ("Gus Harrow wrote every one of them on a borrowed piano.", "Gus Harrow", 0),
        ("As for the tunes, Pip Ancell composed every one of those in Leeds.", "Pip Ancell", 0),
        ("On the night bus Rafe Mirren wrote everyone of those.", "Rafe Mirren", 0),
    ],
)  # fmt: skip
def test_a_bare_group_is_offered_for_each_song(sentence, name, role):
    post = extract(SONGS + " " + sentence)
    found = offers(post)
    credit = ([name], []) if role == 0 else ([], [name])
    assert (FIRST, *credit) in found
    # the song named last may have its credit as a block from a precise rule
    assert (SECOND, *credit) in found or tracks(post)[SECOND] == credit


def test_a_song_set_apart_keeps_its_own_writer():
    sentence = "Ottilie Brand wrote every one of them except “Tin Lantern Waltz”."
    titles = [
        title
        for title, writers, _singers in offers(extract(SONGS + " " + sentence))
        if writers == ["Ottilie Brand"]
    ]
    assert titles == [FIRST]


@pytest.mark.parametrize(
    "sentence",
    [
        # the count is not the post's: which three?
        "Lise Okonjo sings all three in a voice like wet gravel.",
        # no verb of the trades before the group
        "Hob Carrick arrived at noon and everything went quiet.",
        "Marten Quayle liked all of them, he said.",
    ],
)
def test_traps(sentence):
    # (the song named last may still be read alone, as before; the group is not)
    assert not [
        item for item in offers(extract(SONGS + " " + sentence)) if item[0] == FIRST
    ]


def test_the_offer_is_a_suggestion_not_a_block():
    post = extract(SONGS + " Gus Harrow wrote every one of them on a borrowed piano.")
    assert tracks(post)[FIRST] == ([], [])
    assert tracks(post)[SECOND] == ([], [])
    assert (FIRST, ["Gus Harrow"], []) in offers(post)
    assert (SECOND, ["Gus Harrow"], []) in offers(post)


# A line of the track's paragraph that quotes a title of its own gives its credit to
# that title, not to the track named before; "it" still points back, and a quoted
# word that is no title (lower case) does not stop the line.
ONE = "The ferris wheel montage is cut to “Copper Kettle Morning”."


@pytest.mark.parametrize(
    "sentence",
    [
        "Later on, the singer Mira Thorne gives us “Gravel Moon”, a lark.",
        "At the wake Mira Thorne sings “Gravel Moon” to a silent room.",
        "For the sequel the producers hired Mira Thorne, who sang “Gravel Moon”.",
    ],
)
def test_a_line_quoting_its_own_title_is_not_the_track_s(sentence):
    found = offers(extract(f"{ONE} {sentence}"))
    assert (FIRST, [], ["Mira Thorne"]) not in found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Mira Thorne sang it after “Gravel Moon” flopped.", ([], ["Mira Thorne"])),
        ("Its “hook” was written by Gus Harrow.", (["Gus Harrow"], [])),
        ("The “la la” part was written by Gus Harrow.", (["Gus Harrow"], [])),
    ],
)
def test_it_or_a_quoted_word_still_reads_the_track(sentence, expected):
    post = extract(f"{ONE} {sentence}")
    assert (FIRST, *expected) in offers(post) or tracks(post)[FIRST] == expected
