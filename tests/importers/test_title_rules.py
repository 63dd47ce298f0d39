"""The film, its songs and its albums named in more ways: the film's year said after
its title, in a phrase that describes it or a few sentences on; an album named by
what it is ("the band's second LP <i>X</i>"). Each sentence is our own; the classes
come from the misses and false facts of the corpus's fifth round."""

import pytest

from wagtail_montage.importers.extraction import extract_facts
from wagtail_montage.importers.extraction.film import YEAR_OF_FILM_RES, film_of_title
from wagtail_montage.importers.types import ParsedPost

from .test_discourse import extract, facts, film, peaks


def titles(post, kind):
    return [value["title"] for value in facts(post, kind)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Back then I explained <i>Lantern Cove</i>, a 1986 Canadian heist film, to "
        "everyone I met in 2001.",
        "This autumn it was <i>Lantern Cove</i>, Ida Marsh's 1986 western about "
        "three sisters.",
        "<i>Lantern Cove</i>, from 1986, is a muddle.",
        "The film <i>Lantern Cove</i> is from 1986.",
        "<i>Lantern Cove</i> opened in the autumn of 1986, and lost money.",
        "<i>Lantern Cove</i> came out in the fall of 1986.",
        "I went back to <i>Lantern Cove</i>, the 1986 Ida Marsh vehicle.",
    ],
)
def test_the_year_said_after_the_title(sentence):
    post = extract(sentence, title="Notes on Lantern Cove")
    assert film(post) == ("Lantern Cove", 1986)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the one year of the sentence, describing a film
        (
            "I saw <i>Lantern Cove</i> again on a train, fitting for a 1986 rail picture.",
        ),
        (
            "There is a kind of 1986 movie made to sell records, and <i>Lantern Cove</i> "
            "is one.",
        ),
        # "it", up to three sentences on
        (
            "I met <i>Lantern Cove</i> at fourteen.",
            "It's not a thriller; it's a 1986 road comedy.",
        ),
        (
            "My son watched <i>Lantern Cove</i> with me.",
            "He loved it.",
            "It holds up better than I hoped for a 1986 movie about canoes.",
        ),
        (
            "The first time I saw 'Lantern Cove' I was nine.",
            "It is a 1986 seaside noir, and it has aged well.",
        ),
    ],
)
def test_the_year_that_describes_the_film(paragraphs):
    post = extract(*paragraphs, title="Lantern Cove, on a second look")
    assert film(post) == ("Lantern Cove", 1986)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the film it is likened to, not the film
        ("I saw <i>Lantern Cove</i> again.", "It reminds me of a 1979 heist movie."),
        # a song from a film, not the film
        (
            "Couples ask me for “Lantern Cove” all the time.",
            "That is a lot of couples for a song from a 1986 movie.",
        ),
        # a festival, not a film
        ("I saw <i>Lantern Cove</i> at a 1995 film festival.",),
    ],
)
def test_a_year_of_another_thing_is_not_the_films(paragraphs):
    post = extract(*paragraphs, title="Lantern Cove, on a second look")
    assert film(post)[1] in (None, 0)


def test_the_one_year_of_the_posts_title():
    post = extract(
        "Tin Harbour and the skiffle craze",
        "The year gave us a pile of skiffle films, and <i>Tin Harbour</i> is the "
        "best of them.",
        title="Tin Harbour and the 1957 skiffle craze",
    )
    assert film(post) == ("Tin Harbour", 1957)
    post = extract(
        "I saw Tin Harbour with my aunt. She hated it.",
        title="Tin Harbour, and the summer of 1957",
    )
    assert film(post) == ("Tin Harbour", 1957)


def test_the_release_verb_after_the_title():
    post = extract(
        "In the spring of 1957, <i>Tin Harbour</i> opened on forty screens.",
        title="Tin Harbour at sixty",
    )
    assert film(post) == ("Tin Harbour", 1957)


def test_a_sung_title_or_another_subject_is_not_the_film():
    post = extract(
        "I have run this page for years.",
        "The Lost Summer of Ivy Bell came out in 1966. The song over the last "
        "scene, 'Grey Pier', was not sung by Nora Vale.",
        title="No, Nora Vale did not sing Grey Pier",
    )
    assert film(post) == ("", None)


def test_a_title_inside_the_posts_title_starts_at_its_capital_article():
    post = ParsedPost(
        source="test",
        key="test",
        title="Water as Memory in The Silver Weir (1979)",
        body=[],
    )
    assert film_of_title(post) == ("The Silver Weir", 1979)


@pytest.mark.parametrize(
    "sentence, album",
    [
        (
            "It turns up again on the sisters' album <i>Copper Kettle</i>.",
            "Copper Kettle",
        ),
        ("It later closed Ada Roe's album <i>Copper Kettle</i>.", "Copper Kettle"),
        ("It was cut for the band's third LP <i>Copper Kettle</i>.", "Copper Kettle"),
        (
            "The accompanying album, <i>Copper Kettle</i>, was certified silver by "
            "the BPI.",
            "Copper Kettle",
        ),
        (
            "<i>Copper Kettle</i>, the soundtrack album, reached number 9 on the "
            "Billboard 200.",
            "Copper Kettle",
        ),
        (
            "The album of the film is called <i>Copper Kettle</i> in Spain.",
            "Copper Kettle",
        ),
        (
            "Both are on the soundtrack, which Lark Records put out as "
            "<i>Copper Kettle</i>.",
            "Copper Kettle",
        ),
        ("It's also on Ada Roe's album Copper Kettle, which I own.", "Copper Kettle"),
        ("You'll find it on his album Copper and Kettle too.", "Copper and Kettle"),
    ],
)
def test_an_album_named_by_whose_or_what_it_is(sentence, album):
    post = extract(sentence, title="Notes on Lantern Cove")
    assert titles(post, "album") == [album]
    assert album not in titles(post, "track")


def test_a_song_listed_on_the_record_is_no_album():
    post = extract(
        "Also on the record: “Night Shift Waltz,” sung by Ida Roe over the last scene.",
        title="Notes on Lantern Cove",
    )
    assert titles(post, "album") == []


def test_a_number_after_the_album_is_no_title():
    post = extract(
        "<i>Copper Kettle: Music from the Film</i> came out in 1983.",
        "The RIAA has since certified the album 3&#215; Platinum.",
        title="Notes on Lantern Cove",
    )
    assert titles(post, "album") == ["Copper Kettle: Music from the Film"]


def test_went_faster_is_no_release_of_the_soundtrack():
    post = extract(
        "Caper films came and went. <i>Lantern Cove</i> (1983) went faster than "
        "most, but its soundtrack did not.",
        "<i>Copper Kettle</i>, the soundtrack album, reached number 9 on the "
        "Billboard 200.",
        title="Notes on Lantern Cove",
    )
    assert titles(post, "album") == ["Copper Kettle"]


def test_a_quoted_title_written_by_someone_in_a_sentence_about_songs():
    post = extract(
        "“Lamp on the Quay”, written by Ida Roe, reached No. 12 in Britain.",
        "'Harbour Bell' was written for them by Tom Vale for the film.",
        "“Salt Road” is the other song, written by Ann Fell.",
        title="Notes on Lantern Cove",
    )
    assert titles(post, "track") == ["Lamp on the Quay", "Harbour Bell", "Salt Road"]


