"""The broad credit reader (offer_credits): a person-like name in a sentence that
names a known track, with a word of writing or of performing nearest to it, is
offered as a suggestion (never a block) for the editor to accept. Every sentence here
is invented for the test."""

import pytest

from wagtail_montage.importers.extraction.offer_credit_gaps import opens_on_part

from .test_credit_rules import tracks
from .test_discourse import extract

SONG = "The ferris wheel montage is cut to “Copper Kettle Morning”."
TITLE = "Copper Kettle Morning"


def offers(post):
    """``(composers, performers)`` of each track suggestion of the post."""
    return [
        (item["value"]["composers"], item["value"]["performers"])
        for item in post.suggested
        if item["kind"] == "track"
        and item["value"]["title"] == TITLE
        and item["message"].startswith(("Possible composer", "Possible performer"))
    ]


@pytest.mark.parametrize(
    "sentence, name",
    [
        # A verb of writing, before the name with "with" or "by" between.
        (
            "Copper Kettle Morning had been co-written in a caravan with Ferdie "
            "Lusk, a jingle man from the coast.",
            "Ferdie Lusk",
        ),
        # The name's own verb after it.
        (
            "Copper Kettle Morning was the work of Gus Tamworth and Ida Pellew, who "
            "wrote half of it on a train.",
            "Ida Pellew",
        ),
        # A noun of writing before the name.
        (
            "In the end Copper Kettle Morning went to a composer, Anselm Tarrow, then "
            "barely twenty.",
            "Anselm Tarrow",
        ),
        (
            "Copper Kettle Morning owes its lyrics to a songwriter, Perpetua Vane, "
            "who lived above the chip shop.",
            "Perpetua Vane",
        ),
        # A possessive name before a noun of writing.
        (
            "What stays with you is Copper Kettle Morning, Tobiah Renfrew's "
            "self-penned lament for a lost dog.",
            "Tobiah Renfrew",
        ),
        (
            "Nobody forgets Copper Kettle Morning, or Ines Carraway's lyric about the "
            "kettle.",
            "Ines Carraway",
        ),
    ],
)
def test_a_writer_is_offered(sentence, name):
    post = extract(SONG, sentence)
    assert ([name], []) in offers(post)


@pytest.mark.parametrize(
    "sentence, name",
    [
        # A noun of singing before the name.
        (
            "It's the singer Lulu Brannigan you hear on Copper Kettle Morning, not "
            "the actress.",
            "Lulu Brannigan",
        ),
        (
            "The vocalist on Copper Kettle Morning, Bram Oduya, was sixteen.",
            "Bram Oduya",
        ),
        # The name's own verb after it.
        (
            "Copper Kettle Morning has Ottoline Frame crooning over a single guitar.",
            "Ottoline Frame",
        ),
        # A noun of an act before the name.
        (
            "The band on Copper Kettle Morning are the Paper Foxes, four cousins from "
            "a farm.",
            "Paper Foxes",
        ),
        (
            "For Copper Kettle Morning the studio hired a choir, the Dunmore Girls' "
            "Choir, at a day's notice.",
            "Dunmore Girls' Choir",
        ),
        # "by" right after the title, "played by", "on vocals", a possessive.
        (
            "Later comes Copper Kettle Morning, by Benno Stahl & His Night Owls, on a "
            "scratchy radio.",
            "Benno Stahl & His Night Owls",
        ),
        (
            "Copper Kettle Morning, played by the Kessock Brass Ensemble, closes the "
            "picture.",
            "Kessock Brass Ensemble",
        ),
        (
            "It is Copper Kettle Morning, Verity Holm on vocals, that plays as the "
            "wheel stops.",
            "Verity Holm",
        ),
        (
            "The reprise is Copper Kettle Morning again, Hilde Marchetti's vocal this "
            "time, over the rain.",
            "Hilde Marchetti",
        ),
    ],
)
def test_a_performer_is_offered(sentence, name):
    post = extract(SONG, sentence)
    assert ([], [name]) in offers(post)


