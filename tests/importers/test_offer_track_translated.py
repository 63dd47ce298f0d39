"""The broad reader of translated titles (offer_track_translated): a capitalised run
with a translation in brackets right after it is offered as a possible track when a
song word is in its sentence, in the sentence before (same paragraph), or in the
first line under a heading that is such an entry; never made a block; not a film's
title with its year, a certification, a record's edition, a run in no song's
sentence. Each sentence is our own."""

import pytest

from wagtail_montage.importers.extraction import extract_facts
from wagtail_montage.importers.types import ParsedPost

from .test_discourse import extract, titles
from .test_offer_tracks import FILM, offered


@pytest.mark.parametrize(
    "paragraphs, title",
    [
        # a song word in the sentence
        (["The song you want is Vetra Nad Rekoy (Winds over the River), sung by Ola."], "Vetra Nad Rekoy"),
        (["A third cue, Luna sobre el Puerto (Moon over the Harbour), is all harp."], "Luna sobre el Puerto"),
        (["Kaze Matsu Oka (The Hill Where the Wind Waits) is sung by Emi Taki."], "Kaze Matsu Oka"),
        (["The big number, Baile de las Redes (Dance of the Nets), runs four minutes."], "Baile de las Redes"),
        (["Also on the record is Valse pour Margot (Waltz for Margot), a trifle."], "Valse pour Margot"),
        (["Then the tracks that count: Nuit sans Lune (Moonless Night), which plays at the dock."], "Nuit sans Lune"),
        # a title with a comma, opening its sentence
        (["Vem Cedo, Meu Sol (Come Early, My Sun) is sung by the lead."], "Vem Cedo, Meu Sol"),
        # a song word in the sentence before
        (["The ferry scene has a ballad.", "Its name is Mare Tacito (Quiet Sea), for voice and lute."], "Mare Tacito"),
        (["Nobody forgets the tune at the wedding.", "Everyone calls it Oro Malo (Bad Luck) now."], "Oro Malo"),
        (["Her second single came in spring.", "That was Zlata Reka (Golden River), a slow one."], "Zlata Reka"),
    ],
)  # fmt: skip
def test_a_translated_title_near_a_song_word_is_offered(paragraphs, title):
    post = extract(FILM, " ".join(paragraphs))
    assert title in offered(post)


@pytest.mark.parametrize(
    "heading, line, title",
    [
        ("4. Part 2, Haneul Gil (Sky Road)", "Sung by Seo Min-ji over the bus ride.", "Haneul Gil"),
        ("2. Noche Clara (Clear Night)", "A slow ballad for the last scene.", "Noche Clara"),
        ("Side B, Mavi Kapi (Blue Door)", "The instrumental that closes the film.", "Mavi Kapi"),
    ],
)  # fmt: skip
def test_an_entry_heading_before_a_song_line_is_offered(heading, line, title):
    body = [
        ("paragraph", f"<p>{FILM}</p>"),
        ("heading", {"text": heading, "level": 3}),
        ("paragraph", f"<p>{line}</p>"),
    ]
    post = ParsedPost(source="test", key="test", title="A post", body=body)
    extract_facts(post)
    assert title in offered(post)


# The title, then its English rendering after "or": the title with its bracket.
RENDERED = (
    "Hanggang Doon Ka (Sa Huling Ilaw), or Stay Till Then (At the Last Light),"
    " is the ballad everyone knows."
)


def test_a_title_with_a_rendering_after_or_is_offered_whole():
    assert offered(extract(FILM, RENDERED)) == ["Hanggang Doon Ka (Sa Huling Ilaw)"]


TRAPS = (
    # a film's title with its year, a certification, a record's edition
    "The song is from Belaya Reka (White River, 1969), a war film.",
    "Platinum in Spain (PROMUSICAE) and gold in the UK (BPI) for the single.",
    "The song is on Harbour Bells (Original Soundtrack), the double LP.",
    # no song word near
    "We stayed at Casa del Mar (Sea House) for a week.",
    # a bracket with no title case, a person's part
    "The song is by Tomas Lind (who was nineteen at the time).",
    "The song is sung by Ana Ruiz (Vocals) and Ben Ortiz (Guitar) together.",
)


def test_no_offer():
    assert {said: offered(extract(FILM, said)) for said in TRAPS} == dict.fromkeys(
        TRAPS, []
    )


def test_the_offer_is_a_suggestion_not_a_block():
    post = extract(
        FILM,
        "The song you want is Vetra Nad Rekoy (Winds over the River), sung by Ola.",
    )
    assert titles(post) == []
    item = next(item for item in post.suggested if item["kind"] == "track")
    assert item["value"]["title"] == "Vetra Nad Rekoy"
    assert item["message"] == "Possible track “Vetra Nad Rekoy”"