def test_a_quoted_title_written_by_someone_else_stays_a_suggestion():
    post = extract(
        "The film is based on “The Long Pier”, written by Ida Roe in 1950.",
        title="Notes on Lantern Cove",
    )
    assert titles(post, "track") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ida Roe's earlier song “Grey Weather”, often listed with the soundtrack, "
        "appears nowhere in the film.",
        "People ask me about Ida Roe's “Grey Weather” as if it were in the film.",
    ],
)
def test_a_song_nowhere_in_the_film_is_no_track(sentence):
    post = extract(sentence, title="Notes on Lantern Cove")
    assert titles(post, "track") == []


@pytest.mark.parametrize(
    "sentence, performers",
    [
        ("The song is Gravel Road Hymn by Ida Roe.", ["Ida Roe"]),
        (
            "The song at the end is Gravel Road Hymn by The Quays, written by Tom Vale.",
            ["The Quays"],
        ),
    ],
)
def test_a_song_introduced_in_capitals(sentence, performers):
    post = extract(sentence, title="Notes on Lantern Cove")
    assert [(v["title"], v["performers"]) for v in facts(post, "track")] == [
        ("Gravel Road Hymn", performers)
    ]


def test_a_song_introduced_in_capitals_then_credited():
    post = extract(
        "The song in the film is Gravel Road Hymn. Ida Roe sings it.",
        title="Notes on Lantern Cove",
    )
    assert titles(post, "track") == ["Gravel Road Hymn"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The song I like best is Ida Roe's.",
        "The song is Ida Roe's, not Tom Vale's.",
        "The song is Ida Roe at her best.",
    ],
)
def test_no_song_in_capitals_without_its_introduction(sentence):
    post = extract(sentence, title="Notes on Lantern Cove")
    assert titles(post, "track") == []


def test_a_title_in_spaced_guillemets_then_credited():
    post = extract(
        "« Minuit sur la plage » is the song you'll hum. Lise Moreau sings it.",
        title="Notes on Lantern Cove",
    )
    assert titles(post, "track") == ["Minuit sur la plage"]


@pytest.mark.parametrize(
    "sentence",
    [
        "There is a soundtrack LP, with the song and a side of score.",
        "The soundtrack album, on a tiny Memphis label, is rare now.",
        "My uncle had the Lantern Cove soundtrack on cassette.",
        "The soundtrack album never had a proper title.",
    ],
)
def test_the_films_soundtrack_album_mentioned_without_a_title(sentence):
    post = extract(
        "<i>Lantern Cove</i> (1986) is a heist film.",
        sentence,
        title="Notes on Lantern Cove",
    )
    assert titles(post, "album") == ["Lantern Cove (soundtrack)"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Is there a soundtrack album? Sadly, no.",
        "A soundtrack album was announced, then shelved.",
        "There was no soundtrack album.",
        "It outsold every other soundtrack album that year.",
        "Nobody at the shop could tell me if there was a soundtrack album.",
        "The soundtrack is lovely.",
    ],
)
def test_no_soundtrack_album_wished_for_denied_or_of_another_film(sentence):
    post = extract(
        "<i>Lantern Cove</i> (1986) is a heist film.",
        sentence,
        title="Notes on Lantern Cove",
    )
    assert titles(post, "album") == []


def test_a_soundtrack_mentioned_before_its_title_is_the_titled_one():
    post = extract(
        "<i>Lantern Cove</i> (1986) is a heist film, and there is a soundtrack LP.",
        "<i>Copper Kettle</i>, the soundtrack album, reached number 9 on the "
        "Billboard 200.",
        title="Notes on Lantern Cove",
    )
    assert titles(post, "album") == ["Copper Kettle"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The second, “Grey Pier”, is the ferryman's theme: Ida Roe sings it.",),
        ("“Grey Pier” is the one: that's Ida Roe singing.",),
        (
            "Who could forget “Grey Pier”?",
            "Ida Roe's recording, composed by Tom Vale, reached No. 9 in Canada.",
        ),
        (
            "The band's best is “Grey Pier”.",
            "It's the Quay Boys playing, with Ida Roe.",
        ),
    ],
)
def test_a_quoted_title_credited_later_in_more_words(paragraphs):
    post = extract(*paragraphs, title="Notes on Lantern Cove")
    assert titles(post, "track") == ["Grey Pier"]


def test_a_credit_after_another_title_is_not_the_first_ones():
    post = extract(
        "I prefer “Grey Pier” to “Salt Road”: Ida Roe sings it.",
        title="Notes on Lantern Cove",
    )
    assert "Grey Pier" not in titles(post, "track")


def test_a_quoted_title_called_a_song_then_credited_two_sentences_on():
    post = extract(
        "Half my couples want “Grey Pier” at their wedding.",
        "That is a lot of weddings for a song from a 1993 movie.",
        "It's the duet from <i>Lantern Cove</i>, sung by Ida Roe and Tom Vale.",
        title="Notes from the booth",
    )
    assert titles(post, "track") == ["Grey Pier"]


def test_a_credit_two_sentences_on_needs_the_song_said_between():
    post = extract(
        "Half my couples want “Grey Pier” at their wedding.",
        "That is a lot of weddings.",
        "It's the duet from <i>Lantern Cove</i>, sung by Ida Roe and Tom Vale.",
        title="Notes from the booth",
    )
    assert titles(post, "track") == []


def test_a_title_in_capitals_by_its_artist_then_heard():
    post = extract(
        "Iron Fists by Jet Roe plays over the training montage.",
        title="Notes on Lantern Cove",
    )
    assert [(v["title"], v["performers"]) for v in facts(post, "track")] == [
        ("Iron Fists", ["Jet Roe"])
    ]


def test_a_title_in_capitals_by_someone_not_heard_is_no_track():
    post = extract(
        "Iron Fists by Jet Roe is a novel I never finished.",
        title="Notes on Lantern Cove",
    )
    assert titles(post, "track") == []


def test_a_quoted_title_described_then_heard():
    post = extract(
        "The second, “Screen Door”, is a gentler Roe original that plays over the "
        "fireworks.",
        title="Notes on Lantern Cove",
    )
    assert titles(post, "track") == ["Screen Door"]


@pytest.mark.parametrize(
    "title",
    ["Tin Harbour: my 2004 trip to the locations", "Tin Harbour, revisited in 2011"],
)
def test_the_writers_own_year_in_the_posts_title_is_not_the_films(title):
    post = extract("I saw <i>Tin Harbour</i> with my aunt. She hated it.", title=title)
    assert film(post)[1] in (None, 0)


def test_the_entries_of_a_ranked_list_of_songs_are_tracks():
    post = extract(
        "7. “Salt Kiss” – The Gulls doing a slow waltz written by their drummer, "
        "Al Fenn.",
        "3. “Pier Lights”, Ada Moon: the dance scene",
        "1. “Harbour Nights” – The title song, sung by Ada Moon.",
        title="Every Song of Harbour Nights, Ranked",
    )
    assert {v["title"]: v["performers"] for v in facts(post, "track")} == {
        "Salt Kiss": ["The Gulls"],
        "Pier Lights": ["Ada Moon"],
        "Harbour Nights": ["Ada Moon"],
    }


def test_a_ranked_list_under_a_title_about_something_else_is_no_track_list():
    post = extract(
        "3. “Pier Lights”, Ada Moon: the dance scene",
        title="My favourite paintings, ranked",
    )
    assert titles(post, "track") == []