@pytest.mark.parametrize(
    "sentence",
    [
        # Another trade's word nearest the name.
        "The producer on Copper Kettle Morning, Gideon Marsh, wrote nothing but the "
        "cheques.",
        "Copper Kettle Morning plays while the film's director, Tobias Renn, walks "
        "past in a cameo.",
        # A credit denied, and another act's cover.
        "Copper Kettle Morning was never sung by Clara Voss, whatever the sleeve says.",
        "A cover of Copper Kettle Morning by the pop singer Nell Garrity reached the "
        "top ten much later.",
        # A member of the act, a place the act is from.
        "Copper Kettle Morning is by the Hollow Pines, a band whose singer, Wim "
        "Castell, grew up on a barge.",
        "Copper Kettle Morning is by the Hollow Pines, a bar band from the East "
        "Ridings.",
        # A score is not the song; an actor plays a part.
        "The thing about Copper Kettle Morning is Petra Dunmore's score underneath it.",
        "Copper Kettle Morning, played by the actor Roland Fisk in a wig, is a riot.",
        # An editor cuts a scene to the song; a song the post keeps out of the film.
        "Oskar Lindell cut the whole montage to Copper Kettle Morning in a night.",
        "Not in the film: Copper Kettle Morning as sung by Trudi Vance on the radio.",
        # No track named or pointed at.
        "Nobody remembers that the lyricist Hettie Crane was paid in biscuits.",
        # A credit taken back; another trade; a title offered, no person.
        "Our sleeve note said Hettie Crane wrote it; she did not, her sister did.",
        "They told us Copper Kettle Morning was sung by Gil Farrow, but he wasn't "
        "even born.",
        "Best Music Supervision for Copper Kettle Morning: Dilys Pruett.",
    ],
)
def test_no_offer(sentence):
    post = extract(SONG, sentence)
    assert not [item for item in offers(post) if item != ([], ["Hollow Pines"])]


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "The other one, Copper Kettle Morning, is Orla Penrice's alone.",
            "Orla Penrice",
        ),
        ("Copper Kettle Morning was Bram Toller's alone, every note.", "Bram Toller"),
        ("Unlike the rest, Copper Kettle Morning is Edda Vell's alone.", "Edda Vell"),
    ],
)
def test_a_song_that_is_a_name_s_alone_is_its_writer_s(sentence, name):
    assert ([name], []) in offers(extract(SONG, sentence))


def test_a_thing_of_a_name_s_alone_is_no_credit():
    post = extract(
        SONG, "In Copper Kettle Morning, Orla Penrice's coat alone is worth it."
    )
    assert offers(post) == []


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Copper Kettle Morning was written by Maestro Aldo Verrini.", "Aldo Verrini"),
        ("Copper Kettle Morning is sung by the Leeds-born Tansy Rook.", "Tansy Rook"),
        ("It's the tune Signor Pio Castaldi wrote for the fair.", "Pio Castaldi"),
    ],
)
def test_a_title_of_address_or_a_birthplace_is_no_part_of_the_name(sentence, name):
    post = extract(SONG, sentence)
    people = [names for item in offers(post) for names in item]
    people += list(tracks(post)[TITLE])
    assert [name] in people


def test_the_offer_is_a_suggestion_not_a_block():
    post = extract(
        SONG,
        "In the end Copper Kettle Morning went to a composer, Anselm Tarrow, then "
        "barely twenty.",
    )
    assert tracks(post)[TITLE] == ([], [])
    (offered,) = [item for item in post.suggested if item["kind"] == "track"]
    assert offered["value"]["composers"] == ["Anselm Tarrow"]
    assert "Anselm Tarrow" in offered["message"]


def test_a_credit_a_block_holds_is_not_offered():
    post = extract(SONG, "Bettina Salk sings it over the final shot.")
    assert tracks(post)[TITLE] == ([], ["Bettina Salk"])
    assert offers(post) == []


def test_a_pronoun_points_at_the_track_named_last():
    post = extract(
        SONG,
        "It had been co-written in a caravan with Ferdie Lusk, a jingle man.",
    )
    assert (["Ferdie Lusk"], []) in offers(post)


INTRO = "Wilhelmina Astor grew up above a bakery in Hull."


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Copper Kettle Morning is the one Astor penned on the night bus.",
            (["Wilhelmina Astor"], []),
        ),
        (
            "Copper Kettle Morning, with Wilhelmina's vocal on top, is the best thing "
            "in it.",
            ([], ["Wilhelmina Astor"]),
        ),
    ],
)
def test_a_lone_first_name_or_surname_is_the_full_name(sentence, expected):
    post = extract(SONG, INTRO, sentence)
    assert offers(post) == [expected]


def test_a_belief_is_not_offered():
    post = extract(
        SONG, INTRO, "Half the town thinks Astor wrote Copper Kettle Morning."
    )
    assert offers(post) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The composer is Marguerite Oyelade, then a student.",
            [(["Marguerite Oyelade"], [])],
        ),
        (
            "Written by Osric Fell and Nadia Brume; the voice belongs to a choirboy.",
            [(["Osric Fell"], []), (["Nadia Brume"], [])],
        ),
    ],
)
def test_a_line_of_the_tracks_own_paragraph(sentence, expected):
    post = extract(f"{SONG} {sentence}")
    assert offers(post) == expected
    # another paragraph: no track, unless the line opens on a part of the song
    # ("The composer is A": the paragraph after the song's, offer_credit_gaps)
    other = [] if not opens_on_part(sentence) else expected
    assert offers(extract(SONG, sentence)) == other


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "Writers: Ivo Tamsin, Greta Oduya",
            [(["Ivo Tamsin"], []), (["Greta Oduya"], [])],
        ),
        ("Vocal: Pim Arkwright, aged twelve", [([], ["Pim Arkwright"])]),
        ("Composer \u2014 Ludo Marchbank", [(["Ludo Marchbank"], [])]),
    ],
)
def test_a_label_line_under_the_title(line, expected):
    assert offers(extract(f"{SONG}<br/>{line}")) == expected


def test_a_denied_verb_gives_no_role():
    post = extract(
        f"{SONG} The Gannet Boys play it, but the band didn't write it: that was "
        "someone else entirely, whatever the sleeve says about Ivo Tamsin."
    )
    assert (["Ivo Tamsin"], []) not in offers(post)