@pytest.mark.parametrize(
    "sentence, composers, performers",
    [
        (
            "The best one is “Tin Lanterns”, which The Gulls (three cousins from "
            "Hull) play at the harvest dance.",
            [],
            ["The Gulls"],
        ),
        (
            "The sleeper was “Tin Lanterns,” the instrumental Moss wrote and then "
            "recorded under his own name.",
            ["Moss"],
            ["Moss"],
        ),
        (
            "The opening “Tin Lanterns”, which he composed in a week and which the "
            "Tern Quartet recorded in one take, is lovely.",
            [],
            ["Tern Quartet"],
        ),
    ],
)
def test_a_relative_clause_or_apposition_credits_the_song(
    sentence, composers, performers
):
    post = extract(sentence)
    assert [
        (v["title"], v["composers"], v["performers"]) for v in facts(post, "track")
    ] == [("Tin Lanterns", composers, performers)]


def test_a_relative_clause_about_a_book_is_no_song():
    post = extract("Her novel “Tin Lanterns”, which she wrote in prison, sold well.")
    assert titles(post, "track") == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The song at the end, when the boats leave the pier, is called “Tin Lanterns”.",
        ),
        ("We crossed the bridge at dawn with “Tin Lanterns” blasting.",),
        (
            "The slow one in the diner scene is 'Tin Lanterns', that's Ida Rowe singing.",
        ),
        (
            "People ask about the fiddle tune under the barn scene, “Tin Lanterns.”",
            "That's the Creek Boys playing.",
        ),
    ],
)
def test_a_song_called_so_heard_loud_or_sung_in_a_scene(paragraphs):
    post = extract(*paragraphs)
    assert titles(post, "track") == ["Tin Lanterns"]


def test_a_scene_named_so_is_still_no_song():
    post = extract("The opening scene, “Tin Lanterns”, was shot in one take.")
    assert titles(post, "track") == []


def test_an_apposition_calling_the_title_a_film_gives_its_year():
    post = extract(
        "If you were twelve in 1987 you had seen <i>Paper Kites</i>, the teen drama "
        "whose finale made the band famous.",
        title="Whatever happened to the band from Paper Kites?",
    )
    assert film(post) == ("Paper Kites", 1987)
    post = extract(
        "In May 1990 the crew of <i>Paper Kites</i>, a sea drama that opened the "
        "next year, in 1991, took over the harbour.",
        title="The summer the crews came",
    )
    assert film(post) == ("Paper Kites", 1991)


def test_the_writers_own_year_is_not_the_films():
    post = extract(
        "I first saw <i>Paper Kites</i>, the teen drama, on tape in 2003.",
        title="Notes on Paper Kites",
    )
    assert film(post) != ("Paper Kites", 2003)


@pytest.mark.parametrize(
    "sentence, album",
    [
        (
            "We had one CD in the car: <i>Salt Roads – Bande originale du film</i>, "
            "played until it skipped.",
            "Salt Roads – Bande originale du film",
        ),
        (
            "There was also a long-playing record with all the music of the film, "
            "<i>Lichtjes op de Dijk</i>.",
            "Lichtjes op de Dijk",
        ),
    ],
)
def test_an_album_named_in_another_language_or_as_the_films_music(sentence, album):
    assert titles(extract(sentence), "album") == [album]


@pytest.mark.parametrize(
    "sentence, performers",
    [
        ("The end credits roll to “Tin Kiss”.", []),
        ("The film ends on “Tin Kiss”.", []),
        ("“Tin Kiss” closes the film.", []),
        ("Then there's “Tin Kiss”, the slow ballad that opens the picture.", []),
        ("My favourite track on the soundtrack is “Tin Kiss”.", []),
        ("Track 3, “Tin Kiss”, is the band at their best.", []),
        ("“Tin Kiss” was a No. 3 hit for Ada Rowe in 1985.", ["Ada Rowe"]),
    ],
)
def test_where_a_song_plays_or_whose_hit_it_was(sentence, performers):
    post = extract(sentence)
    assert [(v["title"], v["performers"]) for v in facts(post, "track")] == [
        ("Tin Kiss", performers)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The line “Forget the tide” closes the film.",
        "The novel “Sea Wall” ends the film's credits.",
        "“Jaws” was a big hit for Universal.",
        "Her earlier single “Sea Wall” was a No. 3 hit for Ada Rowe.",
    ],
)
def test_a_line_a_book_a_film_or_another_hit_is_no_song_by_that(sentence):
    assert titles(extract(sentence), "track") == []


def test_the_titles_a_record_is_said_to_hold_are_tracks():
    post = extract(
        "The soundtrack also has “Tin Kiss” (the Gulls), “Sea Wall” and “Pier Lights”."
    )
    assert titles(post, "track") == ["Tin Kiss", "Sea Wall", "Pier Lights"]
    assert titles(post, "album") == []


def test_a_song_on_the_album_after_a_comma_is_no_album():
    post = extract("On the album, “Tin Kiss” runs two minutes longer.")
    assert titles(post, "album") == []
    post = extract("The song came out on the album “Tin Kiss” in 1986.")
    assert titles(post, "album") == ["Tin Kiss"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The montage is set to Tin Kiss by the Gulls.", ("Tin Kiss", [], ["Gulls"])),
        (
            "The song over the end credits is Tin Kiss, sung by Ada Rowe.",
            ("Tin Kiss", [], ["Ada Rowe"]),
        ),
        ("The closing song was Tin Kiss by the Gulls.", ("Tin Kiss", [], ["Gulls"])),
        (
            "The theme song, Tin Kiss, was written by Bo Lane.",
            ("Tin Kiss", ["Bo Lane"], []),
        ),
    ],
)
def test_a_song_introduced_without_quotes(sentence, expected):
    post = extract(sentence)
    assert [
        (v["title"], v["composers"], v["performers"]) for v in facts(post, "track")
    ] == [expected]


def test_a_date_set_by_someone_is_no_song():
    assert titles(extract("The premiere was set to June by Universal."), "track") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "<i>Paper Kites</i> (1987) has one great montage.",
        "The song plays over the finale of <i>Paper Kites</i> (1987).",
        "I rewatched <i>Paper Kites</i>, Ida Marsh's 1987 drama, last week.",
    ],
)
def test_a_title_with_its_year_and_a_word_only_films_have(sentence):
    assert film(extract(sentence, title="A montage I love")) == ("Paper Kites", 1987)


def test_a_title_with_its_year_and_no_word_of_film_is_only_a_suggestion():
    post = extract("I rewatched <i>Paper Kites</i> (1987) last week.", title="Notes")
    assert film(post) == ("", None)


def test_a_title_that_hit_cinemas_in_a_year():
    post = extract(
        "<i>Paper Kites</i> hit cinemas in the summer of 1987.", title="Notes"
    )
    assert film(post) == ("Paper Kites", 1987)
    post = extract(
        "<i>Paper Kites</i> was released by Gull Pictures in 1987.",
        title="Paper Kites, a montage",
    )
    assert film(post) == ("Paper Kites", 1987)


def test_a_ranked_list_of_soundtracks_is_no_list_of_songs():
    post = extract(
        "3. “Harbour Nights” – Ada Moon's synths at their best.",
        title="The ten best soundtracks of the decade, ranked",
    )
    assert titles(post, "track") == []


def test_an_opening_title_with_a_theme_is_the_film():
    post = extract(
        "Myth: “Gull Song,” the theme from <i>Quarry Lights</i> (1982), was "
        "written by Al Frey.",
        title="quick note",
    )
    assert film(post) == ("Quarry Lights", 1982)


def test_a_theme_from_a_title_later_in_the_post_is_not_the_film():
    post = extract(
        "A list of my favourite songs, in no order.",
        "I love the drums here.",
        "Next, the theme from <i>Quarry Lights</i> (1982), always.",
        title="quick note",
    )
    assert film(post) == ("", None)


def _with_headings(title, *blocks):
    post = ParsedPost(
        source="test",
        key="test",
        title=title,
        body=[
            ("heading", {"text": text[4:]})
            if text.startswith("<h>")
            else ("paragraph", f"<p>{text}</p>")
            for text in blocks
        ],
    )
    extract_facts(post)
    return post


def test_a_film_a_heading_asks_about_and_an_answer_gives_a_year():
    post = _with_headings(
        "The Salt Orchard: your questions, answered",
        "<h> What is The Salt Orchard?",
        "A 1983 family drama about a cider farm in a hard winter.",
        "It made Ida Marsh a star.",
    )
    assert film(post) == ("The Salt Orchard", 1983)


def test_a_genre_from_a_year_dates_the_film_the_post_names():
    post = extract(
        "Friends ask why <i>Salt Orchard</i>, a farm drama from 1983, still has fans.",
        title="Salt Orchard, year by year",
    )
    assert film(post) == ("Salt Orchard", 1983)


def test_the_posts_title_again_as_a_heading_names_no_film():
    post = _with_headings(
        "Long Nights at Grey Lake",
        "<h> Long Nights at Grey Lake",
        "A 1983 family drama about a farm, and I loved it.",
    )
    assert film(post) == ("", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The main theme from <i>Salt Orchard</i> (1983), titled simply “Cider "
        "Light,” is four minutes of strings.",
        "We scored <i>Salt Orchard</i>, and the song, after all that, was “Cider "
        "Light.”",
        "The opening cue, “Cider Light,” sets out a rising third.",
    ],
)
def test_the_films_theme_or_song_said_to_be_a_title_is_a_track(sentence):
    assert "Cider Light" in titles(extract(sentence), "track")


def test_a_song_merely_mentioned_beside_a_title_is_no_track():
    post = extract("My notes, the song list, were headed “Cider Light”.")
    assert titles(post, "track") == []


def test_a_title_then_what_it_is_and_where_it_is_heard_is_a_track():
    post = extract(
        "The set adds the lost “Gull Wing,” the short piano cue heard when the "
        "ferry finally docks."
    )
    assert "Gull Wing" in titles(post, "track")


def test_a_title_then_what_it_is_without_where_it_is_heard_is_no_track():
    post = extract("The set adds the lost “Gull Wing,” the short piano cue.")
    assert titles(post, "track") == []


def test_a_soundtrack_albums_title_names_the_film_the_posts_title_names():
    post = extract(
        "People ask why a harbour thriller from 1984 still has fans.",
        "Here is the story as a timeline.",
        "1983: the band meets the director.",
        "1984: the film opens.",
        "The filming ran long.",
        "The score was late.",
        "The studio worried.",
        "The premiere went well.",
        "The album, <i>Gull Bay: Original Motion Picture Soundtrack</i>, sold well.",
        title="Gull Bay, year by year",
    )
    assert film(post) == ("Gull Bay", 1984)


def test_a_soundtrack_albums_film_the_posts_title_does_not_name_is_not_taken():
    post = extract(
        "People ask why a harbour thriller from 1984 still has fans.",
        "The album, <i>Gull Bay: Original Motion Picture Soundtrack</i>, sold well.",
        title="An actor at the movies",
    )
    assert film(post) == ("", None)


def test_a_film_likened_to_a_genre_from_a_year_is_not_dated_by_it():
    def dated(text):
        return any(pattern.search(text) for pattern in YEAR_OF_FILM_RES)

    assert dated("Friends ask why a farm drama from 1961 still has fans.")
    assert not dated("Friends say it plays like a farm drama from 1961.")


# -- A list of songs the post says is only partly in the film ----------------------

PLAYLIST = (
    "<ul><li>“Copper Kettle” by Wren Asher</li><li>“Night Orchard” by the Lamplights"
    "</li><li>“Slow Fathom” by Dov Kessel</li></ul>"
)


@pytest.mark.parametrize(
    "caveat",
    [
        "Only one of these is in the movie.",
        "Just two of them actually appear in the film.",
        "None of those made it into the picture, sadly.",
        "Most of the songs above are not in the film at all.",
    ],
)
def test_a_list_only_partly_in_the_film_makes_suggestions(caveat):
    post = extract(PLAYLIST, caveat)
    assert titles(post, "track") == []
    assert any("Night Orchard" in line for line in post.suggestions)


def test_a_song_of_such_a_list_heard_later_is_a_track_again():
    post = extract(
        PLAYLIST,
        "Only one of these is in the movie. “Slow Fathom” plays over the storm, and "
        "“Copper Kettle” reached No. 9 in the UK.",
    )
    assert titles(post, "track") == ["Slow Fathom"]


@pytest.mark.parametrize(
    "after",
    [
        "All of these are in the film.",
        "I made this list for a friend; only one of us liked the movie.",
        "Here they are in the order the film plays them.",
    ],
)
def test_a_list_the_next_sentence_does_not_restrict_stays(after):
    post = extract(PLAYLIST, after)
    assert titles(post, "track") == ["Copper Kettle", "Night Orchard", "Slow Fathom"]


def test_a_tune_played_by_a_band_is_performed_not_acted():
    post = extract(
        "“Salt Marsh Reel” is the wedding tune, played by the Dunmore Pipers."
    )
    assert facts(post, "track")[0]["performers"] == ["Dunmore Pipers"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please don't confuse the theme with “Paper Moon Motel” by Ivy Crane.",
        "The love theme is easy to mistake for “Paper Moon Motel” by Ivy Crane.",
        "Listeners often mix it up with “Paper Moon Motel” by Ivy Crane.",
        "“Paper Moon Motel” by Ivy Crane is a similar song from another movie.",
        "Then there is “Paper Moon Motel” by Ivy Crane, a different ballad from a "
        "different film altogether.",
    ],
)
def test_a_song_the_post_tells_apart_from_the_films_is_a_suggestion(sentence):
    post = extract(sentence)
    assert titles(post, "track") == []
    assert any("Paper Moon Motel" in line for line in post.suggestions)


@pytest.mark.parametrize(
    "sentence",
    [
        "“Paper Moon Motel” by Ivy Crane plays over the drive, with a riff borrowed "
        "from another song.",
        "“Paper Moon Motel” by Ivy Crane plays as the sisters dance with the groom.",
    ],
)
def test_a_song_of_the_film_with_other_words_around_it_stays(sentence):
    post = extract(sentence)
    assert titles(post, "track") == ["Paper Moon Motel"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The tape they sold at the cinema, <i>Neon Kerb: Ramp Cuts</i>, crept to No. "
        "61 on the Billboard 200.",
        "<i>Harbour Dust</i> got as far as number 12 on the UK Albums Chart.",
        "Later <i>Harbour Dust</i> reached No. 4 on the Kent albums chart.",
    ],
)
def test_a_title_placed_on_a_chart_of_albums_is_an_album(sentence):
    post = extract(sentence)
    assert titles(post, "track") == []
    assert len(titles(post, "album")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "<i>Harbour Dust</i> reached No. 4 on the Hot 100, and the LP made the Billboard "
        "200.",
        "“Harbour Dust” went to No. 4 on the Hot 100 and No. 30 on the Billboard 200.",
    ],
)
def test_a_title_on_a_singles_chart_is_no_album(sentence):
    post = extract(sentence)
    assert titles(post, "album") == []


def test_a_quoted_title_on_a_chart_of_albums_stays_unsure():
    post = extract("“Harbour Dust” by the Wicks got to No. 30 on the Billboard 200.")
    assert titles(post, "album") == []
    assert any("unlikely chart" in line for line in post.suggestions)


@pytest.mark.parametrize(
    "sentence",
    [
        "The picture was <i>Harvest Social</i>, released in 1988, and half the town "
        "is in it.",
        "The movie they shot here is <i>Harvest Social</i>, released in 1988.",
    ],
)
def test_a_title_the_sentence_says_is_the_film_with_its_release(sentence):
    post = extract(sentence, title="Memories of a busy summer")
    assert film(post) == ("Harvest Social", 1988)


def test_a_title_that_is_no_film_with_its_release_is_not_taken():
    post = extract(
        "The book was <i>Harvest Social</i>, released in 1988.",
        title="Memories of a busy summer",
    )
    assert film(post) == ("", None)


def test_a_place_the_posts_title_names_is_no_film():
    post = extract(
        "The film came out in 1987, and its crew had parked on Elm Row for a week.",
        "Elm Row has not been the same since.",
        title="The summer the movies came to Elm Row",
    )
    assert film(post) == ("", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "<i>Dust Road Kings</i> (1982) is a clumsy truck-smuggling caper nobody needs.",
        "<i>Dust Road Kings</i> (1982) was a cheap western, shot in nine days.",
    ],
)
def test_a_title_and_year_then_the_kind_of_film_it_is(sentence):
    post = extract(sentence, title="A music video I love")
    assert film(post) == ("Dust Road Kings", 1982)


@pytest.mark.parametrize(
    "sentence",
    [
        "<i>Dust Road Kings</i> (1982) is a romance novel I never finished.",
        "<i>Dust Road Kings</i> (1982) is a comedy single by the Wicks.",
    ],
)
def test_a_title_and_year_then_no_film_is_not_taken(sentence):
    post = extract(sentence, title="A music video I love")
    assert film(post) == ("", None)


def test_a_title_with_its_year_that_a_soundtrack_album_names_is_the_film():
    post = extract(
        "Every graduation DJ plays it: “Tassel Toss”, from <i>Class Ring</i> (1996).",
        "The album, <i>Class Ring: Music from the Motion Picture</i>, sold well.",
        title="The song every prom asks for",
    )
    assert film(post) == ("Class Ring", 1996)
    assert titles(post, "track") == ["Tassel Toss"]


def test_a_dated_title_no_soundtrack_album_names_stays_unsure():
    post = extract(
        "Every graduation DJ plays it: “Tassel Toss”, from <i>Class Ring</i> (1996).",
        "The album, <i>Gold Gown: Music from the Motion Picture</i>, sold well.",
        title="The song every prom asks for",
    )
    assert film(post) == ("", None)
    assert titles(post, "track") == []


def test_a_song_from_another_film_than_the_posts_is_no_cue():
    post = extract(
        "<i>Class Ring</i> (1996) is a teen comedy.",
        "Its director loved “Tassel Toss”, from <i>Gold Gown</i> (1991).",
        title="Class Ring revisited",
    )
    assert film(post) == ("Class Ring", 1996)
    assert titles(post, "track") == []


@pytest.mark.parametrize(
    "second",
    [
        "Rosa Vail singing it on the fire escape at dawn.",
        "Rosa Vail performing it in a single take.",
    ],
)
def test_a_title_then_a_sentence_opening_on_its_singer_is_a_track(second):
    post = extract(
        f"The scene everyone remembers is “Low Lantern,” of course. {second}"
    )
    assert titles(post, "track") == ["Low Lantern"]


def test_a_title_then_someone_doing_something_else_is_no_track():
    post = extract(
        "The scene everyone remembers is “Low Lantern,” of course. Rosa Vail "
        "reading it aloud on the fire escape at dawn."
    )
    assert titles(post, "track") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I first saw <i>Moss Harbour</i> at a drive-in in 1981, the year it came out.",
        "We queued for <i>Moss Harbour</i> in 1981, just as it opened.",
    ],
)
def test_the_year_it_came_out_said_after_a_visit(sentence):
    post = extract(sentence, title="A fan letter about Moss Harbour")
    assert film(post) == ("Moss Harbour", 1981)


def test_a_year_of_the_writers_own_is_not_the_films():
    post = extract(
        "I first saw <i>Moss Harbour</i> at a drive-in in 1981, the year I moved.",
        title="A fan letter about Moss Harbour",
    )
    assert film(post)[1] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The Copper Wicks contribute “Tin Sky,” a stomping thing for the chase.",
        "For the chase, the Copper Wicks did “Tin Sky”, and it is the best cue.",
        "Nell Ashby delivered “Tin Sky” in a single take.",
    ],
)
def test_a_band_with_the_verb_of_its_part_before_the_title_performs_it(sentence):
    post = extract(sentence)
    assert titles(post, "track") == ["Tin Sky"]
    assert facts(post, "track")[0]["performers"][0].endswith(
        ("Copper Wicks", "Nell Ashby")
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The Copper Wicks did “Tin Sky” first, back in 1962.",
        "Nobody did “Tin Sky” better.",
        "It did “Tin Sky” no favours.",
    ],
)
def test_a_verb_before_a_title_with_no_part_in_the_film_credits_no_one(sentence):
    post = extract(sentence)
    assert all(not fact["performers"] for fact in facts(post, "track"))


def test_a_title_that_plays_over_a_scene_in_the_plural():
    post = extract(
        "I rewatch it for the three minutes of “Grey Static” that play over the "
        "rooftop chase."
    )
    assert titles(post, "track") == ["Grey Static"]


def test_a_title_written_by_a_singer_is_a_song():
    post = extract(
        "“Grey Static” was co-written by Ola Brandt and the singer, Ivo Sand."
    )
    assert titles(post, "track") == ["Grey Static"]


def test_a_title_written_by_a_novelist_stays_a_suggestion():
    post = extract(
        "“Grey Static” was co-written by Ola Brandt and the novelist Ivo Sand."
    )
    assert titles(post, "track") == []


def test_a_title_then_the_act_who_recorded_it_is_a_track():
    post = extract(
        "A fan asked about “Grey Static” and the whole room clapped.",
        "Kilo Ferns, the electro trio who recorded it, sent a video message.",
    )
    assert titles(post, "track") == ["Grey Static"]


def test_a_credit_to_an_act_described_as_one_is_its_performance():
    post = extract(
        "I rewatch the four minutes of “Grey Static” that play over the chase. The track "
        "is credited to Kilo Ferns, the Leeds trio of Ola Brandt, Ivo Sand and Mo Lee."
    )
    track = facts(post, "track")[0]
    assert "Kilo Ferns" in track["performers"]
    assert "Kilo Ferns" not in track["composers"]


def test_the_film_after_a_label_in_the_posts_title_takes_the_sentences_year():
    post = extract(
        "This week it is the movie every video shop stocked twice in the spring of "
        "1989: <i>Chrome Tide</i>.",
        title="VHS Club #40: Chrome Tide, and the perms that came with it",
    )
    assert film(post) == ("Chrome Tide", 1989)


def test_a_film_in_the_middle_of_the_posts_title_needs_more_than_a_year():
    post = extract(
        "This week it is the movie my uncle rented twice in the spring of 1989, "
        "with <i>Chrome Tide</i> playing on the radio.",
        title="VHS Club #40: My uncle, and Chrome Tide",
    )
    assert film(post)[1] is None


def _with_h2(*blocks, title="A singer at the movies"):
    post = ParsedPost(
        source="test",
        key="test",
        title=title,
        body=[
            ("heading", {"text": text[3:], "level": "h2"})
            if text.startswith("## ")
            else ("paragraph", f"<p>{text}</p>")
            for text in blocks
        ],
    )
    extract_facts(post)
    return post


def test_the_one_dated_heading_names_the_film_the_text_names_in_italics():
    post = _with_h2(
        "She sang for three films; two of them nobody remembers.",
        "## Gull Season (1983)",
        "Then came <i>Gull Season</i>, and her voice opens it.",
    )
    assert film(post) == ("Gull Season", 1983)


def test_several_dated_headings_name_no_film():
    post = _with_h2(
        "She sang for three films.",
        "## Gull Season (1983)",
        "Then came <i>Gull Season</i>, and her voice opens it.",
        "## Pale Ferry (1985)",
        "Two years on, <i>Pale Ferry</i> gave her a duet.",
    )
    assert film(post) == ("", None)


def test_a_bare_year_after_a_title_a_soundtrack_album_names_dates_the_film():
    post = extract(
        "It came out as the first single from <i>Kite Harbour</i> in the summer of "
        "1991.",
        "The album, <i>Kite Harbour: Music from the Motion Picture</i>, sold well.",
        title="The slow life of a single",
    )
    assert film(post) == ("Kite Harbour", 1991)


def test_a_bare_year_after_a_title_alone_dates_no_film():
    post = extract(
        "It came out as the first single from <i>Kite Harbour</i> in the summer of "
        "1991.",
        title="The slow life of a single",
    )
    assert film(post) == ("", None)


def test_a_title_then_the_sentence_calling_it_the_films_single_is_a_track():
    post = extract(
        "<i>Kite Harbour</i> (1991) is a coastal drama.",
        "Some songs sprint. “Paper Gulls” dawdled. Issued as the second single from "
        "<i>Kite Harbour</i> that June, it debuted on the Hot 100 at a lowly No. 81 "
        "and peaked at No. 9 in August.",
        title="The slow life of a single",
    )
    assert titles(post, "track") == ["Paper Gulls"]
    assert [peak[1] for peak in peaks(post)] == [9]


def test_a_title_then_the_single_of_another_film_is_no_track():
    post = extract(
        "<i>Kite Harbour</i> (1991) is a coastal drama.",
        "Some songs sprint. “Paper Gulls” dawdled. Issued as the second single from "
        "<i>Gold Gown</i> that June, it went nowhere.",
        title="The slow life of a single",
    )
    assert titles(post, "track") == []


def test_a_title_with_an_apposition_that_makes_it_the_films_single():
    post = extract(
        "<i>Kite Harbour</i> (1991) is a coastal drama.",
        "“Paper Gulls”, the lead single from <i>Kite Harbour</i>, did well.",
    )
    assert titles(post, "track") == ["Paper Gulls"]


def test_a_title_credited_to_someone_is_a_record():
    post = extract("“Long Runway” was credited to Tess Orrin, who co-wrote it.")
    assert titles(post, "track") == ["Long Runway"]


def test_a_screenplay_credited_to_someone_is_no_track():
    post = extract("The screenplay “Long Runway” was credited to Tess Orrin.")
    assert titles(post, "track") == []


def test_the_artist_in_brackets_before_a_semicolon():
    post = extract(
        "“Long Runway” (The Gantries; written by Tess Orrin) reached No. 5 on the "
        "Hot 100."
    )
    assert facts(post, "track")[0]["performers"] == ["The Gantries"]


def test_a_version_in_brackets_before_a_semicolon_is_no_artist():
    post = extract(
        "“Long Runway” (Extended Mix; written by Tess Orrin) reached No. 5 on the "
        "Hot 100."
    )
    assert facts(post, "track")[0]["performers"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The full score came out in 2011 as <i>Moss Harbour (Original Score)</i>.",
        "Then <i>Moss Harbour: Original Motion Picture Score</i> sold out.",
        "<i>Moss Harbour: The Complete Recordings</i> runs to four discs.",
        "<i>Moss Harbour (Deluxe Edition)</i> adds two demos.",
    ],
)
def test_a_score_or_an_edition_of_the_films_music_is_an_album(sentence):
    post = extract("<i>Moss Harbour</i> (1984) is a coastal drama.", sentence)
    assert len(titles(post, "album")) == 1
    assert titles(post, "track") == []


def test_an_edition_of_another_record_is_no_album_of_the_film():
    post = extract(
        "<i>Moss Harbour</i> (1984) is a coastal drama.",
        "<i>Ivo Sand: The Complete Recordings</i> runs to four discs.",
    )
    assert titles(post, "album") == []


def test_a_year_opening_an_aside_in_brackets_dates_the_film():
    post = extract(
        "Watched <i>Gull Light</i> again (1992; my aunt took me to it at ten).",
        title="Rewatch notes: Gull Light",
    )
    assert film(post) == ("Gull Light", 1992)


def test_a_soundtrack_title_after_a_dash_names_the_film_released_with_it():
    post = extract(
        "The record is <i>Gull Light \u2013 Original Motion Picture Soundtrack</i>, "
        "issued by Fen Records in 1992 alongside the family film of the same name.",
        title="Collecting Gull Light on vinyl",
    )
    assert film(post) == ("Gull Light", 1992)


def test_a_record_released_with_a_film_festival_dates_no_film():
    post = extract(
        "The record is <i>Gull Light \u2013 Original Motion Picture Soundtrack</i>, "
        "issued by Fen Records in 1999 with the film festival box.",
        title="Collecting Gull Light on vinyl",
    )
    assert film(post)[1] != 1999


def test_the_title_song_in_quotation_marks_credited_as_a_song():
    post = extract(
        "<i>Gull Light</i> (1992) is a family film.",
        "“Gull Light” was written by the band's singer, Ned Oram.",
    )
    assert titles(post, "track") == ["Gull Light"]


def test_the_film_in_italics_credited_is_no_song():
    post = extract(
        "<i>Gull Light</i> (1992) is a family film.",
        "<i>Gull Light</i> was written by Ned Oram, who also directed it.",
    )
    assert titles(post, "track") == []


def test_the_film_in_quotation_marks_as_the_object_of_a_credit_is_no_song():
    post = extract(
        "<i>Gull Light</i> (1992) is a family film.",
        "The music of “Gull Light” was written by Ned Oram.",
    )
    assert titles(post, "track") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Collectors chase “Vesper Rain,” the slow smoky thing in the chapel scene.",
        "Collectors chase “Vesper Rain”, the sad little tune over the closing credits.",
    ],
)
def test_a_title_described_as_the_song_of_a_scene_is_a_track(sentence):
    post = extract(sentence)
    assert titles(post, "track") == ["Vesper Rain"]


def test_a_title_described_as_a_thing_of_no_scene_is_no_track():
    post = extract("Collectors chase “Vesper Rain,” the slow smoky thing in the shop.")
    assert titles(post, "track") == []


def test_a_dated_title_described_as_a_film_after_an_other_film_cue_is_not_taken():
    post = extract(
        "Her previous film, <i>Dust Road Kings</i> (1982) is a cheap western.",
        title="A music video I love",
    )
    assert film(post) == ("", None)


def test_a_band_that_did_a_song_justice_is_not_its_performer():
    post = extract("The Copper Wicks did “Tin Sky” justice on tour, by Nell Ashby.")
    assert all(
        "Copper Wicks" not in fact["performers"] for fact in facts(post, "track")
    )


def test_a_title_then_a_sentence_about_the_films_song_but_not_it_is_no_track():
    post = extract(
        "<i>Kite Harbour</i> (1991) is a coastal drama.",
        "I re-read “Paper Gulls” on the train. The best song from <i>Kite Harbour</i> "
        "is a waltz.",
    )
    assert titles(post, "track") == []


def test_the_film_in_quotation_marks_written_and_directed_is_no_song():
    post = extract(
        "<i>Gull Light</i> (1992) is a family film.",
        "“Gull Light” was written by Ned Oram, who also directed it, and the songs "
        "are by Ivo Sand.",
    )
    assert titles(post, "track") == []


def test_a_list_whose_part_plays_in_the_films_best_scenes_stays():
    post = extract(PLAYLIST, "Some of these play in the film's best scenes.")
    assert titles(post, "track") == ["Copper Kettle", "Night Orchard", "Slow Fathom"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The summer's other big movie song, “Neon Pelican” from <i>Jet Ridge</i>, "
        "went to number three.",
        "“Copper Moth”, from the film <i>Glass Harbour</i>, is sung by Ida Fenn.",
        "I still hum “Rust Waltz” from “Long Siding” on the bus.",
    ],
)
def test_a_song_from_a_film_that_is_not_the_posts_is_a_suggestion(sentence):
    post = extract(
        "<i>Marlin Bay</i> (1986) is a surfing film.",
        sentence,
        title="Notes on Marlin Bay",
    )
    assert titles(post, "track") == []
    assert any("not in the film" in line for line in post.suggestions)


@pytest.mark.parametrize(
    "sentence",
    [
        # the post's own film, or its album: the song is the film's
        "The single, “Neon Pelican” from <i>Marlin Bay</i>, went to number three.",
        "The single, “Neon Pelican” from <i>Marlin Bay: Music from the Film</i>, is "
        "sung by Ada Quill.",
    ],
)
def test_a_song_from_the_posts_film_or_its_album_stays(sentence):
    post = extract(
        "<i>Marlin Bay</i> (1986) is a surfing film.",
        sentence,
        title="Notes on Marlin Bay",
    )
    assert titles(post, "track") == ["Neon Pelican"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Her next film, “Copper Reef”, had a theme that went top five in Sweden.",
        "Its rival at the box office was the movie “Copper Reef”, whose ballad "
        "reached No. 4 on the Hot 100.",
    ],
)
def test_a_chart_of_a_title_named_as_a_film_is_no_track(sentence):
    post = extract(
        "<i>Marlin Bay</i> (1986) is a surfing film.",
        sentence,
        title="Notes on Marlin Bay",
    )
    assert "Copper Reef" not in titles(post, "track")


def test_a_chart_of_a_song_named_after_the_word_film_stays_a_track():
    post = extract(
        "<i>Marlin Bay</i> (1986) is a surfing film.",
        "The song of the film, “Copper Reef”, reached No. 4 on the Hot 100.",
        title="Notes on Marlin Bay",
    )
    assert titles(post, "track") == ["Copper Reef"]


@pytest.mark.parametrize(
    "sentence",
    [
        "One could compare the film with “Harbour Fires” (1979), whose song went "
        "to number one.",
        "Critics likened it to <i>Harbour Fires</i> (1979), a film about pilots.",
    ],
)
def test_a_film_the_post_compares_its_own_with_is_not_the_film(sentence):
    post = extract("A slow, grey film about a ferry.", sentence, title="Grey notes")
    assert film(post) == ("", None)


def test_a_record_by_an_act_named_in_the_post_title_is_not_the_film():
    post = extract(
        "The record is “Wait Up, Marlene” by Dot Pruitt & the Hinges, from the "
        "film <i>Steel Town Ballad</i> (1979).",
        title="Jukebox B4: Wait Up, Marlene",
    )
    assert film(post) == ("Steel Town Ballad", 1979)


def test_the_film_named_in_the_post_title_with_its_year_stays():
    post = extract(
        "The picture is “Wait Up, Marlene” by Ida Cole (1979), a film about a diner.",
        title="Wait Up, Marlene",
    )
    assert film(post) == ("Wait Up, Marlene", 1979)


@pytest.mark.parametrize(
    "sentence",
    [
        "A box of Pia Lund's “Cellar Lights” singles came in, nothing to do with "
        "any movie, two dollars each.",
        "We also sold “Cellar Lights” by Pia Lund, which was never on any soundtrack.",
    ],
)
def test_a_record_said_to_be_in_no_film_at_all_is_a_suggestion(sentence):
    post = extract(sentence)
    assert titles(post, "track") == []
    assert any("not in the film" in line for line in post.suggestions)


@pytest.mark.parametrize(
    "sentence",
    [
        "From the museum's “Harbour Voices” series, put together by Ida Roe.",
        "Her “Harbour Voices” column, written by Ida Roe, ran for years.",
        "The “Harbour Voices” exhibition was curated by Ida Roe.",
    ],
)
def test_a_title_that_names_a_series_or_a_column_is_no_song(sentence):
    post = extract(sentence)
    assert titles(post, "track") == []


def test_a_title_that_plays_over_a_scene_stays_a_song():
    post = extract("“Harbour Voices” by Ida Roe plays over the regatta.")
    assert titles(post, "track") == ["Harbour Voices"]


@pytest.mark.parametrize(
    "item",
    [
        "3. <i>Ice Lanes</i>, set to “Blade Runner Blues”",
        "<i>Ice Lanes</i> is cut to “Blade Runner Blues” by Ned Vail.",
    ],
)
def test_another_films_montage_set_to_a_song_is_a_suggestion(item):
    post = extract(
        "<i>Marlin Bay</i> (1986) is a surfing film.", item, title="Notes on Marlin Bay"
    )
    assert titles(post, "track") == []


def test_the_posts_own_film_set_to_a_song_stays():
    post = extract(
        "<i>Marlin Bay</i> (1986) is a surfing film.",
        "<i>Marlin Bay</i>, set to “Blade Runner Blues” by Ned Vail, ends well.",
        title="Notes on Marlin Bay",
    )
    assert titles(post, "track") == ["Blade Runner Blues"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The movie turned out to be <i>Gannet Rock</i>, released the next year, in "
        "1984, and shot mostly in fog.",
        "We sang for the final montage of <i>Gannet Rock</i>, which came out the "
        "year after, 1984.",
        "In the end the picture was called <i>Gannet Rock</i>, and it opened in the "
        "spring of 1984.",
        "The film they made here: <i>Gannet Rock</i>, released in 1984.",
    ],
)
def test_a_film_named_with_the_verb_of_its_release_and_a_year(sentence):
    post = extract(sentence, title="The summer the crew came")
    assert film(post) == ("Gannet Rock", 1984)


@pytest.mark.parametrize(
    "sentence",
    [
        # the release of a record, or of another film, or of nothing said
        "The soundtrack to <i>Gannet Rock</i>, released in 1984, sold poorly in "
        "the film's home town.",
        "The director's previous film, <i>Gannet Rock</i>, released in 1984, flopped.",
        "The film quotes <i>Gannet Rock</i>, whose single came out in 1984.",
        "Films like <i>Gannet Rock</i>, which came out in 1984, did this better.",
    ],
)
def test_a_release_that_is_not_the_posts_film(sentence):
    post = extract(sentence, title="The summer the crew came")
    assert film(post) == ("", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "<i>Gannet Rock</i> (dir. Ada Vesey, 1984) is a quiet thing.",
        "This week: <i>Gannet Rock</i> (1984), dir. Ada Vesey",
        "<i>Gannet Rock</i> (1984), directed by Ada Vesey, is a quiet thing.",
    ],
)
def test_a_title_with_its_director_and_year_is_the_film(sentence):
    post = extract(sentence, title="Case notes")
    assert film(post) == ("Gannet Rock", 1984)


def test_an_italic_title_called_the_year_one_in_a_sentence_about_watching():
    post = extract(
        "You said you'd never watched <i>Gannet Rock</i>, the 1984 one with the "
        "lighthouse.",
        title="A tape for Jo",
    )
    assert film(post) == ("Gannet Rock", 1984)


def test_a_quoted_song_called_the_year_one_is_not_the_film():
    post = extract(
        "I taped “Gannet Rock”, the 1984 one by Ada Vesey, off the radio.",
        title="A tape for Jo",
    )
    assert film(post) == ("", None)


def test_the_year_the_film_came_out_said_after_another_year():
    post = extract(
        "We pressed the soundtrack to <i>Gannet Rock</i> for months.",
        "The single was everywhere in 1984, the summer the film came out.",
        title="Pressing Gannet Rock",
    )
    assert film(post) == ("Gannet Rock", 1984)


def test_dir_is_no_end_of_a_sentence():
    from wagtail_montage.importers.extraction.sentences import split_sentences

    found = split_sentences(
        "Gannet Rock (dir. Ada Vesey, 1984) is quiet. I liked it.", 0
    )
    assert len(found) == 2


@pytest.mark.parametrize(
    "sentences",
    [
        ("Gown worn in the music video for <i>Paper Comet</i>, 1991.",),
        ("The video for “Paper Comet” is mostly clips from the film.",),
        ("Track four, if you care, was “Paper Comet”.",),
        ("Track 4 is “Paper Comet”.",),
        ("The montage song itself, <i>Paper Comet</i>.",),
        ("The film's theme, “Paper Comet”, is lovely.",),
    ],
)
def test_more_words_that_make_a_title_the_films_song(sentences):
    post = extract(*sentences)
    assert titles(post, "track") == ["Paper Comet"]


def test_the_instrumental_from_a_side_of_the_films_soundtrack_lp():
    post = extract(
        "22:10 Played “Paper Comet”, the instrumental from side one of the "
        "<i>Marlin Bay</i> soundtrack LP."
    )
    assert "Paper Comet" in titles(post, "track")


@pytest.mark.parametrize(
    "sentence",
    [
        # from another film, or a film not known: no song of this film
        "Then “Paper Comet”, from the <i>other</i> surf film of 1986, charted.",
        "A video for a different film is no cue: “Paper Comet” came later.",
    ],
)
def test_no_song_of_the_film_from_an_unknown_source(sentence):
    post = extract(sentence)
    assert "Paper Comet" not in titles(post, "track")


def test_the_artist_named_between_the_and_single():
    post = extract("Track two was “Paper Comet,” the Ada Quill single.")
    assert [(t["title"], t["performers"]) for t in facts(post, "track")] == [
        ("Paper Comet", ["Ada Quill"])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Track two was “Paper Comet,” the Christmas Number single.",
        "Track two was “Paper Comet,” the Top Ten single.",
        "Track two was “Paper Comet,” the Ada Quill single from 1980.",
    ],
)
def test_no_artist_from_words_that_name_no_one(sentence):
    post = extract(sentence)
    assert all(not t["performers"] for t in facts(post, "track"))


def test_a_hyphenated_word_is_no_word_of_a_shelved_album():
    post = extract(
        "<i>Marlin Bay</i> (1986) is a surfing film.",
        "The DJ back-announced “Paper Comet”, from side one of the <i>Marlin Bay</i> "
        "soundtrack LP.",
        title="Notes on Marlin Bay",
    )
    assert titles(post, "album") == ["Marlin Bay (soundtrack)"]


def test_a_soundtrack_lp_announced_then_shelved_is_no_album():
    post = extract(
        "<i>Marlin Bay</i> (1986) is a surfing film.",
        "A soundtrack LP was announced, then quietly dropped.",
        title="Notes on Marlin Bay",
    )
    assert titles(post, "album") == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Couples still ask for “Slow Harbour”, a song from a 1984 movie.",
            "It's the duet from <i>Gannet Rock</i>, sung by Ada Vesey and Ned Vail.",
        ),
        (
            "“Slow Harbour” is the love theme from <i>Gannet Rock</i>.",
            "It was everywhere in 1984, the year the film came out.",
        ),
    ],
)
def test_the_title_a_song_comes_from_and_the_year_of_the_film(paragraphs):
    post = extract(*paragraphs, title="Why couples want Slow Harbour")
    assert film(post) == ("Gannet Rock", 1984)


def test_two_titles_songs_come_from_give_no_film():
    post = extract(
        "“Slow Harbour” is the duet from <i>Gannet Rock</i>.",
        "“Dry Dock” is the theme from <i>Pier Nine</i>, a hit in 1984, the year "
        "the film came out.",
        title="Two duets",
    )
    assert film(post) == ("", None)


def test_a_song_from_a_title_with_no_year_of_the_film_gives_no_film():
    post = extract(
        "“Slow Harbour” is the duet from <i>Gannet Rock</i>.",
        "It was everywhere in 1984.",
        title="Why couples want Slow Harbour",
    )
    assert film(post) == ("", None)


def test_the_films_single_released_in_a_year_is_not_the_film():
    post = extract(
        "The film's single “Slow Harbour”, released in 1984, did well.",
        title="Notes",
    )
    assert film(post) == ("", None)


@pytest.mark.parametrize(
    ("sentence", "performer"),
    [
        ("“Tin Lantern” is Ada Vesey herself, singing her own song.", "Ada Vesey"),
        ("“Tin Lantern” is the Gull Brothers playing at half speed.", "Gull Brothers"),
    ],
)
def test_a_title_that_is_someone_singing_or_playing(sentence, performer):
    post = extract(sentence)
    assert [(t["title"], t["performers"]) for t in facts(post, "track")] == [
        ("Tin Lantern", [performer])
    ]


def test_a_title_that_is_someone_doing_nothing_musical_names_no_performer():
    post = extract("“Tin Lantern” is Ada Vesey at her best, sung by Ned Vail.")
    assert all("Ada Vesey" not in t["performers"] for t in facts(post, "track"))
